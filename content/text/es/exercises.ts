import type { ExerciseText } from '../../types';

/**
 * The exercises in Spanish, by id (content/exercises.ts): one line per step.
 * Breathing steps name counts only by placeholder ({in}, {out}, {rounds} …),
 * filled from the pacing: "contando {in}" reads as a count of seconds. A step
 * done with closed eyes says what to do and when to open them, never asks to
 * read on. Address: tú, with wording that does not mark the reader's gender.
 */
/*
 * The shared cautions, short and the same wherever they apply, so a sequence's
 * parts together still read in a line or two (each distinct caution once). A
 * caution shows under Begin at 360 px wide: at most about 100 characters.
 */
const DIZZY = 'Si te mareas, respira con normalidad.';
const HOLDS =
  'No retengas el aire en el embarazo, con problemas de corazón o pulmón o si te agobia. Si te mareas, detente.';
const SIP =
  'Omite el sorbo extra en el embarazo, con problemas de corazón o pulmón o si te agobia. Si te mareas, detente.';
const MOVE = 'Muévete con suavidad y sáltate lo que duela.';
const WALK = 'Camina con calma y mira dónde pisas.';
const SUN = 'No mires nunca directamente al sol.';
const NO_PRESS = 'No presiones nunca los ojos.';

export const EXERCISES_ES: Readonly<Record<string, ExerciseText>> = {
  // Respiración
  'box-breathing': {
    title: 'Respiración cuadrada',
    purpose: 'Cuatro lados iguales para calmar una mente ajetreada.',
    steps: [
      'Siéntate cómodamente con los pies en el suelo y deja caer los hombros.',
      'Inhala por la nariz contando {in}, mantén {holdIn}, exhala {out} y mantén {holdOut}. Haz {rounds} respiraciones.',
      'Sigue trazando el mismo cuadrado, con suavidad. Otras {rounds} respiraciones.',
      'Deja de contar y permite que la respiración encuentre su propio ritmo.',
    ],
    caution: HOLDS,
  },
  'breathing-4-7-8': {
    title: 'Respiración 4-7-8',
    purpose: 'Una retención larga y una exhalación aún más larga, para bajar el ritmo.',
    steps: [
      'Apoya la punta de la lengua detrás de los dientes de arriba y exhala todo el aire por la boca.',
      'Inhala por la nariz contando {in}, mantén {holdIn} y exhala por la boca contando {out}. Haz {rounds} respiraciones.',
      'Vuelve a respirar con normalidad y nota cómo se siente tu cuerpo.',
    ],
    caution: HOLDS,
  },
  'physiological-sigh': {
    title: 'Suspiro fisiológico',
    purpose: 'Una doble inhalación y un suspiro largo y lento.',
    steps: [
      'Siéntate o ponte de pie con la espalda recta y suelta los hombros.',
      'Inhala por la nariz contando {in}, toma un sorbo más de aire contando {sip} y suspira por la boca contando {out}. Haz {rounds} respiraciones.',
      'Deja que la respiración vuelva a la normalidad y nota cómo te sientes ahora.',
    ],
    caution: SIP,
  },
  'coherent-breathing': {
    title: 'Respiración coherente',
    purpose: 'Respiración lenta y fluida, de unas cinco o seis respiraciones por minuto.',
    steps: [
      'Siéntate cómodamente y respira por la nariz si puedes.',
      'Inhala con suavidad contando {in} y exhala contando {out}, sin pausa en medio. Haz {rounds} respiraciones.',
      'Que la respiración siga fluida y silenciosa, como una ola lenta que llega y se va. Otras {rounds}.',
      'Deja de contar y respira al ritmo que te resulte natural.',
    ],
    caution: DIZZY,
  },
  'belly-breathing': {
    title: 'Respiración abdominal',
    purpose: 'Respira hacia el vientre, con una exhalación más larga, para aliviar la tensión.',
    steps: [
      'Pon una mano en el pecho y la otra en el vientre.',
      'Inhala contando {in} para que suba la mano de abajo y exhala contando {out} mientras baja despacio. Haz {rounds} respiraciones.',
      'Descansa las manos y respira con normalidad un momento.',
    ],
    caution: DIZZY,
  },
  'slow-breathing': {
    title: 'Respiración lenta y suave',
    purpose: 'Unos minutos de respiración lenta, con la exhalación más larga y sin retener el aire.',
    steps: [
      'Siéntate cómodamente, deja caer los hombros y apoya las manos donde te resulte fácil.',
      'Inhala por la nariz contando {in} y exhala despacio contando {out}, sin pausas. Haz {rounds} respiraciones.',
      'Sin esfuerzo y en silencio: no hace falta respirar hondo. Otras {rounds} respiraciones.',
      'Si la mente se va, fíjate adónde ha ido y vuelve a la siguiente respiración.',
      'Deja que cada exhalación sea suave y sin prisa. Otras {rounds}.',
      'Olvídate del ritmo y respira de forma natural.',
    ],
    caution: DIZZY,
  },
  'cyclic-sighing': {
    title: 'Suspiro cíclico',
    purpose: 'Cinco minutos de dobles inhalaciones y suspiros largos y lentos.',
    steps: [
      'Siéntate con la espalda recta y suelta los hombros. Exhalarás por la boca.',
      'Inhala por la nariz contando {in}, toma un sorbo más de aire contando {sip} y suelta un largo suspiro por la boca contando {out}. Haz {rounds} respiraciones.',
      'Mantén el mismo ritmo: inhalación plena, un sorbo más y un suspiro lento. Otras {rounds} respiraciones.',
      'Deja que la exhalación sea la parte más larga y fácil. Otras {rounds}.',
      'Deja el patrón y respira con normalidad por la nariz.',
    ],
    caution: SIP,
  },

  // Anclaje
  'five-senses': {
    title: 'Anclaje 5-4-3-2-1',
    purpose: 'Vuelve al aquí y ahora a través de tus cinco sentidos.',
    steps: [
      'Mira a tu alrededor y nombra cinco cosas que puedas ver.',
      'Nota cuatro cosas que puedas sentir: la ropa, la silla, el aire en la piel.',
      'Escucha tres cosas que puedas oír, cerca o lejos.',
      'Busca dos cosas que puedas oler, o recuerda dos olores que te gusten.',
      'Nota una cosa que puedas saborear; luego respira despacio y fíjate en dónde estás.',
    ],
  },
  'five-senses-quick': {
    title: '5-4-3-2-1 rápido',
    purpose: 'Un minuto para volver al aquí y ahora a través de los sentidos.',
    steps: [
      'Nombra cinco cosas que puedas ver.',
      'Nota cuatro cosas que puedas sentir.',
      'Escucha tres cosas que puedas oír.',
      'Busca dos cosas que puedas oler, o dos olores que te gusten.',
      'Nota una cosa que puedas saborear.',
    ],
  },
  'five-senses-slow': {
    title: '5-4-3-2-1 lento',
    purpose: 'Los cinco sentidos de uno en uno, con tiempo para detenerte en cada uno.',
    steps: [
      'Siéntate cómodamente y deja que la mirada recorra despacio la habitación.',
      'Encuentra cinco cosas que puedas ver. Detente un momento en cada una: su forma, su color, sus bordes.',
      'Nota cuatro cosas que puedas sentir: el asiento que te sostiene, los pies, la ropa, el aire en la piel.',
      'Escucha tres cosas que puedas oír. Deja que cada sonido llegue y se vaya.',
      'Busca dos cosas que puedas oler. Si no hay ninguna, trae a la mente dos olores que te gusten.',
      'Nota una cosa que puedas saborear, o bebe un sorbo de agua y saboréalo.',
      'Respira despacio y nota la habitación a tu alrededor, aquí y ahora.',
    ],
  },
  'body-scan': {
    title: 'Exploración corporal breve',
    purpose: 'Recorre despacio tu cuerpo con la atención, notando sin cambiar nada.',
    steps: [
      'Siéntate cómodamente y deja que la mirada descanse suavemente en un punto delante de ti.',
      'Nota los pies y las piernas: su peso, su calor, el suelo bajo ellos.',
      'Sube la atención al vientre y la espalda, y nota cómo se mueven al respirar.',
      'Nota las manos, los brazos y los hombros. Si algo está tenso, simplemente obsérvalo.',
      'Lleva la atención al cuello, la mandíbula y la cara. Deja que la frente se relaje, si quiere.',
      'Si quieres, cierra los ojos y siente todo el cuerpo a la vez, respirando. Ábrelos cuando quieras o al sonar la campanilla.',
      'Vuelve a notar la habitación y mueve los dedos de las manos y de los pies.',
    ],
  },
  'body-scan-long': {
    title: 'Exploración corporal larga',
    purpose: 'Un recorrido lento de la atención de los pies a la cara, notando sin cambiar nada.',
    steps: [
      'Apóyate en el respaldo con los pies en el suelo y deja descansar la mirada en un punto.',
      'Cierra los ojos y siente cómo la respiración se mueve sola, sin cambiarla. Ábrelos cuando quieras o al sonar la campanilla.',
      'Con la mirada suave, lleva la atención a los pies: dedos, plantas, talones, el suelo bajo ellos.',
      'Cierra los ojos y deja que la atención suba por los tobillos, las pantorrillas y las rodillas. Ábrelos cuando quieras o al sonar la campanilla.',
      'Nota los muslos y las caderas, y el peso de tu cuerpo apoyado en el asiento.',
      'Cierra los ojos y nota el vientre y la zona lumbar mientras respiras. Ábrelos cuando quieras o al sonar la campanilla.',
      'Sube la atención al pecho y a la parte alta de la espalda. Si algo está tenso, simplemente obsérvalo.',
      'Cierra los ojos y deja que la atención baje de los hombros por los brazos hasta la punta de los dedos. Ábrelos cuando quieras o al sonar la campanilla.',
      'Nota el cuello y la garganta. Deja que se suelten si quieren, o déjalos como están.',
      'Cierra los ojos y nota la cara: mandíbula, mejillas, ojos, frente. Ábrelos cuando quieras o al sonar la campanilla.',
      'Ahora siente todo el cuerpo a la vez, aquí, en el asiento, respirando.',
      'Mueve los dedos de las manos y de los pies, mira la habitación y vuelve a tu ritmo.',
    ],
    caution: 'Si lo prefieres, deja los ojos abiertos.',
  },
  'feet-on-the-floor': {
    title: 'Pies en el suelo',
    purpose: 'Una forma rápida de notar el suelo que te sostiene.',
    steps: [
      'Siéntate con los pies bien apoyados en el suelo y las manos sobre los muslos.',
      'Presiona el suelo suavemente con los pies y siente cómo te devuelve la presión.',
      'Nota los talones, la parte delantera de la planta y los dedos, uno tras otro.',
      'Dite en voz baja: estoy aquí y el suelo me sostiene.',
    ],
  },
  'colour-spotting': {
    title: 'Buscar un color',
    purpose: 'Reúne una mente dispersa buscando un solo color por la habitación.',
    steps: [
      'Elige un color, como el azul, el verde o el rojo.',
      'Mira despacio a tu alrededor y encuentra todo lo que puedas de ese color, nombrando cada cosa en voz baja.',
      'Para, respira despacio una vez y nota cómo está ahora tu atención.',
    ],
  },
  'drop-anchor': {
    title: 'Echar el ancla',
    purpose: 'Una forma de mantenerte firme cuando todo te desborda, sin tener que hacerlo desaparecer.',
    steps: [
      'Nota lo que hay ahora mismo: pensamientos, emociones, todo a la vez. Dite en voz baja: esto es mucho.',
      'Empuja los pies contra el suelo y junta las manos presionando suavemente. Incorpórate un poco.',
      'Siente tu cuerpo en el asiento: su peso, los pies, las manos, la respiración que va y viene.',
      'Mira a tu alrededor y nota lo que ves y lo que oyes.',
      'Nota lo que estás haciendo ahora mismo: estar aquí, respirar, hacer una pausa.',
      'Vuelve a notar lo que te pesa. Deja que esté ahí y empuja otra vez los pies contra el suelo.',
      'Siente tu cuerpo y la habitación a tu alrededor, las dos cosas aquí a la vez.',
      'Elige una sola cosa a la que prestar atención ahora y deja que el resto espere.',
    ],
  },

  // Movimiento suave
  'neck-shoulders': {
    title: 'Soltar cuello y hombros',
    purpose: 'Afloja las zonas que acumulan tensión tras un rato frente a la pantalla.',
    steps: [
      'Gira los hombros despacio hacia atrás tres veces y luego hacia delante otras tres.',
      'Inclina la oreja derecha hacia el hombro derecho y quédate ahí, respirando.',
      'Inclina la oreja izquierda hacia el hombro izquierdo y quédate ahí, respirando.',
      'Sube los hombros hacia las orejas, mantenlos un momento y déjalos caer.',
    ],
    caution: MOVE,
  },
  'stand-and-stretch': {
    title: 'Levántate y estírate',
    purpose: 'Despierta el cuerpo tras mucho rato en la silla, con estiramientos sencillos.',
    steps: [
      'Ponte de pie con los pies separados al ancho de las caderas y deja los brazos sueltos.',
      'Estira los dos brazos hacia el techo y crece hacia arriba mientras inhalas.',
      'Baja los brazos e inclínate suavemente hacia un lado y luego hacia el otro.',
      'Gira los hombros hacia atrás, sacude brazos y piernas y quédate de pie, a gusto.',
    ],
    caution: MOVE,
  },
  'wrists-and-hands': {
    title: 'Muñecas y manos',
    purpose: 'Alivia las manos tras un buen rato tecleando y haciendo clic.',
    steps: [
      'Cierra los puños sin apretar y luego abre bien los dedos. Repite varias veces.',
      'Gira las muñecas despacio en un sentido y luego en el otro.',
      'Extiende el brazo derecho, palma arriba, y lleva los dedos suavemente hacia atrás con la mano izquierda.',
      'Ahora extiende el brazo izquierdo, palma arriba, y lleva esos dedos hacia atrás con la mano derecha.',
      'Sacude las manos sin tensión y luego déjalas descansar en el regazo.',
    ],
    caution: MOVE,
  },
  'short-walk': {
    title: 'Un paseo corto',
    purpose: 'Da salida a la inquietud con un paseo lento por la habitación.',
    steps: [
      'Levántate y siente los pies en el suelo antes de echar a andar.',
      'Camina despacio por donde haya sitio. Siente cómo cada pie se levanta, avanza y se apoya.',
      'Vuelve a tu asiento con unos pasos más lentos y siéntate con suavidad.',
    ],
    caution: WALK,
  },
  'seated-stretch': {
    title: 'Estiramiento sentado',
    purpose: 'Unos estiramientos sencillos sin dejar tu asiento ni tu silla de ruedas.',
    steps: [
      'Siéntate con la espalda recta, los pies en el suelo o en los reposapiés.',
      'Sube los dos brazos, o hasta donde te resulte cómodo, mientras inhalas.',
      'Baja los brazos e inclínate suavemente hacia un lado y luego hacia el otro.',
      'Gira con suavidad para mirar por encima de un hombro, luego del otro, y vuelve al centro.',
    ],
    caution: MOVE,
  },
  'seated-march': {
    title: 'Marcha sentada',
    purpose: 'Activa la circulación sin levantarte del asiento.',
    steps: [
      'Espalda recta, apoyada si lo necesitas, y pies en el suelo o en los reposapiés. Si tu silla tiene ruedas, fíjala.',
      'Marcha sin moverte del asiento: levanta una rodilla y luego la otra, a un ritmo cómodo.',
      'Balancea los brazos al mismo tiempo, como si caminaras a paso ligero.',
      'Mantén el ritmo con los talones y las puntas, o solo con los brazos.',
      'Ve más despacio poco a poco, descansa las manos y nota tu respiración.',
    ],
    caution: MOVE,
  },
  'progressive-relaxation': {
    title: 'Tensar y soltar',
    purpose: 'Tensa y suelta con suavidad una zona del cuerpo cada vez, para notar la tensión y dejarla ir.',
    steps: [
      'Siéntate cómodamente, con los pies en el suelo. En cada zona, tensa con suavidad unos cinco segundos respirando con normalidad; luego suelta y descansa hasta la siguiente.',
      'Cierra los puños con suavidad. Sigue respirando; luego suelta y nota tus manos.',
      'Dobla los codos y tensa un poco la parte alta de los brazos. Sigue respirando y luego suéltalos.',
      'Sube los hombros hacia las orejas. Sigue respirando y luego déjalos caer.',
      'Arruga la cara con suavidad: ojos, nariz, frente. Sigue respirando y luego deja que se alise.',
      'Junta los labios sin apretar. Sigue respirando y luego deja la mandíbula suelta.',
      'Lleva los omóplatos suavemente hacia atrás y hacia dentro. Sigue respirando y luego suelta.',
      'Tensa un poco el vientre, o sáltatelo si estás embarazada. Luego deja que se ablande al respirar.',
      'Junta las rodillas apretando para tensar los muslos. Sigue respirando y luego suelta.',
      'Lleva las puntas de los pies hacia ti para tensar las espinillas. Sigue respirando y luego relájalos.',
      'Encoge los dedos de los pies, sin llegar al calambre. Sigue respirando y luego deja que se abran.',
      'Quédate en calma y nota todo el cuerpo, sin cambiar nada.',
    ],
    caution: 'Tensa con suavidad y sigue respirando; sáltate cualquier zona que duela.',
  },
  'daylight-walk': {
    title: 'Un paseo a la luz del día',
    purpose: 'Cinco minutos al aire libre, caminando a un ritmo cómodo.',
    steps: [
      'Ponte el abrigo si lo necesitas y sal sin prisa.',
      'Camina a un ritmo cómodo. Detente de vez en cuando a mirar el cielo y la lejanía.',
      'Fíjate en la luz: dónde cae, qué ilumina, cómo la notas en la piel.',
      'Busca algo pequeño que te guste mirar, quédate con ello un momento y da la vuelta.',
      'Vuelve a un ritmo cómodo, respirando el aire de fuera.',
      'Antes de entrar, respira despacio una vez y mira hacia arriba de nuevo.',
    ],
    caution: `${WALK} ${SUN}`,
  },
  'light-by-the-window': {
    title: 'Luz junto a la ventana',
    purpose: 'Movimiento suave, en el asiento, a la luz de una ventana.',
    steps: [
      'Ve a la ventana más luminosa que tengas a mano, o gira la silla hacia ella.',
      'Deja que la luz del día te llegue a la cara y mira tan lejos como puedas.',
      'Sube los brazos despacio hacia la luz al inhalar y bájalos al exhalar.',
      'Gira con suavidad de un lado a otro y deja que los ojos sigan lo que hay fuera.',
      'Lleva los hombros hacia atrás y abre el pecho hacia la ventana.',
      'Descansa las manos, mira fuera una vez más y respira despacio.',
    ],
    caution: `${MOVE} ${SUN}`,
  },

  // Descanso visual
  'twenty-twenty': {
    title: 'Descanso visual 20-20-20',
    purpose: 'Tras trabajar de cerca, mira a unos seis metros (20 pies) durante 20 segundos.',
    steps: [
      'Mira algo que esté al menos a seis metros, por una ventana si puedes.',
      'Parpadea despacio varias veces y deja que los ojos se relajen en la distancia.',
      'Vuelve a mirar a lo lejos y fíjate en colores, formas y pequeños detalles.',
    ],
  },
  palming: {
    title: 'Palmeo',
    purpose: 'Descansa los ojos cansados en calor y oscuridad durante un minuto.',
    steps: [
      'Quítate las gafas y frota las palmas hasta que estén calientes.',
      'Cierra los ojos y cúbrelos con las palmas ahuecadas, sin presionar. Descansa a oscuras; ábrelos cuando quieras o al sonar la campanilla.',
      'Baja las manos despacio y deja que la luz vuelva poco a poco.',
    ],
    caution: `Quítate antes las gafas; las lentes de contacto pueden quedarse. ${NO_PRESS}`,
  },
  'blink-and-shift': {
    title: 'Parpadear y cambiar el enfoque',
    purpose: 'Refresca los ojos cansados de pantalla parpadeando y cambiando dónde enfocan.',
    steps: [
      'Aparta la vista de la pantalla y parpadea suave y por completo, unas cinco veces.',
      'Levanta un pulgar con el brazo extendido y enfócalo durante unas respiraciones.',
      'Ahora mira más allá, a algo lejano, y deja que los ojos se asienten ahí.',
      'Alterna despacio entre el pulgar y el punto lejano varias veces; luego parpadea y descansa.',
    ],
  },
  'eye-wander': {
    title: 'Paseo lento de la mirada',
    purpose: 'Afloja los ojos fijos en la pantalla dejándolos recorrer la habitación.',
    steps: [
      'Apóyate en el respaldo y aparta la mirada de la pantalla.',
      'Recorre despacio con los ojos los bordes de la habitación: techo, esquinas, suelo.',
      'Deja que los ojos vayan a lo que te resulte agradable mirar, sin prisa.',
      'Cierra los ojos durante unas respiraciones; ábrelos cuando quieras o al sonar la campanilla, y vuelve a la pantalla.',
    ],
  },
  'find-the-light': {
    title: 'Busca la luz',
    purpose: 'Un minuto de luz natural en una ventana, mirando lo más lejos posible.',
    steps: [
      'Ve a la ventana más cercana, o gira la silla hacia una.',
      'Deja que la luz del día te llegue a la cara y mira el cielo si lo ves.',
      'Busca el punto más lejano que puedas ver y deja que los ojos descansen ahí.',
      'Respira despacio una vez antes de volver.',
    ],
    caution: SUN,
  },
  'soft-focus': {
    title: 'Mirada amplia y suave',
    purpose: 'Deja que la mirada se abra de un punto a todo lo que lo rodea.',
    steps: [
      'Mira al frente, a un punto de una pared lejana o por una ventana.',
      'Sin mover los ojos, deja que la atención se abra hasta los bordes de lo que ves.',
      'Nota los lados, lo de arriba y lo de abajo, todo a la vez, con la mirada suave.',
      'Parpadea varias veces y mira a tu alrededor.',
    ],
  },
  'eye-rest-long': {
    title: 'Descanso visual largo',
    purpose: 'Cinco minutos lejos de la pantalla: mirar a lo lejos, parpadear, calor y oscuridad.',
    steps: [
      'Quítate las gafas si las llevas y apártate de la pantalla.',
      'Mira por una ventana o al otro lado de la habitación, a lo más lejano que veas. Deja que los ojos se relajen ahí.',
      'Parpadea despacio y por completo varias veces; luego deja que el parpadeo encuentre su ritmo.',
      'Cierra los ojos y déjalos descansar, pesados y quietos, mientras respiras. Ábrelos cuando quieras o al sonar la campanilla.',
      'Mira algo cercano, como tu mano, y luego algo lejano. Alterna despacio.',
      'Frota las palmas para calentarlas, cierra los ojos y cúbrelos con ellas, sin presionar. Ábrelos cuando quieras o al sonar la campanilla.',
      'Deja que la mirada pasee despacio por la habitación y se detenga donde sea agradable mirar.',
      'Cierra los ojos durante unas respiraciones lentas; ábrelos cuando quieras o al sonar la campanilla.',
      'Mira a lo lejos una vez más y parpadea suavemente varias veces.',
    ],
    caution: NO_PRESS,
  },
  'eye-rest': {
    title: 'Descanso visual',
    purpose: 'Unos minutos lejos de la pantalla: mirar a lo lejos, parpadear y descansar a oscuras.',
    steps: [
      'Apártate de la pantalla y quítate las gafas si las llevas.',
      'Mira lo más lejano que puedas ver, por una ventana si es posible, y deja que los ojos se relajen ahí.',
      'Parpadea despacio y por completo varias veces; luego deja que el parpadeo encuentre su ritmo.',
      'Frota las palmas para calentarlas, cierra los ojos y cúbrelos con ellas, sin presionar. Ábrelos cuando quieras o al sonar la campanilla.',
      'Mírate la mano y luego algo lejano. Alterna despacio varias veces.',
      'Deja que la mirada descanse una vez más en la lejanía y parpadea suavemente antes de volver.',
    ],
    caution: NO_PRESS,
  },

  // Reflexión
  'name-the-feeling': {
    title: 'Nombra la emoción',
    purpose: 'Pon palabras a lo que hay, sin juzgarlo.',
    steps: [
      'Siéntate cómodamente, deja que la mirada descanse en un punto y respira despacio.',
      'Pregúntate en voz baja: ¿qué estoy sintiendo ahora mismo?',
      'Busca una palabra: cansancio, inquietud, esperanza, tensión, o algo muy distinto.',
      'Si quieres, cierra los ojos y nota en qué parte del cuerpo lo sientes. Ábrelos cuando quieras o al sonar la campanilla.',
      'Date las gracias por escucharte, encontraras lo que encontraras.',
    ],
  },
  'one-small-step': {
    title: 'Un pequeño paso adelante',
    purpose: 'Convierte algo que te importa en un paso que podrías dar hoy.',
    steps: [
      'Piensa en algo que te importe: un proyecto, una persona, tu salud.',
      'Pregúntate cuál sería un buen siguiente paso y hazlo más pequeño hasta que parezca fácil.',
      'Imagínate dándolo: cuándo y dónde.',
      'Decide si lo darás hoy. Si no, no pasa nada: ya sabes por dónde empezar.',
    ],
  },
  'kind-word': {
    title: 'Una palabra amable para ti',
    purpose: 'Háblate como le hablarías a alguien a quien quieres.',
    steps: [
      'Respira despacio y fíjate en cómo te has hablado hoy.',
      'Piensa en lo que te diría sobre este día alguien que te quiere.',
      'Elige unas palabras amables, como «Esto es difícil, y estoy haciendo lo que puedo».',
      'Dítelas una vez más, en voz baja, y deja que calen.',
    ],
  },
  'appreciate-something': {
    title: 'Algo que valoras',
    purpose: 'Lleva un momento la atención a algo bueno, por pequeño que sea.',
    steps: [
      'Respira y deja que tu atención se asiente.',
      'Trae a la mente algo que valores hoy: una persona, una comodidad, un pequeño logro.',
      'Imagínalo con detalle y nota qué se siente al pensar en ello.',
      'Si quieres, apúntalo o cuéntaselo a alguien más tarde.',
    ],
  },
  'what-matters': {
    title: 'Lo que te importa',
    purpose: 'Conecta con tus valores, para que tus metas sigan apuntando en tu dirección.',
    steps: [
      'Respira despacio y deja que la tarea del momento se aleje un poco.',
      'Pregúntate: ¿qué tipo de persona quiero ser, en el trabajo y en casa?',
      'Elige una palabra para ello, como amabilidad, curiosidad, honestidad o calma.',
      'Piensa en una forma de que el resto del día refleje un poco más esa palabra.',
    ],
  },
  'kinder-look-back': {
    title: 'Mirar atrás con cariño',
    purpose: 'Vuelve a mirar un momento reciente con la comprensión que ofrecerías a alguien querido.',
    steps: [
      'Trae a la mente un momento reciente y pequeño al que le sigues dando vueltas, uno lo bastante ligero para mirarlo.',
      'Recuerda lo que sabías y lo que estabas afrontando entonces. Si empieza a pesar, mira la habitación y suéltalo.',
      'Pregúntate qué diría alguien justo y amable de cómo lo llevaste.',
      'Quédate con una cosa que aprendiste y vuelve a traer la atención a la habitación.',
    ],
  },
  'let-it-wait': {
    title: 'Deja que espere',
    purpose: 'Cuando muchas cosas tiran de ti, elige qué va primero y deja que lo demás espere.',
    steps: [
      'Respira despacio y deja descansar las manos.',
      'Nota qué tira de tu atención ahora mismo y nombra cada cosa en voz baja.',
      'Elige la que te necesita primero. Lo demás puedes apuntarlo después de la pausa.',
      'Deja que lo demás espere por ahora y vuelve a lo que tienes delante.',
    ],
  },
  'three-good-things': {
    title: 'Tres cosas buenas',
    purpose: 'Repasa el último día buscando tres cosas que salieron bien, por pequeñas que sean.',
    steps: [
      'Siéntate cómodamente, deja caer los hombros y respira despacio.',
      'Repasa el último día y encuentra una cosa que salió bien, por pequeña que sea. Algo que simplemente estuvo bien también cuenta.',
      'Quédate con ello un momento: ¿qué pasó y qué papel tuviste tú u otra persona?',
      'Busca una segunda cosa buena. Una bebida caliente, una palabra amable o una tarea hecha bastan.',
      'Busca una tercera y quédate con ella de la misma manera.',
      'Sostén las tres en la mente un momento y nota qué se siente al mirarlas. Luego vuelve a traer la atención a la habitación.',
    ],
  },

  // Escucha consciente
  'mindful-listening': {
    title: 'Un minuto de escucha',
    purpose: 'Descansa la atención en el sonido, de lo lejano a lo cercano.',
    steps: [
      'Sin moverte, deja que la mirada descanse suavemente en un punto.',
      'Cierra los ojos y nota el sonido más lejano que puedas oír. Ábrelos cuando quieras o al sonar la campanilla.',
      'Ahora nota el sonido más cercano, quizá tu propia respiración o el roce de la ropa.',
      'Deja que todos los sonidos lleguen y se vayan, sin nombrarlos ni juzgarlos.',
    ],
  },
  'listening-to-breath': {
    title: 'Escuchar tu respiración',
    purpose: 'Escucha tu respiración tal como es, sin cambiarla.',
    steps: [
      'Siéntate cómodamente y deja que la mirada descanse suavemente en un punto.',
      'Cierra los ojos y escucha cómo entra y sale el aire, dejándolo como está. Ábrelos cuando quieras o al sonar la campanilla.',
      'Nota la pequeña pausa entre inhalar y exhalar, y la textura suave de cada respiración.',
      'Vuelve a abrir la atención a la habitación y a los sonidos que te rodean.',
    ],
  },
  'layers-of-sound': {
    title: 'Capas de sonido',
    purpose: 'Separa los sonidos que te rodean, capa a capa.',
    steps: [
      'Apóyate en el respaldo y deja caer los hombros.',
      'Cierra los ojos y escucha el sonido más fuerte a tu alrededor. Ábrelos cuando quieras o al sonar la campanilla.',
      'Con la mirada suave, busca debajo un sonido más suave, como un zumbido, un ventilador o el tráfico lejano.',
      'Cierra los ojos y busca el sonido más tenue que puedas oír. Ábrelos cuando quieras o al sonar la campanilla.',
      'Deja que todas las capas suenen juntas, como una sola pieza de música.',
      'Nota si la habitación suena distinta ahora.',
    ],
  },
  'follow-one-sound': {
    title: 'Sigue un sonido',
    purpose: 'Dale toda tu atención a un solo sonido, como haría quien sabe escuchar.',
    steps: [
      'Haz una pausa y elige un sonido que puedas oír ahora mismo.',
      'Síguelo de cerca: su tono, su ritmo y su volumen, mientras cambia o se apaga.',
      'Cuando termine, o cuando quieras, respira despacio y vuelve a tu día.',
    ],
  },
  'open-listening': {
    title: 'Escucha larga',
    purpose: 'Varios minutos dejando que los sonidos lleguen y se vayan, sin tener que hacer nada con ellos.',
    steps: [
      'Siéntate cómodamente con los pies en el suelo y deja que la mirada descanse suavemente en un punto.',
      'Cierra los ojos y deja que los sonidos vengan a ti, cerca y lejos, sin buscarlos. Ábrelos cuando quieras o al sonar la campanilla.',
      'Si los pensamientos te llevan lejos, no pasa nada: nótalo y vuelve a lo que puedas oír.',
      'Cierra los ojos y sigue un sonido de principio a fin; luego deja que llegue el siguiente. Ábrelos cuando quieras o al sonar la campanilla.',
      'Nota el silencio entre los sonidos, y cómo cada uno surge de él y vuelve a apagarse.',
      'Cierra los ojos y escucha los sonidos más lejanos, más allá de las paredes. Ábrelos cuando quieras o al sonar la campanilla.',
      'Ahora nota los sonidos más cercanos: tu respiración, tu ropa, el asiento cuando te mueves.',
      'Cierra los ojos y deja que todos los sonidos formen un solo paisaje sonoro, sin hacer nada con ninguno. Ábrelos cuando quieras o al sonar la campanilla.',
      'Sigue escuchando con los ojos abiertos, abarcando la habitación tal como suena ahora.',
      'Estírate un poco, mira a tu alrededor y vuelve a tu día a tu ritmo.',
    ],
  },
  'one-song': {
    title: 'Una canción',
    purpose: 'Dale toda tu atención a una canción de unos tres minutos.',
    steps: [
      'Elige una canción de unos tres minutos que te guste oír hoy y ponla, con auriculares si puedes.',
      'Escucha como si fuera la primera vez: las voces, los instrumentos, su forma.',
      'Cuando termine, quédate un momento en el silencio que deja.',
    ],
  },
};
