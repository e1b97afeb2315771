import type { ExerciseText } from '../../types';

/**
 * The exercises in Brazilian Portuguese, by id (content/exercises.ts): one line per step.
 * Breathing steps name counts only by placeholder ({in}, {out}, {rounds} …),
 * filled from the pacing. A step done with closed eyes says what to do and
 * when to open them, never asks to read on.
 */
/*
 * The shared cautions, short and the same wherever they apply, so a sequence's
 * parts together still read in a line or two (each distinct caution once). A
 * caution shows under Begin at 360 px wide: at most about 100 characters.
 */
const DIZZY = 'Se sentir tontura, volte a respirar normalmente.';
const HOLDS = 'Não prenda o ar em caso de gravidez, problema cardíaco ou pulmonar, ou se der ansiedade. Tontura: pare.';
const SIP =
  'Pule o golinho de ar em caso de gravidez, problema cardíaco ou pulmonar, ou se der ansiedade. Tontura: pare.';
const MOVE = 'Mexa-se com cuidado; pule o que doer.';
const WALK = 'Caminhe devagar e olhe onde pisa.';
const SUN = 'Nunca olhe diretamente para o sol.';
const NO_PRESS = 'Nunca pressione os olhos.';

export const EXERCISES_PT_BR: Readonly<Record<string, ExerciseText>> = {
  // Respiração
  'box-breathing': {
    title: 'Respiração quadrada',
    purpose: 'Quatro lados iguais, do mesmo tamanho, para acalmar a mente agitada.',
    steps: [
      'Sente-se confortavelmente, com os pés no chão, e deixe os ombros caírem.',
      'Inspire pelo nariz contando até {in}, segure até {holdIn}, solte o ar até {out}, segure até {holdOut}. {rounds} respirações.',
      'Continue desenhando o mesmo quadrado, com suavidade. Mais {rounds} respirações.',
      'Pare de contar e deixe a respiração encontrar o próprio ritmo.',
    ],
    caution: HOLDS,
  },
  'breathing-4-7-8': {
    title: 'Respiração 4-7-8',
    purpose: 'Segurar bastante o ar e soltar por mais tempo ainda, para desacelerar.',
    steps: [
      'Encoste a ponta da língua atrás dos dentes de cima e solte todo o ar pela boca.',
      'Inspire pelo nariz contando até {in}, segure até {holdIn}, solte pela boca até {out}. {rounds} respirações.',
      'Volte a respirar normalmente e perceba como o corpo está.',
    ],
    caution: HOLDS,
  },
  'physiological-sigh': {
    title: 'Suspiro fisiológico',
    purpose: 'Uma inspiração dupla e um suspiro longo e lento.',
    steps: [
      'Sente-se ou fique de pé, coluna ereta, e solte os ombros.',
      'Inspire pelo nariz contando até {in}, complete com um golinho de ar até {sip} e solte num suspiro pela boca até {out}. {rounds} respirações.',
      'Deixe a respiração voltar ao normal e perceba como você está agora.',
    ],
    caution: SIP,
  },
  'coherent-breathing': {
    title: 'Respiração coerente',
    purpose: 'Respiração lenta e suave, umas cinco a seis respirações por minuto.',
    steps: [
      'Sente-se confortavelmente e respire pelo nariz, se puder.',
      'Inspire com suavidade contando até {in} e solte até {out}, sem pausa entre uma e outra. {rounds} respirações.',
      'Mantenha a respiração suave e silenciosa, como uma onda lenta que vem e vai. Mais {rounds}.',
      'Pare de contar e respire no ritmo que parecer natural.',
    ],
    caution: DIZZY,
  },
  'belly-breathing': {
    title: 'Respiração abdominal',
    purpose: 'Leve o ar até a barriga e solte mais devagar, para aliviar a tensão.',
    steps: [
      'Coloque uma mão no peito e a outra na barriga.',
      'Inspire contando até {in}, sentindo a mão de baixo subir, e solte até {out} enquanto ela desce. {rounds} respirações.',
      'Descanse as mãos e respire normalmente por um momento.',
    ],
    caution: DIZZY,
  },
  'slow-breathing': {
    title: 'Respiração lenta e tranquila',
    purpose: 'Alguns minutos de respiração lenta, soltando o ar mais devagar e sem prender.',
    steps: [
      'Sente-se confortavelmente, deixe os ombros caírem e apoie as mãos onde for mais fácil.',
      'Inspire pelo nariz contando até {in} e solte devagar até {out}, sem pausas. {rounds} respirações.',
      'Mantenha a respiração leve e silenciosa: ela não precisa ser profunda. {rounds} respirações.',
      'Se a mente se distrair, perceba para onde ela foi e volte para a próxima respiração.',
      'Deixe cada expiração ser suave e sem pressa. Mais {rounds}.',
      'Solte o ritmo e respire como parecer natural.',
    ],
    caution: DIZZY,
  },
  'cyclic-sighing': {
    title: 'Suspiro cíclico',
    purpose: 'Cinco minutos de inspirações duplas e suspiros longos e lentos.',
    steps: [
      'Sente-se com a coluna ereta e deixe os ombros relaxarem. Você vai soltar o ar pela boca.',
      'Inspire pelo nariz contando até {in}, complete com um golinho de ar até {sip} e solte num suspiro longo pela boca até {out}. {rounds} respirações.',
      'Mantenha o ritmo: uma inspiração cheia, um golinho a mais, um suspiro lento. {rounds} respirações.',
      'Deixe a expiração ser a parte mais longa e mais fácil. Mais {rounds}.',
      'Solte o padrão e respire normalmente pelo nariz.',
    ],
    caution: SIP,
  },

  // Ancoragem
  'five-senses': {
    title: 'Ancoragem 5-4-3-2-1',
    purpose: 'Volte ao aqui e agora pelos cinco sentidos.',
    steps: [
      'Olhe em volta e nomeie cinco coisas que você vê.',
      'Perceba quatro coisas que você sente no corpo: a roupa, a cadeira, o ar na pele.',
      'Escute três sons, perto ou longe.',
      'Encontre dois cheiros, ou lembre de dois aromas de que você gosta.',
      'Note um sabor na boca, depois respire devagar e perceba onde você está.',
    ],
  },
  'five-senses-quick': {
    title: '5-4-3-2-1 rápido',
    purpose: 'Um minuto para voltar ao aqui e agora pelos sentidos.',
    steps: [
      'Nomeie cinco coisas que você vê.',
      'Perceba quatro sensações no corpo.',
      'Escute três sons ao seu redor.',
      'Encontre dois cheiros, ou dois aromas de que você gosta.',
      'Note um sabor na boca.',
    ],
  },
  'five-senses-slow': {
    title: '5-4-3-2-1 devagar',
    purpose: 'Os cinco sentidos, um de cada vez, com tempo para ficar em cada um.',
    steps: [
      'Sente-se confortavelmente e deixe os olhos passearem devagar pelo ambiente.',
      'Encontre cinco coisas que você vê. Fique um momento em cada uma: a forma, a cor, os contornos.',
      'Perceba quatro coisas que você sente: o assento que apoia você, os pés, a roupa, o ar na pele.',
      'Escute três sons. Deixe cada um vir e ir embora.',
      'Encontre dois cheiros. Se não houver nenhum, lembre de dois aromas de que você gosta.',
      'Note um sabor na boca, ou tome um gole de água e sinta o gosto dela.',
      'Respire devagar e perceba o ambiente à sua volta, aqui e agora.',
    ],
  },
  'body-scan': {
    title: 'Escaneamento corporal',
    purpose: 'Passe a atenção devagar pelo corpo, percebendo sem mudar nada.',
    steps: [
      'Sente-se confortavelmente e deixe o olhar pousar, suave, num ponto à sua frente.',
      'Perceba os pés e as pernas: o peso, a temperatura, o chão embaixo deles.',
      'Suba para a barriga e as costas e perceba como elas se movem com a respiração.',
      'Perceba as mãos, os braços e os ombros. Se algo estiver tenso, apenas registre.',
      'Leve a atenção ao pescoço, à mandíbula e ao rosto. Deixe a testa relaxar, se ela quiser.',
      'Feche os olhos, se quiser, e sinta o corpo inteiro respirando. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Observe o ambiente à sua volta e mexa os dedos das mãos e dos pés.',
    ],
  },
  'body-scan-long': {
    title: 'Escaneamento corporal longo',
    purpose: 'Uma viagem lenta da atenção, dos pés ao rosto, percebendo sem mudar nada.',
    steps: [
      'Encoste-se na cadeira com os pés no chão e deixe o olhar pousar, suave, num ponto.',
      'Feche os olhos e sinta a respiração acontecendo sozinha, sem mudá-la. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Com o olhar suave, leve a atenção aos pés: dedos, solas, calcanhares, o chão embaixo deles.',
      'Feche os olhos e deixe a atenção subir pelos tornozelos, panturrilhas e joelhos. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Perceba as coxas e o quadril, e o peso do corpo apoiado no assento.',
      'Feche os olhos e perceba a barriga e a lombar enquanto respira. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Suba para o peito e a parte de cima das costas. Se algo estiver tenso, apenas registre.',
      'Feche os olhos e leve a atenção dos ombros, pelos braços, até a ponta dos dedos. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Perceba o pescoço e a garganta. Deixe que relaxem, se quiserem, ou deixe como estão.',
      'Feche os olhos e perceba o rosto: mandíbula, bochechas, olhos, testa. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Agora sinta o corpo inteiro de uma vez, aqui na cadeira, respirando.',
      'Mexa os dedos das mãos e dos pés, olhe ao redor e volte no seu ritmo.',
    ],
    caution: 'Se preferir, mantenha os olhos abertos.',
  },
  'feet-on-the-floor': {
    title: 'Pés no chão',
    purpose: 'Um jeito rápido de perceber o chão embaixo de você.',
    steps: [
      'Sente-se com os dois pés apoiados no chão e as mãos descansando nas coxas.',
      'Pressione os pés de leve contra o chão e sinta o chão empurrando de volta.',
      'Perceba os calcanhares, a planta dos pés e os dedos, um depois do outro.',
      'Diga baixinho para si: estou aqui, e o chão me sustenta.',
    ],
  },
  'colour-spotting': {
    title: 'Caça às cores',
    purpose: 'Reúna a mente dispersa procurando uma cor à sua volta.',
    steps: [
      'Escolha uma cor, como azul, verde ou vermelho.',
      'Olhe em volta devagar e encontre tudo o que puder dessa cor, nomeando cada coisa baixinho.',
      'Pare, respire devagar uma vez e perceba como está a sua atenção agora.',
    ],
  },
  'drop-anchor': {
    title: 'Lançar âncora',
    purpose: 'Um jeito de ficar firme quando tudo parece demais, sem precisar fazer isso sumir.',
    steps: [
      'Perceba o que está aqui agora: pensamentos, sentimentos, tudo ao mesmo tempo. Diga baixinho: é muita coisa.',
      'Empurre os pés contra o chão e pressione as mãos de leve uma na outra. Endireite um pouco o corpo.',
      'Sinta o corpo na cadeira: o peso, os pés, as mãos, a respiração indo e vindo.',
      'Olhe em volta e perceba o que você vê e o que você ouve.',
      'Perceba o que você está fazendo agora: está aqui, respirando, fazendo uma pausa.',
      'Perceba de novo o que está pesando. Deixe estar ali e empurre os pés contra o chão mais uma vez.',
      'Sinta o corpo e o ambiente à sua volta, os dois aqui ao mesmo tempo.',
      'Escolha uma coisa para dar atenção em seguida e deixe o resto esperar.',
    ],
  },

  // Movimento leve
  'neck-shoulders': {
    title: 'Soltar pescoço e ombros',
    purpose: 'Solte os pontos que acumulam tensão depois de um tempo na tela.',
    steps: [
      'Gire os ombros devagar para trás três vezes, depois para a frente três vezes.',
      'Incline a orelha direita em direção ao ombro direito e fique ali, respirando.',
      'Incline a orelha esquerda em direção ao ombro esquerdo e fique ali, respirando.',
      'Suba os ombros até as orelhas, segure um instante e deixe-os cair.',
    ],
    caution: MOVE,
  },
  'stand-and-stretch': {
    title: 'Levantar e alongar',
    purpose: 'Alongamentos fáceis para acordar o corpo depois de um tempo na cadeira.',
    steps: [
      'Fique de pé com os pés na largura do quadril e deixe os braços soltos.',
      'Estique os dois braços em direção ao teto e cresça enquanto inspira.',
      'Abaixe os braços e incline-se com suavidade para um lado, depois para o outro.',
      'Gire os ombros para trás, sacuda braços e pernas e fique de pé, à vontade.',
    ],
    caution: MOVE,
  },
  'wrists-and-hands': {
    title: 'Punhos e mãos',
    purpose: 'Alivie as mãos depois de um tempo digitando e clicando.',
    steps: [
      'Feche as mãos sem apertar, depois abra bem os dedos. Repita algumas vezes.',
      'Gire os punhos devagar para um lado, depois para o outro.',
      'Estenda o braço direito, palma para cima, e puxe os dedos para trás com a mão esquerda, com cuidado.',
      'Agora estenda o braço esquerdo, palma para cima, e puxe esses dedos para trás com a mão direita.',
      'Sacuda as mãos bem soltas e depois deixe-as descansar no colo.',
    ],
    caution: MOVE,
  },
  'short-walk': {
    title: 'Uma caminhada curta',
    purpose: 'Dê um destino à inquietação com uma caminhada lenta pelo ambiente.',
    steps: [
      'Levante-se e sinta os pés no chão antes de começar.',
      'Caminhe devagar onde houver espaço. Sinta cada pé subir, avançar e pousar.',
      'Volte para o seu lugar com alguns passos mais lentos e sente-se com calma.',
    ],
    caution: WALK,
  },
  'seated-stretch': {
    title: 'Alongamento na cadeira',
    purpose: 'Alguns alongamentos fáceis sem sair da cadeira ou da cadeira de rodas.',
    steps: [
      'Sente-se com a coluna ereta, os pés no chão ou nos apoios de pés.',
      'Estique os dois braços para cima, ou até onde for confortável, enquanto inspira.',
      'Abaixe os braços e incline-se com suavidade para um lado, depois para o outro.',
      'Gire com suavidade para olhar por cima de um ombro, depois do outro, e volte ao centro.',
    ],
    caution: MOVE,
  },
  'seated-march': {
    title: 'Marcha na cadeira',
    purpose: 'Ative a circulação sem sair do lugar.',
    steps: [
      'Sente-se com a coluna ereta, costas apoiadas se precisar, pés no chão ou nos apoios. Firme a cadeira se tiver rodinhas.',
      'Marche no lugar, na cadeira: levante um joelho, depois o outro, num ritmo tranquilo.',
      'Balance os braços enquanto marcha, como se caminhasse depressa.',
      'Mantenha o ritmo batendo calcanhares e pontas dos pés, ou só com os braços.',
      'Diminua o ritmo aos poucos, descanse as mãos e perceba sua respiração.',
    ],
    caution: MOVE,
  },
  'progressive-relaxation': {
    title: 'Contrair e soltar',
    purpose: 'Contraia e solte de leve uma parte do corpo de cada vez, para perceber e liberar a tensão.',
    steps: [
      'Sente-se confortavelmente, pés no chão. Em cada parte, contraia de leve por uns cinco segundos, respirando normalmente; depois solte e descanse até a próxima.',
      'Feche as mãos com suavidade. Continue respirando, depois solte e perceba as mãos.',
      'Dobre os cotovelos e contraia um pouco a parte de cima dos braços. Continue respirando, depois solte.',
      'Suba os ombros em direção às orelhas. Continue respirando, depois deixe-os cair.',
      'Franza o rosto de leve: olhos, nariz, testa. Continue respirando, depois deixe-o relaxar.',
      'Pressione os lábios de leve um contra o outro. Continue respirando, depois solte a mandíbula.',
      'Puxe as escápulas de leve para trás, uma em direção à outra. Continue respirando, depois solte.',
      'Contraia um pouco a barriga, ou pule esta parte se estiver grávida. Depois deixe-a relaxar enquanto respira.',
      'Pressione os joelhos um contra o outro para contrair as coxas. Continue respirando, depois solte.',
      'Puxe a ponta dos pés na sua direção para contrair as canelas. Continue respirando, depois descanse os pés.',
      'Dobre os dedos dos pés de leve, sem chegar a dar cãibra. Continue respirando, depois deixe-os abrir.',
      'Fique em silêncio e perceba o corpo inteiro, sem mudar nada.',
    ],
    caution: 'Contraia de leve e continue respirando; pule qualquer parte que doa.',
  },
  'daylight-walk': {
    title: 'Caminhada na luz do dia',
    purpose: 'Cinco minutos ao ar livre, caminhando num ritmo tranquilo.',
    steps: [
      'Pegue um casaco, se precisar, e saia num ritmo tranquilo.',
      'Caminhe num ritmo tranquilo. Pare de vez em quando para olhar o céu e o horizonte.',
      'Perceba a luz: onde ela bate, o que ela ilumina, como você a sente na pele.',
      'Encontre uma coisinha bonita de ver, fique um momento com ela e depois faça o caminho de volta.',
      'Volte num ritmo tranquilo, respirando o ar de fora.',
      'Antes de entrar, respire devagar e olhe para o alto mais uma vez.',
    ],
    caution: `${WALK} ${SUN}`,
  },
  'light-by-the-window': {
    title: 'Luz da janela',
    purpose: 'Movimento leve, sem levantar, na luz do dia de uma janela.',
    steps: [
      'Vá até a janela mais clara que puder, ou vire a cadeira para ela.',
      'Deixe a luz do dia chegar ao seu rosto e olhe o mais longe que conseguir.',
      'Levante os braços devagar em direção à luz ao inspirar e abaixe-os ao expirar.',
      'Gire com suavidade de um lado para o outro, deixando os olhos seguirem o que está lá fora.',
      'Gire os ombros para trás e abra o peito em direção à janela.',
      'Descanse as mãos, olhe lá para fora mais uma vez e respire devagar.',
    ],
    caution: `${MOVE} ${SUN}`,
  },

  // Descanso visual
  'twenty-twenty': {
    title: 'Descanso visual 20-20-20',
    purpose: 'Depois de trabalhar de perto, olhe para algo a uns 6 metros por 20 segundos.',
    steps: [
      'Olhe para algo a pelo menos 6 metros de distância, pela janela se puder.',
      'Pisque devagar algumas vezes e deixe os olhos relaxarem na distância.',
      'Olhe para longe mais uma vez, reparando nas cores, nas formas e nos pequenos detalhes.',
    ],
  },
  palming: {
    title: 'Mãos em concha',
    purpose: 'Descanse os olhos cansados no calor e no escuro por um minuto.',
    steps: [
      'Tire os óculos e esfregue as palmas das mãos até ficarem quentes.',
      'Feche os olhos e cubra-os com as palmas em concha, sem apertar. Descanse no escuro; abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Abaixe as mãos devagar e deixe a luz voltar aos poucos.',
    ],
    caution: `Tire os óculos antes; lentes de contato podem ficar. ${NO_PRESS}`,
  },
  'blink-and-shift': {
    title: 'Piscar e mudar o foco',
    purpose: 'Renove os olhos cansados de tela piscando e mudando o ponto de foco.',
    steps: [
      'Desvie o olhar da tela e pisque devagar, fechando bem os olhos, umas cinco vezes.',
      'Levante o polegar com o braço esticado e foque nele por algumas respirações.',
      'Agora olhe além dele, para algo distante, e deixe os olhos descansarem ali.',
      'Alterne devagar entre o polegar e o ponto distante algumas vezes, depois pisque e descanse.',
    ],
  },
  'eye-wander': {
    title: 'Olhar que passeia',
    purpose: 'Solte os olhos presos à tela deixando-os passear pelo ambiente.',
    steps: [
      'Encoste-se na cadeira e deixe o olhar sair da tela.',
      'Percorra devagar com os olhos os contornos do ambiente: teto, cantos, chão.',
      'Deixe os olhos passearem pelo que for agradável de ver, sem pressa.',
      'Feche os olhos por algumas respirações, depois abra-os quando quiser, ou ao ouvir o sinal sonoro, e volte para a tela.',
    ],
  },
  'find-the-light': {
    title: 'Procure a luz',
    purpose: 'Um minuto de luz do dia numa janela, olhando o mais longe possível.',
    steps: [
      'Vá até a janela mais próxima, ou vire a cadeira de frente para uma.',
      'Deixe a luz do dia chegar ao seu rosto e olhe para o céu, se puder vê-lo.',
      'Encontre o ponto mais distante que conseguir ver e deixe os olhos descansarem ali.',
      'Respire devagar uma vez antes de voltar.',
    ],
    caution: SUN,
  },
  'soft-focus': {
    title: 'Olhar amplo e suave',
    purpose: 'Deixe o olhar se abrir de um ponto para tudo o que há em volta.',
    steps: [
      'Olhe reto para um ponto numa parede distante, ou pela janela.',
      'Sem mexer os olhos, deixe a atenção se abrir até as bordas do que você vê.',
      'Perceba os lados, em cima e embaixo, tudo de uma vez, com o olhar suave.',
      'Pisque algumas vezes e olhe ao redor.',
    ],
  },
  'eye-rest-long': {
    title: 'Descanso visual longo',
    purpose: 'Cinco minutos longe da tela: olhar para longe, piscar, calor e escuro.',
    steps: [
      'Tire os óculos, se usar, e vire-se para longe da tela.',
      'Olhe pela janela ou para o fundo do ambiente, na coisa mais distante que conseguir ver. Deixe os olhos relaxarem nela.',
      'Pisque devagar e por completo algumas vezes, depois deixe as piscadas acharem o próprio ritmo.',
      'Feche os olhos e deixe-os descansar, pesados e quietos, enquanto respira. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Olhe para algo perto, como a sua mão, depois para longe de novo. Vá e volte devagar.',
      'Esfregue as palmas até aquecerem, feche os olhos e cubra-os com as palmas em concha, sem apertar. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Deixe o olhar passear devagar pelo ambiente, parando onde for agradável de ver.',
      'Feche os olhos por algumas respirações lentas, depois abra-os quando quiser, ou ao ouvir o sinal sonoro.',
      'Olhe para longe mais uma vez e pisque suavemente algumas vezes.',
    ],
    caution: NO_PRESS,
  },
  'eye-rest': {
    title: 'Descanso visual',
    purpose: 'Alguns minutos longe da tela: olhar para longe, piscar e descansar no escuro.',
    steps: [
      'Vire-se para longe da tela e tire os óculos, se usar.',
      'Olhe para a coisa mais distante que conseguir ver, pela janela se puder, e deixe os olhos relaxarem nela.',
      'Pisque devagar e por completo algumas vezes, depois deixe as piscadas acharem o próprio ritmo.',
      'Esfregue as palmas até aquecerem, feche os olhos e cubra-os com as palmas em concha, sem apertar. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Olhe para a sua mão, depois para algo distante. Vá e volte devagar algumas vezes.',
      'Deixe o olhar descansar na distância mais uma vez e pisque suavemente antes de voltar.',
    ],
    caution: NO_PRESS,
  },

  // Reflexão
  'name-the-feeling': {
    title: 'Dê nome ao sentimento',
    purpose: 'Ponha em palavras o que está aqui, sem julgar.',
    steps: [
      'Sente-se confortavelmente, deixe o olhar pousar num ponto e respire devagar.',
      'Pergunte-se baixinho: o que estou sentindo agora?',
      'Experimente uma palavra: cansaço, inquietação, esperança, tensão ou algo bem diferente.',
      'Feche os olhos, se quiser, e perceba onde isso aparece no corpo. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Agradeça a si por se escutar, seja o que for que encontrou.',
    ],
  },
  'one-small-step': {
    title: 'Um pequeno próximo passo',
    purpose: 'Transforme algo que importa para você em um passo possível para hoje.',
    steps: [
      'Pense em algo que importa para você: um projeto, uma pessoa, sua saúde.',
      'Pergunte qual seria um bom próximo passo e vá diminuindo até parecer fácil.',
      'Imagine-se fazendo isso: quando e onde.',
      'Decida se vai dar esse passo hoje. Se não, tudo bem: você sabe por onde começar.',
    ],
  },
  'kind-word': {
    title: 'Uma palavra gentil para você',
    purpose: 'Fale consigo do jeito que falaria com alguém muito querido.',
    steps: [
      'Respire devagar e perceba como você tem falado consigo hoje.',
      'Pense no que alguém que gosta de você diria sobre este dia.',
      'Escolha algumas palavras gentis, como “Está difícil, e estou fazendo o melhor que posso.”',
      'Repita-as baixinho para si e deixe que cheguem até você.',
    ],
  },
  'appreciate-something': {
    title: 'Algo que você valoriza',
    purpose: 'Volte a atenção por um momento para algo bom, por menor que seja.',
    steps: [
      'Respire e deixe a atenção assentar.',
      'Traga à mente uma coisa que você valoriza hoje: uma pessoa, um conforto, uma pequena vitória.',
      'Imagine isso em detalhes e perceba como é pensar nisso.',
      'Se quiser, anote ou conte para alguém mais tarde.',
    ],
  },
  'what-matters': {
    title: 'O que importa para você',
    purpose: 'Confira seus valores, para que suas metas continuem apontando na sua direção.',
    steps: [
      'Respire devagar e deixe a tarefa do momento sair de cena um pouco.',
      'Pergunte-se: que tipo de pessoa quero ser, no trabalho e em casa?',
      'Escolha uma palavra, como gentileza, curiosidade, honestidade ou calma.',
      'Pense em um jeito de o resto do dia refletir um pouco mais essa palavra.',
    ],
  },
  'kinder-look-back': {
    title: 'Um olhar gentil para trás',
    purpose: 'Olhe de novo para um momento recente com a compreensão que daria a alguém querido.',
    steps: [
      'Traga à mente um momento pequeno e recente que fica voltando à cabeça, e que pareça leve o bastante para olhar.',
      'Lembre o que você sabia e com o que estava lidando na hora. Se começar a pesar, olhe em volta e deixe isso ir.',
      'Pergunte o que alguém justo e gentil diria sobre como você lidou com isso.',
      'Guarde uma coisa que aprendeu e depois traga a atenção de volta para onde você está.',
    ],
  },
  'let-it-wait': {
    title: 'Deixe esperar',
    purpose: 'Quando muita coisa puxa você, escolha o que vem agora e deixe o resto esperar.',
    steps: [
      'Respire devagar e deixe as mãos descansarem.',
      'Perceba o que está puxando sua atenção agora e nomeie cada coisa baixinho.',
      'Escolha a que precisa de você primeiro. O resto dá para anotar depois da pausa.',
      'Deixe o resto esperar por enquanto e volte ao que está à sua frente.',
    ],
  },
  'three-good-things': {
    title: 'Três coisas boas',
    purpose: 'Repasse o último dia em busca de três coisas que foram bem, por menores que sejam.',
    steps: [
      'Sente-se confortavelmente, deixe os ombros caírem e respire devagar.',
      'Repasse o último dia e encontre uma coisa que foi bem, por menor que seja. Algo que só foi razoável também conta.',
      'Fique com ela um momento: o que aconteceu, e qual foi a sua parte ou a de outra pessoa nisso?',
      'Encontre uma segunda coisa boa. Uma bebida quente, uma palavra gentil ou uma tarefa feita já bastam.',
      'Encontre uma terceira e fique com ela do mesmo jeito.',
      'Mantenha as três em mente por um momento e perceba como é olhar para elas. Depois volte a atenção para onde você está.',
    ],
  },

  // Escuta atenta
  'mindful-listening': {
    title: 'Um minuto de escuta',
    purpose: 'Descanse a atenção nos sons, do mais distante ao mais próximo.',
    steps: [
      'Fique imóvel e deixe o olhar pousar, suave, num ponto.',
      'Feche os olhos e perceba o som mais distante que consegue ouvir. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Agora perceba o som mais próximo, talvez a sua respiração ou o roçar da roupa.',
      'Deixe todos os sons virem e irem, sem nomeá-los nem julgá-los.',
    ],
  },
  'listening-to-breath': {
    title: 'Escutar a respiração',
    purpose: 'Escute a sua respiração do jeito que ela está, sem mudá-la.',
    steps: [
      'Sente-se confortavelmente e deixe o olhar pousar, suave, num ponto.',
      'Feche os olhos e escute o ar entrando e saindo, deixando-o como está. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Perceba a pequena pausa em cada virada e a textura suave de cada respiração.',
      'Abra de novo a atenção para o ambiente e os sons ao seu redor.',
    ],
  },
  'layers-of-sound': {
    title: 'Camadas de som',
    purpose: 'Separe os sons ao seu redor, uma camada de cada vez.',
    steps: [
      'Encoste-se na cadeira e deixe os ombros caírem.',
      'Feche os olhos e procure o som mais alto ao seu redor. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Com o olhar suave, encontre um som mais fraco por baixo dele, como um zumbido, um ventilador ou o trânsito ao longe.',
      'Feche os olhos e procure o som mais baixinho que consegue ouvir. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Deixe todas as camadas tocarem juntas, como uma só música.',
      'Perceba se o ambiente soa diferente agora.',
    ],
  },
  'follow-one-sound': {
    title: 'Siga um som',
    purpose: 'Dê toda a sua atenção a um som, como faz quem sabe escutar.',
    steps: [
      'Pare e escolha um som que você ouve agora.',
      'Acompanhe-o de perto: o tom, o ritmo e o volume, enquanto ele muda ou some.',
      'Quando ele acabar, ou quando quiser, respire devagar e volte ao seu dia.',
    ],
  },
  'open-listening': {
    title: 'Escuta mais longa',
    purpose: 'Alguns minutos deixando os sons virem e irem, sem nada a fazer com eles.',
    steps: [
      'Sente-se confortavelmente, pés no chão, e deixe o olhar pousar, suave, num ponto.',
      'Feche os olhos e deixe os sons chegarem, perto e longe, sem procurar por eles. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Se os pensamentos levarem você embora, tudo bem: perceba e volte para o que consegue ouvir.',
      'Feche os olhos e siga um som do começo ao fim, depois deixe o próximo chegar. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Perceba o silêncio entre os sons, e como cada som nasce dele e volta a sumir.',
      'Feche os olhos e escute os sons mais distantes, além das paredes. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Agora perceba os sons mais próximos: sua respiração, sua roupa, a cadeira quando você se mexe.',
      'Feche os olhos e deixe cada som fazer parte de uma só paisagem sonora, sem nada a fazer com eles. Abra os olhos quando quiser, ou ao ouvir o sinal sonoro.',
      'Continue escutando de olhos abertos, percebendo como o ambiente soa agora.',
      'Alongue-se um pouco, olhe ao redor e volte ao seu dia no seu ritmo.',
    ],
  },
  'one-song': {
    title: 'Uma música',
    purpose: 'Dê toda a sua atenção a uma música de uns três minutos.',
    steps: [
      'Escolha uma música de uns três minutos que seja boa de ouvir hoje e coloque para tocar, com fones se puder.',
      'Escute como se fosse a primeira vez: as vozes, os instrumentos, o jeito como ela se desenrola.',
      'Quando acabar, fique um momento no silêncio que vem depois.',
    ],
  },
};
