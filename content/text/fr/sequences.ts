/** The sequences' own words in French, by id (content/sequences.ts); their steps are their parts'. */
export const SEQUENCES_FR: Readonly<Record<string, { title: string; purpose: string; caution?: string }>> = {
  'three-minute-eye-break': {
    title: 'Pause yeux et épaules',
    purpose: 'Regardez au loin, détendez la nuque et les épaules, puis reposez vos yeux dans le noir.',
    caution:
      "Allez-y doucement ; évitez ce qui fait mal. Retirez d'abord vos lunettes, et n'appuyez jamais sur vos yeux.",
  },
  'three-minute-next-step': {
    title: 'Un prochain pas, puis respirer',
    purpose: "Trouvez un petit pas à faire aujourd'hui, puis une minute de respiration abdominale lente.",
  },
  'three-minute-listen-and-breathe': {
    title: 'Écouter, puis respirer',
    purpose: "Écoutez votre souffle tel qu'il est, puis laissez-le ralentir un peu.",
  },
  'five-minute-screen-break': {
    title: 'Pause écran',
    purpose: 'Reposez vos yeux, détendez la nuque et les épaules, puis respirez bas et lentement.',
  },
  'five-minute-kind-word': {
    title: 'Un mot gentil, puis respirer',
    purpose: 'Offrez-vous un mot gentil, puis respirez lentement et calmement quelques minutes.',
  },
  'five-minute-sounds-and-breath': {
    title: 'Les sons, puis le souffle',
    purpose: 'Écoutez les sons autour de vous, puis votre propre souffle, puis ralentissez-le un peu.',
  },
  'ten-minute-reset': {
    title: 'Dix minutes pour repartir',
    purpose: "Revenez à l'instant par vos sens, détendez la nuque et les épaules, puis respirez lentement.",
  },
  'ten-minute-anchor': {
    title: "Dix minutes à l'ancre",
    purpose: 'Restez stable quand tout déborde, étirez-vous un peu, puis respirez en douceur.',
  },
  'ten-minute-unwind': {
    title: 'Dix minutes de détente',
    purpose: 'Sentez le sol, contractez et relâchez chaque zone tour à tour, puis respirez en douceur.',
  },
  'ten-minute-lift': {
    title: 'Lumière du jour et mot gentil',
    purpose: 'Retrouvez votre stabilité, marchez un peu à la lumière du jour, puis offrez-vous un mot gentil.',
  },
  'ten-minute-lift-seated': {
    title: 'Lumière du jour et mot gentil, version assise',
    purpose:
      "Retrouvez votre stabilité, bougez doucement près d'une fenêtre lumineuse, respirez, puis offrez-vous un mot gentil.",
  },
  'ten-minute-walk-and-breathe': {
    title: 'Marcher et respirer',
    purpose: 'Quelques respirations faciles, une courte marche, nuque et épaules détendues, puis un souffle lent.',
  },
  'ten-minute-move-and-breathe': {
    title: 'Bouger et respirer, version assise',
    purpose: 'Quelques respirations faciles, une marche assise, nuque et épaules détendues, puis un souffle lent.',
  },
  'ten-minute-eye-rest': {
    title: 'Dix minutes pour des yeux fatigués',
    purpose: 'Installez-vous, étirez-vous sur votre siège, reposez vraiment vos yeux, puis écoutez une minute.',
  },
  'twenty-minute-reset': {
    title: 'Vingt minutes pour repartir',
    purpose: '5-4-3-2-1 au ralenti, contracter et relâcher, respiration lente, puis couches de sons.',
  },
  'twenty-minute-unwind': {
    title: 'Vingt minutes de détente',
    purpose: 'Sentez le sol, détendez mains, nuque et épaules, parcourez votre corps, puis respirez lentement.',
    caution: 'Allez-y doucement ; évitez ce qui fait mal. Gardez les yeux ouverts si vous préférez. Vertige : arrêtez.',
  },
  'twenty-minute-lift': {
    title: 'Lumière du jour, souffle et chanson',
    purpose: 'Une marche dehors, un souffle lent, une chanson, et un mot gentil pour finir.',
  },
  'twenty-minute-lift-seated': {
    title: 'Lumière du jour, souffle et chanson, version assise',
    purpose:
      "Des mouvements doux près d'une fenêtre lumineuse, un souffle lent, une chanson, et un mot gentil pour finir.",
  },
  'twenty-minute-walk-and-listen': {
    title: "Marcher, s'étirer, écouter",
    purpose: "Étirez-vous, évacuez l'agitation en marchant, contractez et relâchez, puis écoutez un moment.",
    caution: 'Marchez, bougez et contractez en douceur, en évitant ce qui fait mal, et respirez. Vertige : arrêtez.',
  },
  'twenty-minute-move-and-listen': {
    title: "Bouger, s'étirer, écouter, version assise",
    purpose: 'Une marche assise et des étirements, contracter et relâcher, puis écouter un moment.',
    caution: 'Bougez et contractez en douceur, en évitant ce qui fait mal, et continuez à respirer. Vertige : arrêtez.',
  },
  'twenty-minute-rest': {
    title: 'Vingt minutes de repos',
    purpose: 'Installez-vous, étirez-vous, reposez vos yeux, puis un lent scan corporel des pieds au visage.',
    caution:
      "Allez-y doucement ; évitez ce qui fait mal. N'appuyez jamais sur vos yeux, et gardez-les ouverts si vous préférez.",
  },
};
