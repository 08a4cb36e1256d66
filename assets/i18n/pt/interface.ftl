# A interface do atlas em português. Mesmos ids de mensagem do arquivo em inglês
# (`ssc-atlas validate` aponta os que faltarem). Sintaxe Fluent:
# https://projectfluent.org/fluent/guide/
# Plurais: categorias CLDR do português, one (0 e 1) e other.

language-name = Português
# Entre a parte inteira de um número e a decimal ("0,5").
number-decimal-separator = ,

## Datas
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
# "15 de junho de 1964"
date-day = { $day } de { $month } de { $year }
# "junho de 1964"
date-month = { $month } de { $year }

## Barra superior (mesa)
app-title = Atlas da Cooperação Sul-Sul
top-counts = { $events } eventos · { $organizations } organizações
top-reset-view = Redefinir vista
top-reset-view-hint = Ou clique duas vezes no mapa
top-panel = Painel
top-panel-hint = Mostrar ou ocultar o painel lateral
top-plots = Gráficos
top-plots-hint = Mostrar ou ocultar os gráficos
top-dark = Escuro
top-dark-hint = Tema escuro para projetores e salas com pouca luz
top-language = Idioma
top-language-hint = O idioma do atlas
top-edit-not-shown = { $errors ->
    [one] Edição não exibida: { $errors } erro
   *[other] Edição não exibida: { $errors } erros
}
top-data-problems = { $count ->
    [one] { $count } problema nos dados
   *[other] { $count } problemas nos dados
}
top-data-problems-hint = O que `ssc-atlas validate` encontra na pasta de dados; clique para ver a lista

## Controle de anos
slider-play = Reproduzir
slider-pause = Pausar
slider-play-hint = Espaço
slider-speed = Velocidade
slider-speed-hint = Velocidade de reprodução em anos por segundo
# { $speed } é 0,5, 1, 2 …
slider-speed-option = { $speed } ano/s
slider-year = Ano
slider-track-hint = Arraste ou clique para escolher o ano. No teclado: Esquerda e Direita avançam um ano; Page Up e Page Down saltam para os anos com eventos.

## Quiosque
kiosk-invitation = Toque para explorar
kiosk-still-exploring = Ainda está explorando?
kiosk-starts-over = O atlas recomeça em { $seconds } s
kiosk-keep-exploring = Continuar explorando
kiosk-pin-title = PIN da equipe
kiosk-pin-type = Digite o PIN
kiosk-pin-wrong = PIN incorreto
kiosk-pin-digits = { $count ->
    [one] { $count } dígito digitado
   *[other] { $count } dígitos digitados
}
kiosk-pin-cancel = Cancelar
kiosk-attract-hint = Toque em qualquer lugar para explorar

## Painel lateral
panel-organizations = Organizações
# { $date } é uma data por extenso: "31 de dezembro de 1964"
panel-members-on = Membros em { $date }
panel-find = Pesquisar
panel-find-hint = nome ou sigla
panel-no-match = Nenhuma organização se chama “{ $query }”.
# "Regionais · 12 em 1964"
panel-group-heading = { $heading } · { $count } em { $year }
panel-group-others = mais { $count }, inexistentes em { $year }
panel-founded = fundada em { $date }
panel-founded-in = fundada em { $date }, { $city }
panel-in-force = em vigor desde { $date }
panel-ended = extinta em { $date }
panel-ended-continued = extinta em { $date }; sucedida por { $successor }
panel-counts-only = Só se conhecem contagens de membros com fonte, não a lista de membros, por isso o mapa não pode destacar os membros.
panel-count-source = Contagem: { $source }
panel-field = Área de cooperação
kind-regional = Regionais
kind-political = Políticas
kind-commodity = Produtores de matérias-primas
kind-economic = Econômicas
kind-financial = Financeiras
kind-other = Outras
count-from = desde { $year }
count-ended = extinta em { $year }
count-latest-known = em { $year }, último dado
count-not-known = contagem desconhecida
count-detail-latest = Não há contagem para { $year }; a última contagem com fonte é de { $count } membros em { $known }.
count-detail-first = Não há contagem para { $year }; a primeira contagem com fonte é de { $count } membros em { $known }.
count-detail-none = Nenhuma contagem de membros com fonte.

## Áreas de cooperação
field-all = todas as áreas
field-trade = comércio
field-finance = finanças
field-industry = indústria
field-agriculture = agricultura
field-technology = tecnologia
field-shipping = transporte marítimo
field-energy = energia
field-food = alimentação
field-political = política
field-security = segurança
field-culture = cultura

## Fichas
card-hint = Selecione uma cidade-sede ou um país no mapa para ler sua história e suas fontes.
card-no-event = Nenhum evento “{ $id }”
card-close = Fechar
card-kind-numbered = { $kind } · nº { $number } da série
card-participants = { $count ->
    [one] { $count } Estado participante
   *[other] { $count } Estados participantes
}
card-show-on-map = Mostrar { $name } no mapa
card-fields = Áreas: { $fields }
card-sources-differ = As fontes divergem
card-also-in = Também em { $city }
card-today = hoje: { $name }
card-independent = independente
card-administered-by = território administrado por { $power }
card-dependent = território dependente
card-part-of = parte de { $state }
# "Em 1960: independente"
card-status-in = Em { $year }: { $status }
card-memberships = Filiações
card-no-memberships = Não é membro de nenhuma organização do atlas.
card-hosted = Sediou
card-member-since = desde { $joined }
card-member-by = membro já em { $joined } (data de adesão desconhecida)
card-member-by-until = membro já em { $joined } (data de adesão desconhecida)–{ $left }
card-member-as = como { $name }
card-associate = associado
card-observer = observador
card-suspended = suspenso { $from }–{ $until }
figures-heading = O panorama no fim de 1984
figures-atlas-holds = este atlas registra { $count } existentes no fim de { $year }
figures-source = Fonte

## Tipos de evento
event-kind-conference = conferência
event-kind-summit = cúpula
event-kind-ministerial = reunião ministerial
event-kind-founding = fundação
event-kind-declaration = declaração
event-kind-agreement = acordo
event-kind-institution = instituição

## Mapa
tooltip-here = aqui: { $name } (hoje { $today })
tooltip-member-since = { $name } desde { $year }
tooltip-click-details = Clique para ver detalhes
tooltip-click-card = Clique para abrir a ficha
# "território administrado pela França, até 3 de julho de 1962"
tooltip-until = { $status }, até { $date }
note-new-states = Novos Estados em { $year }: { $names }
note-counts-only = { $count ->
    [one] { $names }: o atlas só tem contagens de membros, nenhuma lista de membros para desenhar
   *[other] { $names }: o atlas só tem contagens de membros, nenhuma lista de membros para desenhar
}

## Gráficos
plot-decolonization = Novos Estados e os agrupamentos do Sul
plot-decolonization-hint = Linha preta: quantos dos países descolonizados ou renomeados do atlas eram independentes. Linhas coloridas: membros do G77 e do Movimento dos Países Não Alinhados contados a partir das listas de membros do atlas; pontos: as contagens publicadas pelas fontes.
plot-independent = independentes (histórias do atlas)
plot-members-of = membros de { $name }
plot-published-count = contagem publicada
plot-published-count-of = { $name } (contagem publicada)
plot-axis-states = Estados
# A segunda linha de um texto ao passar o cursor: "60 em 1970"
plot-hover-count-in = { $count } em { $year }
plot-members = Membros ao longo do tempo
plot-members-hint = Número de membros em escala logarítmica, para que os pequenos órgãos regionais continuem legíveis ao lado da ONU e da UNCTAD. Linhas fortes: as organizações selecionadas. Linhas tênues: todas as outras; passe o cursor sobre uma para ver o nome e clique nela para selecioná-la.
plot-sourced-count = contagem com fonte
plot-sourced-count-of = { $name } (contagem com fonte)
plot-others = outras (passe o cursor para ver o nome)
plot-others-regional = outros órgãos regionais (passe o cursor para ver o nome)
plot-others-political = outros órgãos políticos (passe o cursor para ver o nome)
plot-others-commodity = outros órgãos de produtores (passe o cursor para ver o nome)
plot-others-economic = outros órgãos econômicos (passe o cursor para ver o nome)
plot-others-financial = outros órgãos financeiros (passe o cursor para ver o nome)
plot-axis-members = membros (escala log.)
plot-hover-sourced = { $count } membros em { $year } (contagem com fonte)
plot-hover-members = { $count } membros em { $year }
plot-members-empty = Marque organizações na lista para comparar seus membros
plot-events = Eventos por ano
plot-events-field = Eventos por ano ({ $field })
plot-axis-events = eventos
plot-hover-events = { $kind }: { $count }
card-sources = Fontes
map-name = Mapa-múndi

## Compartilhar e Exportar (mesa)
share = Compartilhar
share-hint = Copie ou salve a tabela por trás da vista, ou envie esta vista
share-table = A tabela por trás da vista
# { $years } é "1975" ou "1945–1975"
share-events-of = Eventos de { $years }
share-events-of-field = Eventos de { $years } ({ $field })
share-members-none = Membros: selecione primeiro uma organização
share-members-of = Membros de { $names } em { $date }
share-series = Séries dos gráficos (membros por ano, novos Estados, eventos por ano)
share-copy-members = Copiar membros
share-copy-events = Copiar eventos
share-copy-series = Copiar séries
share-copy-hint = Como texto separado por tabulações: cole numa planilha
share-save-members = Salvar membros em CSV
share-save-events = Salvar eventos em CSV
share-save-series = Salvar séries em CSV
share-save-hint = Um arquivo CSV (UTF-8) em { $folder }
share-view = Esta vista
share-view-parts = Ano, organizações, área, câmera, ficha aberta, tema e painéis
share-copy-command = Copiar linha de comando
share-copy-command-hint = ssc-atlas --year … --select … --view …: cole num terminal ou num e-mail
share-copy-view = Copiar arquivo de vista
share-copy-view-hint = A vista em JSON: salve-a como VIEW.json e abra-a com --open VIEW.json
share-save-view = Salvar arquivo de vista
share-save-view-hint = Um arquivo de vista na pasta de exportação; uma lista deles forma uma história (story-from-views)
share-files-go-to = Os arquivos vão para { $folder }
share-dismiss = Fechar
export = Exportar
export-picture = Salvar imagem
export-picture-hint = A vista em PNG no tamanho da janela, com uma faixa de legenda
export-picture-at = Salvar imagem em { $width }×{ $height }
export-picture-at-hint = Desenhada de novo nesse tamanho, não ampliada
export-plot-members = Salvar gráfico de membros
export-plot-independence = Salvar gráfico de Estados independentes
export-plot-events = Salvar gráfico de eventos
export-story-gif = Exportar história como GIF
export-cancel = Cancelar
export-ok = OK
export-ok-hint = Ocultar esta mensagem

## Pictures: caption strip and poster
caption-none = nenhuma organização selecionada
caption-sources = Fontes: { $list }
caption-more = +{ $count } outras
caption-map = Mapa: { $source }
legend-founded = fundada em { $year }
legend-ended = extinta em { $year }
poster-title-world = O mundo em { $year }
poster-title-one = { $name } em { $year }
poster-title-many = { $names } e { $last } em { $year }
poster-subtitle-world = Estados independentes e territórios em { $date }
poster-subtitle-members = Membros em { $date }: { $names }
poster-both = membros de ambos ({ $first } e { $second })
poster-other-states = outros Estados independentes
poster-territories = territórios ainda não independentes

## Keyboard shortcuts window
keys-title = Atalhos de teclado
keys-desk = No posto de consulta
keys-map = No mapa
keys-presentation = Ao apresentar uma história
keys-desk-1-key = Tab, Shift+Tab
keys-desk-1 = Mover entre os controles e o mapa
keys-desk-2-key = Esquerda, Direita
keys-desk-2 = Ano anterior ou seguinte
keys-desk-3-key = Page Up, Page Down
keys-desk-3 = Ano anterior ou seguinte com eventos
keys-desk-4-key = Espaço
keys-desk-4 = Reproduzir ou pausar (ou acionar o botão em foco)
keys-desk-5-key = Esc
keys-desk-5 = Fechar a ficha (ou sair do controle em foco, ou fechar esta janela)
keys-desk-6-key = Ctrl+S
keys-desk-6 = Salvar uma imagem da vista
keys-desk-7-key = F12
keys-desk-7 = Mostrar ou ocultar os tempos de quadro
keys-desk-8-key = {"?"}
keys-desk-8 = Mostrar ou ocultar estes atalhos
keys-map-1-key = Esquerda, Direita
keys-map-1 = Evento anterior ou seguinte do ano
keys-map-2-key = Cima, Baixo
keys-map-2 = País anterior ou seguinte (em ordem alfabética)
keys-map-3-key = Uma letra
keys-map-3 = Próximo país cujo nome começa com essa letra
keys-map-4-key = Enter, Espaço
keys-map-4 = Abrir a ficha do evento ou do país
keys-map-5-key = Esc
keys-map-5 = Fechar a ficha; de novo para sair do mapa
keys-map-6-key = Page Up, Page Down
keys-map-6 = Ano anterior ou seguinte com eventos
keys-present-1-key = Direita, Baixo, Page Down, Espaço, Enter
keys-present-1 = Próxima etapa
keys-present-2-key = Esquerda, Cima, Page Up, Backspace
keys-present-2 = Etapa anterior
keys-present-3-key = Home, End
keys-present-3 = Primeira ou última etapa
keys-present-4-key = 1 a 9
keys-present-4 = Ir para essa etapa
keys-present-5-key = B
keys-present-5 = Escurecer a tela, e voltar
keys-present-6-key = Esc
keys-present-6 = Sair da tela cheia (ou fechar esta janela)
keys-present-7-key = Ctrl+S
keys-present-7 = Salvar uma imagem da vista
keys-present-8-key = Ctrl+E
keys-present-8 = Salvar a história como GIF animado
keys-present-9-key = {"?"}
keys-present-9 = Mostrar ou ocultar estes atalhos

## Map: keyboard and screen readers
tooltip-enter-details = Enter para ver detalhes
tooltip-enter-card = Enter abre a ficha
access-map-hint = Tab até o mapa; depois: Esquerda e Direita percorrem os eventos do ano, Cima e Baixo os países, uma letra leva a um país que começa com ela; Enter abre a ficha, Esc a fecha.
access-events-in = Eventos em { $year }
access-members-in = { $name }: membros em { $year }
access-suspended = { $name } (filiação suspensa)
access-not-founded = Fundada só em { $year }
access-dissolved = Extinta em { $year }
access-no-members = Nenhum membro registrado para este ano
access-latest-count = { $count } membros em { $year }, a última contagem que o atlas tem; sem lista de membros
access-count-only = { $count } membros em { $year }; o atlas só tem contagens, sem lista de membros
access-no-count = Sem contagem nem lista de membros para este ano
access-year = { $year }: { $events ->
    [0] nenhum evento
    [one] { $events } evento
   *[other] { $events } eventos
}, { $states ->
    [0] nenhum novo Estado
    [one] { $states } novo Estado
   *[other] { $states } novos Estados
}
access-part-of = { $name } (parte de { $state })

## Display menu and the selection's limit
top-display = Exibição
display-light = Claro
display-light-hint = O tema claro
display-high-contrast = Alto contraste
display-high-contrast-hint = Preto sobre branco com bordas marcadas
display-reduced-motion = Movimento reduzido
display-reduced-motion-hint = Os passos de uma história mudam de vista sem mover a câmera
display-text-size = Tamanho do texto { $percent }%
display-smaller = Menor
display-larger = Maior
display-reset = Restaurar
panel-selection-full = No máximo { $count } organizações ao mesmo tempo, para que cada uma mantenha sua cor. Desmarque uma primeiro.
