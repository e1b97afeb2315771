import type { ExerciseText } from '../../types';

/**
 * The exercises in French, by id (content/exercises.ts): one line per step.
 * Breathing steps name counts only by placeholder ({in}, {out}, {rounds} …),
 * filled from the pacing: "sur {in} temps" reads as a count, whatever the
 * number. A step done with closed eyes says what to do and when to open them
 * ("Rouvrez les yeux … ou au son du carillon"), never asks to read on.
 */
/*
 * The shared cautions, short and the same wherever they apply, so a sequence's
 * parts together still read in a line or two (each distinct caution once). A
 * caution shows under Begin at 360 px wide: at most about 100 characters.
 */
const DIZZY = 'En cas de vertige, respirez normalement.';
const HOLDS = "Pas d'apnée en cas de grossesse, de trouble cardiaque ou pulmonaire, ou d'angoisse. Vertige : arrêtez.";
const SIP =
  "Pas de 2e inspiration en cas de grossesse, de trouble cardiaque ou pulmonaire, ou d'angoisse. Vertige : arrêtez.";
const MOVE = 'Allez-y doucement ; évitez ce qui fait mal.';
const WALK = 'Marchez tranquillement ; attention à ne pas trébucher.';
const SUN = 'Ne regardez jamais directement le soleil.';
const NO_PRESS = "N'appuyez jamais sur vos yeux.";

export const EXERCISES_FR: Readonly<Record<string, ExerciseText>> = {
  // Breathing (Respiration)
  'box-breathing': {
    title: 'Respiration carrée',
    purpose: 'Quatre côtés égaux, de même longueur, pour apaiser un esprit agité.',
    steps: [
      'Asseyez-vous confortablement, les pieds au sol, et laissez tomber les épaules.',
      'Inspirez par le nez sur {in} temps, retenez {holdIn} temps, expirez sur {out} temps, retenez {holdOut} temps. {rounds} respirations.',
      'Continuez à tracer le même carré régulier, en douceur. Encore {rounds} respirations.',
      'Arrêtez de compter et laissez votre souffle retrouver son propre rythme.',
    ],
    caution: HOLDS,
  },
  'breathing-4-7-8': {
    title: 'Respiration 4-7-8',
    purpose: 'Une longue apnée et une expiration plus longue encore, pour vous aider à ralentir.',
    steps: [
      'Placez le bout de la langue derrière les dents du haut et expirez à fond par la bouche.',
      'Inspirez par le nez sur {in} temps, retenez {holdIn} temps, expirez par la bouche sur {out} temps. {rounds} respirations.',
      'Reprenez une respiration normale et observez votre corps.',
    ],
    caution: HOLDS,
  },
  'physiological-sigh': {
    title: 'Soupir physiologique',
    purpose: 'Une double inspiration, puis un long soupir lent.',
    steps: [
      'Redressez-vous et relâchez les épaules.',
      'Inspirez par le nez sur {in} temps, ajoutez une petite inspiration sur {sip} temps, puis soupirez par la bouche sur {out} temps. {rounds} respirations.',
      'Laissez votre respiration redevenir normale et remarquez comment vous vous sentez.',
    ],
    caution: SIP,
  },
  'coherent-breathing': {
    title: 'Cohérence cardiaque',
    purpose: 'Une respiration lente et fluide, environ cinq à six respirations par minute.',
    steps: [
      'Asseyez-vous confortablement et respirez par le nez si vous le pouvez.',
      'Inspirez doucement sur {in} temps, puis expirez sur {out} temps, sans pause entre les deux. {rounds} respirations.',
      'Gardez un souffle fluide et silencieux, comme une vague lente qui monte et redescend. Encore {rounds} respirations.',
      'Arrêtez de compter et respirez au rythme qui vous semble naturel.',
    ],
    caution: DIZZY,
  },
  'belly-breathing': {
    title: 'Respiration abdominale',
    purpose: 'Respirez bas, dans le ventre, avec une expiration plus longue, pour relâcher les tensions.',
    steps: [
      "Posez une main sur la poitrine et l'autre sur le ventre.",
      'Inspirez sur {in} temps : la main du bas se soulève. Expirez sur {out} temps : elle redescend. {rounds} respirations.',
      'Reposez vos mains et respirez normalement un instant.',
    ],
    caution: DIZZY,
  },
  'slow-breathing': {
    title: 'Respiration lente et tranquille',
    purpose: 'Quelques minutes de respiration lente, avec une expiration plus longue et sans apnée.',
    steps: [
      "Asseyez-vous confortablement, laissez tomber les épaules et posez les mains là où c'est agréable.",
      'Inspirez par le nez sur {in} temps, puis expirez lentement sur {out} temps, sans pause. {rounds} respirations.',
      "Gardez un souffle facile et silencieux : inutile qu'il soit profond. {rounds} respirations.",
      "Si votre esprit s'égare, remarquez où il est allé et revenez à la respiration suivante.",
      'Que chaque expiration soit douce, sans hâte. Encore {rounds} respirations.',
      'Laissez aller le rythme et respirez comme cela vient.',
    ],
    caution: DIZZY,
  },
  'cyclic-sighing': {
    title: 'Soupir cyclique',
    purpose: 'Cinq minutes de doubles inspirations et de longs soupirs lents.',
    steps: [
      'Asseyez-vous le dos droit et relâchez les épaules. Vous expirerez par la bouche.',
      'Inspirez par le nez sur {in} temps, encore un peu sur {sip} temps, puis soupirez longuement par la bouche sur {out} temps. {rounds} respirations.',
      'Gardez le même rythme : une pleine inspiration, un petit complément, un lent soupir. {rounds} respirations.',
      'Expirez longuement, sans effort. Encore {rounds} respirations.',
      'Laissez ce rythme de côté et respirez normalement par le nez.',
    ],
    caution: SIP,
  },

  // Grounding (Ancrage)
  'five-senses': {
    title: 'Ancrage 5-4-3-2-1',
    purpose: "Revenir à l'ici et maintenant par vos cinq sens.",
    steps: [
      'Regardez autour de vous et nommez cinq choses visibles.',
      "Remarquez quatre choses que vous percevez au toucher : vos vêtements, la chaise, l'air sur votre peau.",
      'Repérez trois sons que vous entendez, proches ou lointains.',
      'Trouvez deux odeurs, ou rappelez-vous deux parfums que vous aimez.',
      'Remarquez un goût dans votre bouche, puis respirez lentement et sentez où vous êtes.',
    ],
  },
  'five-senses-quick': {
    title: '5-4-3-2-1 express',
    purpose: "Une minute pour revenir à l'ici et maintenant, par vos sens.",
    steps: [
      'Nommez cinq choses que vous voyez.',
      'Remarquez quatre choses que vous touchez.',
      'Repérez trois sons que vous entendez.',
      'Trouvez deux odeurs, ou deux parfums que vous aimez.',
      'Remarquez un goût dans votre bouche.',
    ],
  },
  'five-senses-slow': {
    title: '5-4-3-2-1 au ralenti',
    purpose: 'Les cinq sens un par un, en prenant le temps de vous attarder sur chacun.',
    steps: [
      'Installez-vous et laissez votre regard parcourir lentement la pièce.',
      'Trouvez cinq choses que vous voyez. Attardez-vous sur chacune : sa forme, sa couleur, ses contours.',
      "Remarquez quatre choses que vous percevez au toucher : le siège qui vous porte, vos pieds, vos vêtements, l'air sur la peau.",
      'Repérez trois sons que vous entendez. Laissez chaque son venir et repartir.',
      "Trouvez deux odeurs. S'il n'y en a aucune, rappelez-vous deux parfums que vous aimez.",
      "Remarquez un goût dans votre bouche, ou buvez une gorgée d'eau et goûtez-la.",
      'Respirez lentement et sentez la pièce autour de vous, ici et maintenant.',
    ],
  },
  'body-scan': {
    title: 'Court scan corporel',
    purpose: 'Promenez lentement votre attention dans votre corps, en observant sans rien changer.',
    steps: [
      'Installez-vous et posez doucement le regard sur un point devant vous.',
      'Remarquez vos pieds et vos jambes : leur poids, leur chaleur, le sol sous eux.',
      'Remontez vers le ventre et le dos, et remarquez comment ils bougent avec la respiration.',
      'Remarquez vos mains, vos bras et vos épaules. Si quelque chose est tendu, notez-le simplement.',
      "Portez votre attention sur la nuque, la mâchoire et le visage. Laissez le front se détendre s'il le veut bien.",
      'Fermez les yeux si vous voulez et sentez tout votre corps à la fois, qui respire. Rouvrez les yeux quand vous le souhaitez, ou au son du carillon.',
      'Revenez à la pièce, et bougez les doigts et les orteils.',
    ],
  },
  'body-scan-long': {
    title: 'Scan corporel long',
    purpose: "Un lent voyage de l'attention, des pieds au visage, en observant sans rien changer.",
    steps: [
      'Installez-vous au fond du siège, les pieds au sol, et posez doucement le regard sur un point.',
      'Fermez les yeux et sentez votre souffle aller et venir de lui-même, sans le modifier. Rouvrez les yeux quand vous le souhaitez, ou au son du carillon.',
      'Le regard détendu, portez votre attention sur vos pieds : orteils, plantes, talons, le sol sous eux.',
      'Fermez les yeux et laissez votre attention remonter par les chevilles, les mollets et les genoux. Rouvrez-les quand vous le souhaitez, ou au son du carillon.',
      'Remarquez vos cuisses et vos hanches, et le poids de votre corps posé sur le siège.',
      'Fermez les yeux et observez votre ventre et le bas du dos au fil de la respiration. Rouvrez les yeux quand vous le souhaitez, ou au son du carillon.',
      'Remontez vers la poitrine et le haut du dos. Si quelque chose est tendu, notez-le simplement.',
      "Fermez les yeux et laissez votre attention descendre des épaules le long des bras, jusqu'au bout des doigts. Rouvrez-les quand vous le souhaitez, ou au son du carillon.",
      'Remarquez votre nuque et votre gorge. Laissez-les se détendre si elles le veulent, ou laissez-les telles quelles.',
      'Fermez les yeux et observez votre visage : mâchoire, joues, yeux, front. Rouvrez les yeux quand vous le souhaitez, ou au son du carillon.',
      'Sentez maintenant votre corps entier, installé là, qui respire.',
      'Bougez les doigts et les orteils, regardez autour de vous et revenez à votre rythme.',
    ],
    caution: 'Gardez les yeux ouverts si vous préférez.',
  },
  'feet-on-the-floor': {
    title: 'Les pieds au sol',
    purpose: 'Un moyen rapide de sentir le sol sous vous.',
    steps: [
      'Asseyez-vous, les deux pieds à plat sur le sol et les mains posées sur les cuisses.',
      'Appuyez doucement vos pieds vers le bas et sentez le sol qui pousse en retour.',
      "Remarquez vos talons, l'avant de vos pieds et vos orteils, l'un après l'autre.",
      'Dites-vous doucement : je suis là, et le sol me porte.',
    ],
  },
  'colour-spotting': {
    title: 'Chasse aux couleurs',
    purpose: 'Rassemblez un esprit éparpillé en cherchant une couleur dans la pièce.',
    steps: [
      'Choisissez une couleur : bleu, vert ou rouge, par exemple.',
      'Regardez lentement autour de vous et trouvez tout ce qui a cette couleur, en nommant chaque chose à voix basse.',
      "Arrêtez-vous, respirez lentement une fois, et remarquez l'état de votre attention.",
    ],
  },
  'drop-anchor': {
    title: "Jeter l'ancre",
    purpose: 'Une façon de rester stable quand tout semble trop, sans avoir à le faire disparaître.',
    steps: [
      'Remarquez ce qui est là en ce moment : pensées, émotions, tout à la fois. Dites-vous doucement : ça fait beaucoup.',
      "Poussez vos pieds dans le sol et pressez doucement vos mains l'une contre l'autre. Redressez-vous un peu.",
      'Sentez votre corps sur le siège : son poids, vos pieds, vos mains, votre souffle qui va et vient.',
      'Regardez autour de vous et remarquez ce que vous voyez, et ce que vous entendez.',
      'Remarquez ce que vous faites en ce moment : vous êtes là, vous respirez, vous faites une pause.',
      'Remarquez de nouveau ce qui vous pèse. Laissez-le être là, et poussez encore une fois vos pieds dans le sol.',
      'Sentez votre corps et la pièce autour de vous, tous deux là en même temps.',
      'Choisissez à quoi donner votre attention ensuite, et laissez le reste attendre.',
    ],
  },

  // Movement (Mouvement doux)
  'neck-shoulders': {
    title: 'Détente nuque et épaules',
    purpose: "Dénouer les zones qui retiennent la tension après un moment devant l'écran.",
    steps: [
      "Roulez lentement les épaules vers l'arrière trois fois, puis vers l'avant trois fois.",
      "Inclinez l'oreille droite vers l'épaule droite et restez ainsi, en respirant.",
      "Inclinez l'oreille gauche vers l'épaule gauche et restez ainsi, en respirant.",
      'Montez les épaules vers les oreilles, tenez un instant, puis laissez-les retomber.',
    ],
    caution: MOVE,
  },
  'stand-and-stretch': {
    title: "S'étirer debout",
    purpose: 'Réveillez votre corps resté assis, avec quelques étirements faciles.',
    steps: [
      'Levez-vous, les pieds écartés de la largeur des hanches, et laissez pendre les bras.',
      'Tendez les deux bras vers le plafond et grandissez-vous en inspirant.',
      "Baissez les bras et penchez-vous doucement d'un côté, puis de l'autre.",
      'Roulez les épaules en arrière, secouez bras et jambes, et restez debout, au repos.',
    ],
    caution: MOVE,
  },
  'wrists-and-hands': {
    title: 'Poignets et mains',
    purpose: 'Détendre des mains qui tapent et cliquent depuis un moment.',
    steps: [
      'Fermez les poings sans serrer, puis écartez grand les doigts. Recommencez quelques fois.',
      "Faites tourner lentement vos poignets dans un sens, puis dans l'autre.",
      'Tendez le bras droit, paume vers le haut, et ramenez doucement les doigts vers vous avec la main gauche.',
      'Tendez maintenant le bras gauche, paume vers le haut, et ramenez ces doigts vers vous avec la main droite.',
      'Secouez les mains souplement, puis posez-les sur vos cuisses.',
    ],
    caution: MOVE,
  },
  'short-walk': {
    title: 'Une courte marche',
    purpose: 'Donnez une issue à votre agitation en marchant lentement dans la pièce.',
    steps: [
      'Levez-vous et sentez vos pieds sur le sol avant de partir.',
      'Marchez lentement où il y a de la place. Sentez chaque pied se lever, avancer, se poser.',
      'Revenez à votre place en ralentissant encore le pas, et asseyez-vous doucement.',
    ],
    caution: WALK,
  },
  'seated-stretch': {
    title: 'Étirements assis',
    purpose: 'Quelques étirements faciles sans quitter votre siège ni votre fauteuil roulant.',
    steps: [
      'Redressez-vous, les pieds au sol ou sur les repose-pieds.',
      "Levez les deux bras, ou aussi haut que c'est confortable, en inspirant.",
      "Baissez les bras, puis penchez-vous doucement d'un côté, puis de l'autre.",
      "Regardez doucement par-dessus une épaule, puis l'autre, et revenez au centre.",
    ],
    caution: MOVE,
  },
  'seated-march': {
    title: 'Marche assise',
    purpose: 'Faire circuler le sang sans quitter votre siège.',
    steps: [
      'Redressez-vous, le dos appuyé si besoin, les pieds au sol ou sur les repose-pieds. Si votre siège roule, stabilisez-le.',
      "Marchez sur place depuis votre siège : levez un genou, puis l'autre, à un rythme facile.",
      "Balancez les bras en même temps, comme pour marcher d'un bon pas.",
      'Gardez le rythme avec les talons et les orteils, ou avec les bras seulement.',
      'Ralentissez peu à peu, posez les mains et remarquez votre respiration.',
    ],
    caution: MOVE,
  },
  'progressive-relaxation': {
    title: 'Contracter, relâcher',
    purpose: 'Contracter doucement puis relâcher une zone du corps à la fois, pour repérer les tensions et les lâcher.',
    steps: [
      'Asseyez-vous confortablement, les pieds au sol. Pour chaque zone, contractez doucement environ cinq secondes en respirant normalement, puis relâchez et reposez-vous.',
      'Serrez doucement les poings. Continuez à respirer, puis relâchez et sentez vos mains.',
      'Pliez les coudes et contractez un peu le haut des bras. Continuez à respirer, puis relâchez.',
      'Montez les épaules vers les oreilles. Continuez à respirer, puis laissez-les retomber.',
      'Plissez doucement le visage : yeux, nez, front. Continuez à respirer, puis laissez-le se lisser.',
      'Pressez légèrement les lèvres. Continuez à respirer, puis laissez la mâchoire se détendre.',
      "Serrez doucement les omoplates l'une vers l'autre. Continuez à respirer, puis relâchez.",
      'Contractez un peu le ventre, ou passez cette étape si vous êtes enceinte. Puis laissez-le se détendre en respirant.',
      'Serrez les genoux pour contracter les cuisses. Continuez à respirer, puis relâchez.',
      'Tirez les orteils vers vous pour tendre le devant des jambes. Continuez à respirer, puis laissez vos pieds se poser.',
      "Repliez doucement les orteils, sans aller jusqu'à la crampe. Continuez à respirer, puis relâchez-les.",
      'Restez au calme et sentez tout votre corps, sans rien changer.',
    ],
    caution: 'Contractez doucement et continuez à respirer ; évitez toute zone douloureuse.',
  },
  'daylight-walk': {
    title: 'Marcher à la lumière du jour',
    purpose: "Cinq minutes dehors, à marcher d'un pas tranquille.",
    steps: [
      "Prenez un manteau s'il le faut et sortez d'un pas tranquille.",
      "Marchez d'un pas tranquille. Arrêtez-vous de temps en temps pour regarder le ciel et le lointain.",
      "Remarquez la lumière : où elle tombe, ce qu'elle éclaire, comment vous la sentez sur la peau.",
      'Trouvez une petite chose qui vous plaît à regarder, attardez-vous un instant, puis faites demi-tour.',
      "Revenez d'un pas tranquille, en respirant l'air du dehors.",
      'Avant de rentrer, respirez lentement et levez encore les yeux vers le ciel.',
    ],
    caution: `${WALK} ${SUN}`,
  },
  'light-by-the-window': {
    title: 'Lumière à la fenêtre',
    purpose: "Des mouvements doux sur votre siège, à la lumière d'une fenêtre.",
    steps: [
      'Allez à la fenêtre la plus lumineuse à votre portée, ou tournez votre siège vers elle.',
      'Laissez la lumière du jour atteindre votre visage, et regardez aussi loin que possible.',
      'Levez lentement les bras vers la lumière en inspirant, et baissez-les en expirant.',
      "Tournez doucement d'un côté à l'autre, en suivant des yeux ce qu'il y a dehors.",
      "Roulez les épaules vers l'arrière et ouvrez la poitrine vers la fenêtre.",
      'Posez les mains, regardez dehors une dernière fois et respirez lentement.',
    ],
    caution: `${MOVE} ${SUN}`,
  },

  // Eyes (Repos des yeux)
  'twenty-twenty': {
    title: 'Repos des yeux 20-20-20',
    purpose: 'Après un travail de près, regardez à environ six mètres (20 pieds) pendant 20 secondes.',
    steps: [
      'Regardez quelque chose à au moins six mètres, par une fenêtre si vous le pouvez.',
      'Clignez lentement des yeux et laissez votre regard se détendre au loin.',
      'Regardez encore au loin, en remarquant les couleurs, les formes et les petits détails.',
    ],
  },
  palming: {
    title: 'Paumes sur les yeux',
    purpose: "Une minute de chaleur et d'obscurité pour des yeux fatigués.",
    steps: [
      "Retirez vos lunettes et frottez vos paumes l'une contre l'autre pour les réchauffer.",
      'Fermez les yeux et couvrez-les de vos paumes en creux, sans appuyer. Reposez-vous dans le noir ; rouvrez les yeux quand vous le souhaitez, ou au son du carillon.',
      'Baissez lentement les mains et laissez la lumière revenir peu à peu.',
    ],
    caution: `Retirez d'abord vos lunettes ; les lentilles peuvent rester. ${NO_PRESS}`,
  },
  'blink-and-shift': {
    title: 'Clignements et mise au point',
    purpose: "Rafraîchir des yeux fatigués par l'écran en clignant et en changeant de point de mire.",
    steps: [
      "Détournez les yeux de l'écran et clignez doucement et complètement, environ cinq fois.",
      'Levez un pouce à bout de bras et fixez-le pendant quelques respirations.',
      "Regardez maintenant au-delà, vers un point lointain, et laissez vos yeux s'y poser.",
      'Passez lentement du pouce au point lointain quelques fois, puis clignez et reposez vos yeux.',
    ],
  },
  'eye-wander': {
    title: 'Le regard qui flâne',
    purpose: "Détendre des yeux rivés à l'écran en les laissant parcourir la pièce.",
    steps: [
      "Calez-vous dans votre siège et quittez l'écran des yeux.",
      'Suivez lentement des yeux les contours de la pièce : plafond, coins, sol.',
      'Laissez vos yeux vagabonder vers ce qui est agréable à regarder, sans vous presser.',
      "Fermez les yeux quelques respirations, puis rouvrez-les quand vous le souhaitez, ou au son du carillon, et revenez à l'écran.",
    ],
  },
  'find-the-light': {
    title: 'Trouver la lumière',
    purpose: 'Une minute de lumière à la fenêtre, à regarder le plus loin possible.',
    steps: [
      'Allez à la fenêtre la plus proche, ou tournez votre siège vers elle.',
      'Laissez la lumière du jour atteindre votre visage, et regardez le ciel si vous le voyez.',
      "Trouvez le point le plus lointain que vous voyez et laissez vos yeux s'y reposer.",
      'Respirez lentement une fois avant de revenir.',
    ],
    caution: SUN,
  },
  'soft-focus': {
    title: 'Regard large et détendu',
    purpose: "Laissez votre regard s'élargir d'un point à tout ce qui l'entoure.",
    steps: [
      'Regardez droit devant vous un point sur un mur éloigné, ou par une fenêtre.',
      "Sans bouger les yeux, laissez votre attention s'élargir jusqu'aux bords de votre champ de vision.",
      'Percevez les côtés, le haut et le bas, tout à la fois, le regard détendu.',
      'Clignez quelques fois et regardez autour de vous.',
    ],
  },
  'eye-rest-long': {
    title: 'Repos des yeux prolongé',
    purpose: "Cinq minutes loin de l'écran : regarder au loin, cligner, chaleur et obscurité.",
    steps: [
      "Retirez vos lunettes si vous en portez, et détournez-vous de l'écran.",
      "Regardez, par une fenêtre ou à travers la pièce, le point le plus lointain visible. Laissez votre regard s'y détendre.",
      'Clignez lentement et complètement plusieurs fois, puis laissez vos clignements trouver leur rythme.',
      'Fermez les yeux et laissez-les se reposer, lourds et immobiles, en respirant. Rouvrez-les quand vous le souhaitez, ou au son du carillon.',
      'Regardez de près, votre main par exemple, puis au loin. Faites lentement des allers-retours.',
      'Frottez vos paumes pour les réchauffer, fermez les yeux et couvrez-les de vos paumes en creux, sans appuyer. Rouvrez-les quand vous le souhaitez, ou au son du carillon.',
      "Laissez votre regard flâner lentement dans la pièce et se poser là où c'est agréable à regarder.",
      'Fermez les yeux quelques respirations lentes, puis rouvrez-les quand vous le souhaitez, ou au son du carillon.',
      'Regardez encore une fois au loin, et clignez doucement quelques fois.',
    ],
    caution: NO_PRESS,
  },
  'eye-rest': {
    title: 'Repos des yeux',
    purpose: "Quelques minutes loin de l'écran : regarder au loin, cligner, et un repos dans le noir.",
    steps: [
      "Détournez-vous de l'écran, et retirez vos lunettes si vous en portez.",
      "Regardez la chose la plus lointaine que vous voyez, par une fenêtre si possible, et laissez votre regard s'y détendre.",
      'Clignez lentement et complètement plusieurs fois, puis laissez vos clignements trouver leur rythme.',
      'Frottez vos paumes pour les réchauffer, fermez les yeux et couvrez-les de vos paumes en creux, sans appuyer. Rouvrez les yeux quand vous le souhaitez, ou au son du carillon.',
      'Regardez votre main, puis quelque chose au loin. Faites lentement quelques allers-retours.',
      'Laissez encore votre regard se poser au loin, et clignez doucement avant de revenir.',
    ],
    caution: NO_PRESS,
  },

  // Reflection (Réflexion)
  'name-the-feeling': {
    title: "Nommer l'émotion",
    purpose: 'Mettre un mot sur ce qui est là, sans le juger.',
    steps: [
      'Asseyez-vous confortablement, posez votre regard sur un point et respirez lentement.',
      "Demandez-vous tout bas : qu'est-ce que je ressens, là ?",
      'Essayez un mot : fatigue, agitation, espoir, tension, ou tout autre chose.',
      'Fermez les yeux si vous voulez et remarquez où cela se loge dans votre corps. Rouvrez-les quand vous le souhaitez, ou au son du carillon.',
      "Remerciez-vous d'avoir pris ce temps, quoi que vous ayez trouvé.",
    ],
  },
  'one-small-step': {
    title: 'Le prochain petit pas',
    purpose: "Transformer ce qui compte pour vous en un pas que vous pourriez faire aujourd'hui.",
    steps: [
      'Pensez à quelque chose qui vous tient à cœur : un projet, une personne, votre santé.',
      "Demandez-vous quel serait un bon prochain pas, puis réduisez-le jusqu'à ce qu'il paraisse facile.",
      'Imaginez-vous en train de le faire : quand et où.',
      "Décidez si vous le faites aujourd'hui. Sinon, ce n'est pas grave : vous savez par où commencer.",
    ],
  },
  'kind-word': {
    title: 'Un mot gentil pour vous',
    purpose: 'Parlez-vous comme vous parleriez à un bon ami.',
    steps: [
      "Respirez lentement et remarquez comment vous vous êtes parlé aujourd'hui.",
      "Pensez à ce qu'un ami bienveillant pourrait vous dire de cette journée.",
      "Choisissez quelques mots doux, comme « C'est difficile, et je fais de mon mieux. »",
      'Répétez-les encore une fois, tout bas, et laissez-les faire leur chemin.',
    ],
  },
  'appreciate-something': {
    title: 'Une chose que vous appréciez',
    purpose: 'Tourner un instant votre attention vers quelque chose de bon, même tout petit.',
    steps: [
      'Respirez et laissez votre attention se poser.',
      "Pensez à une chose que vous appréciez aujourd'hui : une personne, un confort, une petite victoire.",
      "Imaginez-la en détail et remarquez ce que cela vous fait d'y penser.",
      "Si vous le souhaitez, notez-la, ou parlez-en à quelqu'un plus tard.",
    ],
  },
  'what-matters': {
    title: 'Ce qui compte pour vous',
    purpose: 'Faire le point sur vos valeurs, pour que vos objectifs gardent le bon cap.',
    steps: [
      "Respirez lentement et laissez la tâche en cours s'effacer un instant.",
      "Demandez-vous : quelle personne ai-je envie d'être, au travail et à la maison ?",
      'Résumez-le en un mot : bienveillance, curiosité, honnêteté, calme…',
      'Pensez à une façon dont le reste de la journée pourrait refléter un peu plus ce mot.',
    ],
  },
  'kinder-look-back': {
    title: 'Revoir avec douceur',
    purpose: 'Revoir un moment récent avec la compréhension que vous offririez à un ami.',
    steps: [
      'Pensez à un petit moment récent qui vous revient en boucle, assez léger pour être regardé.',
      'Rappelez-vous ce que vous saviez alors et ce que vous aviez à gérer. Si cela devient pesant, regardez la pièce autour de vous et laissez-le filer.',
      "Demandez-vous ce qu'un ami juste et bienveillant dirait de votre façon de faire.",
      'Gardez une chose que vous avez apprise, puis ramenez votre attention dans la pièce.',
    ],
  },
  'let-it-wait': {
    title: 'Ça peut attendre',
    purpose: 'Quand tout vous tire de tous côtés, choisissez la suite et laissez le reste attendre.',
    steps: [
      'Respirez lentement et laissez vos mains se reposer.',
      'Remarquez ce qui tire sur votre attention en ce moment, et nommez chaque chose à voix basse.',
      'Choisissez celle qui a besoin de vous en premier. Vous pourrez noter le reste après la pause.',
      "Laissez le reste attendre pour l'instant, et revenez à ce qui est devant vous.",
    ],
  },
  'three-good-things': {
    title: 'Trois bonnes choses',
    purpose: 'Retrouvez sur la dernière journée trois choses qui se sont bien passées, même petites.',
    steps: [
      'Asseyez-vous confortablement, laissez tomber les épaules et respirez lentement.',
      "Repensez à la dernière journée et trouvez une chose qui s'est bien passée, même petite. Une chose simplement correcte compte aussi.",
      "Restez-y un instant : que s'est-il passé, et quel rôle y avez-vous joué, vous ou quelqu'un d'autre ?",
      'Trouvez une deuxième bonne chose. Une boisson chaude, un mot gentil ou une tâche terminée suffisent.',
      'Trouvez-en une troisième, et restez-y de la même façon.',
      "Gardez les trois à l'esprit un instant et remarquez ce que cela fait de les regarder. Puis ramenez votre attention dans la pièce.",
    ],
  },

  // Listening (Écoute attentive)
  'mindful-listening': {
    title: "Une minute d'écoute",
    purpose: 'Posez votre attention sur les sons, du plus lointain au plus proche.',
    steps: [
      'Restez immobile et posez doucement le regard sur un point.',
      'Fermez les yeux et remarquez le son le plus lointain que vous entendez. Rouvrez les yeux quand vous le souhaitez, ou au son du carillon.',
      'Puis le son le plus proche : votre souffle, peut-être, ou vos vêtements qui bougent.',
      'Laissez tous les sons aller et venir, sans les nommer ni les juger.',
    ],
  },
  'listening-to-breath': {
    title: "À l'écoute de votre souffle",
    purpose: "Écoutez votre respiration telle qu'elle est, sans la changer.",
    steps: [
      'Installez-vous et posez doucement le regard sur un point.',
      "Fermez les yeux et écoutez votre souffle entrer et sortir, en le laissant tel qu'il est. Rouvrez-les quand vous le souhaitez, ou au son du carillon.",
      'Remarquez la petite pause à chaque bascule, et la texture douce de chaque respiration.',
      'Élargissez de nouveau votre attention à la pièce et aux sons autour de vous.',
    ],
  },
  'layers-of-sound': {
    title: 'Couches de sons',
    purpose: 'Démêler les sons autour de vous, une couche à la fois.',
    steps: [
      'Calez-vous et relâchez les épaules.',
      'Fermez les yeux et cherchez le son le plus fort autour de vous. Rouvrez les yeux quand vous le souhaitez, ou au son du carillon.',
      'Le regard détendu, trouvez un son plus discret en dessous : un bourdonnement, un ventilateur, la circulation au loin.',
      'Fermez les yeux et cherchez le son le plus faible que vous entendez. Rouvrez-les quand vous le souhaitez, ou au son du carillon.',
      'Laissez toutes les couches jouer ensemble, comme un seul morceau.',
      'Remarquez si la pièce sonne autrement maintenant.',
    ],
  },
  'follow-one-sound': {
    title: 'Suivre un son',
    purpose: 'Offrir à un seul son toute votre attention, en écoutant vraiment.',
    steps: [
      'Arrêtez-vous et choisissez un son que vous entendez.',
      "Suivez-le de près : sa hauteur, son rythme, son volume, tandis qu'il change ou s'estompe.",
      "Quand il s'arrête ou quand vous le souhaitez, respirez lentement et revenez à votre journée.",
    ],
  },
  'open-listening': {
    title: 'Écoute prolongée',
    purpose: 'Plusieurs minutes à laisser les sons aller et venir, sans rien avoir à en faire.',
    steps: [
      'Asseyez-vous confortablement, les pieds au sol, et laissez votre regard se poser doucement sur un point.',
      'Fermez les yeux et laissez les sons venir à vous, proches et lointains, sans les chercher. Rouvrez les yeux quand vous le souhaitez, ou au son du carillon.',
      "Si des pensées vous emportent, ce n'est pas grave : remarquez-le, et revenez à ce que vous entendez.",
      'Fermez les yeux et suivez un son du début à la fin, puis laissez venir le suivant. Rouvrez-les quand vous le souhaitez, ou au son du carillon.',
      "Remarquez le silence entre les sons, et comment chaque son en naît puis s'y fond de nouveau.",
      'Fermez les yeux et écoutez les sons les plus lointains, au-delà des murs. Rouvrez les yeux quand vous le souhaitez, ou au son du carillon.',
      'Puis les sons les plus proches : votre souffle, vos vêtements, le siège quand vous bougez.',
      "Fermez les yeux et laissez chaque son faire partie d'un seul paysage sonore, sans rien avoir à en faire. Rouvrez-les quand vous le souhaitez, ou au son du carillon.",
      "Continuez d'écouter les yeux ouverts, en accueillant la pièce telle qu'elle sonne maintenant.",
      'Étirez-vous un peu, regardez autour de vous, et revenez à votre journée à votre rythme.',
    ],
  },
  'one-song': {
    title: 'Une chanson',
    purpose: "Accordez toute votre attention à une chanson d'environ trois minutes.",
    steps: [
      "Choisissez une chanson d'environ trois minutes que vous avez envie d'entendre aujourd'hui, et lancez-la, avec un casque si possible.",
      'Écoutez-la comme pour la première fois : les voix, les instruments, sa construction.',
      'Quand elle se termine, restez un instant dans le silence qui suit.',
    ],
  },
};
