import type { ExerciseText } from '../../types';

/**
 * The exercises in German, by id (content/exercises.ts): one line per step,
 * informal "du". Breathing steps name counts only by placeholder ({in},
 * {out}, {rounds} …), filled from the pacing and read as counts ("bis 4",
 * "6 Atemzüge"). A step done with closed eyes says what to do and when to
 * open them, never asks to read on.
 */
/*
 * The shared cautions, short and the same wherever they apply, so a sequence's
 * parts together still read in a line or two (each distinct caution once). A
 * caution shows under Begin at 360 px wide: at most about 100 characters.
 */
const DIZZY = 'Wenn dir schwindlig wird, atme normal weiter.';
const HOLDS =
  'Ohne Halten bei Schwangerschaft, Herz- oder Lungenleiden oder wenn es Angst macht. Bei Schwindel aufhören.';
const SIP =
  'Ohne Nachatmen bei Schwangerschaft, Herz- oder Lungenleiden oder wenn es Angst macht. Bei Schwindel aufhören.';
const MOVE = 'Beweg dich sanft; lass weg, was wehtut.';
const WALK = 'Geh behutsam und achte auf deine Schritte.';
const SUN = 'Schau nie direkt in die Sonne.';
const NO_PRESS = 'Drück nie auf die Augen.';

export const EXERCISES_DE: Readonly<Record<string, ExerciseText>> = {
  // Breathing
  'box-breathing': {
    title: 'Box-Atmung',
    purpose: 'Vier gleich lange Seiten, damit ein voller Kopf ruhiger wird.',
    steps: [
      'Setz dich bequem hin, die Füße auf dem Boden, und lass die Schultern sinken.',
      'Zähl still mit: durch die Nase einatmen bis {in}, halten bis {holdIn}, ausatmen bis {out}, halten bis {holdOut}. {rounds} Atemzüge.',
      'Bleib sanft im selben gleichmäßigen Quadrat. Noch {rounds} Atemzüge.',
      'Lass das Zählen los und lass deinen Atem seinen eigenen Rhythmus finden.',
    ],
    caution: HOLDS,
  },
  'breathing-4-7-8': {
    title: '4-7-8-Atmung',
    purpose: 'Langes Halten und noch längeres Ausatmen, damit du langsamer werden kannst.',
    steps: [
      'Leg die Zungenspitze hinter die oberen Schneidezähne und atme durch den Mund ganz aus.',
      'Zähl still mit: durch die Nase einatmen bis {in}, halten bis {holdIn}, durch den Mund ausatmen bis {out}. {rounds} Atemzüge.',
      'Atme wieder normal und spür nach, wie sich dein Körper anfühlt.',
    ],
    caution: HOLDS,
  },
  'physiological-sigh': {
    title: 'Physiologischer Seufzer',
    purpose: 'Zweimal einatmen, dann lang und langsam ausseufzen.',
    steps: [
      'Sitz oder steh aufrecht und lass die Schultern weich werden.',
      'Zähl mit: durch die Nase einatmen bis {in}, kurz nachatmen bis {sip}, dann durch den Mund ausseufzen bis {out}. {rounds} Atemzüge.',
      'Lass den Atem wieder normal werden und spür nach, wie es dir jetzt geht.',
    ],
    caution: SIP,
  },
  'coherent-breathing': {
    title: 'Kohärentes Atmen',
    purpose: 'Langsam und gleichmäßig atmen, etwa fünf bis sechs Atemzüge pro Minute.',
    steps: [
      'Setz dich bequem hin und atme durch die Nase, wenn es geht.',
      'Atme sanft ein und zähl bis {in}, dann aus bis {out}, ohne Pause dazwischen. {rounds} Atemzüge.',
      'Lass den Atem weich und leise fließen, wie eine langsame Welle, die kommt und geht. Noch {rounds} Atemzüge.',
      'Lass das Zählen los und atme in dem Tempo, das sich natürlich anfühlt.',
    ],
    caution: DIZZY,
  },
  'belly-breathing': {
    title: 'Bauchatmung',
    purpose: 'Tief in den Bauch atmen, mit längerem Ausatmen, damit sich Anspannung lösen kann.',
    steps: [
      'Leg eine Hand auf die Brust und die andere auf den Bauch.',
      'Atme ein und zähl bis {in}, sodass sich die untere Hand hebt, dann aus bis {out}, während sie sanft sinkt. {rounds} Atemzüge.',
      'Lass die Hände ruhen und atme einen Moment normal.',
    ],
    caution: DIZZY,
  },
  'slow-breathing': {
    title: 'Langsam und leicht atmen',
    purpose: 'Ein paar Minuten langsam atmen, mit längerem Ausatmen und ohne Halten.',
    steps: [
      'Setz dich bequem hin, lass die Schultern sinken und leg die Hände ab, wo es angenehm ist.',
      'Atme durch die Nase ein und zähl bis {in}, dann langsam aus bis {out}, ohne Pausen. {rounds} Atemzüge.',
      'Bleib leicht und leise: Der Atem muss nicht tief sein. {rounds} Atemzüge.',
      'Schweifen deine Gedanken ab, merk kurz, wohin, und komm zum nächsten Atemzug zurück.',
      'Lass jedes Ausatmen weich und ohne Eile sein. Noch {rounds} Atemzüge.',
      'Lass das Tempo los und atme so, wie es sich natürlich anfühlt.',
    ],
    caution: DIZZY,
  },
  'cyclic-sighing': {
    title: 'Zyklisches Seufzen',
    purpose: 'Fünf Minuten lang zweimal einatmen und lang und langsam ausseufzen.',
    steps: [
      'Setz dich aufrecht hin und lass die Schultern weich werden. Ausatmen wirst du durch den Mund.',
      'Zähl mit: durch die Nase einatmen bis {in}, kurz nachatmen bis {sip}, dann lang durch den Mund ausseufzen bis {out}. {rounds} Atemzüge.',
      'Bleib im selben Rhythmus: voll einatmen, ein wenig nachatmen, langsam ausseufzen. {rounds} Atemzüge.',
      'Lass das Ausatmen den längsten, leichtesten Teil sein. Noch {rounds} Atemzüge.',
      'Lass das Muster los und atme normal durch die Nase.',
    ],
    caution: SIP,
  },

  // Grounding
  'five-senses': {
    title: '5-4-3-2-1-Erdung',
    purpose: 'Über deine fünf Sinne ins Hier und Jetzt zurückkommen.',
    steps: [
      'Schau dich um und nenne fünf Dinge, die du sehen kannst.',
      'Nimm vier Dinge wahr, die du spüren kannst: deine Kleidung, den Stuhl, die Luft auf der Haut.',
      'Lausche nach drei Dingen, die du hören kannst, nah oder fern.',
      'Finde zwei Dinge, die du riechen kannst, oder denk an zwei Düfte, die du magst.',
      'Nimm eine Sache wahr, die du schmecken kannst, dann atme einmal langsam und spür, wo du bist.',
    ],
  },
  'five-senses-quick': {
    title: 'Kurzes 5-4-3-2-1',
    purpose: 'In einer Minute über die Sinne zurück ins Hier und Jetzt.',
    steps: [
      'Nenne fünf Dinge, die du siehst.',
      'Nimm vier Dinge wahr, die du spürst.',
      'Lausche nach drei Dingen, die du hörst.',
      'Finde zwei Dinge, die du riechst, oder zwei Düfte, die du magst.',
      'Nimm eine Sache wahr, die du schmeckst.',
    ],
  },
  'five-senses-slow': {
    title: 'Langsames 5-4-3-2-1',
    purpose: 'Die fünf Sinne einzeln, mit Zeit, bei jedem zu verweilen.',
    steps: [
      'Setz dich bequem hin und lass den Blick langsam durch den Raum wandern.',
      'Finde fünf Dinge, die du sehen kannst. Verweile kurz bei jedem: seine Form, seine Farbe, seine Kanten.',
      'Nimm vier Dinge wahr, die du spüren kannst: den Sitz, der dich trägt, deine Füße, deine Kleidung, die Luft auf der Haut.',
      'Lausche nach drei Dingen, die du hören kannst. Lass jedes Geräusch kommen und gehen.',
      'Finde zwei Dinge, die du riechen kannst. Ist da nichts, denk an zwei Düfte, die du magst.',
      'Nimm etwas wahr, das du schmeckst, oder trink einen Schluck Wasser und schmeck ihn.',
      'Atme einmal langsam und nimm den Raum um dich wahr, hier und jetzt.',
    ],
  },
  'body-scan': {
    title: 'Kurzer Body-Scan',
    purpose: 'Mit der Aufmerksamkeit langsam durch den Körper wandern und wahrnehmen, ohne etwas zu ändern.',
    steps: [
      'Setz dich bequem hin und lass den Blick weich auf einer Stelle vor dir ruhen.',
      'Spür deine Füße und Beine: ihr Gewicht, ihre Wärme, den Boden darunter.',
      'Wandere weiter zu Bauch und Rücken und spür, wie sie sich beim Atmen bewegen.',
      'Spür deine Hände, Arme und Schultern. Wenn sich etwas fest anfühlt, nimm es einfach wahr.',
      'Geh mit der Aufmerksamkeit zu Nacken, Kiefer und Gesicht. Lass die Stirn weich werden, wenn sie mag.',
      'Schließ die Augen, wenn du magst, und spür deinen ganzen Körper auf einmal, wie er atmet. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Nimm den Raum um dich wahr und beweg Finger und Zehen.',
    ],
  },
  'body-scan-long': {
    title: 'Längerer Body-Scan',
    purpose: 'Mit der Aufmerksamkeit langsam von den Füßen bis zum Gesicht wandern, ohne etwas zu ändern.',
    steps: [
      'Lehn dich zurück, die Füße auf dem Boden, und lass den Blick weich auf einer Stelle ruhen.',
      'Schließ die Augen und spür, wie dein Atem von selbst geht, ohne ihn zu ändern. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Lenk mit weichem Blick die Aufmerksamkeit zu den Füßen: Zehen, Sohlen, Fersen, der Boden darunter.',
      'Schließ die Augen und lass die Aufmerksamkeit durch Knöchel, Waden und Knie nach oben wandern. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Spür deine Oberschenkel und Hüften und das Gewicht deines Körpers auf dem Sitz.',
      'Schließ die Augen und spür Bauch und unteren Rücken beim Atmen. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Wandere weiter zu Brust und oberem Rücken. Wenn sich etwas fest anfühlt, nimm es einfach wahr.',
      'Schließ die Augen und lass die Aufmerksamkeit von den Schultern die Arme hinab bis in die Fingerspitzen wandern. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Spür Nacken und Hals. Lass sie weich werden, wenn sie mögen, oder lass sie, wie sie sind.',
      'Schließ die Augen und spür dein Gesicht: Kiefer, Wangen, Augen, Stirn. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Spür jetzt deinen ganzen Körper auf einmal, wie er hier sitzt und atmet.',
      'Beweg Finger und Zehen, schau dich im Raum um und komm in deinem Tempo zurück.',
    ],
    caution: 'Lass die Augen offen, wenn dir das lieber ist.',
  },
  'feet-on-the-floor': {
    title: 'Füße auf dem Boden',
    purpose: 'Ein schneller Weg, den Boden unter dir zu spüren.',
    steps: [
      'Stell beide Füße flach auf den Boden und leg die Hände auf die Oberschenkel.',
      'Drück die Füße sanft nach unten und spür, wie der Boden dagegenhält.',
      'Spür nacheinander deine Fersen, die Fußballen und die Zehen.',
      'Sag leise zu dir: Ich bin hier, und der Boden trägt mich.',
    ],
  },
  'colour-spotting': {
    title: 'Farben suchen',
    purpose: 'Zerstreute Gedanken sammeln, indem du den Raum nach einer Farbe absuchst.',
    steps: [
      'Wähl eine Farbe, etwa Blau, Grün oder Rot.',
      'Schau dich langsam um und finde alles in dieser Farbe. Benenne jedes Ding leise.',
      'Halte inne, atme einmal langsam und spür, wie sich deine Aufmerksamkeit jetzt anfühlt.',
    ],
  },
  'drop-anchor': {
    title: 'Anker werfen',
    purpose: 'Halt finden, wenn dir alles zu viel ist, ohne dass es erst verschwinden muss.',
    steps: [
      'Nimm wahr, was gerade da ist: Gedanken, Gefühle, alles auf einmal. Sag leise: Das ist gerade viel.',
      'Drück die Füße in den Boden und die Hände sanft gegeneinander. Richte dich ein wenig auf.',
      'Spür deinen Körper auf dem Sitz: sein Gewicht, deine Füße, deine Hände, deinen Atem, der kommt und geht.',
      'Schau dich um und nimm wahr, was du sehen und was du hören kannst.',
      'Nimm wahr, was du gerade tust: hier sitzen, atmen, eine Pause machen.',
      'Nimm noch einmal wahr, was dich belastet. Lass es da sein und drück die Füße noch einmal in den Boden.',
      'Spür deinen Körper und den Raum um dich, beides zugleich hier.',
      'Wähl eine Sache, der du dich als Nächstes widmest, und lass den Rest warten.',
    ],
  },

  // Movement
  'neck-shoulders': {
    title: 'Nacken und Schultern lockern',
    purpose: 'Die Stellen lockern, die nach der Zeit am Bildschirm Spannung halten.',
    steps: [
      'Roll die Schultern dreimal langsam nach hinten, dann dreimal nach vorn.',
      'Neig das rechte Ohr zur rechten Schulter, bleib so und atme.',
      'Neig das linke Ohr zur linken Schulter, bleib so und atme.',
      'Zieh die Schultern zu den Ohren hoch, halte sie kurz und lass sie dann fallen.',
    ],
    caution: MOVE,
  },
  'stand-and-stretch': {
    title: 'Aufstehen und strecken',
    purpose: 'Den Körper nach dem Sitzen mit ein paar leichten Dehnungen wecken.',
    steps: [
      'Steh auf, die Füße hüftbreit auseinander, und lass die Arme locker hängen.',
      'Streck beim Einatmen beide Arme zur Decke und mach dich lang.',
      'Senk die Arme und neig dich sanft zur einen Seite, dann zur anderen.',
      'Roll die Schultern nach hinten, schüttel Arme und Beine aus und steh locker da.',
    ],
    caution: MOVE,
  },
  'wrists-and-hands': {
    title: 'Handgelenke und Hände',
    purpose: 'Entlastung für Hände, die eine Weile getippt und geklickt haben.',
    steps: [
      'Mach lockere Fäuste, dann spreiz die Finger weit. Wiederhole das ein paar Mal.',
      'Kreis die Handgelenke langsam, erst links-, dann rechtsherum.',
      'Streck den rechten Arm aus, Handfläche nach oben, und zieh die Finger mit der linken Hand sanft zurück.',
      'Streck jetzt den linken Arm aus, Handfläche nach oben, und zieh die Finger mit der rechten Hand sanft zurück.',
      'Schüttel die Hände locker aus und leg sie dann in den Schoß.',
    ],
    caution: MOVE,
  },
  'short-walk': {
    title: 'Ein kurzer Gang',
    purpose: 'Unruhiger Energie einen Weg geben, mit einem langsamen Gang durch den Raum.',
    steps: [
      'Steh auf und spür deine Füße auf dem Boden, bevor du losgehst.',
      'Geh langsam, wo Platz ist. Spür, wie sich jeder Fuß hebt, bewegt und aufsetzt.',
      'Kehr mit ein paar langsameren Schritten zu deinem Platz zurück und setz dich sanft hin.',
    ],
    caution: WALK,
  },
  'seated-stretch': {
    title: 'Dehnen im Sitzen',
    purpose: 'Ein paar leichte Dehnungen, ohne Stuhl oder Rollstuhl zu verlassen.',
    steps: [
      'Setz dich aufrecht hin, die Füße auf dem Boden oder auf den Fußstützen.',
      'Streck beim Einatmen beide Arme nach oben, oder so hoch, wie es angenehm ist.',
      'Senk die Arme, dann neig dich sanft zur einen Seite und danach zur anderen.',
      'Dreh dich sanft und schau über eine Schulter, dann über die andere, und komm zurück.',
    ],
    caution: MOVE,
  },
  'seated-march': {
    title: 'Marsch im Sitzen',
    purpose: 'Den Kreislauf in Schwung bringen, ohne aufzustehen.',
    steps: [
      'Setz dich aufrecht, bei Bedarf angelehnt, Füße auf Boden oder Fußstützen. Ein Stuhl mit Rollen darf nicht wegrollen.',
      'Marschier im Sitzen auf der Stelle: Heb ein Knie, dann das andere, in lockerem Tempo.',
      'Schwing die Arme mit, als würdest du zügig gehen.',
      'Halte den Rhythmus mit Fersen und Zehen oder nur mit den Armen.',
      'Werde nach und nach langsamer, leg die Hände ab und spür deinen Atem.',
    ],
    caution: MOVE,
  },
  'progressive-relaxation': {
    title: 'Anspannen und Loslassen',
    purpose:
      'Einen Körperbereich nach dem anderen sanft anspannen und loslassen, um Spannung zu bemerken und abzugeben.',
    steps: [
      'Setz dich bequem hin, die Füße auf dem Boden. Spann jeden Bereich etwa fünf Sekunden sanft an, atme dabei normal, dann lass los und ruh dich bis zum nächsten aus.',
      'Mach sanft Fäuste. Atme weiter, dann lass los und spür deine Hände.',
      'Beug die Ellbogen und spann die Oberarme ein wenig an. Atme weiter, dann lass los.',
      'Zieh die Schultern Richtung Ohren. Atme weiter, dann lass sie sinken.',
      'Kneif das Gesicht sanft zusammen: Augen, Nase, Stirn. Atme weiter, dann lass es wieder glatt werden.',
      'Drück die Lippen leicht aufeinander. Atme weiter, dann lass den Kiefer locker hängen.',
      'Zieh die Schulterblätter sanft nach hinten zusammen. Atme weiter, dann lass los.',
      'Spann den Bauch ein wenig an, oder lass das aus, wenn du schwanger bist. Dann lass ihn beim Atmen weich werden.',
      'Drück die Knie zusammen, um die Oberschenkel anzuspannen. Atme weiter, dann lass los.',
      'Zieh die Zehen zu dir heran, um die Schienbeine anzuspannen. Atme weiter, dann lass die Füße ruhen.',
      'Roll die Zehen sanft ein, nicht so fest, dass es krampft. Atme weiter, dann spreiz sie wieder.',
      'Sitz ruhig da und spür deinen ganzen Körper, ohne etwas zu ändern.',
    ],
    caution: 'Spann sanft an und atme weiter; lass jeden Bereich aus, der wehtut.',
  },
  'daylight-walk': {
    title: 'Ein Gang im Tageslicht',
    purpose: 'Fünf Minuten draußen, in gemächlichem Tempo gehen.',
    steps: [
      'Zieh eine Jacke an, wenn du eine brauchst, und geh gemächlich nach draußen.',
      'Geh in ruhigem Tempo. Bleib ab und zu stehen und schau in den Himmel und in die Ferne.',
      'Achte auf das Licht: wohin es fällt, was es aufhellt, wie es sich auf der Haut anfühlt.',
      'Such dir eine kleine Sache, die du gern anschaust, verweile kurz bei ihr und kehr dann um.',
      'Geh in ruhigem Tempo zurück und atme die frische Luft.',
      'Bevor du wieder hineingehst, atme einmal langsam und schau noch einmal nach oben.',
    ],
    caution: `${WALK} ${SUN}`,
  },
  'light-by-the-window': {
    title: 'Licht am Fenster',
    purpose: 'Sanfte Bewegung im Sitzen, im Tageslicht an einem Fenster.',
    steps: [
      'Geh zum hellsten Fenster, das du erreichen kannst, oder dreh deinen Stuhl zu ihm hin.',
      'Lass das Tageslicht auf dein Gesicht fallen und schau so weit hinaus, wie es geht.',
      'Heb die Arme beim Einatmen langsam zum Licht und senk sie beim Ausatmen.',
      'Dreh dich sanft von Seite zu Seite und lass die Augen dem folgen, was draußen ist.',
      'Roll die Schultern nach hinten und öffne die Brust zum Fenster hin.',
      'Leg die Hände ab, schau noch einmal hinaus und atme einmal langsam.',
    ],
    caution: `${MOVE} ${SUN}`,
  },

  // Eyes
  'twenty-twenty': {
    title: '20-20-20-Augenpause',
    purpose: 'Nach Arbeit aus der Nähe 20 Sekunden lang etwa sechs Meter (20 Fuß) weit schauen.',
    steps: [
      'Schau auf etwas, das mindestens sechs Meter entfernt ist, wenn möglich durchs Fenster.',
      'Blinzle ein paar Mal langsam und lass die Augen in der Ferne weich werden.',
      'Schau noch einmal in die Ferne und achte auf Farben, Formen und kleine Details.',
    ],
  },
  palming: {
    title: 'Palmieren',
    purpose: 'Müde Augen eine Minute in Wärme und Dunkelheit ausruhen lassen.',
    steps: [
      'Nimm die Brille ab und reib die Handflächen aneinander, bis sie warm sind.',
      'Schließ die Augen und leg die hohlen Hände darüber, ohne zu drücken. Ruh dich im Dunkeln aus; öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Nimm die Hände langsam weg und lass das Licht nach und nach wieder herein.',
    ],
    caution: `Nimm zuerst die Brille ab; Kontaktlinsen können drin bleiben. ${NO_PRESS}`,
  },
  'blink-and-shift': {
    title: 'Blinzeln und Blick wechseln',
    purpose: 'Bildschirmmüde Augen erfrischen, indem du blinzelst und den Blick wechselst.',
    steps: [
      'Schau vom Bildschirm weg und blinzle sanft und ganz, etwa fünfmal.',
      'Halte einen Daumen auf Armlänge vor dich und schau ein paar Atemzüge lang darauf.',
      'Schau jetzt an ihm vorbei auf etwas weit Entferntes und lass die Augen dort ruhen.',
      'Wechsle ein paar Mal langsam zwischen Daumen und Ferne, dann blinzle und ruh dich aus.',
    ],
  },
  'eye-wander': {
    title: 'Langsam umherschauen',
    purpose: 'Augen, die am Bildschirm kleben, lockern, indem sie durch den Raum wandern.',
    steps: [
      'Lehn dich zurück und lass den Blick vom Bildschirm gehen.',
      'Fahr mit den Augen langsam die Kanten des Raums nach: Decke, Ecken, Boden.',
      'Lass die Augen ohne Eile zu allem wandern, was angenehm anzuschauen ist.',
      'Schließ die Augen für ein paar Atemzüge, öffne sie, wenn du so weit bist, oder beim Klang, und schau wieder auf den Bildschirm.',
    ],
  },
  'find-the-light': {
    title: 'Licht suchen',
    purpose: 'Eine Minute Tageslicht am Fenster, mit Blick so weit wie möglich.',
    steps: [
      'Geh zum nächsten Fenster oder dreh deinen Stuhl zu einem hin.',
      'Lass das Tageslicht auf dein Gesicht fallen und schau in den Himmel, wenn du ihn siehst.',
      'Such den fernsten Punkt, den du sehen kannst, und lass die Augen dort ruhen.',
      'Atme einmal langsam, bevor du zurückgehst.',
    ],
    caution: SUN,
  },
  'soft-focus': {
    title: 'Weiter, weicher Blick',
    purpose: 'Den Blick von einem Punkt auf alles ringsum weiten.',
    steps: [
      'Schau geradeaus auf einen Punkt an einer entfernten Wand oder aus dem Fenster.',
      'Ohne die Augen zu bewegen, lass die Aufmerksamkeit bis an die Ränder deines Blickfelds weit werden.',
      'Nimm die Seiten, oben und unten, alles zugleich wahr, mit weichem Blick.',
      'Blinzle ein paar Mal und schau dich im Raum um.',
    ],
  },
  'eye-rest-long': {
    title: 'Längere Augenpause',
    purpose: 'Fünf Minuten weg vom Bildschirm: in die Ferne schauen, blinzeln, Wärme und Dunkelheit.',
    steps: [
      'Nimm die Brille ab, wenn du eine trägst, und wende dich vom Bildschirm ab.',
      'Schau aus dem Fenster oder durch den Raum auf das Fernste, was du sehen kannst. Lass die Augen darauf weich werden.',
      'Blinzle ein paar Mal langsam und ganz, dann lass dein Blinzeln sein eigenes Tempo finden.',
      'Schließ die Augen und lass sie ruhen, schwer und still, während du atmest. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Schau auf etwas Nahes, etwa deine Hand, dann wieder in die Ferne. Wechsle langsam hin und her.',
      'Reib die Handflächen warm, schließ die Augen und leg die hohlen Hände darüber, ohne zu drücken. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Lass den Blick langsam durch den Raum wandern und dort ruhen, wo es angenehm ist.',
      'Schließ die Augen für ein paar langsame Atemzüge, dann öffne sie, wenn du so weit bist, oder beim Klang.',
      'Schau noch einmal in die Ferne und blinzle ein paar Mal sanft.',
    ],
    caution: NO_PRESS,
  },
  'eye-rest': {
    title: 'Augenpause',
    purpose: 'Ein paar Minuten weg vom Bildschirm: in die Ferne schauen, blinzeln und im Dunkeln ausruhen.',
    steps: [
      'Wende dich vom Bildschirm ab und nimm die Brille ab, wenn du eine trägst.',
      'Schau auf das Fernste, was du sehen kannst, wenn möglich durchs Fenster, und lass die Augen darauf weich werden.',
      'Blinzle ein paar Mal langsam und ganz, dann lass dein Blinzeln sein eigenes Tempo finden.',
      'Reib die Handflächen warm, schließ die Augen und leg die hohlen Hände darüber, ohne zu drücken. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Schau auf deine Hand, dann auf etwas weit Entferntes. Wechsle ein paar Mal langsam hin und her.',
      'Lass den Blick noch einmal in der Ferne ruhen und blinzle sanft, bevor du zurückgehst.',
    ],
    caution: NO_PRESS,
  },

  // Reflection
  'name-the-feeling': {
    title: 'Das Gefühl benennen',
    purpose: 'Dem, was da ist, ein Wort geben, ohne es zu bewerten.',
    steps: [
      'Setz dich bequem hin, lass den Blick auf einer Stelle ruhen und atme einmal langsam.',
      'Frag dich leise: Was fühle ich gerade?',
      'Probier ein Wort dafür: müde, unruhig, hoffnungsvoll, angespannt oder etwas ganz anderes.',
      'Schließ die Augen, wenn du magst, und spür, wo im Körper du es fühlst. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Danke dir fürs Nachspüren, ganz gleich, was du gefunden hast.',
    ],
  },
  'one-small-step': {
    title: 'Ein kleiner nächster Schritt',
    purpose: 'Aus etwas, das dir wichtig ist, einen Schritt machen, den du heute gehen könntest.',
    steps: [
      'Denk an etwas, das dir am Herzen liegt: ein Projekt, einen Menschen, deine Gesundheit.',
      'Frag dich, was ein guter nächster Schritt wäre, und mach ihn kleiner, bis er leicht wirkt.',
      'Stell dir vor, wie du ihn gehst: wann und wo.',
      'Entscheide, ob du ihn heute gehst. Wenn nicht, ist das in Ordnung: Du weißt, wo du anfangen kannst.',
    ],
  },
  'kind-word': {
    title: 'Ein freundliches Wort an dich',
    purpose: 'So mit dir sprechen, wie du mit einem lieben Menschen sprechen würdest.',
    steps: [
      'Atme einmal langsam und achte darauf, wie du heute mit dir gesprochen hast.',
      'Überleg, was dir ein Mensch, dem du wichtig bist, über diesen Tag sagen würde.',
      'Wähl ein paar freundliche Worte, etwa: „Das ist gerade schwer, und ich gebe mein Bestes.“',
      'Sag sie dir noch einmal leise und lass sie ankommen.',
    ],
  },
  'appreciate-something': {
    title: 'Etwas, das du schätzt',
    purpose: 'Die Aufmerksamkeit kurz auf etwas Gutes lenken, so klein es auch ist.',
    steps: [
      'Atme durch und lass deine Aufmerksamkeit ankommen.',
      'Denk an eine Sache, die du heute schätzt: einen Menschen, etwas Angenehmes, einen kleinen Erfolg.',
      'Stell sie dir genau vor und spür, wie es sich anfühlt, daran zu denken.',
      'Wenn du magst, schreib sie auf oder erzähl später jemandem davon.',
    ],
  },
  'what-matters': {
    title: 'Was dir wichtig ist',
    purpose: 'Kurz bei deinen Werten nachspüren, damit deine Ziele in deine Richtung zeigen.',
    steps: [
      'Atme einmal langsam und lass die aktuelle Aufgabe kurz ruhen.',
      'Frag dich: Was für ein Mensch möchte ich sein, bei der Arbeit und zu Hause?',
      'Wähl ein Wort dafür, etwa freundlich, neugierig, ehrlich oder ruhig.',
      'Überleg, wie der Rest des Tages dieses Wort ein wenig mehr widerspiegeln könnte.',
    ],
  },
  'kinder-look-back': {
    title: 'Ein freundlicherer Rückblick',
    purpose: 'Einen Moment aus letzter Zeit noch einmal ansehen, so verständnisvoll wie bei einem lieben Menschen.',
    steps: [
      'Denk an einen kleinen Moment aus letzter Zeit, der dir nachgeht und leicht genug ist, um ihn anzuschauen.',
      'Ruf dir in Erinnerung, was du damals wusstest und womit du zu tun hattest. Wird es schwer, schau dich im Raum um und lass es los.',
      'Frag dich, was ein fairer, wohlwollender Mensch über deinen Umgang damit sagen würde.',
      'Nimm eine Sache mit, die du gelernt hast, dann komm zurück in den Raum.',
    ],
  },
  'let-it-wait': {
    title: 'Lass es warten',
    purpose: 'Wenn vieles an dir zieht: wählen, was als Nächstes kommt, und den Rest warten lassen.',
    steps: [
      'Atme einmal langsam und lass die Hände ruhen.',
      'Nimm wahr, was gerade an deiner Aufmerksamkeit zieht, und benenne jedes Ding leise.',
      'Wähl das eine, das dich als Nächstes braucht. Den Rest kannst du nach der Pause notieren.',
      'Lass den Rest vorerst warten und wende dich wieder dem zu, was vor dir liegt.',
    ],
  },
  'three-good-things': {
    title: 'Drei gute Dinge',
    purpose: 'Auf den letzten Tag zurückschauen und drei Dinge finden, die gut liefen, so klein sie auch sind.',
    steps: [
      'Setz dich bequem hin, lass die Schultern sinken und atme einmal langsam.',
      'Denk an den letzten Tag zurück und finde eine Sache, die gut lief, so klein sie auch ist. Auch etwas, das einfach in Ordnung war, zählt.',
      'Bleib einen Moment dabei: Was ist passiert, und welchen Anteil hattest du oder jemand anderes daran?',
      'Finde eine zweite gute Sache. Ein warmes Getränk, ein nettes Wort, eine erledigte Aufgabe: Das reicht.',
      'Finde eine dritte und bleib auf dieselbe Weise dabei.',
      'Halte alle drei einen Moment im Sinn und spür, wie es ist, sie anzuschauen. Dann komm mit der Aufmerksamkeit zurück in den Raum.',
    ],
  },

  // Listening
  'mindful-listening': {
    title: 'Eine Minute zuhören',
    purpose: 'Die Aufmerksamkeit auf Geräuschen ruhen lassen, von fern bis nah.',
    steps: [
      'Sitz still und lass den Blick weich auf einer Stelle ruhen.',
      'Schließ die Augen und nimm das fernste Geräusch wahr, das du hören kannst. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Nun das nächstgelegene Geräusch: vielleicht dein Atem oder das Rascheln deiner Kleidung.',
      'Lass alle Geräusche kommen und gehen, ohne sie zu benennen oder zu bewerten.',
    ],
  },
  'listening-to-breath': {
    title: 'Dem Atem zuhören',
    purpose: 'Deinem Atem lauschen, so wie er ist, ohne ihn zu ändern.',
    steps: [
      'Setz dich bequem hin und lass den Blick weich auf einer Stelle ruhen.',
      'Schließ die Augen und lausche deinem Atem, wie er kommt und geht, und lass ihn, wie er ist. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Nimm die kleine Pause an jedem Wendepunkt wahr und wie weich jeder Atemzug klingt.',
      'Öffne deine Aufmerksamkeit wieder für den Raum und die Geräusche um dich.',
    ],
  },
  'layers-of-sound': {
    title: 'Klangschichten',
    purpose: 'Die Geräusche um dich Schicht für Schicht unterscheiden.',
    steps: [
      'Lehn dich zurück und lass die Schultern sinken.',
      'Schließ die Augen und lausche nach dem lautesten Geräusch um dich herum. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Finde mit weichem Blick ein leiseres Geräusch darunter, etwa ein Summen, einen Lüfter oder fernen Verkehr.',
      'Schließ die Augen und such das leiseste Geräusch, das du hören kannst. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Lass alle Schichten zusammenspielen, wie ein einziges Musikstück.',
      'Achte darauf, ob der Raum jetzt irgendwie anders klingt.',
    ],
  },
  'follow-one-sound': {
    title: 'Einem Geräusch folgen',
    purpose: 'Einem einzigen Geräusch deine volle Aufmerksamkeit schenken, wie beim guten Zuhören.',
    steps: [
      'Halte inne und wähl ein Geräusch, das du gerade hören kannst.',
      'Folge ihm genau: Höhe, Rhythmus, Lautstärke, wie es sich ändert oder verklingt.',
      'Wenn es endet oder du so weit bist, atme einmal langsam und kehr zu deinem Tag zurück.',
    ],
  },
  'open-listening': {
    title: 'Längeres Zuhören',
    purpose: 'Ein paar Minuten Geräusche kommen und gehen lassen, ohne etwas damit tun zu müssen.',
    steps: [
      'Setz dich bequem hin, die Füße auf dem Boden, und lass den Blick weich auf einer Stelle ruhen.',
      'Schließ die Augen und lass Geräusche zu dir kommen, nah und fern, ohne nach ihnen zu suchen. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Wenn Gedanken dich wegziehen, ist das in Ordnung: Bemerk es und kehr zu dem zurück, was du hören kannst.',
      'Schließ die Augen und folge einem Geräusch vom Anfang bis zum Ende, dann lass das nächste kommen. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Nimm die Stille zwischen den Geräuschen wahr und wie jedes aus ihr auftaucht und wieder in ihr verklingt.',
      'Schließ die Augen und lausche den fernsten Geräuschen, jenseits der Wände. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Nimm jetzt die nahen Geräusche wahr: deinen Atem, deine Kleidung, den Sitz, wenn du dich bewegst.',
      'Schließ die Augen und lass jedes Geräusch Teil einer einzigen Klanglandschaft sein, ohne etwas damit tun zu müssen. Öffne die Augen, wenn du so weit bist, oder beim Klang.',
      'Hör mit offenen Augen weiter zu und nimm den Raum wahr, wie er gerade klingt.',
      'Streck dich ein wenig, schau dich um und kehr in deinem Tempo zu deinem Tag zurück.',
    ],
  },
  'one-song': {
    title: 'Ein Lied',
    purpose: 'Einem Lied von etwa drei Minuten deine ganze Aufmerksamkeit schenken.',
    steps: [
      'Wähl ein Lied von etwa drei Minuten, das dir heute guttut, und spiel es ab, wenn möglich mit Kopfhörern.',
      'Hör zu, als wäre es das erste Mal: die Stimmen, die Instrumente, wie es aufgebaut ist.',
      'Wenn es endet, bleib einen Moment in der Stille danach sitzen.',
    ],
  },
};
