/** The sequences' own words in German, by id (content/sequences.ts); their steps are their parts'. */
export const SEQUENCES_DE: Readonly<Record<string, { title: string; purpose: string; caution?: string }>> = {
  'three-minute-eye-break': {
    title: 'Pause für Augen und Schultern',
    purpose: 'In die Ferne schauen, Nacken und Schultern lockern, dann die Augen im Dunkeln ausruhen.',
    caution: 'Beweg dich sanft; lass weg, was wehtut. Nimm zuerst die Brille ab und drück nie auf die Augen.',
  },
  'three-minute-next-step': {
    title: 'Ein nächster Schritt, dann atmen',
    purpose: 'Einen kleinen Schritt finden, den du heute gehen könntest, dann eine Minute langsame Bauchatmung.',
  },
  'three-minute-listen-and-breathe': {
    title: 'Zuhören, dann atmen',
    purpose: 'Deinem Atem lauschen, so wie er ist, und ihn dann ein wenig langsamer werden lassen.',
  },
  'five-minute-screen-break': {
    title: 'Bildschirmpause',
    purpose: 'Die Augen ausruhen, Nacken und Schultern lockern, dann tief in den Bauch und langsam atmen.',
  },
  'five-minute-kind-word': {
    title: 'Ein freundliches Wort, dann atmen',
    purpose: 'Dir ein freundliches Wort schenken, dann ein paar Minuten langsam und gleichmäßig atmen.',
  },
  'five-minute-sounds-and-breath': {
    title: 'Geräusche, dann Atem',
    purpose: 'Den Geräuschen um dich lauschen, dann deinem Atem, und ihn dann etwas verlangsamen.',
  },
  'ten-minute-reset': {
    title: 'Zehn Minuten Neustart',
    purpose: 'Über die Sinne ankommen, Nacken und Schultern lockern, dann langsam atmen.',
  },
  'ten-minute-anchor': {
    title: 'Zehn Minuten vor Anker',
    purpose: 'Halt finden, wenn alles zu viel ist, dich etwas dehnen, dann gleichmäßig atmen.',
  },
  'ten-minute-unwind': {
    title: 'Zehn Minuten Runterkommen',
    purpose: 'Den Boden spüren, Bereich für Bereich anspannen und loslassen, dann gleichmäßig atmen.',
  },
  'ten-minute-lift': {
    title: 'Tageslicht und ein freundliches Wort',
    purpose: 'Halt finden, ein kurzer Gang im Tageslicht, dann ein freundliches Wort an dich.',
  },
  'ten-minute-lift-seated': {
    title: 'Tageslicht und ein freundliches Wort, im Sitzen',
    purpose: 'Halt finden, sanfte Bewegung an einem hellen Fenster, atmen, dann ein freundliches Wort an dich.',
  },
  'ten-minute-walk-and-breathe': {
    title: 'Gehen und atmen',
    purpose: 'Ein paar leichte Atemzüge, ein kurzer Gang, Nacken und Schultern lockern, dann langsam atmen.',
  },
  'ten-minute-move-and-breathe': {
    title: 'Bewegen und atmen, im Sitzen',
    purpose: 'Ein paar leichte Atemzüge, Marschieren im Sitzen, Nacken und Schultern lockern, dann langsam atmen.',
  },
  'ten-minute-eye-rest': {
    title: 'Zehn Minuten für müde Augen',
    purpose: 'Ankommen, im Sitzen dehnen, die Augen richtig ausruhen, dann eine Minute zuhören.',
  },
  'twenty-minute-reset': {
    title: 'Zwanzig Minuten Neustart',
    purpose: 'Langsames 5-4-3-2-1, Anspannen und Loslassen, langsames Atmen, dann Klangschichten.',
  },
  'twenty-minute-unwind': {
    title: 'Zwanzig Minuten Runterkommen',
    purpose: 'Den Boden spüren, Hände, Nacken und Schultern lockern, den Körper durchspüren, dann langsam atmen.',
    caution:
      'Beweg dich sanft; lass weg, was wehtut. Lass die Augen offen, wenn dir das lieber ist. Bei Schwindel aufhören.',
  },
  'twenty-minute-lift': {
    title: 'Tageslicht, Atem und ein Lied',
    purpose: 'Ein Gang im Tageslicht, langsames Atmen, ein Lied und zum Schluss ein freundliches Wort.',
  },
  'twenty-minute-lift-seated': {
    title: 'Tageslicht, Atem und ein Lied, im Sitzen',
    purpose:
      'Sanfte Bewegung an einem hellen Fenster, langsames Atmen, ein Lied und zum Schluss ein freundliches Wort.',
  },
  'twenty-minute-walk-and-listen': {
    title: 'Gehen, dehnen und zuhören',
    purpose: 'Dehnen, Unruhe beim Gehen abbauen, anspannen und loslassen, dann eine Weile zuhören.',
    caution: 'Geh, beweg dich und spann sanft an, lass weg, was wehtut, und atme weiter. Bei Schwindel aufhören.',
  },
  'twenty-minute-move-and-listen': {
    title: 'Bewegen, dehnen und zuhören, im Sitzen',
    purpose: 'Marschieren und Dehnen im Sitzen, anspannen und loslassen, dann eine Weile zuhören.',
    caution: 'Beweg dich und spann sanft an, lass weg, was wehtut, und atme weiter. Bei Schwindel aufhören.',
  },
  'twenty-minute-rest': {
    title: 'Zwanzig Minuten Ruhe',
    purpose: 'Ankommen, dehnen, Augen ausruhen, dann ein langsamer Body-Scan von den Füßen bis zum Gesicht.',
    caution:
      'Beweg dich sanft; lass weg, was wehtut. Drück nie auf die Augen und lass sie offen, wenn dir das lieber ist.',
  },
};
