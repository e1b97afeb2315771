/** The insights in French, by id (content/insights.ts). Written for Breathing Room, from the English, in our own words. */
export const INSIGHTS_FR: Readonly<Record<string, string>> = {
  // Trust and safety (Confiance et sécurité)
  'trust-pace':
    "S'ouvrir prend le temps qu'il faut. Fiez-vous à vous-même : vous en direz plus quand vous vous sentirez en sécurité.",
  'trust-safe-place':
    'Le sentiment de sécurité commence souvent dans le corps. Laissez descendre vos épaules, desserrez la mâchoire, et observez ce qui suit.',
  'trust-small-signs':
    "La confiance naît de petites choses : une promesse tenue, une parole vraiment entendue. Vous pouvez vous offrir ces signes aujourd'hui.",
  'trust-your-signals':
    "Vous avez le droit de remarquer que quelque chose cloche. Un malaise vous renseigne, même avant que vous sachiez l'expliquer.",
  'trust-one-sentence':
    "Personne n'a besoin de toute votre histoire d'un coup. Confier une seule phrase vraie à une personne de confiance, c'est déjà un vrai pas.",
  'trust-steady-ground':
    'Quand la journée vacille, cherchez ce qui tient bon : la chaise sous vous, le sol sous vos pieds, la prochaine respiration.',
  'trust-own-company':
    "Vous rassurer vous-même, c'est ne pas vous reprocher chaque faux pas. Pour l'heure qui vient, essayez un ton plus doux.",
  'trust-limits':
    'Dire non à ce qui est de trop aide à se sentir en sécurité. Une limite claire peut laisser place à un oui plus chaleureux.',
  'trust-return':
    "La confiance peut plier et revenir. Après une brouille, parler franchement de ce qui n'a pas marché est souvent le début de la réparation.",
  'trust-ease-in':
    "Se presser garde le corps en alerte. Faites vos prochains gestes deux fois plus lentement, et remarquez l'effet que cela fait.",
  'trust-therapy-bond':
    "Une thérapie agit par la relation autant que par la méthode. Pouvoir parler franchement à votre thérapeute fait partie de l'aide.",
  'trust-change-therapist':
    "Si un thérapeute ne vous convient pas, vous pouvez le dire ou chercher quelqu'un d'autre. Chercher la bonne personne est tout à fait normal.",
  'trust-choose-who':
    "Chaque personne peut porter une part différente de votre vie. Choisir qui entend quoi, c'est une façon de prendre soin de vous.",
  'trust-colleague-chat':
    'Quelques mots amicaux avec un collègue, sur autre chose que le travail, tissent une confiance qui aide les jours plus durs.',
  'trust-say-what-helps':
    'Vos proches ne devinent pas toujours ce qui vous aiderait. Le dire simplement, « un petit appel me ferait plaisir », leur facilite la tâche.',
  'trust-own-judgement':
    "Vous pouvez prendre une bonne décision sans tout savoir. La plupart des choix s'ajustent ensuite, ce qui aide à vous fier à votre jugement.",

  // Active listening, to others and to yourself (Écoute)
  'listening-whole':
    "Bien écouter, c'est entendre le ton et les silences, pas seulement les mots. Essayez avec vous-même pendant une minute.",
  'listening-inner':
    "Votre corps parle pendant que vous travaillez : une nuque raide, un souffle retenu. Une pause est l'occasion de l'écouter.",
  'listening-pause':
    "Quand quelqu'un vous parle, laissez passer un court silence avant de répondre. Le plus important vient souvent juste après.",
  'listening-no-fixing':
    "Un souci n'attend pas toujours une solution. Parfois, le plus doux est de l'écouter jusqu'au bout, qu'il vienne d'un ami ou de vous-même.",
  'listening-inner-tone':
    "Écoutez votre voix intérieure aujourd'hui : pressée, sèche, lasse ? La façon dont vous vous parlez compte autant que ce que vous dites.",
  'listening-body-cues':
    "Yeux secs, mâchoire serrée, jambe qui s'agite : ce sont des messages. Les écouter tôt est plus facile que de rattraper le retard ensuite.",
  'listening-curious':
    'La curiosité aide à bien écouter. Au lieu de vous demander pourquoi vous ressentez cela, demandez-vous ce que ce ressenti veut vous dire.',
  'listening-one-thing':
    'Une attention entière est un cadeau, et elle commence petit. Pendant une minute, offrez-la à un seul son ou à une seule respiration.',
  'listening-quiet':
    "Le calme n'est pas forcément vide. Dans un moment tranquille, vous entendrez peut-être ce que le bruit de la journée couvrait.",
  'listening-to-eyes':
    "Vos yeux travaillent de près depuis un moment. Les écouter, c'est peut-être simplement regarder par la fenêtre.",
  'listening-say-back':
    "Reformuler avec vos mots ce que l'autre vient de dire montre que vous suiviez, et lui permet de vous corriger.",
  'listening-open-questions':
    "Une question comme « comment l'avez-vous vécu ? » laisse plus de place qu'une question où l'on répond oui ou non.",
  'listening-phone-down':
    "Retourner votre téléphone quand quelqu'un commence à parler est un petit signe clair : cette personne a votre attention.",
  'listening-not-rehearsing':
    "Difficile d'écouter en préparant sa réponse. Si vous vous surprenez à la préparer, laissez-la de côté et revenez à ce qui se dit.",
  'listening-noise':
    "Le bruit permanent fatigue plus qu'on ne le croit. Quelques minutes au calme, ou avec des bouchons d'oreilles, reposent votre ouïe.",
  'listening-one-song':
    "Un morceau que vous aimez, écouté avec toute votre attention et sans rien faire d'autre, peut être une pause à lui seul.",
  'listening-ask-twice':
    'Quand un collègue répond « ça va », redemander, doucement et avec un vrai intérêt, amène souvent une réponse plus sincère.',

  // Coping strategies (Faire face)
  'coping-small-tools':
    "Faire face, ce n'est pas une grande solution unique. C'est une poignée de petits outils à saisir, un après-midi comme les autres.",
  'coping-practice':
    "Une technique d'apaisement marche mieux si on la pratique les jours calmes : elle sera prête pour les jours difficiles.",
  'coping-long-exhale':
    "Une expiration lente, un peu plus longue que l'inspiration, est l'une des façons les plus simples de dire au corps qu'il peut se relâcher.",
  'coping-senses':
    'Quand les idées tournent en boucle, vos sens peuvent vous ramener. Ce que vous voyez, entendez et touchez est là, dans cette pièce.',
  'coping-move': "Le stress s'accumule volontiers dans le corps. Un étirement ou quelques pas lui offrent une sortie.",
  'coping-right-tool':
    "Cela aide de savoir quel outil va avec quel moment : souffle lent pour la tension, marche pour l'agitation, mot gentil pour un jour sans.",
  'coping-edge-off': "Une technique n'a pas à tout arranger. Adoucir un peu ce qui pèse, ça compte déjà.",
  'coping-rest-eyes':
    'Des yeux fatigués peuvent tout rendre plus pénible. Les reposer une minute est une façon simple et concrète de prendre soin de vous.',
  'coping-early':
    "Recourir tôt à un outil, quand le stress n'est encore qu'un murmure et pas un grondement, demande en général bien moins d'effort.",
  'coping-experiment':
    "Une technique qui n'a pas aidé la dernière fois peut aider un autre jour. Trouver ce qui vous convient, c'est tâtonner en douceur.",
  'coping-ask-for-help':
    "Demander de l'aide à un médecin, un psy ou une ligne d'écoute est une démarche normale et sensée, et nul besoin d'attendre une crise.",
  'coping-park-worry':
    'Notez un souci qui vous trotte dans la tête et fixez un moment pour y penser plus tard. Mis de côté, il prendra peut-être moins de place.',
  'coping-cool-water':
    "Un peu d'eau fraîche sur les poignets ou le visage aide, vite et concrètement, à faire retomber la pression d'un moment stressant.",
  'coping-hand-on-chest':
    'Poser une main chaude sur votre poitrine ou votre ventre en respirant est une façon simple et discrète de vous réconforter.',
  'coping-hour-at-a-time':
    "Une journée difficile peut se vivre heure par heure. Passer le prochain moment suffit pour l'instant ; le reste de la semaine peut attendre.",
  'coping-if-then':
    "Décider à l'avance, « si ma poitrine se serre en réunion, je ralentirai mon expiration », rend un outil plus facile à saisir au bon moment.",
  'coping-humour':
    "Une minute à rire d'une vidéo idiote ou d'un souvenir drôle peut dénouer le stress mieux que n'importe quel effort.",
  'coping-tidy-corner':
    "Ranger un petit coin de votre bureau donne à l'agitation une issue utile, et laisse un peu plus de place pour réfléchir.",
  'coping-by-name':
    "Quand vous bloquez, appelez-vous par votre prénom, comme si vous conseilliez quelqu'un d'autre. Ce petit recul peut éclaircir un problème.",

  // Emotional expression (Exprimer ses émotions)
  'expression-name-it':
    "Nommer une émotion, même à peu près, tend à desserrer son emprise. « Je me sens mal à l'aise » est un bon début.",
  'expression-allowed':
    "Une émotion n'a pas à être nette pour être bienvenue. Laissez-la être là, le temps de quelques respirations.",
  'expression-mixed':
    'On peut ressentir plusieurs choses à la fois : soulagement et tristesse, fierté et inquiétude. Les deux ont leur place en même temps.',
  'expression-words-later':
    "Si les mots ne viennent pas encore, ce n'est pas grave. On peut sentir une émotion dans le corps avant de pouvoir la nommer.",
  'expression-write':
    "Mettre une émotion par écrit, même en trois mots, lui donne une forme que l'on peut regarder au lieu de la porter partout.",
  'expression-body-first':
    "Les émotions se montrent souvent d'abord dans le corps : poitrine serrée, joues chaudes, bras lourds. Repérer où, c'est déjà les écouter.",
  'expression-share':
    "Dire à quelqu'un ce que vous ressentez ne demande pas les mots parfaits. « Aujourd'hui, c'est dur » en dit déjà beaucoup.",
  'expression-let-move':
    'Certaines émotions ont besoin de bouger. Secouer les mains ou pousser un long soupir peut en laisser passer un peu.',
  'expression-weather':
    "Une émotion n'est pas un verdict sur qui vous êtes. C'est plutôt une météo qui passe, et vous pouvez l'observer sans juger.",
  'expression-no-apology':
    "Rires, larmes et soupirs sont autant de façons d'exprimer ce qui est en vous. Aucun n'a besoin d'excuse.",
  'expression-without-words':
    'Une émotion peut passer par un gribouillage, un air fredonné ou quelques minutes de dessin, pas seulement par les mots.',
  'expression-anger':
    "La colère signale souvent quelque chose qui compte pour vous, comme la justice. Chercher ce qu'elle protège aide plus que de la refouler.",
  'expression-good-news':
    "Les émotions agréables méritent aussi d'être dites. Raconter une petite chose qui s'est bien passée permet d'en profiter deux fois.",
  'expression-i-feel':
    "Commencer par « je ressens » plutôt que par « tu fais toujours » aide l'autre à entendre ce qui est difficile à dire.",
  'expression-choose-when':
    "Rien n'oblige à exprimer une émotion dès qu'elle arrive. Choisir quand et où la dire, c'est aussi une façon de la respecter.",
  'expression-thank':
    "Un merci précis, qui dit ce que la personne a fait et en quoi cela a aidé, en dit bien plus qu'un « merci » rapide.",

  // Goals that fit your values (Objectifs et valeurs)
  'goals-values':
    "Un objectif fidèle à vos valeurs vous tire en avant. Celui qui ne plaît qu'aux autres a plutôt tendance à pousser.",
  'goals-small-step':
    "Les grands projets prennent forme pas à pas. Quel pas, assez petit pour aujourd'hui, pourriez-vous faire ?",
  'goals-why':
    'Quand un objectif pèse, rappelez-vous pourquoi il compte pour vous. La raison est souvent plus légère à porter que la tâche.',
  'goals-tired-day':
    "Un objectif encore atteignable un jour de fatigue vaut plus qu'un objectif qui ne tient que vos meilleurs jours.",
  'goals-your-own':
    'Demandez-vous si un objectif est vraiment le vôtre. Si vous le voulez même sans témoin, il correspond sans doute à vos valeurs.',
  'goals-not-straight':
    'Les progrès suivent rarement une ligne droite. Une semaine plus lente peut quand même vous mener là où vous tenez à aller.',
  'goals-rest-counts':
    "Le repos fait partie du chemin vers un objectif, ce n'est pas un détour. Cette pause aussi vous fait avancer.",
  'goals-compass':
    'Les valeurs sont comme une boussole, les objectifs comme des haltes en chemin. Si vous manquez une halte, la direction reste là.',
  'goals-together':
    "Des objectifs construits avec quelqu'un qui écoute sont souvent plus doux et plus réalistes. Avec qui pourriez-vous parler des vôtres ?",
  'goals-notice-done':
    "Avant la prochaine tâche, remarquez une chose que vous avez déjà faite aujourd'hui. Ce qui est accompli mérite un instant d'attention.",
  'goals-one-priority':
    "Quand la journée déborde d'objectifs, choisissez celui qui changerait le plus les choses, et laissez le reste attendre son tour.",
  'goals-good-enough':
    "« Assez bien » est souvent la bonne exigence. Garder votre meilleur effort pour l'essentiel préserve de l'énergie pour la suite.",
  'goals-define-done':
    'On se lance plus facilement quand on sait à quoi ressemblera le travail fini. Essayez de décrire le résultat en une ligne.',
  'goals-adjust':
    "Changer un objectif qui ne convient plus, ce n'est pas abandonner. C'est corriger le cap grâce à ce que vous avez appris en chemin.",
  'goals-enjoy-doing':
    "Certains objectifs valent autant par le chemin que par l'arrivée. Une partie de la tâche devant vous est-elle agréable en soi ?",
  'goals-own-pace':
    'Le rythme des autres ne dit rien du vôtre. Leur point de départ, leur charge et leur chemin ne sont pas les vôtres.',

  // Revisiting past experiences with kindness (Revenir sur le passé avec douceur)
  'past-kindness':
    'Regarder en arrière aide surtout si on le fait avec douceur : vous avez fait avec ce que vous saviez alors.',
  'past-patterns':
    "Les vieilles réactions ont souvent eu leur raison d'être. Voir d'où vient une réaction, c'est le premier pas pour choisir autrement.",
  'past-then-now':
    "Vous en savez plus aujourd'hui qu'à l'époque. Jugez qui vous étiez sur ce que vous voyiez alors, pas sur ce que vous voyez maintenant.",
  'past-small-pieces':
    "Certains souvenirs sont trop lourds à trier sans soutien, au bureau. Vous pouvez en mettre un de côté en attendant quelqu'un de confiance.",
  'past-here-now':
    'Quand un vieux souvenir vous happe, sentez vos pieds sur le sol. Le passé fait partie de votre histoire, et vous êtes ici, maintenant.',
  'past-came-through':
    'Pensez à une épreuve que vous avez déjà traversée. Les moyens que vous aviez trouvés alors sont toujours à vous.',
  'past-no-blame':
    "Comprendre pourquoi vous réagissez ainsi n'est pas une question de faute. C'est vous donner un peu plus de choix la prochaine fois.",
  'past-as-a-friend':
    'Imaginez un ami qui vous raconte cette même vieille erreur. Vous lui parleriez sans doute avec douceur. Vous le méritez aussi.',
  'past-body-remembers':
    "Parfois, le corps se souvient avant l'esprit. Si une tension surgit de nulle part, une respiration lente peut lui faire un peu de place.",
  'past-good-moments':
    "Regarder en arrière, ce n'est pas seulement revoir le difficile. Rappelez-vous un moment réussi et revivez-le, le temps d'une respiration.",
  'past-lessons':
    "Pensez à une chose que vous gérez plus facilement qu'il y a un an. Un changement lent passe inaperçu tant qu'on ne le cherche pas.",
  'past-who-helped':
    "Pensez à une personne qui vous a tendu la main en chemin, même un peu. Une part de vous vient de ce qu'elle vous a donné.",
  'past-replay-loop':
    "Ressasser un souvenir, ce n'est pas la même chose qu'y réfléchir. Si vous tournez en boucle, sortez-en et occupez vos mains.",
  'past-old-pleasures':
    'Une chose que vous adoriez faire il y a des années, comme le dessin, la musique ou un sport, attend peut-être dix minutes de votre temps.',
  'past-versions':
    "Un souvenir est une version, pas un enregistrement. Un autre témoin peut s'en souvenir autrement, sans que l'un de vous ait forcément tort.",
  'past-let-go':
    "Lâcher une vieille rancune se fait pour votre propre paix, à votre rythme. Cela ne veut pas dire que ce qui s'est passé était acceptable.",

  // Carrying the work on in daily life (Au quotidien)
  'daily-practice': 'On avance entre les grands moments, dans de petites pauses comme celle-ci, jour après jour.',
  'daily-carry':
    'Ce qui vous aide dans une minute de calme peut vous suivre dans la prochaine réunion, le prochain e-mail, le jour suivant.',
  'daily-anchor-habit':
    "Une habitude tient mieux si elle s'accroche à une autre. Une respiration lente chaque fois que vous ouvrez vos e-mails, c'est un début.",
  'daily-no-finish-line':
    "Prendre soin de son esprit, comme de son corps, ne s'arrête jamais. Pas de ligne d'arrivée, seulement le prochain choix bienveillant.",
  'daily-pleasant-thing':
    'Remarquez chaque jour un petit plaisir : une boisson chaude, une bonne chanson, un coin de ciel. Votre attention apprendra à les trouver.',
  'daily-check-in':
    'Vous demander quelques fois par jour comment vous allez et de quoi vous avez besoin évite que de petits soucis grossissent en silence.',
  'daily-stand-up':
    'Votre corps est fait pour bouger au fil de la journée. Vous lever entre deux tâches est une petite façon de le respecter.',
  'daily-look-far':
    "Chaque moment devant l'écran peut inclure quelques secondes à regarder au loin. C'est une habitude facile à garder.",
  'daily-pick-up-again':
    "Manquer un jour de pratique ne change rien d'important. Vous pouvez simplement reprendre, comme vous le faites maintenant.",
  'daily-heard':
    "L'écoute que vous vous accordez déteint sur les autres. La prochaine personne à qui vous parlerez se sentira peut-être un peu plus entendue.",
  'daily-walk-between':
    'Quelques pas entre deux tâches laissent la première se poser avant la suivante, et reposent aussi vos yeux.',
  'daily-daylight':
    "La lumière du jour aide à régler l'horloge interne et à remonter le moral. Quelques minutes dehors ou à la fenêtre le matin valent la peine.",
  'daily-water':
    "La soif peut se manifester par de la fatigue ou une tête lourde avant de se faire sentir. Un verre d'eau est un bon point de départ.",
  'daily-posture':
    "Vérifiez votre position : dos soutenu, épaules basses, pieds à plat, et le haut de l'écran à hauteur des yeux ou juste en dessous.",
  'daily-one-task':
    "Passer d'une tâche à l'autre coûte plus qu'il n'y paraît. Pour la demi-heure qui vient, gardez une seule chose ouverte et menez-la à bien.",
  'daily-notifications':
    'Chaque alerte tire sur votre attention. Les couper une heure, ou lire vos messages à heures fixes, préserve votre concentration.',
  'daily-wind-down':
    "Un petit rituel en fin de journée, comme noter la première tâche du lendemain et fermer l'ordinateur, aide la journée à vraiment finir.",
  'daily-screens-sleep':
    "Tard le soir, les écrans lumineux peuvent retarder le sommeil. Les atténuer ou laisser le téléphone dans une autre pièce aide à s'endormir.",
  'daily-lunch-away':
    'Déjeuner loin de votre bureau, en savourant vraiment ce que vous mangez, vous offre un repas et une pause à la fois.',
  'daily-reach-out':
    "Envoyer un petit mot à quelqu'un dont vous n'avez pas de nouvelles depuis un moment prend une minute et peut égayer vos deux journées.",
  'daily-kind-act':
    "Un petit geste gentil pour quelqu'un, comme lui préparer une boisson, rend souvent votre propre journée plus douce.",
};
