/** The sequences' own words in Brazilian Portuguese, by id (content/sequences.ts); their steps are their parts'. */
export const SEQUENCES_PT_BR: Readonly<Record<string, { title: string; purpose: string; caution?: string }>> = {
  'three-minute-eye-break': {
    title: 'Pausa para olhos e ombros',
    purpose: 'Olhe para longe, solte o pescoço e os ombros e depois descanse os olhos no escuro.',
    caution: 'Mexa-se com cuidado; pule o que doer. Tire os óculos antes e nunca pressione os olhos.',
  },
  'three-minute-next-step': {
    title: 'Um próximo passo, depois respirar',
    purpose: 'Encontre um pequeno passo para dar hoje e depois respire devagar na barriga por um minuto.',
  },
  'three-minute-listen-and-breathe': {
    title: 'Escutar, depois respirar',
    purpose: 'Escute sua respiração do jeito que ela está, depois deixe-a desacelerar um pouco.',
  },
  'five-minute-screen-break': {
    title: 'Pausa da tela',
    purpose: 'Descanse os olhos, solte o pescoço e os ombros e depois respire na barriga, devagar.',
  },
  'five-minute-kind-word': {
    title: 'Uma palavra gentil, depois respirar',
    purpose: 'Diga a si uma palavra gentil e depois respire devagar e com suavidade por alguns minutos.',
  },
  'five-minute-sounds-and-breath': {
    title: 'Sons, depois respiração',
    purpose: 'Escute os sons ao redor, depois a sua respiração, e então deixe-a um pouco mais lenta.',
  },
  'ten-minute-reset': {
    title: 'Recomeço em dez minutos',
    purpose: 'Volte aos sentidos, solte o pescoço e os ombros e depois respire devagar.',
  },
  'ten-minute-anchor': {
    title: 'Dez minutos de âncora',
    purpose: 'Encontre firmeza quando tudo for demais, alongue-se um pouco e depois respire com suavidade.',
  },
  'ten-minute-unwind': {
    title: 'Dez minutos para relaxar',
    purpose: 'Sinta o chão, contraia e solte cada parte do corpo e depois respire com suavidade.',
  },
  'ten-minute-lift': {
    title: 'Luz do dia e uma palavra gentil',
    purpose: 'Encontre firmeza, caminhe um pouco na luz do dia e termine com uma palavra gentil para você.',
  },
  'ten-minute-lift-seated': {
    title: 'Luz do dia e uma palavra gentil, na cadeira',
    purpose: 'Encontre firmeza, mexa-se com calma perto de uma janela clara, respire e termine com uma palavra gentil.',
  },
  'ten-minute-walk-and-breathe': {
    title: 'Caminhar e respirar',
    purpose: 'Algumas respirações tranquilas, uma caminhada curta, pescoço e ombros soltos, depois respiração lenta.',
  },
  'ten-minute-move-and-breathe': {
    title: 'Mexer e respirar, na cadeira',
    purpose: 'Algumas respirações tranquilas, marcha na cadeira, pescoço e ombros soltos, depois respiração lenta.',
  },
  'ten-minute-eye-rest': {
    title: 'Dez minutos para olhos cansados',
    purpose: 'Acalme-se, alongue-se na cadeira, descanse bem os olhos e depois escute por um minuto.',
  },
  'twenty-minute-reset': {
    title: 'Recomeço em vinte minutos',
    purpose: '5-4-3-2-1 devagar, contrair e soltar, respiração lenta e, por fim, camadas de som.',
  },
  'twenty-minute-unwind': {
    title: 'Vinte minutos para relaxar',
    purpose: 'Sinta o chão, solte mãos, pescoço e ombros, percorra o corpo com a atenção e respire devagar.',
    caution: 'Mexa-se com cuidado; pule o que doer. Se preferir, mantenha os olhos abertos. Tontura: pare.',
  },
  'twenty-minute-lift': {
    title: 'Luz do dia, respiração e uma música',
    purpose: 'Uma caminhada na luz do dia, respiração lenta, uma música e uma palavra gentil no fim.',
  },
  'twenty-minute-lift-seated': {
    title: 'Luz do dia, respiração e música, na cadeira',
    purpose: 'Movimento leve perto de uma janela clara, respiração lenta, uma música e uma palavra gentil no fim.',
  },
  'twenty-minute-walk-and-listen': {
    title: 'Caminhar, alongar e escutar',
    purpose: 'Alongue-se, gaste a inquietação caminhando, contraia e solte, depois escute por um tempo.',
    caution: 'Caminhe, mexa-se e contraia com cuidado, pulando o que doer, sem parar de respirar. Tontura: pare.',
  },
  'twenty-minute-move-and-listen': {
    title: 'Mexer, alongar e escutar, na cadeira',
    purpose: 'Marcha e alongamento na cadeira, contrair e soltar, depois escutar por um tempo.',
    caution: 'Mexa-se e contraia com cuidado, pulando o que doer, sem parar de respirar. Tontura: pare.',
  },
  'twenty-minute-rest': {
    title: 'Vinte minutos de descanso',
    purpose: 'Acalme-se, alongue-se, descanse os olhos e depois percorra o corpo devagar, dos pés ao rosto.',
    caution: 'Mexa-se com cuidado; pule o que doer. Nunca pressione os olhos; se preferir, mantenha-os abertos.',
  },
};
