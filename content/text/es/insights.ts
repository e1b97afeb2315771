/** The insights in Spanish, by id (content/insights.ts). Written for Breathing Room in our own words. */
export const INSIGHTS_ES: Readonly<Record<string, string>> = {
  // Confianza y seguridad
  'trust-pace':
    'Abrirse lleva su tiempo. Puedes confiar en ti y compartir un poco más solo cuando sientas que es seguro.',
  'trust-safe-place':
    'La sensación de seguridad suele empezar en el cuerpo. Deja caer los hombros, afloja la mandíbula y observa qué viene después.',
  'trust-small-signs':
    'La confianza crece con cosas pequeñas: una promesa cumplida, una palabra escuchada de verdad. Hoy puedes darte esas mismas señales.',
  'trust-your-signals':
    'Tienes derecho a notar cuando algo no encaja. El malestar trae información, incluso antes de que sepas explicarlo.',
  'trust-one-sentence':
    'Nadie necesita toda tu historia de golpe. Compartir una frase sincera con alguien de confianza ya es un paso real.',
  'trust-steady-ground':
    'Cuando el día se tambalea, busca lo que está firme: la silla que te sostiene, el suelo bajo los pies, la próxima respiración.',
  'trust-own-company':
    'Ser buena compañía para ti es no regañarte por cada tropiezo. Durante la próxima hora, prueba a hablarte con más suavidad.',
  'trust-limits':
    'Decir no a lo que es demasiado también es cuidar tu seguridad. Un límite claro deja sitio a un sí más cálido.',
  'trust-return':
    'La confianza puede doblarse y aun así volver. Tras un desencuentro, recomponerla suele empezar por hablar con sinceridad de lo que falló.',
  'trust-ease-in':
    'Las prisas mantienen el cuerpo en alerta. Haz tus próximos movimientos a la mitad de tu velocidad habitual y observa cómo te sienta.',
  'trust-therapy-bond':
    'La terapia funciona tanto por la relación como por el método. Poder hablar con sinceridad con tu terapeuta es parte de la ayuda.',
  'trust-change-therapist':
    'Si no encajas con tu terapeuta, puedes decírselo o buscar a otra persona. Es normal buscar a alguien con quien conectes.',
  'trust-choose-who':
    'Cada persona puede guardar una parte distinta de tu vida. Elegir quién escucha qué es una forma de cuidarte.',
  'trust-colleague-chat':
    'Unas palabras amables con alguien del equipo sobre algo que no sea trabajo crean la confianza que ayuda en los días duros.',
  'trust-say-what-helps':
    'Quien te quiere no siempre adivina qué te ayudaría. Decirlo claro, «me vendría bien una llamada corta», lo pone más fácil.',
  'trust-own-judgement':
    'Puedes decidir bien sin tener todos los datos. Casi todo se puede ajustar después, y eso hace más fácil confiar en tu criterio.',

  // Escucha activa, a los demás y a ti
  'listening-whole':
    'Escuchar bien es oír el tono y los silencios, no solo las palabras. Pruébalo contigo durante un minuto.',
  'listening-inner':
    'Tu cuerpo te habla mientras trabajas: el cuello tenso, la respiración contenida. Una pausa es la ocasión de escucharlo.',
  'listening-pause':
    'Cuando alguien te hable, deja un breve silencio antes de responder. Lo más importante suele llegar justo después.',
  'listening-no-fixing':
    'No toda preocupación necesita solución. A veces lo más amable es escucharla entera, venga de alguien cercano o de tu propia mente.',
  'listening-inner-tone':
    'Fíjate en cómo suena hoy tu voz interior: ¿con prisa, dura, cansada? Cómo te hablas importa tanto como lo que te dices.',
  'listening-body-cues':
    'Ojos secos, mandíbula apretada, una pierna inquieta: son mensajes. Escucharlos a tiempo cuesta menos que recuperarse después.',
  'listening-curious':
    'La curiosidad hace buenos oyentes. En vez de preguntarte por qué te sientes así, pregúntate qué quiere decirte esa emoción.',
  'listening-one-thing':
    'Prestar toda tu atención es un regalo, y empieza por poco. Durante un minuto, dásela entera a un solo sonido o a una respiración.',
  'listening-quiet':
    'El silencio no tiene por qué estar vacío. En un momento de calma quizá oigas lo que el ajetreo no dejaba oír.',
  'listening-to-eyes':
    'Tus ojos llevan un buen rato trabajando de cerca. Escucharlos puede ser tan simple como mirar por una ventana.',
  'listening-say-back':
    'Repetir con tus palabras lo que alguien ha dicho muestra que le seguías, y le da la ocasión de corregirte.',
  'listening-open-questions': 'Una pregunta como «¿y cómo fue?» abre más espacio que una que se responde con sí o no.',
  'listening-phone-down':
    'Poner el teléfono boca abajo cuando alguien empieza a hablar es una señal pequeña y clara de que tiene tu atención.',
  'listening-not-rehearsing':
    'Cuesta escuchar mientras ensayas tu respuesta. Si te sorprendes planeándola, suéltala y vuelve a lo que te están diciendo.',
  'listening-noise':
    'El ruido constante cansa más de lo que parece. Unos minutos en un sitio más tranquilo, o con tapones, dan descanso a tu oído.',
  'listening-one-song':
    'Una pieza de música que te encante, escuchada con toda tu atención y sin hacer nada más, puede ser una pausa completa.',
  'listening-ask-twice':
    'Cuando alguien del trabajo dice «bien», volver a preguntar, con suavidad e interés real, suele traer una respuesta más sincera.',

  // Afrontar lo difícil
  'coping-small-tools':
    'Afrontar lo difícil no es un gran arreglo. Es un puñado de herramientas pequeñas que puedes usar cualquier tarde.',
  'coping-practice':
    'Una técnica para calmarte funciona mejor si la practicas en los días tranquilos: así la tienes a mano en los difíciles.',
  'coping-long-exhale':
    'Exhalar despacio, un poco más de lo que inhalas, es una de las formas más sencillas de decirle a tu cuerpo que puede aflojar.',
  'coping-senses':
    'Cuando los pensamientos dan vueltas, los sentidos pueden traerte de vuelta. Lo que ves, oyes y tocas está aquí mismo.',
  'coping-move': 'El estrés tiende a acumularse en el cuerpo. Un estiramiento o un paseo corto le dan salida.',
  'coping-right-tool':
    'Ayuda saber qué va bien en cada momento: respirar despacio para la tensión, caminar para la inquietud, una palabra amable para un día bajo.',
  'coping-edge-off': 'Una herramienta no tiene que arreglarlo todo. Suavizar un poco lo que pesa ya cuenta.',
  'coping-rest-eyes':
    'Con los ojos cansados todo parece más difícil. Descansarlos un minuto es una forma pequeña y práctica de cuidarte.',
  'coping-early':
    'Usar una herramienta pronto, cuando el estrés aún es un murmullo y no un rugido, suele costar mucho menos.',
  'coping-experiment':
    'Si una técnica no te ayudó la última vez, puede que otro día sí. Descubrir qué te funciona es un experimento sin prisas.',
  'coping-ask-for-help':
    'Pedir apoyo a un médico, a un terapeuta o a una línea de ayuda es un paso normal y sensato, y no hace falta esperar a una crisis.',
  'coping-park-worry':
    'Apunta esa preocupación que no te suelta y elige un momento para pensarla más tarde. Aparcada ahí, quizá ocupe menos ahora.',
  'coping-cool-water':
    'Echarte agua fresca en las muñecas o en la cara es una forma rápida y física de bajarle la temperatura a un momento de estrés.',
  'coping-hand-on-chest':
    'Apoyar una mano cálida en el pecho o el vientre mientras respiras es una forma sencilla y discreta de reconfortarte.',
  'coping-hour-at-a-time':
    'Un día difícil se puede llevar hora a hora. Por ahora basta con pasar el siguiente tramo; el resto de la semana puede esperar.',
  'coping-if-then':
    'Decidir antes, «si se me encoge el pecho en una reunión, exhalaré más despacio», te deja la herramienta a mano cuando importa.',
  'coping-humour':
    'Un minuto de algo que te haga reír, un vídeo tonto o un recuerdo gracioso, puede aflojar el estrés de un modo que el esfuerzo no consigue.',
  'coping-tidy-corner':
    'Despejar un rincón de tu mesa puede dar una salida útil a la inquietud y dejarte un poco más de espacio para pensar.',
  'coping-by-name':
    'Cuando te atasques, háblate por tu nombre, como a alguien a quien aconsejas. Esa pizca de distancia puede aclarar el problema.',

  // Expresar lo que sientes
  'expression-name-it':
    'Poner nombre a una emoción, aunque sea a grandes rasgos, suele aflojarla. «Siento inquietud» es un buen comienzo.',
  'expression-allowed':
    'Lo que sientes no necesita estar en orden para tener sitio. Deja que esté aquí durante unas respiraciones.',
  'expression-mixed':
    'Puedes sentir varias cosas a la vez: alivio y tristeza, orgullo y preocupación. Todo puede ser verdad al mismo tiempo.',
  'expression-words-later':
    'Si aún no salen las palabras, no pasa nada. Una emoción se puede notar en el cuerpo antes de poder nombrarla.',
  'expression-write':
    'Escribir lo que sientes, aunque sea en tres palabras, le da una forma que puedes mirar en vez de cargar con ella.',
  'expression-body-first':
    'Las emociones suelen asomar antes en el cuerpo: pecho encogido, mejillas calientes, brazos pesados. Notar dónde es una forma de escucharlas.',
  'expression-share':
    'Para contar cómo te sientes no hacen falta palabras perfectas. «Hoy está siendo un día duro» ya dice mucho.',
  'expression-let-move':
    'Algunas emociones piden moverse. Sacudir las manos o soltar un largo suspiro puede ayudar a que pasen un poco.',
  'expression-weather':
    'Una emoción no es un veredicto sobre quién eres. Se parece más a un nublado que pasa, y puedes observarla sin juzgarla.',
  'expression-no-apology':
    'La risa, las lágrimas y los suspiros son formas de expresar lo que llevas dentro. Ninguna necesita disculpa.',
  'expression-without-words':
    'Las emociones también pueden salir en un garabato, una melodía tarareada o unos minutos de dibujo, no solo en palabras.',
  'expression-anger':
    'El enfado suele señalar algo que te importa, como la justicia. Preguntarte qué protege puede ayudar más que tragártelo.',
  'expression-good-news':
    'Lo bueno también merece decirse en voz alta. Contarle a alguien algo pequeño que salió bien te deja disfrutarlo dos veces.',
  'expression-i-feel':
    'Empezar por «me siento» y no por «tú siempre» ayuda a que la otra persona pueda escucharte en una conversación difícil.',
  'expression-choose-when':
    'No tienes que expresar cada emoción en cuanto llega. Elegir cuándo y dónde hacerlo también es una forma de respetarla.',
  'expression-thank':
    'Un agradecimiento concreto, que diga lo que alguien hizo y cómo te ayudó, dice mucho más que un «gracias» rápido.',

  // Metas que encajan con tus valores
  'goals-values': 'Una meta que encaja con tus valores tira de ti. Una que solo encaja con los demás suele empujarte.',
  'goals-small-step':
    'Los grandes propósitos se hacen realidad a pasos pequeños. ¿Qué paso, lo bastante pequeño, podrías dar hoy?',
  'goals-why': 'Cuando una meta pese, recuerda por qué te importa. El motivo suele pesar menos que la tarea.',
  'goals-tired-day':
    'Una meta que puedes alcanzar incluso en un día de cansancio vale más que una que solo funciona en tu mejor día.',
  'goals-your-own':
    'Pregúntate si una meta es de verdad tuya. Si la seguirías queriendo sin que nadie mirara, seguramente encaja con tus valores.',
  'goals-not-straight':
    'El progreso casi nunca es una línea recta. Una semana más lenta también puede llevarte hacia lo que te importa.',
  'goals-rest-counts': 'Descansar es parte de llegar a una meta, no un desvío. Esta pausa también te hace avanzar.',
  'goals-compass':
    'Los valores son como una brújula, y las metas, como paradas en el camino. Si te saltas una parada, la dirección sigue ahí.',
  'goals-together':
    'Las metas pensadas con alguien que escucha suelen ser más amables y realistas. ¿Con quién podrías hablar de las tuyas?',
  'goals-notice-done':
    'Antes de la siguiente tarea, fíjate en algo que ya has hecho hoy. Los pasos terminados merecen un momento de atención.',
  'goals-one-priority':
    'Si hoy tienes demasiados frentes, elige el que más cambiaría las cosas y deja que lo demás espere su turno.',
  'goals-good-enough':
    'Lo bastante bueno suele ser el listón adecuado. Guardar tu mejor esfuerzo para lo que más cuenta te ahorra energía para después.',
  'goals-define-done':
    'Una meta es más fácil de empezar si sabes qué significa terminarla. Prueba a describir en una línea el resultado final.',
  'goals-adjust':
    'Cambiar una meta que ya no encaja no es rendirse. Es corregir el rumbo con lo que has aprendido por el camino.',
  'goals-enjoy-doing':
    'Algunos propósitos valen tanto por el camino como por la llegada. ¿Hay algo en la tarea que tienes delante que se disfrute por sí mismo?',
  'goals-own-pace':
    'El ritmo de otra persona no dice nada del tuyo. Su punto de partida, su carga y su camino son distintos de los tuyos.',

  // Mirar atrás con amabilidad
  'past-kindness': 'Mirar atrás ayuda más si se hace con amabilidad: entendiste las cosas con lo que sabías entonces.',
  'past-patterns':
    'Las reacciones antiguas solían tener sentido en su momento. Ver de dónde viene una es el primer paso para elegir de nuevo.',
  'past-then-now':
    'Miras atrás sabiendo más que entonces. Juzga a quien eras por lo que podía ver en aquel momento, no por lo que ves ahora.',
  'past-small-pieces':
    'Algunos recuerdos pesan demasiado para revisarlos a solas en el trabajo. Puedes apartar uno hasta que alguien de confianza te acompañe.',
  'past-here-now':
    'Cuando un recuerdo antiguo tire de ti, siente los pies en el suelo. El pasado es parte de tu historia, y tú estás aquí, ahora.',
  'past-came-through': 'Piensa en algo difícil que ya has superado. Lo que te sirvió entonces sigue a tu alcance.',
  'past-no-blame':
    'Entender por qué reaccionas de cierta manera no es buscar culpables. Es tener un poco más de margen la próxima vez.',
  'past-as-a-friend':
    'Imagina que alguien a quien quieres te cuenta ese mismo error de siempre. Seguramente serías amable. Tú también lo mereces.',
  'past-body-remembers':
    'A veces el cuerpo recuerda antes que la mente. Si la tensión aparece de la nada, una respiración lenta puede abrirle espacio.',
  'past-good-moments':
    'Mirar atrás no es solo volver a lo difícil. Recuerda un momento que salió bien y vuelve a sentirlo durante una respiración.',
  'past-lessons':
    'Piensa en algo que hoy llevas mejor que hace un año. El cambio lento pasa desapercibido hasta que lo buscas.',
  'past-who-helped':
    'Recuerda a alguien que te ayudó en el camino, aunque fuera en algo pequeño. Parte de quien eres hoy creció de lo que te dio.',
  'past-replay-loop':
    'Darle vueltas a un recuerdo una y otra vez no es reflexionar sobre él. Si notas ese bucle, sal de él y ocupa las manos en algo.',
  'past-old-pleasures':
    'Algo que te encantaba hacer hace años, como dibujar, la música o un deporte, quizá siga esperando diez minutos de tu tiempo.',
  'past-versions':
    'Un recuerdo es una versión, no una grabación. Otra persona que estuvo allí puede recordarlo distinto sin que ninguno se equivoque.',
  'past-let-go':
    'Soltar un viejo rencor es algo que haces por tu propia paz, a tu ritmo. No significa que lo que pasó estuviera bien.',

  // Llevarlo al día a día
  'daily-practice':
    'El crecimiento ocurre entre los grandes momentos: en pequeñas pausas como esta, repetidas día tras día.',
  'daily-carry':
    'Lo que te ayuda en un minuto tranquilo puede acompañarte a la próxima reunión, al próximo correo, al día siguiente.',
  'daily-anchor-habit':
    'Un hábito arraiga mejor si lo unes a algo que ya haces. Una respiración lenta cada vez que abres el correo ya es un comienzo.',
  'daily-no-finish-line':
    'Cuidar tu mente es algo continuo, como cuidar tu cuerpo. No hay línea de meta, solo la siguiente elección amable.',
  'daily-pleasant-thing':
    'Fíjate cada día en algo agradable: una bebida caliente, una buena canción, un trozo de cielo. Tu atención irá aprendiendo a encontrarlo.',
  'daily-check-in':
    'Preguntarte varias veces al día cómo estás y qué necesitas evita que los pequeños problemas crezcan en silencio.',
  'daily-stand-up':
    'Tu cuerpo está hecho para moverse a lo largo del día. Levantarte entre tarea y tarea es una pequeña forma de respetarlo.',
  'daily-look-far':
    'Cada rato frente a la pantalla puede incluir unos segundos mirando a lo lejos. Es un hábito fácil de mantener.',
  'daily-pick-up-again':
    'Saltarte un día de práctica no cambia nada importante. Puedes retomarla sin más, como estás haciendo ahora.',
  'daily-heard':
    'La escucha que practicas contigo se contagia. La próxima persona con la que hables quizá se sienta un poco más escuchada.',
  'daily-walk-between':
    'Un paseo corto entre tareas deja que la anterior se asiente antes de empezar la siguiente, y de paso descansa la vista.',
  'daily-daylight':
    'La luz del día ayuda a regular tu reloj interno y puede animarte. Unos minutos temprano, fuera o junto a una ventana, valen la pena.',
  'daily-water':
    'La sed puede aparecer como cansancio o cabeza embotada antes de notarse como sed. Un vaso de agua es un buen comienzo.',
  'daily-posture':
    'Revisa tu postura: espalda apoyada, hombros bajos, pies en el suelo, borde superior de la pantalla a la altura de los ojos o justo debajo.',
  'daily-one-task':
    'Saltar de una tarea a otra cuesta más de lo que parece. Durante la próxima media hora, ten una sola cosa abierta y termínala.',
  'daily-notifications':
    'Cada aviso tira de tu atención. Silenciar las notificaciones una hora, o mirar los mensajes a horas fijas, te ayuda a concentrarte.',
  'daily-wind-down':
    'Un pequeño ritual al acabar, como apuntar la primera tarea de mañana y apagar el equipo, ayuda a que la jornada termine de verdad.',
  'daily-screens-sleep':
    'Las pantallas brillantes a última hora pueden retrasar el sueño. Bajar el brillo, o dejar el teléfono en otra habitación, ayuda a dormirse.',
  'daily-lunch-away': 'Comer lejos de tu mesa y saborear de verdad lo que comes te da a la vez alimento y una pausa.',
  'daily-reach-out':
    'Mandar un mensaje corto a alguien de quien no sabes hace tiempo lleva un minuto y puede alegrar el día de los dos.',
  'daily-kind-act':
    'Tener un pequeño gesto amable con alguien, como prepararle algo de beber, suele alegrarte el día también a ti.',
};
