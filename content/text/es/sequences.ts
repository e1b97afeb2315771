/** The sequences' own words in Spanish, by id (content/sequences.ts); their steps are their parts'. */
export const SEQUENCES_ES: Readonly<Record<string, { title: string; purpose: string; caution?: string }>> = {
  'three-minute-eye-break': {
    title: 'Pausa para ojos y hombros',
    purpose: 'Mira a lo lejos, afloja el cuello y los hombros y luego descansa los ojos a oscuras.',
    caution: 'Muévete con suavidad y sáltate lo que duela. Quítate antes las gafas y no presiones nunca los ojos.',
  },
  'three-minute-next-step': {
    title: 'Un paso y a respirar',
    purpose: 'Encuentra un pequeño paso que podrías dar hoy y luego respira despacio con el vientre un minuto.',
  },
  'three-minute-listen-and-breathe': {
    title: 'Escuchar y respirar',
    purpose: 'Escucha tu respiración tal como es y luego deja que se vuelva un poco más lenta.',
  },
  'five-minute-screen-break': {
    title: 'Pausa de pantalla',
    purpose: 'Descansa los ojos, afloja el cuello y los hombros y luego respira despacio, con el vientre.',
  },
  'five-minute-kind-word': {
    title: 'Una palabra amable y a respirar',
    purpose: 'Dedícate una palabra amable y luego respira despacio y con fluidez unos minutos.',
  },
  'five-minute-sounds-and-breath': {
    title: 'Sonidos y respiración',
    purpose: 'Escucha los sonidos a tu alrededor, luego tu respiración, y después hazla un poco más lenta.',
  },
  'ten-minute-reset': {
    title: 'Diez minutos para reponerte',
    purpose: 'Vuelve al presente con los sentidos, afloja el cuello y los hombros y luego respira despacio.',
  },
  'ten-minute-anchor': {
    title: 'Diez minutos de anclaje',
    purpose: 'Recupera el equilibrio cuando todo te desborda, estírate un poco y respira con fluidez.',
  },
  'ten-minute-unwind': {
    title: 'Diez minutos para soltar',
    purpose: 'Siente el suelo, tensa y suelta cada zona por turnos y luego respira con fluidez.',
  },
  'ten-minute-lift': {
    title: 'Luz del día y una palabra amable',
    purpose: 'Recupera el equilibrio, pasea un poco a la luz del día y luego dedícate una palabra amable.',
  },
  'ten-minute-lift-seated': {
    title: 'Luz del día y una palabra amable, versión sentada',
    purpose: 'Recupera el equilibrio, muévete con suavidad junto a una ventana, respira y dedícate una palabra amable.',
  },
  'ten-minute-walk-and-breathe': {
    title: 'Caminar y respirar',
    purpose: 'Unas respiraciones tranquilas, un paseo corto, soltar cuello y hombros y luego respiración lenta.',
  },
  'ten-minute-move-and-breathe': {
    title: 'Moverse y respirar, versión sentada',
    purpose: 'Unas respiraciones tranquilas, una marcha sentada, soltar cuello y hombros y luego respiración lenta.',
  },
  'ten-minute-eye-rest': {
    title: 'Diez minutos para ojos cansados',
    purpose: 'Acomódate, estírate en el asiento, descansa bien los ojos y luego escucha un minuto.',
  },
  'twenty-minute-reset': {
    title: 'Veinte minutos para reponerte',
    purpose: '5-4-3-2-1 lento, tensar y soltar, respiración lenta y luego capas de sonido.',
  },
  'twenty-minute-unwind': {
    title: 'Veinte minutos para soltar',
    purpose: 'Siente el suelo, afloja manos, cuello y hombros, recorre tu cuerpo y luego respira despacio.',
    caution:
      'Muévete con suavidad y sáltate lo que duela. Si lo prefieres, deja los ojos abiertos. Si te mareas, detente.',
  },
  'twenty-minute-lift': {
    title: 'Luz del día, respiración y una canción',
    purpose: 'Un paseo a la luz del día, respiración lenta, una canción y una palabra amable para terminar.',
  },
  'twenty-minute-lift-seated': {
    title: 'Luz, respiración y una canción, versión sentada',
    purpose:
      'Movimiento suave junto a una ventana luminosa, respiración lenta, una canción y una palabra amable al final.',
  },
  'twenty-minute-walk-and-listen': {
    title: 'Caminar, estirarse y escuchar',
    purpose: 'Estírate, camina para soltar la inquietud, tensa y suelta, y luego escucha un rato.',
    caution:
      'Camina, muévete y tensa con suavidad, saltándote lo que duela, y sigue respirando. Si te mareas, detente.',
  },
  'twenty-minute-move-and-listen': {
    title: 'Moverse, estirarse y escuchar, versión sentada',
    purpose: 'Marcha y estiramiento en el asiento, tensar y soltar, y luego escuchar un rato.',
    caution: 'Muévete y tensa con suavidad, saltándote lo que duela, y sigue respirando. Si te mareas, detente.',
  },
  'twenty-minute-rest': {
    title: 'Veinte minutos de descanso',
    purpose: 'Acomódate, estírate, descansa los ojos y recorre despacio el cuerpo, de los pies a la cara.',
    caution:
      'Muévete con suavidad y sáltate lo que duela. No presiones nunca los ojos y, si prefieres, no los cierres.',
  },
};
