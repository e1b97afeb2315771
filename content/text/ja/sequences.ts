/** The sequences' own words in Japanese, by id (content/sequences.ts); their steps are their parts'. */
export const SEQUENCES_JA: Readonly<Record<string, { title: string; purpose: string; caution?: string }>> = {
  'three-minute-eye-break': {
    title: '目と肩の休憩',
    purpose: '遠くを見て、首と肩をほぐしてから、暗さの中で目を休めます。',
    caution: 'やさしく動かし、痛む動きは省きましょう。眼鏡は先に外し、目は押さないでください。',
  },
  'three-minute-next-step': {
    title: '次の一歩、そして呼吸',
    purpose: '今日できる小さな一歩を見つけたら、1 分間ゆっくり腹式呼吸をします。',
  },
  'three-minute-listen-and-breathe': {
    title: '耳を澄まして、呼吸する',
    purpose: 'ありのままの呼吸に耳を澄ませてから、少しゆっくりにしていきます。',
  },
  'five-minute-screen-break': {
    title: '画面からの休憩',
    purpose: '目を休め、首と肩をほぐしてから、おなかでゆっくり呼吸します。',
  },
  'five-minute-kind-word': {
    title: 'やさしいひと言、そして呼吸',
    purpose: '自分にやさしい言葉をかけてから、数分間、ゆっくりなめらかに呼吸します。',
  },
  'five-minute-sounds-and-breath': {
    title: 'まわりの音、そして呼吸',
    purpose: 'まわりの音に、次に自分の呼吸に耳を澄ませて、呼吸を少しゆっくりにします。',
  },
  'ten-minute-reset': {
    title: '10 分間のリセット',
    purpose: '五感で今に戻り、首と肩をほぐしてから、ゆっくり呼吸します。',
  },
  'ten-minute-anchor': {
    title: '10 分間、いかりを下ろす',
    purpose: '手に負えないと感じるときに心を落ち着け、少し体を伸ばしてから、なめらかに呼吸します。',
  },
  'ten-minute-unwind': {
    title: '10 分間のリラックス',
    purpose: '床を感じ、体の部位ごとに力を入れてはゆるめ、なめらかに呼吸します。',
  },
  'ten-minute-lift': {
    title: '日の光とやさしいひと言',
    purpose: '心を落ち着け、日の光の中を少し歩いてから、自分にやさしい言葉をかけます。',
  },
  'ten-minute-lift-seated': {
    title: '日の光とやさしいひと言（座ったまま）',
    purpose: '心を落ち着け、明るい窓辺でやさしく体を動かし、呼吸してから、自分にやさしい言葉をかけます。',
  },
  'ten-minute-walk-and-breathe': {
    title: '歩いて、呼吸する',
    purpose: '楽な呼吸を数回、短い散歩、首と肩のほぐし、そしてゆっくりした呼吸。',
  },
  'ten-minute-move-and-breathe': {
    title: '動いて、呼吸する（座ったまま）',
    purpose: '楽な呼吸を数回、座ったままの足踏み、首と肩のほぐし、そしてゆっくりした呼吸。',
  },
  'ten-minute-eye-rest': {
    title: '疲れた目のための 10 分間',
    purpose: '落ち着いて、座ったまま体を伸ばし、目をしっかり休めてから、1 分間耳を澄まします。',
  },
  'twenty-minute-reset': {
    title: '20 分間のリセット',
    purpose: 'ゆっくり 5-4-3-2-1、力を入れてゆるめ、ゆっくり呼吸して、音の層に耳を澄まします。',
  },
  'twenty-minute-unwind': {
    title: '20 分間のリラックス',
    purpose: '床を感じ、手と首と肩をほぐし、ボディスキャンをしてから、ゆっくり呼吸します。',
    caution: 'やさしく動かし、痛む動きは省きましょう。目は開けたままでもかまいません。めまいがしたら中止しましょう。',
  },
  'twenty-minute-lift': {
    title: '日の光、呼吸、そして 1 曲',
    purpose: '日の光の中の散歩、ゆっくりした呼吸、1 曲の音楽、最後にやさしいひと言。',
  },
  'twenty-minute-lift-seated': {
    title: '日の光、呼吸、そして 1 曲（座ったまま）',
    purpose: '明るい窓辺でのやさしい動き、ゆっくりした呼吸、1 曲の音楽、最後にやさしいひと言。',
  },
  'twenty-minute-walk-and-listen': {
    title: '歩いて、伸ばして、耳を澄ます',
    purpose: '体を伸ばし、歩いてそわそわを発散し、力を入れてゆるめたら、しばらく耳を澄まします。',
    caution:
      '歩くのも、動かすのも、力を入れるのもやさしく。痛むことは省き、呼吸は止めずに。めまいがしたら中止しましょう。',
  },
  'twenty-minute-move-and-listen': {
    title: '動いて、伸ばして、耳を澄ます（座ったまま）',
    purpose: '座ったままの足踏みとストレッチ、力を入れてゆるめたら、しばらく耳を澄まします。',
    caution: '動かすのも、力を入れるのもやさしく。痛むことは省き、呼吸は止めずに。めまいがしたら中止しましょう。',
  },
  'twenty-minute-rest': {
    title: '20 分間の休息',
    purpose: '落ち着いて体を伸ばし、目を休めてから、足から顔へとゆっくりボディスキャンをします。',
    caution: 'やさしく動かし、痛む動きは省きましょう。目は押さず、開けたままでもかまいません。',
  },
};
