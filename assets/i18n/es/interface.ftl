# La interfaz del atlas en español. Mismos identificadores de mensaje que el archivo inglés
# (`ssc-atlas validate` señala los que falten). Sintaxis Fluent:
# https://projectfluent.org/fluent/guide/
# Plurales: categorías CLDR del español (one, many, other); *[other] cubre many.

language-name = Español
number-decimal-separator = ,

## Dates
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
# "15 de junio de 1964"
date-day = { $day } de { $month } de { $year }
# "junio de 1964"
date-month = { $month } de { $year }

## Top bar (desk)
app-title = Atlas de la Cooperación Sur-Sur
top-counts = { $events } eventos · { $organizations } organizaciones
top-reset-view = Restablecer vista
top-reset-view-hint = O haga doble clic en el mapa
top-panel = Panel
top-panel-hint = Mostrar u ocultar el panel lateral
top-plots = Gráficos
top-plots-hint = Mostrar u ocultar los gráficos
top-dark = Oscuro
top-dark-hint = Tema oscuro para proyectores y salas con poca luz
top-language = Idioma
top-language-hint = El idioma del atlas
top-edit-not-shown = { $errors ->
    [one] Cambio no mostrado: { $errors } error
   *[other] Cambio no mostrado: { $errors } errores
}
top-data-problems = { $count ->
    [one] { $count } problema en los datos
   *[other] { $count } problemas en los datos
}
top-data-problems-hint = Lo que `ssc-atlas validate` encuentra en la carpeta de datos; haga clic para ver la lista

## Year slider
slider-play = Reproducir
slider-pause = Pausa
slider-play-hint = Espacio
slider-speed = Velocidad
slider-speed-hint = Velocidad de reproducción en años por segundo
# { $speed } es 0.5, 1, 2 …
slider-speed-option = { $speed } año/s
slider-year = Año
slider-track-hint = Arrastre o haga clic para elegir el año. Con el teclado: Izquierda y Derecha avanzan un año; RePág y AvPág saltan a los años con eventos.

## Kiosk
kiosk-invitation = Toque para explorar
kiosk-still-exploring = ¿Sigue explorando?
kiosk-starts-over = El atlas se reinicia en { $seconds } s
kiosk-keep-exploring = Seguir explorando
kiosk-pin-title = PIN del personal
kiosk-pin-type = Escriba el PIN
kiosk-pin-wrong = PIN incorrecto
kiosk-pin-digits = { $count ->
    [one] { $count } dígito escrito
   *[other] { $count } dígitos escritos
}
kiosk-pin-cancel = Cancelar
kiosk-attract-hint = Toque en cualquier lugar para explorar

## Side panel
panel-organizations = Organizaciones
# { $date } es una fecha larga: "31 de diciembre de 1964"
panel-members-on = Miembros al { $date }
panel-find = Buscar
panel-find-hint = nombre o sigla
panel-no-match = Ninguna organización se llama «{ $query }».
# "Regionales · 12 en 1964"
panel-group-heading = { $heading } · { $count } en { $year }
panel-group-others = { $count } más, ausentes en { $year }
panel-founded = fundación: { $date }
panel-founded-in = fundación: { $date }, { $city }
panel-in-force = en vigor desde { $date }
panel-ended = fin: { $date }
panel-ended-continued = fin: { $date }; continuada por { $successor }
panel-counts-only = Solo se conocen cifras de miembros con fuente, no la lista de miembros, por lo que el mapa no puede marcar sus miembros.
panel-count-source = Cifra: { $source }
panel-field = Ámbito de cooperación
kind-regional = Regionales
kind-political = Políticas
kind-commodity = Productores de materias primas
kind-economic = Económicas
kind-financial = Financieras
kind-other = Otras
count-from = desde { $year }
count-ended = fin en { $year }
count-latest-known = en { $year }, última conocida
count-not-known = cifra desconocida
count-detail-latest = No se conoce ninguna cifra para { $year }; la última cifra con fuente es de { $count } miembros en { $known }.
count-detail-first = No se conoce ninguna cifra para { $year }; la primera cifra con fuente es de { $count } miembros en { $known }.
count-detail-none = No hay cifra de miembros con fuente.

## Fields of cooperation
field-all = todos los ámbitos
field-trade = comercio
field-finance = finanzas
field-industry = industria
field-agriculture = agricultura
field-technology = tecnología
field-shipping = transporte marítimo
field-energy = energía
field-food = alimentación
field-political = política
field-security = seguridad
field-culture = cultura

## Cards
card-hint = Seleccione una ciudad sede o un país en el mapa para leer su historia y sus fuentes.
card-no-event = No existe el evento «{ $id }»
card-close = Cerrar
card-kind-numbered = { $kind } · n.º { $number } de su serie
card-participants = { $count ->
    [one] { $count } Estado participante
   *[other] { $count } Estados participantes
}
card-show-on-map = Mostrar { $name } en el mapa
card-fields = Ámbitos: { $fields }
card-sources-differ = Las fuentes difieren
card-also-in = También en { $city }
card-today = hoy: { $name }
card-independent = independiente
card-administered-by = territorio administrado por { $power }
card-dependent = territorio dependiente
card-part-of = parte de { $state }
# "En 1960: independiente"
card-status-in = En { $year }: { $status }
card-memberships = Membresías
card-no-memberships = No es miembro de ninguna organización del atlas.
card-hosted = Acogió
card-member-since = desde { $joined }
card-member-by = miembro ya en { $joined } (fecha de ingreso desconocida)
card-member-by-until = miembro ya en { $joined } (fecha de ingreso desconocida)–{ $left }
card-member-as = como { $name }
card-associate = asociado
card-observer = observador
card-suspended = suspendido { $from }–{ $until }
figures-heading = El panorama a finales de 1984
figures-atlas-holds = este atlas recoge { $count } existentes a finales de { $year }
figures-source = Fuente

## Event kinds
event-kind-conference = conferencia
event-kind-summit = cumbre
event-kind-ministerial = reunión ministerial
event-kind-founding = fundación
event-kind-declaration = declaración
event-kind-agreement = acuerdo
event-kind-institution = institución

## Map
tooltip-here = aquí: { $name } (hoy { $today })
tooltip-member-since = { $name } desde { $year }
tooltip-click-details = Haga clic para ver detalles
tooltip-click-card = Haga clic para abrir la ficha
# "territorio administrado por Francia, hasta 3 de julio de 1962"
tooltip-until = { $status }, hasta { $date }
note-new-states = Nuevos Estados en { $year }: { $names }
note-counts-only = { $count ->
    [one] { $names }: el atlas solo tiene cifras de miembros, no una lista de miembros que dibujar
   *[other] { $names }: el atlas solo tiene cifras de miembros, no listas de miembros que dibujar
}

## Plots
plot-decolonization = Nuevos Estados y agrupaciones del Sur
plot-decolonization-hint = Línea negra: cuántos de los países descolonizados o renombrados del atlas eran independientes. Líneas de color: miembros del G77 y del Movimiento de Países No Alineados, contados a partir de las listas de miembros del atlas; puntos: las cifras publicadas por las fuentes.
plot-independent = independientes (historias del atlas)
plot-members-of = miembros de { $name }
plot-published-count = cifra publicada
plot-published-count-of = { $name } (cifra publicada)
plot-axis-states = Estados
# La segunda línea de un texto emergente: "60 en 1970"
plot-hover-count-in = { $count } en { $year }
plot-members = Miembros a lo largo del tiempo
plot-members-hint = Cifras de miembros en escala logarítmica, para que los pequeños organismos regionales sigan siendo legibles junto a la ONU y la UNCTAD. Líneas gruesas: las organizaciones seleccionadas. Líneas tenues: todas las demás; pase el cursor sobre una para ver su nombre y haga clic para seleccionarla.
plot-sourced-count = cifra con fuente
plot-sourced-count-of = { $name } (cifra con fuente)
plot-others = otras (pase el cursor para ver el nombre)
plot-others-regional = otros organismos regionales (pase el cursor para ver el nombre)
plot-others-political = otros organismos políticos (pase el cursor para ver el nombre)
plot-others-commodity = otros organismos de productores (pase el cursor para ver el nombre)
plot-others-economic = otros organismos económicos (pase el cursor para ver el nombre)
plot-others-financial = otros organismos financieros (pase el cursor para ver el nombre)
plot-axis-members = miembros (escala log.)
plot-hover-sourced = { $count } miembros en { $year } (cifra con fuente)
plot-hover-members = { $count } miembros en { $year }
plot-members-empty = Marque organizaciones en la lista para comparar sus miembros
plot-events = Eventos por año
plot-events-field = Eventos por año ({ $field })
plot-axis-events = eventos
plot-hover-events = { $kind }: { $count }
card-sources = Fuentes
map-name = Mapa del mundo

## Share and Export (desk)
share = Compartir
share-hint = Copie o guarde la tabla de esta vista, o envíe la vista
share-table = La tabla de esta vista
# { $years } es "1975" o "1945–1975"
share-events-of = Eventos de { $years }
share-events-of-field = Eventos de { $years } ({ $field })
share-members-none = Miembros: seleccione antes una organización
share-members-of = Miembros de { $names } al { $date }
share-series = Series de los gráficos (miembros por año, nuevos Estados, eventos por año)
share-copy-members = Copiar miembros
share-copy-events = Copiar eventos
share-copy-series = Copiar series
share-copy-hint = Como texto separado por tabulaciones: péguelo en una hoja de cálculo
share-save-members = Guardar miembros (CSV)
share-save-events = Guardar eventos (CSV)
share-save-series = Guardar series (CSV)
share-save-hint = Un archivo CSV (UTF-8) en { $folder }
share-view = Esta vista
share-view-parts = Año, organizaciones, ámbito, cámara, ficha abierta, tema y paneles
share-copy-command = Copiar línea de comandos
share-copy-command-hint = ssc-atlas --year … --select … --view …: péguela en un terminal o en un correo
share-copy-view = Copiar archivo de vista
share-copy-view-hint = La vista en JSON: guárdela como VIEW.json y ábrala con --open VIEW.json
share-save-view = Guardar archivo de vista
share-save-view-hint = Un archivo de vista en la carpeta de exportación; una lista de ellos forma una historia (story-from-views)
share-files-go-to = Los archivos se guardan en { $folder }
share-dismiss = Cerrar
export = Exportar
export-picture = Guardar imagen
export-picture-hint = La vista en PNG al tamaño de la ventana, con una franja de leyenda
export-picture-at = Guardar imagen a { $width }×{ $height }
export-picture-at-hint = Se vuelve a dibujar a ese tamaño, no se amplía
export-plot-members = Guardar gráfico de miembros
export-plot-independence = Guardar gráfico de Estados independientes
export-plot-events = Guardar gráfico de eventos
export-story-gif = Exportar historia como GIF
export-cancel = Cancelar
export-ok = Aceptar
export-ok-hint = Ocultar este mensaje

## Pictures: caption strip and poster
caption-none = ninguna organización seleccionada
caption-sources = Fuentes: { $list }
caption-more = +{ $count } más
caption-map = Mapa: { $source }
legend-founded = fundada en { $year }
legend-ended = disuelta en { $year }
poster-title-world = El mundo en { $year }
poster-title-one = { $name } en { $year }
poster-title-many = { $names } y { $last } en { $year }
poster-subtitle-world = Estados independientes y territorios al { $date }
poster-subtitle-members = Miembros al { $date }: { $names }
poster-both = miembros de ambos ({ $first } y { $second })
poster-other-states = otros Estados independientes
poster-territories = territorios aún no independientes

## Keyboard shortcuts window
keys-title = Atajos de teclado
keys-desk = En el puesto de consulta
keys-map = En el mapa
keys-presentation = Al presentar una historia
keys-desk-1-key = Tab, Mayús+Tab
keys-desk-1 = Moverse entre los controles y el mapa
keys-desk-2-key = Izquierda, Derecha
keys-desk-2 = Año anterior o siguiente
keys-desk-3-key = RePág, AvPág
keys-desk-3 = Año anterior o siguiente con eventos
keys-desk-4-key = Espacio
keys-desk-4 = Reproducir o pausar (o pulsar el botón con el foco)
keys-desk-5-key = Esc
keys-desk-5 = Cerrar la ficha (o salir del control con el foco, o cerrar esta ventana)
keys-desk-6-key = Ctrl+S
keys-desk-6 = Guardar una imagen de la vista
keys-desk-7-key = F12
keys-desk-7 = Mostrar u ocultar los tiempos de fotograma
keys-desk-8-key = {"?"}
keys-desk-8 = Mostrar u ocultar estos atajos
keys-map-1-key = Izquierda, Derecha
keys-map-1 = Evento anterior o siguiente del año
keys-map-2-key = Arriba, Abajo
keys-map-2 = País anterior o siguiente (por orden alfabético)
keys-map-3-key = Una letra
keys-map-3 = Siguiente país cuyo nombre empieza por esa letra
keys-map-4-key = Intro, Espacio
keys-map-4 = Abrir la ficha del evento o del país
keys-map-5-key = Esc
keys-map-5 = Cerrar la ficha; otra vez para salir del mapa
keys-map-6-key = RePág, AvPág
keys-map-6 = Año anterior o siguiente con eventos
keys-present-1-key = Derecha, Abajo, AvPág, Espacio, Intro
keys-present-1 = Paso siguiente
keys-present-2-key = Izquierda, Arriba, RePág, Retroceso
keys-present-2 = Paso anterior
keys-present-3-key = Inicio, Fin
keys-present-3 = Primer o último paso
keys-present-4-key = 1 a 9
keys-present-4 = Ir a ese paso
keys-present-5-key = B
keys-present-5 = Pantalla en negro, y volver
keys-present-6-key = Esc
keys-present-6 = Salir de pantalla completa (o cerrar esta ventana)
keys-present-7-key = Ctrl+S
keys-present-7 = Guardar una imagen de la vista
keys-present-8-key = Ctrl+E
keys-present-8 = Guardar la historia como GIF animado
keys-present-9-key = {"?"}
keys-present-9 = Mostrar u ocultar estos atajos

## Map: keyboard and screen readers
tooltip-enter-details = Intro para ver detalles
tooltip-enter-card = Intro abre la ficha
access-map-hint = Tab para llegar al mapa; luego: Izquierda y Derecha recorren los eventos del año, Arriba y Abajo los países, una letra lleva a un país que empieza por ella; Intro abre su ficha, Esc la cierra.
access-events-in = Eventos en { $year }
access-members-in = { $name }: miembros en { $year }
access-suspended = { $name } (membresía suspendida)
access-not-founded = No se fundó hasta { $year }
access-dissolved = Disuelta en { $year }
access-no-members = No hay miembros registrados para este año
access-latest-count = { $count } miembros en { $year }, la última cifra que tiene el atlas; sin lista de miembros
access-count-only = { $count } miembros en { $year }; el atlas solo tiene cifras, no una lista de miembros
access-no-count = Ni cifra ni lista de miembros para este año
access-year = { $year }: { $events ->
    [0] ningún evento
    [one] { $events } evento
   *[other] { $events } eventos
}, { $states ->
    [0] ningún nuevo Estado
    [one] { $states } nuevo Estado
   *[other] { $states } nuevos Estados
}
access-part-of = { $name } (parte de { $state })

## Display menu and the selection's limit
top-display = Pantalla
display-light = Claro
display-light-hint = El tema claro
display-high-contrast = Alto contraste
display-high-contrast-hint = Negro sobre blanco con bordes marcados
display-reduced-motion = Movimiento reducido
display-reduced-motion-hint = Los pasos de una historia cambian de vista sin mover la cámara
display-text-size = Tamaño del texto { $percent } %
display-smaller = Más pequeño
display-larger = Más grande
display-reset = Restablecer
panel-selection-full = Como máximo { $count } organizaciones a la vez, para que cada una conserve su color. Desmarque una primero.
