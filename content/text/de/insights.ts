/** The insights in German, by id (content/insights.ts). Written for Breathing Room in our own words, informal "du". */
export const INSIGHTS_DE: Readonly<Record<string, string>> = {
  // Trust and safety
  'trust-pace':
    'Sich zu öffnen braucht so lange, wie es eben braucht. Vertrau dir: Ein wenig mehr teilst du erst, wenn es sich sicher anfühlt.',
  'trust-safe-place':
    'Sicherheit beginnt oft im Körper. Lass die Schultern sinken und den Kiefer locker werden, und schau einfach, was dann kommt.',
  'trust-small-signs':
    'Vertrauen wächst im Kleinen: ein gehaltenes Versprechen, ein Wort, das wirklich ankam. Solche Zeichen kannst du dir heute selbst geben.',
  'trust-your-signals':
    'Du darfst merken, wenn sich etwas falsch anfühlt. Unbehagen sagt dir etwas, schon bevor du es erklären kannst.',
  'trust-one-sentence':
    'Niemand braucht deine ganze Geschichte auf einmal. Einem vertrauten Menschen einen ehrlichen Satz zu sagen, ist schon ein echter Schritt.',
  'trust-steady-ground':
    'Wenn der Tag wackelig wirkt, such nach dem, was trägt: der Stuhl unter dir, der Boden unter deinen Füßen, der nächste Atemzug.',
  'trust-own-company':
    'Dir selbst gut Gesellschaft zu leisten heißt, dich nicht für jeden Patzer zu schelten. Probier es eine Stunde lang mit einem sanfteren Ton.',
  'trust-limits':
    'Nein zu sagen, wenn es zu viel ist, gehört zum Gefühl von Sicherheit. Eine klare Grenze kann Platz für ein herzlicheres Ja machen.',
  'trust-return':
    'Vertrauen kann wanken und doch wiederkommen. Nach einem Streit beginnt Versöhnung oft mit einem ehrlichen Gespräch darüber, was schiefging.',
  'trust-ease-in':
    'Eile hält den Körper in Alarmbereitschaft. Mach deine nächsten Bewegungen einmal im halben Tempo und spür, wie das ist.',
  'trust-therapy-bond':
    'Therapie wirkt über die Beziehung ebenso wie über die Methode. Offen mit der Person reden zu können, die dich begleitet, gehört zur Hilfe.',
  'trust-change-therapist':
    'Stimmt die Chemie in der Therapie nicht, darfst du das ansprechen oder dir jemand anderen suchen. Eine gute Passung zu suchen, ist normal.',
  'trust-choose-who':
    'Verschiedene Menschen können verschiedene Teile deines Lebens mittragen. Zu wählen, wer was erfährt, ist eine Art, gut für dich zu sorgen.',
  'trust-colleague-chat':
    'Ein kurzer, freundlicher Plausch im Team über etwas anderes als Arbeit schafft das Vertrauen, das an schwereren Tagen hilft.',
  'trust-say-what-helps':
    'Menschen, denen du wichtig bist, ahnen nicht immer, was dir hilft. Es klar zu sagen, etwa „ein kurzer Anruf wäre schön“, macht es leichter.',
  'trust-own-judgement':
    'Du kannst gut entscheiden, ohne alles zu wissen. Das meiste lässt sich später anpassen, so fällt es leichter, deinem Urteil zu trauen.',

  // Active listening, to others and to yourself
  'listening-whole':
    'Gut zuhören heißt, auch den Ton und die Pausen zu hören, nicht nur die Worte. Probier es eine Minute lang bei dir selbst.',
  'listening-inner':
    'Dein Körper spricht, während du arbeitest: ein verspannter Nacken, ein angehaltener Atem. Eine Pause lädt ein, hinzuhören.',
  'listening-pause':
    'Wenn jemand spricht, lass eine kurze Pause entstehen, bevor du antwortest. Das Wichtigste kommt oft erst danach.',
  'listening-no-fixing':
    'Nicht jede Sorge braucht eine Lösung. Manchmal ist Zuhören das Freundlichste, ob ein lieber Mensch spricht oder dein eigener Kopf.',
  'listening-inner-tone':
    'Achte darauf, wie deine innere Stimme heute klingt: gehetzt, scharf, müde? Wie du mit dir sprichst, zählt genauso wie das, was du sagst.',
  'listening-body-cues':
    'Trockene Augen, zusammengebissene Zähne, ein wippendes Bein: Das sind Botschaften. Früh hinzuhören ist leichter, als später nachzuholen.',
  'listening-curious':
    'Wer neugierig ist, hört gut zu. Statt zu fragen, warum du dich so fühlst, frag einmal, was dir das Gefühl sagen möchte.',
  'listening-one-thing':
    'Volle Aufmerksamkeit ist ein Geschenk, und sie fängt klein an. Schenk sie eine Minute lang einem einzigen Geräusch oder Atemzug.',
  'listening-quiet':
    'Stille muss nicht leer sein. In einem ruhigen Moment hörst du vielleicht, was in den vollen Stunden untergegangen ist.',
  'listening-to-eyes':
    'Deine Augen arbeiten schon eine Weile aus der Nähe. Ihnen zuzuhören kann einfach heißen, aus dem Fenster zu schauen.',
  'listening-say-back':
    'Wenn du kurz in eigenen Worten wiederholst, was jemand gesagt hat, zeigst du, dass du folgst, und dein Gegenüber kann dich berichtigen.',
  'listening-open-questions':
    'Eine Frage wie „Wie war das für dich?“ öffnet mehr Raum als eine, die sich mit Ja oder Nein beantworten lässt.',
  'listening-phone-down':
    'Das Handy umzudrehen, wenn jemand zu sprechen beginnt, ist ein kleines, klares Zeichen, dass du ganz da bist.',
  'listening-not-rehearsing':
    'Es ist schwer zuzuhören, während du schon deine Antwort zurechtlegst. Ertappst du dich dabei, lass es los und kehr zum Gesagten zurück.',
  'listening-noise':
    'Ständiger Lärm ermüdet, oft ganz unbemerkt. Ein paar Minuten an einem ruhigeren Ort oder mit Ohrstöpseln gönnen deinen Ohren Ruhe.',
  'listening-one-song':
    'Ein Lieblingsstück, ganz aufmerksam gehört, ohne nebenbei etwas anderes zu tun, kann allein schon eine ganze Pause sein.',
  'listening-ask-twice':
    'Wenn jemand im Team „passt schon“ sagt, bringt ein zweites, behutsames und echt interessiertes Nachfragen oft eine ehrlichere Antwort.',

  // Coping strategies
  'coping-small-tools':
    'Mit Stress umgehen ist nicht die eine große Lösung, sondern ein paar kleine Werkzeuge für einen ganz normalen Nachmittag.',
  'coping-practice':
    'Eine Beruhigungstechnik wirkt am besten, wenn du sie an ruhigen Tagen übst. Dann ist sie da, wenn die schweren kommen.',
  'coping-long-exhale':
    'Langsam ausatmen, etwas länger als du einatmest: eine der einfachsten Arten, deinem Körper zu sagen, dass er loslassen darf.',
  'coping-senses':
    'Wenn die Gedanken kreisen, können dich deine Sinne zurückholen. Was du sehen, hören und berühren kannst, ist genau hier, in diesem Raum.',
  'coping-move': 'Stress sammelt sich gern im Körper. Dehnen oder ein kurzer Spaziergang gibt ihm einen Ausweg.',
  'coping-right-tool':
    'Es hilft zu wissen, was wann passt: langsames Atmen bei Anspannung, ein Spaziergang bei Unruhe, ein freundliches Wort an trüben Tagen.',
  'coping-edge-off':
    'Was dir hilft, muss nicht alles wieder gut machen. Der Sache ein wenig die Schärfe zu nehmen, zählt auch.',
  'coping-rest-eyes':
    'Müde Augen lassen alles schwerer wirken. Sie eine Minute auszuruhen, ist eine kleine, praktische Art, für dich zu sorgen.',
  'coping-early':
    'Früh gegenzusteuern, solange der Stress noch ein Murmeln ist und kein Dröhnen, kostet meist viel weniger Kraft.',
  'coping-experiment':
    'Hat eine Technik neulich nicht geholfen, hilft sie vielleicht ein andermal. Herauszufinden, was dir guttut, ist ein behutsames Experiment.',
  'coping-ask-for-help':
    'Hilfe in einer Arztpraxis, Beratungsstelle oder am Hilfetelefon zu suchen, ist ein normaler, vernünftiger Schritt, nicht erst in der Krise.',
  'coping-park-worry':
    'Schreib eine nagende Sorge auf und leg fest, wann du später darüber nachdenkst. So geparkt, nimmt sie jetzt vielleicht weniger Raum ein.',
  'coping-cool-water':
    'Kühles Wasser auf Handgelenken oder Gesicht nimmt einer stressigen Minute schnell und ganz körperlich etwas Hitze.',
  'coping-hand-on-chest':
    'Eine warme Hand auf Brust oder Bauch zu legen, während du atmest, ist eine einfache, stille Art, dich selbst zu trösten.',
  'coping-hour-at-a-time':
    'Einen schweren Tag kannst du Stunde für Stunde nehmen. Den nächsten Abschnitt zu schaffen, reicht für jetzt; der Rest der Woche kann warten.',
  'coping-if-then':
    'Legst du vorher fest: „Wird mir im Meeting die Brust eng, atme ich langsamer aus“, greifst du im richtigen Moment leichter danach.',
  'coping-humour':
    'Eine Minute mit etwas Lustigem, einem albernen Video oder einer witzigen Erinnerung, kann Stress lösen, wo Anstrengung nichts ausrichtet.',
  'coping-tidy-corner':
    'Eine kleine Ecke des Schreibtischs aufzuräumen, gibt unruhiger Energie ein nützliches Ventil und schafft etwas mehr Raum zum Denken.',
  'coping-by-name':
    'Steckst du fest, sprich dich mit deinem Namen an, wie jemanden, den du berätst. Dieser kleine Abstand kann ein Problem klarer machen.',

  // Emotional expression
  'expression-name-it':
    'Ein Gefühl zu benennen, auch nur ungefähr, lockert oft seinen Griff. „Mir ist mulmig“ ist ein guter Anfang.',
  'expression-allowed':
    'Gefühle müssen nicht ordentlich sein, um willkommen zu sein. Lass für ein paar Atemzüge da sein, was gerade da ist.',
  'expression-mixed':
    'Du kannst mehreres zugleich fühlen: erleichtert und traurig, stolz und besorgt. Beides kann gleichzeitig stimmen.',
  'expression-words-later':
    'Wenn die Worte noch nicht kommen, ist das in Ordnung. Ein Gefühl lässt sich im Körper spüren, bevor es einen Namen hat.',
  'expression-write':
    'Ein Gefühl aufzuschreiben, auch nur in drei Wörtern, gibt ihm eine Form, die du anschauen kannst, statt es mit dir herumzutragen.',
  'expression-body-first':
    'Gefühle zeigen sich oft zuerst im Körper: eine enge Brust, warme Wangen, schwere Arme. Zu merken, wo, ist eine Art, ihnen zuzuhören.',
  'expression-share':
    'Wenn du jemandem sagst, wie es dir geht, braucht es keine perfekten Worte. „Heute ist ein schwerer Tag“ sagt schon viel.',
  'expression-let-move':
    'Manche Gefühle wollen in Bewegung kommen. Die Hände auszuschütteln oder lang zu seufzen kann helfen, dass ein wenig davon abfließt.',
  'expression-weather':
    'Ein Gefühl ist kein Urteil darüber, wer du bist. Es ist eher wie Wetter, das durchzieht, und du kannst es beobachten, ohne zu bewerten.',
  'expression-no-apology':
    'Lachen, Tränen und Seufzer sind Arten, auszudrücken, was in dir ist. Für keins davon musst du dich entschuldigen.',
  'expression-without-words':
    'Gefühle können auch durch ein Gekritzel, ein Summen oder ein paar Minuten Zeichnen herauskommen, nicht nur durch Worte.',
  'expression-anger':
    'Ärger zeigt oft auf etwas, das dir wichtig ist, etwa Fairness. Zu fragen, was er schützt, hilft oft mehr, als ihn herunterzuschlucken.',
  'expression-good-news':
    'Auch gute Gefühle verdienen es, ausgesprochen zu werden. Erzählst du jemandem von etwas Kleinem, das gut lief, freust du dich doppelt.',
  'expression-i-feel':
    'Mit „Ich fühle mich …“ statt „Du immer …“ anzufangen, macht es deinem Gegenüber leichter, dir in einem schwierigen Gespräch zuzuhören.',
  'expression-choose-when':
    'Du musst nicht jedes Gefühl aussprechen, sobald es da ist. Zu wählen, wann und wo du es zeigst, ist auch eine Art, es ernst zu nehmen.',
  'expression-thank':
    'Ein konkretes Dankeschön, das nennt, was jemand getan hat und wie es geholfen hat, sagt viel mehr als ein schnelles „Danke“.',

  // Goals that fit your values
  'goals-values':
    'Ein Ziel, das zu deinen Werten passt, zieht dich nach vorn. Eins, das nur zu anderen passt, schiebt eher.',
  'goals-small-step': 'Große Vorhaben werden durch kleine Schritte wahr. Welcher Schritt ist klein genug für heute?',
  'goals-why':
    'Wenn ein Ziel schwer wirkt, erinnere dich, warum es dir wichtig ist. Der Grund ist oft leichter zu tragen als die Aufgabe.',
  'goals-tired-day':
    'Ein Ziel, das du auch an einem müden Tag erreichst, ist mehr wert als eins, das nur an deinem allerbesten Tag klappt.',
  'goals-your-own':
    'Frag dich, ob ein Ziel wirklich deins ist. Würdest du es auch wollen, wenn niemand zusieht, passt es wahrscheinlich zu deinen Werten.',
  'goals-not-straight':
    'Fortschritt verläuft selten geradlinig. Auch eine langsamere Woche kann dich in die Richtung bringen, die dir wichtig ist.',
  'goals-rest-counts': 'Ausruhen gehört zum Weg zum Ziel, es ist kein Umweg. Auch diese Pause bringt dich weiter.',
  'goals-compass':
    'Werte sind wie ein Kompass, Ziele wie Stationen unterwegs. Verpasst du eine Station, bleibt die Richtung trotzdem.',
  'goals-together':
    'Ziele, die du mit jemandem entwickelst, der zuhört, werden meist freundlicher und realistischer. Mit wem könntest du deine durchsprechen?',
  'goals-notice-done':
    'Nimm vor der nächsten Aufgabe eine Sache wahr, die du heute schon geschafft hast. Erledigte Schritte verdienen einen Moment Beachtung.',
  'goals-one-priority':
    'Steht heute zu viel an, wähl das eine, das den größten Unterschied macht, und lass alles andere warten, bis es dran ist.',
  'goals-good-enough':
    'Gut genug ist oft der richtige Maßstab. Hebst du deine volle Kraft für das Wichtigste auf, bleibt Energie für später.',
  'goals-define-done':
    'Ein Ziel lässt sich leichter angehen, wenn du weißt, wie „fertig“ aussieht. Schreib eine Zeile, die das Ergebnis beschreibt.',
  'goals-adjust':
    'Ein Ziel zu ändern, das nicht mehr passt, ist kein Aufgeben. Du steuerst nach dem, was du unterwegs gelernt hast.',
  'goals-enjoy-doing':
    'Manches lohnt sich durch das Tun genauso wie durch das Ankommen. Macht dir ein Teil der Aufgabe vor dir schon an sich Freude?',
  'goals-own-pace':
    'Das Tempo anderer sagt nichts über deins. Ihr Startpunkt, ihre Last und ihr Weg sind anders als deine.',

  // Revisiting past experiences with kindness
  'past-kindness':
    'Freundlich zurückblicken hilft am meisten: Du hast die Dinge mit dem verstanden, was du damals wusstest.',
  'past-patterns':
    'Alte Reaktionen hatten oft einmal ihren Sinn. Zu bemerken, woher eine kommt, ist der erste Schritt, neu zu wählen.',
  'past-then-now':
    'Im Rückblick weißt du mehr als damals. Miss dein früheres Ich an dem, was es damals sehen konnte, nicht an dem, was du heute siehst.',
  'past-small-pieces':
    'Manche Erinnerungen sind zu schwer, um sie allein am Schreibtisch zu ordnen. Du darfst eine beiseitelegen, bis jemand Vertrautes da ist.',
  'past-here-now':
    'Zieht eine alte Erinnerung an dir, spür deine Füße auf dem Boden. Die Vergangenheit gehört zu deiner Geschichte, und du bist hier, jetzt.',
  'past-came-through':
    'Denk an etwas Schweres, durch das du schon gegangen bist. Was dir damals geholfen hat, steht dir immer noch zur Verfügung.',
  'past-no-blame':
    'Zu verstehen, warum du so reagierst, hat nichts mit Schuld zu tun. Es geht darum, nächstes Mal ein wenig mehr Wahl zu haben.',
  'past-as-a-friend':
    'Stell dir vor, ein lieber Mensch erzählt dir von demselben alten Fehler. Du wärst wohl nachsichtig mit ihm. Das verdienst du auch.',
  'past-body-remembers':
    'Manchmal erinnert sich der Körper vor dem Kopf. Taucht Anspannung wie aus dem Nichts auf, kann ein langsamer Atemzug ihr Raum geben.',
  'past-good-moments':
    'Zurückblicken heißt nicht nur, das Schwere anzusehen. Denk an einen Moment, der gut lief, und lass ihn einen Atemzug lang nachklingen.',
  'past-lessons':
    'Denk an etwas, das dir heute leichter fällt als vor einem Jahr. Langsame Veränderung übersieht man leicht, bis man nach ihr sucht.',
  'past-who-helped':
    'Denk an jemanden, der dir unterwegs geholfen hat, und sei es nur ein wenig. Ein Teil von dir wuchs aus dem, was dieser Mensch dir gab.',
  'past-replay-loop':
    'Eine Erinnerung immer wieder durchzugehen ist nicht dasselbe wie Nachdenken. Merkst du eine Schleife, steig aus und beschäftige deine Hände.',
  'past-old-pleasures':
    'Etwas, das du früher gern gemacht hast, etwa Zeichnen, Musik oder ein Sport, wartet vielleicht noch auf zehn Minuten deiner Zeit.',
  'past-versions':
    'Eine Erinnerung ist eine Fassung, keine Aufnahme. Wer dabei war, erinnert sich vielleicht anders, und keiner von euch muss falschliegen.',
  'past-let-go':
    'Einen alten Groll loszulassen tust du für deinen Frieden, in deinem eigenen Tempo. Es heißt nicht, dass das Geschehene in Ordnung war.',

  // Carrying the work on in daily life
  'daily-practice': 'Wachstum geschieht zwischen den großen Momenten, in kleinen Pausen wie dieser, Tag für Tag.',
  'daily-carry':
    'Was dir in einer ruhigen Minute hilft, kann dich begleiten: ins nächste Meeting, in die nächste E-Mail, in den nächsten Tag.',
  'daily-anchor-habit':
    'Gewohnheiten halten am besten, wenn sie an etwas hängen, das du ohnehin tust: etwa ein langsamer Atemzug bei jedem Blick ins Postfach.',
  'daily-no-finish-line':
    'Für die Psyche zu sorgen hört nie auf, genau wie beim Körper. Es gibt keine Ziellinie, nur die nächste freundliche Entscheidung.',
  'daily-pleasant-thing':
    'Achte jeden Tag auf etwas Schönes: ein warmes Getränk, ein gutes Lied, ein Stück Himmel. Mit der Zeit lernt dein Blick, so etwas zu finden.',
  'daily-check-in':
    'Ein kurzer Check-in ein paar Mal am Tag – wie geht es mir, was brauche ich? – lässt kleine Sorgen nicht still wachsen.',
  'daily-stand-up':
    'Dein Körper will sich über den Tag bewegen. Zwischen zwei Aufgaben aufzustehen, ist eine kleine Art, das zu achten.',
  'daily-look-far':
    'In jede Zeit am Bildschirm passen ein paar Sekunden Blick in die Ferne. Diese Gewohnheit lässt sich leicht halten.',
  'daily-pick-up-again':
    'Einen Tag auszulassen ändert nichts Wichtiges. Du kannst einfach wieder anfangen, so wie jetzt gerade.',
  'daily-heard':
    'Das Zuhören, das du bei dir selbst übst, wirkt weiter. Wer als Nächstes mit dir spricht, fühlt sich vielleicht etwas mehr gehört.',
  'daily-walk-between':
    'Ein paar Schritte zwischen zwei Aufgaben lassen die letzte nachklingen, bevor die nächste beginnt, und gönnen auch den Augen eine Pause.',
  'daily-daylight':
    'Tageslicht hilft, die innere Uhr zu stellen, und kann die Stimmung heben. Ein paar Minuten früh am Tag draußen oder am Fenster lohnen sich.',
  'daily-water':
    'Durst zeigt sich oft erst als Müdigkeit oder dumpfer Kopf, bevor er sich wie Durst anfühlt. Ein Glas Wasser ist ein einfacher Anfang.',
  'daily-posture':
    'Prüf, wie du sitzt: Rücken gestützt, Schultern unten, Füße flach, Bildschirmoberkante auf oder knapp unter Augenhöhe.',
  'daily-one-task':
    'Zwischen Aufgaben zu wechseln kostet mehr, als es scheint. Lass für die nächste halbe Stunde nur eine Sache offen und bring sie zu Ende.',
  'daily-notifications':
    'Jedes Ping zieht an deiner Aufmerksamkeit. Mitteilungen eine Stunde stummschalten oder Nachrichten zu festen Zeiten lesen schont den Fokus.',
  'daily-wind-down':
    'Ein kleines Ritual zum Feierabend, etwa die erste Aufgabe für morgen notieren und den Laptop zuklappen, hilft, dass der Tag wirklich endet.',
  'daily-screens-sleep':
    'Helle Bildschirme spät am Abend können den Schlaf verzögern. Sie zu dimmen oder das Handy im Nebenzimmer zu lassen, hilft beim Einschlafen.',
  'daily-lunch-away':
    'Das Mittagessen weg vom Schreibtisch zu essen und es wirklich zu schmecken, schenkt dir eine Mahlzeit und eine Pause zugleich.',
  'daily-reach-out':
    'Eine kurze Nachricht an jemanden, von dem du lange nichts gehört hast, dauert eine Minute und kann euch beiden den Tag aufhellen.',
  'daily-kind-act':
    'Jemandem eine kleine Freundlichkeit zu erweisen, etwa einen Tee mitzubringen, hebt oft auch deinen eigenen Tag.',
};
