/** The insights in Brazilian Portuguese, by id (content/insights.ts). Written for Breathing Room in our own words. */
export const INSIGHTS_PT_BR: Readonly<Record<string, string>> = {
  // Confiança e segurança
  'trust-pace':
    'Abrir-se leva o tempo que leva. Você pode confiar em si e contar um pouco mais só quando se sentir em segurança.',
  'trust-safe-place':
    'A sensação de segurança muitas vezes começa no corpo. Deixe os ombros baixarem e a mandíbula se soltar, e apenas perceba o que vem depois.',
  'trust-small-signs':
    'A confiança nasce de coisas pequenas: uma promessa cumprida, uma palavra ouvida de verdade. Hoje, você pode se dar esses pequenos sinais.',
  'trust-your-signals':
    'Você tem o direito de perceber quando algo parece errado. O incômodo traz informação, mesmo antes de você conseguir explicá-lo.',
  'trust-one-sentence':
    'Ninguém precisa da sua história inteira de uma vez. Dividir uma frase verdadeira com alguém de confiança já é um passo real.',
  'trust-steady-ground':
    'Quando o dia parecer instável, procure o que é firme: a cadeira embaixo de você, o chão sob os pés, a próxima respiração.',
  'trust-own-company':
    'Ser uma companhia segura para si é não se repreender a cada deslize. Na próxima hora, experimente falar consigo num tom mais gentil.',
  'trust-limits':
    'Dizer não ao que é demais faz parte de se sentir em segurança. Um limite claro pode abrir espaço para um sim mais caloroso.',
  'trust-return':
    'A confiança pode balançar e voltar. Após um desentendimento, uma conversa honesta sobre o que deu errado costuma ser o começo do reparo.',
  'trust-ease-in':
    'A pressa mantém o corpo em alerta. Tente fazer os próximos movimentos na metade da velocidade de sempre e perceba como é.',
  'trust-therapy-bond':
    'A terapia funciona tanto pela relação quanto pelo método. Poder falar com franqueza com quem conduz sua terapia faz parte da ajuda.',
  'trust-change-therapist':
    'Se quem conduz sua terapia não parecer a escolha certa, você pode dizer isso ou procurar outra pessoa. Buscar alguém que combine é normal.',
  'trust-choose-who':
    'Pessoas diferentes podem guardar partes diferentes da sua vida. Escolher quem ouve o quê é uma forma de cuidar de si.',
  'trust-colleague-chat':
    'Uma conversa amigável com alguém da equipe, sobre algo fora do trabalho, cria o tipo de confiança que ajuda nos dias mais difíceis.',
  'trust-say-what-helps':
    'Quem gosta de você nem sempre adivinha o que ajudaria. Dizer com todas as letras, “uma ligação rápida cairia bem”, facilita.',
  'trust-own-judgement':
    'Dá para decidir bem sem ter todos os fatos. A maioria das escolhas pode ser ajustada depois, e isso ajuda a confiar no seu julgamento.',

  // Escuta atenta, dos outros e de si
  'listening-whole':
    'Escutar bem é ouvir o tom e as pausas, não só as palavras. Experimente se escutar assim por um minuto.',
  'listening-inner':
    'Seu corpo continua falando enquanto você trabalha: o pescoço duro, o ar preso. Uma pausa é a chance de dar ouvidos a ele.',
  'listening-pause':
    'Quando alguém fala, deixe uma pequena pausa acontecer antes de responder. O mais importante muitas vezes vem depois dela.',
  'listening-no-fixing':
    'Nem toda preocupação precisa de solução. Às vezes, o mais gentil é ouvir até o fim, seja alguém querido falando, seja a sua própria cabeça.',
  'listening-inner-tone':
    'Repare em como sua voz interior soa hoje: apressada, dura, cansada? O jeito como você fala consigo importa tanto quanto o que diz.',
  'listening-body-cues':
    'Olhos secos, mandíbula travada, uma perna inquieta: são recados. Escutá-los cedo é mais fácil do que correr atrás depois.',
  'listening-curious':
    'A curiosidade ajuda a escutar bem. Em vez de perguntar por que você se sente assim, pergunte o que esse sentimento quer que você saiba.',
  'listening-one-thing':
    'Atenção total é um presente, e começa pequena. Por um minuto, dê toda ela a um único som ou a uma única respiração.',
  'listening-quiet':
    'O silêncio não precisa ser vazio. Num momento quieto, dá para ouvir o que as horas corridas estavam abafando.',
  'listening-to-eyes':
    'Seus olhos estão trabalhando de perto há um bom tempo. Escutá-los pode ser simplesmente olhar pela janela.',
  'listening-say-back':
    'Repetir com suas palavras o que alguém disse mostra que você estava acompanhando e dá à pessoa a chance de corrigir você.',
  'listening-open-questions':
    'Uma pergunta como “como foi isso para você?” abre mais espaço do que uma que se responde com sim ou não.',
  'listening-phone-down':
    'Virar o celular para baixo quando alguém começa a falar é um sinal pequeno e claro de que a pessoa tem a sua atenção.',
  'listening-not-rehearsing':
    'É difícil escutar enquanto se ensaia a resposta. Se perceber que está planejando, deixe isso de lado e volte ao que está sendo dito.',
  'listening-noise':
    'Barulho constante cansa, e nem sempre a gente nota. Alguns minutos num lugar mais quieto, ou com protetor de ouvido, descansam a audição.',
  'listening-one-song':
    'Uma música que você ama, ouvida com toda a atenção e sem fazer mais nada, pode ser uma pausa inteira.',
  'listening-ask-twice':
    'Quando alguém da equipe diz “tudo bem”, perguntar de novo, com calma e interesse real, costuma trazer uma resposta mais sincera.',

  // Lidar com dificuldades
  'coping-small-tools':
    'Lidar com dificuldades não é uma grande solução. É um punhado de ferramentas pequenas para usar numa tarde qualquer.',
  'coping-practice':
    'Treinar uma técnica de calma nos dias tranquilos a deixa pronta para quando os difíceis chegarem.',
  'coping-long-exhale':
    'Uma expiração lenta, um pouco mais longa que a inspiração, é um dos jeitos mais simples de dizer ao corpo que ele pode desacelerar.',
  'coping-senses':
    'Quando os pensamentos giram, os sentidos podem trazer você de volta. O que você vê, ouve e toca está bem aqui, neste lugar.',
  'coping-move':
    'O estresse costuma se acumular no corpo. Um alongamento ou uma caminhada curta dão a ele por onde sair.',
  'coping-right-tool':
    'Ajuda saber o que serve para cada momento: respirar devagar na tensão, caminhar na inquietação, uma palavra gentil no desânimo.',
  'coping-edge-off':
    'Uma técnica para lidar com as coisas não precisa resolver tudo. Aliviar o peso, mesmo que só um pouco, já conta.',
  'coping-rest-eyes':
    'Olhos cansados podem deixar tudo mais difícil. Descansá-los por um minuto é um jeito pequeno e prático de se cuidar.',
  'coping-early':
    'Recorrer a uma ferramenta cedo, quando o estresse ainda é um sussurro e não um grito, costuma exigir bem menos esforço.',
  'coping-experiment':
    'Se uma técnica não ajudou da última vez, ainda pode ajudar outro dia. Descobrir o que funciona para você é um experimento sem pressa.',
  'coping-ask-for-help':
    'Procurar apoio de um profissional de saúde ou de uma linha de apoio é um passo comum e sensato, e não é preciso esperar uma crise.',
  'coping-park-worry':
    'Anote uma preocupação insistente e marque um horário mais tarde para pensar nela. Estacionada ali, ela pode ocupar menos sua atenção agora.',
  'coping-cool-water':
    'Água fresca nos pulsos ou no rosto é um jeito rápido e físico de baixar um pouco o calor de um momento estressante.',
  'coping-hand-on-chest':
    'Apoiar uma mão morna no peito ou na barriga enquanto respira é um jeito simples e discreto de se acolher.',
  'coping-hour-at-a-time':
    'Um dia difícil pode ser vivido uma hora de cada vez. Passar pela próxima parte basta por agora; o resto da semana pode esperar.',
  'coping-if-then':
    'Decidir antes, “se meu peito apertar numa reunião, vou soltar o ar mais devagar”, deixa a ferramenta à mão na hora que importa.',
  'coping-humour':
    'Um minuto de algo que faça você rir, um vídeo bobo ou uma lembrança engraçada, pode afrouxar o estresse como o esforço não consegue.',
  'coping-tidy-corner':
    'Arrumar um cantinho da mesa pode dar uma saída útil para a inquietação e deixar um pouco mais de espaço para pensar.',
  'coping-by-name':
    'Quando empacar, fale consigo pelo seu nome, como falaria com alguém que você aconselha. Essa distância pode deixar o problema mais claro.',

  // Expressar sentimentos
  'expression-name-it':
    'Dar nome a um sentimento, mesmo de forma aproximada, costuma afrouxar o aperto. “Sinto um incômodo” é um ótimo começo.',
  'expression-allowed':
    'Sentimentos não precisam estar arrumados para serem bem-vindos. Deixe o que há aqui ficar por algumas respirações.',
  'expression-mixed':
    'Dá para sentir mais de uma coisa ao mesmo tempo: alívio e tristeza, orgulho e preocupação. As duas podem ser verdade juntas.',
  'expression-words-later':
    'Se as palavras ainda não vêm, tudo bem. Um sentimento pode ser percebido no corpo antes de ganhar um nome.',
  'expression-write':
    'Escrever um sentimento, mesmo em três palavras, dá a ele uma forma que você pode olhar, em vez de carregá-lo por aí.',
  'expression-body-first':
    'Os sentimentos costumam aparecer primeiro no corpo: peito apertado, rosto quente, braços pesados. Perceber onde é um jeito de escutá-los.',
  'expression-share':
    'Contar a alguém como você se sente não exige palavras perfeitas. “Hoje está difícil” já diz muito.',
  'expression-let-move':
    'Alguns sentimentos pedem movimento. Sacudir as mãos ou soltar um suspiro longo pode ajudar um pouco deles a passar.',
  'expression-weather':
    'Um sentimento não é um veredito sobre quem você é. É mais como uma mudança de tempo que passa, e dá para observá-la sem julgar.',
  'expression-no-apology':
    'Riso, lágrimas e suspiros são jeitos de expressar o que está dentro. Nenhum deles precisa de desculpas.',
  'expression-without-words':
    'Sentimentos podem sair num rabisco, num cantarolar ou em alguns minutos de desenho, não só em palavras.',
  'expression-anger':
    'A raiva muitas vezes aponta para algo que importa para você, como a justiça. Perguntar o que ela protege pode ajudar mais do que engoli-la.',
  'expression-good-news':
    'Sentimentos bons também merecem ser ditos. Contar a alguém uma coisinha que deu certo faz você aproveitá-la duas vezes.',
  'expression-i-feel':
    'Começar com “eu sinto” em vez de “você sempre” torna uma conversa difícil mais fácil de ouvir para a outra pessoa.',
  'expression-choose-when':
    'Você não precisa expressar cada sentimento assim que ele chega. Escolher quando e onde falar dele também é uma forma de respeitá-lo.',
  'expression-thank':
    'Um obrigado específico, dizendo o que a pessoa fez e como isso ajudou, diz muito mais do que um “valeu” rápido.',

  // Metas e valores
  'goals-values':
    'Uma meta alinhada aos seus valores puxa você para a frente. Uma que só serve aos outros costuma empurrar.',
  'goals-small-step':
    'Grandes objetivos viram realidade em passos pequenos. Qual passo é pequeno o bastante para dar hoje?',
  'goals-why':
    'Quando uma meta pesar, lembre por que ela importa para você. O motivo costuma ser mais leve de carregar do que a tarefa.',
  'goals-tired-day':
    'Uma meta que você ainda alcança num dia de cansaço vale mais do que uma que só funciona no seu melhor dia.',
  'goals-your-own':
    'Pergunte se uma meta é mesmo sua. Se você ainda a quisesse sem ninguém olhando, ela provavelmente combina com seus valores.',
  'goals-not-straight':
    'O progresso raramente é uma linha reta. Uma semana mais lenta ainda pode levar você na direção que importa.',
  'goals-rest-counts':
    'Descansar faz parte de chegar a uma meta, não é um desvio. Esta pausa também está levando você adiante.',
  'goals-compass':
    'Valores são como uma bússola, e metas, como paradas no caminho. Se você perder uma parada, a direção continua ali.',
  'goals-together':
    'Metas pensadas junto com alguém que escuta costumam ser mais gentis e realistas. Com quem você poderia conversar sobre as suas?',
  'goals-notice-done':
    'Antes da próxima tarefa, repare em uma coisa que você já fez hoje. Passos concluídos merecem um momento de atenção.',
  'goals-one-priority':
    'Quando o dia tiver objetivos demais, escolha o que faria mais diferença e deixe o resto esperar na fila.',
  'goals-good-enough':
    '“Bom o bastante” muitas vezes é o padrão certo. Guardar seu maior esforço para o que mais importa poupa energia para depois.',
  'goals-define-done':
    'Fica mais fácil começar uma meta quando você sabe como é o fim. Tente escrever uma linha que descreva o resultado final.',
  'goals-adjust':
    'Mudar uma meta que não serve mais não é desistir. É ajustar o rumo com o que você aprendeu pelo caminho.',
  'goals-enjoy-doing':
    'Alguns objetivos valem tanto pelo fazer quanto pela chegada. Alguma parte da tarefa à sua frente é agradável por si só?',
  'goals-own-pace':
    'O ritmo de outra pessoa não diz nada sobre o seu. O ponto de partida, a carga e o caminho dela são diferentes dos seus.',

  // Olhar o passado com gentileza
  'past-kindness':
    'Olhar para trás ajuda mais quando é feito com gentileza: você entendeu as coisas com o que sabia na época.',
  'past-patterns':
    'Muitas reações antigas já fizeram sentido um dia. Perceber de onde uma vem é o primeiro passo para escolher de outro jeito.',
  'past-then-now':
    'Você olha para trás sabendo mais do que sabia na época. Julgue quem você era pelo que dava para ver então, não pelo que vê agora.',
  'past-small-pieces':
    'Algumas lembranças pesam demais para revirar sem companhia, no trabalho. Tudo bem deixar uma de lado até ter alguém de confiança por perto.',
  'past-here-now':
    'Quando uma lembrança antiga puxar você, sinta os pés no chão. O passado faz parte da sua história, e você está aqui, agora.',
  'past-came-through':
    'Pense em algo difícil que você já atravessou. Os jeitos que você encontrou naquela época continuam à sua disposição.',
  'past-no-blame':
    'Entender por que você reage de certo jeito não é buscar culpados. É ter um pouco mais de escolha da próxima vez.',
  'past-as-a-friend':
    'Imagine alguém querido contando a você o mesmo erro antigo. Você provavelmente seria gentil. Você também merece isso.',
  'past-body-remembers':
    'Às vezes o corpo lembra antes da mente. Se uma tensão surgir do nada, uma respiração lenta pode abrir espaço em volta dela.',
  'past-good-moments':
    'Olhar para trás não é só lembrar as partes difíceis. Recorde um momento que deu certo e sinta-o de novo por uma respiração.',
  'past-lessons':
    'Pense em algo que você resolve com mais facilidade do que há um ano. Mudanças lentas passam despercebidas até você procurar por elas.',
  'past-who-helped':
    'Lembre de alguém que ajudou você pelo caminho, mesmo que pouco. Parte de quem você é hoje cresceu do que essa pessoa deu.',
  'past-replay-loop':
    'Repassar uma lembrança sem parar não é o mesmo que refletir sobre ela. Se perceber que entrou num ciclo, saia dele e ocupe as mãos.',
  'past-old-pleasures':
    'Algo que você adorava fazer anos atrás, como desenhar, tocar ou praticar um esporte, pode ainda estar esperando dez minutos do seu tempo.',
  'past-versions':
    'Uma lembrança é uma versão, não uma gravação. Quem estava lá pode lembrar de outro jeito, e ninguém precisa estar errado.',
  'past-let-go':
    'Largar uma mágoa antiga é algo que você faz pela sua paz, no seu tempo. Não significa que o que aconteceu foi aceitável.',

  // Dia a dia
  'daily-practice':
    'O crescimento acontece entre os grandes momentos, em pequenas pausas como esta, repetidas dia após dia.',
  'daily-carry':
    'O que ajuda você num minuto de calma pode ir junto para a próxima reunião, o próximo e-mail, o dia seguinte.',
  'daily-anchor-habit':
    'Um hábito pega melhor quando está ligado a algo que você já faz. Uma respiração lenta cada vez que abre o e-mail já é um começo.',
  'daily-no-finish-line':
    'Cuidar da mente é contínuo, como cuidar do corpo. Não há linha de chegada, só a próxima escolha gentil.',
  'daily-pleasant-thing':
    'Tente notar uma coisa agradável por dia: uma bebida quente, uma boa música, um pedaço de céu. Com o tempo, a atenção aprende a achá-las.',
  'daily-check-in':
    'Parar rapidinho algumas vezes por dia para perguntar como você está e do que precisa evita que pequenos problemas cresçam em silêncio.',
  'daily-stand-up':
    'Seu corpo foi feito para se mexer ao longo do dia. Levantar entre uma tarefa e outra é um jeito simples de respeitar isso.',
  'daily-look-far':
    'Todo período diante da tela pode incluir alguns segundos olhando para longe. É um hábito fácil de manter.',
  'daily-pick-up-again':
    'Pular um dia de prática não muda nada de importante. Você pode simplesmente retomar, como está fazendo agora.',
  'daily-heard':
    'A escuta que você pratica consigo se espalha. A próxima pessoa com quem você falar pode se sentir um pouco mais ouvida.',
  'daily-walk-between':
    'Uma caminhada curta entre tarefas deixa a última assentar antes da próxima começar, e ainda descansa seus olhos.',
  'daily-daylight':
    'A luz do dia ajuda a acertar o relógio do corpo e pode animar um humor apagado. Alguns minutos lá fora ou na janela, cedo, valem a pena.',
  'daily-water':
    'A sede pode aparecer como cansaço ou cabeça pesada antes de parecer sede. Um copo de água é um começo fácil.',
  'daily-posture':
    'Confira sua postura: coluna apoiada, ombros baixos, pés no chão e o topo da tela na altura dos olhos ou um pouco abaixo.',
  'daily-one-task':
    'Alternar entre tarefas custa mais do que parece. Na próxima meia hora, tente deixar só uma coisa aberta e levá-la até o fim.',
  'daily-notifications':
    'Cada notificação puxa sua atenção. Silenciar alertas por uma hora, ou ver mensagens em horários fixos, preserva mais do seu foco.',
  'daily-wind-down':
    'Um pequeno ritual no fim do expediente, como anotar a primeira tarefa de amanhã e fechar o notebook, ajuda o dia a terminar de fato.',
  'daily-screens-sleep':
    'Telas claras tarde da noite podem atrasar o sono. Diminuir o brilho, ou deixar o celular em outro cômodo, ajuda a pegar no sono.',
  'daily-lunch-away':
    'Almoçar longe da mesa de trabalho, e sentir de verdade o gosto da comida, dá a você uma refeição e uma pausa ao mesmo tempo.',
  'daily-reach-out':
    'Mandar uma mensagem curta para alguém de quem você não tem notícias há tempo leva um minuto e pode alegrar o dia de vocês dois.',
  'daily-kind-act':
    'Fazer uma pequena gentileza para alguém, como preparar um café para a pessoa, costuma melhorar o seu dia também.',
};
