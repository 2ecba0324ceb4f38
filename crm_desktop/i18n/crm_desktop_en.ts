<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Acerca de CRM Desktop</source>
        <translation>About CRM Desktop</translation>
    </message>
    <message>
        <source>Versión %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Registro local de la Conferencia Regional sobre Migración (Proceso Puebla): reuniones, delegaciones, agendas y decisiones, con las reglas de la CRM.</source>
        <translation>A local record of the Regional Conference on Migration (Puebla Process): meetings, delegations, agendas and decisions, with the CRM&apos;s rules.</translation>
    </message>
    <message>
        <source>Licencia MIT. Las fuentes incluidas tienen sus propias licencias.</source>
        <translation>MIT licence. The bundled fonts have their own licences.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Reuniones del %1</source>
        <translation>Meetings on %1</translation>
    </message>
    <message>
        <source>Ninguna reunión. Pulse Ctrl+N para crear una.</source>
        <translation>No meetings. Press Ctrl+N to create one.</translation>
    </message>
    <message>
        <source>Avisos de las reglas este mes</source>
        <translation>Rule warnings this month</translation>
    </message>
    <message>
        <source>Avisos de las reglas en %1</source>
        <translation>Rule warnings in %1</translation>
    </message>
    <message>
        <source>Ningún aviso.</source>
        <translation>No warnings.</translation>
    </message>
    <message numerus="yes">
        <source>%n reunión(es) exportada(s) a %1</source>
        <translation>
            <numerusform>%n meeting exported to %1</numerusform>
            <numerusform>%n meetings exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reunión exportada a %1</source>
        <translation>Meeting exported to %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reunión(es) importada(s) de %1</source>
        <translation>
            <numerusform>%n meeting imported from %1</numerusform>
            <numerusform>%n meetings imported from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exportar el año %1</source>
        <translation>Export the year %1</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Seleccione primero una reunión.</source>
        <translation>Select a meeting first.</translation>
    </message>
    <message>
        <source>Exportar la reunión</source>
        <translation>Export the meeting</translation>
    </message>
    <message>
        <source>Importar una invitación</source>
        <translation>Import an invitation</translation>
    </message>
    <message>
        <source>Mes</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Vista: %1</source>
        <translation>View: %1</translation>
    </message>
    <message>
        <source>Anterior</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Periodo anterior</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Siguiente</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Periodo siguiente</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Ir a hoy</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <source>Nueva reunión</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Nueva reunión (Ctrl+N)</source>
        <translation>New meeting (Ctrl+N)</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Exportar o importar iCalendar</source>
        <translation>Export or import iCalendar</translation>
    </message>
    <message>
        <source>Exportar el año mostrado…</source>
        <translation>Export the year shown…</translation>
    </message>
    <message>
        <source>Exportar la reunión seleccionada…</source>
        <translation>Export the selected meeting…</translation>
    </message>
    <message>
        <source>Importar una invitación…</source>
        <translation>Import an invitation…</translation>
    </message>
    <message>
        <source>Calendario mensual</source>
        <translation>Month calendar</translation>
    </message>
    <message>
        <source>Calendario anual</source>
        <translation>Year calendar</translation>
    </message>
    <message>
        <source>Lista de reuniones</source>
        <translation>List of meetings</translation>
    </message>
    <message>
        <source>Reuniones del día seleccionado</source>
        <translation>Meetings on the selected day</translation>
    </message>
    <message>
        <source>Avisos de las reglas</source>
        <translation>Rule warnings</translation>
    </message>
    <message>
        <source>Calendario</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Componente</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licencia</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Error inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado en CRM Desktop. Sus datos guardados no se han perdido. Copie los detalles y envíelos a quien mantiene el programa.</source>
        <translation>An unexpected error occurred in CRM Desktop. Your saved data has not been lost. Copy the details and send them to the people who maintain the program.</translation>
    </message>
    <message>
        <source>Detalles del error</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>Copiar detalles</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>No hay un espacio de trabajo en %1.</source>
        <translation>There is no workspace in %1.</translation>
    </message>
    <message>
        <source>¿Qué desea hacer?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Crear un espacio vacío</source>
        <translation>Create an empty workspace</translation>
    </message>
    <message>
        <source>Crear una demostración</source>
        <translation>Create a demo</translation>
    </message>
    <message>
        <source>Elegir otra carpeta…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Creando el espacio de trabajo…</source>
        <translation>Creating the workspace…</translation>
    </message>
    <message>
        <source>Creando la demostración…</source>
        <translation>Creating the demo…</translation>
    </message>
    <message>
        <source>Carpeta del espacio de trabajo</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <source>No se pudo abrir el espacio de trabajo %1:
%2</source>
        <translation>The workspace %1 could not be opened:
%2</translation>
    </message>
</context>
<context>
    <name>DraftingLabels</name>
    <message>
        <source>Propuesto</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Entre corchetes</source>
        <translation>Bracketed</translation>
    </message>
    <message>
        <source>Acordado ad referéndum</source>
        <translation>Agreed ad referendum</translation>
    </message>
    <message>
        <source>Acordado</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>En negociación</source>
        <translation>Under negotiation</translation>
    </message>
    <message>
        <source>En procedimiento de silencio</source>
        <translation>Under silence procedure</translation>
    </message>
    <message>
        <source>Adoptado</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Inserción</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <source>Sustitución</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <source>Supresión</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Párrafo nuevo</source>
        <translation>New paragraph</translation>
    </message>
    <message>
        <source>Traslado</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Símbolo</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Enmiendas abiertas al párrafo</source>
        <translation>Open amendments to the paragraph</translation>
    </message>
    <message>
        <source>N.º</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Enm.</source>
        <translation>Amd.</translation>
    </message>
    <message>
        <source>Enmiendas abiertas: %1</source>
        <translation>Open amendments: %1</translation>
    </message>
</context>
<context>
    <name>DraftingView</name>
    <message>
        <source>Buscar documentos…</source>
        <translation>Search documents…</translation>
    </message>
    <message>
        <source>Buscar documentos</source>
        <translation>Search documents</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Mostrar los documentos de una reunión</source>
        <translation>Show the documents of one meeting</translation>
    </message>
    <message>
        <source>Todas las reuniones</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>Documentos negociados</source>
        <translation>Negotiated documents</translation>
    </message>
    <message>
        <source>&amp;Actuando como:</source>
        <translation>&amp;Acting as:</translation>
    </message>
    <message>
        <source>Persona que actúa</source>
        <translation>Person acting</translation>
    </message>
    <message>
        <source>La persona acreditada en cuyo nombre se hacen los cambios; se recuerda para cada reunión</source>
        <translation>The accredited person in whose name changes are made; remembered for each meeting</translation>
    </message>
    <message>
        <source>Elija un documento de la lista para abrirlo.</source>
        <translation>Choose a document in the list to open it.</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>Texto de &amp;compilación</source>
        <translation>&amp;Compilation text</translation>
    </message>
    <message>
        <source>C&amp;omparación</source>
        <translation>C&amp;omparison</translation>
    </message>
    <message>
        <source>A&amp;dopción</source>
        <translation>A&amp;doption</translation>
    </message>
    <message>
        <source>Párrafos del documento</source>
        <translation>Paragraphs of the document</translation>
    </message>
    <message>
        <source>Flechas: elegir párrafo · %1 o Intro: editar su texto · %2 / %3: subir o bajar el párrafo · %4: volver aquí</source>
        <translation>Arrows: choose a paragraph · %1 or Enter: edit its text · %2 / %3: move the paragraph up or down · %4: come back here</translation>
    </message>
    <message>
        <source>Texto del párrafo</source>
        <translation>Paragraph text</translation>
    </message>
    <message>
        <source>Texto del párrafo elegido. %1: guardar · %2: descartar los cambios</source>
        <translation>Text of the chosen paragraph. %1: save · %2: discard the changes</translation>
    </message>
    <message>
        <source>&amp;Guardar texto</source>
        <translation>&amp;Save text</translation>
    </message>
    <message>
        <source>Guardar el texto del párrafo</source>
        <translation>Save the paragraph&apos;s text</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Volver al texto guardado</source>
        <translation>Go back to the saved text</translation>
    </message>
    <message>
        <source>Nuevo estado del párrafo</source>
        <translation>New status of the paragraph</translation>
    </message>
    <message>
        <source>Marcar</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Cambiar el estado del párrafo (el acuerdo lo declara la Presidencia Pro-Témpore)</source>
        <translation>Change the paragraph&apos;s status (agreement is declared by the Pro-Tempore Presidency)</translation>
    </message>
    <message>
        <source>Enmiendas al párrafo</source>
        <translation>Amendments to the paragraph</translation>
    </message>
    <message>
        <source>Enmiendas abiertas al párrafo elegido</source>
        <translation>Open amendments to the chosen paragraph</translation>
    </message>
    <message>
        <source>A&amp;poyar</source>
        <translation>Su&amp;pport</translation>
    </message>
    <message>
        <source>Mi delegación apoya la enmienda</source>
        <translation>My delegation supports the amendment</translation>
    </message>
    <message>
        <source>Opo&amp;nerse</source>
        <translation>Oppo&amp;se</translation>
    </message>
    <message>
        <source>Mi delegación se opone a la enmienda</source>
        <translation>My delegation opposes the amendment</translation>
    </message>
    <message>
        <source>Ace&amp;ptar en el texto</source>
        <translation>Accep&amp;t into the text</translation>
    </message>
    <message>
        <source>La Presidencia Pro-Témpore incorpora la enmienda al texto</source>
        <translation>The Pro-Tempore Presidency writes the amendment into the text</translation>
    </message>
    <message>
        <source>&amp;Rechazar</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>La Presidencia Pro-Témpore rechaza la enmienda</source>
        <translation>The Pro-Tempore Presidency rejects the amendment</translation>
    </message>
    <message>
        <source>Proponer una enmienda</source>
        <translation>Propose an amendment</translation>
    </message>
    <message>
        <source>Sustituir palabras</source>
        <translation>Replace words</translation>
    </message>
    <message>
        <source>Insertar después de</source>
        <translation>Insert after</translation>
    </message>
    <message>
        <source>Suprimir palabras</source>
        <translation>Delete words</translation>
    </message>
    <message>
        <source>Párrafo nuevo a continuación</source>
        <translation>New paragraph after this one</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Te&amp;xto nuevo:</source>
        <translation>Ne&amp;w text:</translation>
    </message>
    <message>
        <source>&amp;Justificación:</source>
        <translation>&amp;Rationale:</translation>
    </message>
    <message>
        <source>opcional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Las palabras del párrafo a las que se refiere la enmienda</source>
        <translation>The words of the paragraph the amendment refers to</translation>
    </message>
    <message>
        <source>Pr&amp;oponer</source>
        <translation>Pr&amp;opose</translation>
    </message>
    <message>
        <source>Proponer la enmienda en nombre de su delegación (las palabras seleccionadas en el texto del párrafo se copian como texto actual)</source>
        <translation>Propose the amendment on behalf of your delegation (the words selected in the paragraph&apos;s text are copied as the current text)</translation>
    </message>
    <message>
        <source>Comentarios</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Escribir un comentario…</source>
        <translation>Write a comment…</translation>
    </message>
    <message>
        <source>Nuevo comentario</source>
        <translation>New comment</translation>
    </message>
    <message>
        <source>Escribir un comentario; Intro lo envía</source>
        <translation>Write a comment; Enter sends it</translation>
    </message>
    <message>
        <source>Solo para mi delegación</source>
        <translation>Only for my delegation</translation>
    </message>
    <message>
        <source>Comentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Texto de compilación</source>
        <translation>Compilation text</translation>
    </message>
    <message>
        <source>Cada enmienda abierta aparece en su lugar con la delegación que la propone: &lt;u&gt;texto añadido subrayado&lt;/u&gt;, &lt;s&gt;texto suprimido tachado&lt;/s&gt;, [corchetes] sombreados.</source>
        <translation>Each open amendment appears in place with the delegation proposing it: &lt;u&gt;added text underlined&lt;/u&gt;, &lt;s&gt;deleted text struck through&lt;/s&gt;, [brackets] shaded.</translation>
    </message>
    <message>
        <source>&amp;Versión:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>c&amp;on:</source>
        <translation>&amp;with:</translation>
    </message>
    <message>
        <source>Versión anterior</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <source>Versión posterior</source>
        <translation>Later version</translation>
    </message>
    <message>
        <source>Comparar</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Rev.N</source>
        <translation>Rev.N</translation>
    </message>
    <message>
        <source>Nombre de la nueva versión</source>
        <translation>Name of the new version</translation>
    </message>
    <message>
        <source>Vacío: la siguiente «Rev.N»</source>
        <translation>Empty: the next “Rev.N”</translation>
    </message>
    <message>
        <source>Nombrar versión</source>
        <translation>Name version</translation>
    </message>
    <message>
        <source>Congelar el texto actual y su numeración como una versión con nombre</source>
        <translation>Freeze the current text and its numbering as a named version</translation>
    </message>
    <message>
        <source>Restaurar la versión…</source>
        <translation>Restore the version…</translation>
    </message>
    <message>
        <source>Volver al texto de la versión de la izquierda como un cambio nuevo (la historia se conserva)</source>
        <translation>Go back to the text of the version on the left as a new change (history is kept)</translation>
    </message>
    <message>
        <source>Texto de la versión anterior</source>
        <translation>Text of the earlier version</translation>
    </message>
    <message>
        <source>Texto de la versión posterior</source>
        <translation>Text of the later version</translation>
    </message>
    <message>
        <source>&amp;Adoptar por consenso</source>
        <translation>&amp;Adopt by consensus</translation>
    </message>
    <message>
        <source>Registrar la adopción: sin corchetes, sin enmiendas abiertas y sin objeciones de los Países Miembros</source>
        <translation>Record the adoption: no brackets, no open amendments and no objection from the Member Countries</translation>
    </message>
    <message>
        <source>Párrafos con corchetes</source>
        <translation>Paragraphs with brackets</translation>
    </message>
    <message>
        <source>Objeciones por delegación</source>
        <translation>Objections by delegation</translation>
    </message>
    <message>
        <source>Texto de la objeción por escrito…</source>
        <translation>Text of the written objection…</translation>
    </message>
    <message>
        <source>Texto de la objeción</source>
        <translation>Text of the objection</translation>
    </message>
    <message>
        <source>Presentar objeción</source>
        <translation>Lodge objection</translation>
    </message>
    <message>
        <source>Retirar la objeción</source>
        <translation>Withdraw the objection</translation>
    </message>
    <message>
        <source>Procedimiento de silencio</source>
        <translation>Silence procedure</translation>
    </message>
    <message>
        <source>&amp;Plazo:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>Plazo del procedimiento de silencio</source>
        <translation>Deadline of the silence procedure</translation>
    </message>
    <message>
        <source>Abrir procedimiento de silencio</source>
        <translation>Open silence procedure</translation>
    </message>
    <message>
        <source>Circular el texto: queda adoptado al vencer el plazo salvo objeción escrita de un País Miembro</source>
        <translation>Circulate the text: it is adopted when the deadline passes unless a Member Country objects in writing</translation>
    </message>
    <message>
        <source>PPT</source>
        <translation>PPT</translation>
    </message>
    <message>
        <source>Grupo de Redacción</source>
        <translation>Drafting Group</translation>
    </message>
    <message>
        <source>CONFIDENCIAL</source>
        <translation>CONFIDENTIAL</translation>
    </message>
    <message>
        <source>Anexo: Decisiones</source>
        <translation>Annex: Decisions</translation>
    </message>
    <message>
        <source>encabezado</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>Texto del párrafo %1 — %2</source>
        <translation>Text of paragraph %1 — %2</translation>
    </message>
    <message>
        <source>Sin enmiendas abiertas.</source>
        <translation>No open amendments.</translation>
    </message>
    <message>
        <source>sustituir «%1» por «%2»</source>
        <translation>replace “%1” with “%2”</translation>
    </message>
    <message>
        <source>después de «%1»</source>
        <translation>after “%1”</translation>
    </message>
    <message>
        <source>al final</source>
        <translation>at the end</translation>
    </message>
    <message>
        <source>insertar «%1» %2</source>
        <translation>insert “%1” %2</translation>
    </message>
    <message>
        <source>suprimir «%1»</source>
        <translation>delete “%1”</translation>
    </message>
    <message>
        <source>Justificación: %1</source>
        <translation>Rationale: %1</translation>
    </message>
    <message>
        <source>Apoyan: %1</source>
        <translation>Supported by: %1</translation>
    </message>
    <message>
        <source>Se oponen: %1</source>
        <translation>Opposed by: %1</translation>
    </message>
    <message>
        <source> (solo su delegación)</source>
        <translation> (own delegation only)</translation>
    </message>
    <message>
        <source>Sin comentarios.</source>
        <translation>No comments.</translation>
    </message>
    <message>
        <source>&amp;Después de:</source>
        <translation>&amp;After:</translation>
    </message>
    <message>
        <source>Texto a&amp;ctual:</source>
        <translation>&amp;Current text:</translation>
    </message>
    <message>
        <source>vacío: al final del párrafo</source>
        <translation>empty: at the end of the paragraph</translation>
    </message>
    <message>
        <source>Texto actual</source>
        <translation>Current text</translation>
    </message>
    <message>
        <source>Documento adoptado por consenso.</source>
        <translation>Document adopted by consensus.</translation>
    </message>
    <message>
        <source>Corchetes pendientes: %1 · Enmiendas abiertas: %2 · Objeciones: %3</source>
        <translation>Brackets remaining: %1 · Open amendments: %2 · Objections: %3</translation>
    </message>
    <message>
        <source>Párrafo %1</source>
        <translation>Paragraph %1</translation>
    </message>
    <message>
        <source>Intro o doble clic: abrir el párrafo en el editor</source>
        <translation>Enter or double-click: open the paragraph in the editor</translation>
    </message>
    <message>
        <source>No quedan corchetes.</source>
        <translation>No brackets remain.</translation>
    </message>
    <message>
        <source>Ninguna delegación objeta.</source>
        <translation>No delegation objects.</translation>
    </message>
    <message>
        <source>No hay un procedimiento de silencio abierto.</source>
        <translation>No silence procedure is open.</translation>
    </message>
    <message>
        <source>En curso hasta el %1.</source>
        <translation>Running until %1.</translation>
    </message>
    <message>
        <source>Roto por una objeción escrita (plazo: %1).</source>
        <translation>Broken by a written objection (deadline: %1).</translation>
    </message>
    <message>
        <source>Plazo vencido el %1 sin objeciones: puede adoptarse.</source>
        <translation>Deadline passed on %1 without objections: it can be adopted.</translation>
    </message>
    <message>
        <source>Nadie está acreditado en esta reunión: no se puede actuar.</source>
        <translation>Nobody is accredited to this meeting: no action is possible.</translation>
    </message>
    <message>
        <source>Editar el párrafo %1</source>
        <translation>Edit paragraph %1</translation>
    </message>
    <message>
        <source>trasladado</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>Restaurar la versión</source>
        <translation>Restore the version</translation>
    </message>
    <message>
        <source>¿Volver al texto de %1? Se registra como un cambio nuevo; la historia se conserva.</source>
        <translation>Go back to the text of %1? It is recorded as a new change; history is kept.</translation>
    </message>
    <message>
        <source>Redacción</source>
        <translation>Drafting</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Planificada</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Convocada</source>
        <translation>Convened</translation>
    </message>
    <message>
        <source>Celebrada</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cerrada</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Volver a planificada</source>
        <translation>Back to planned</translation>
    </message>
    <message>
        <source>Convocar</source>
        <translation>Convene</translation>
    </message>
    <message>
        <source>Marcar como celebrada</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <source>Cerrar la reunión</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Preliminar</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <source>Adoptada</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Decisión</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Recomendación</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Conclusión</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Punto de agenda</source>
        <translation>Agenda item</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licencias de terceros</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <source>CRM Desktop %1 (licencia %2) incluye estos componentes, cada uno con su licencia.</source>
        <translation>CRM Desktop %1 (licence %2) includes these components, each under its own licence.</translation>
    </message>
    <message>
        <source>Componentes de terceros</source>
        <translation>Third-party components</translation>
    </message>
    <message>
        <source>Texto de la licencia</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>El texto completo de esta licencia no viene con el componente: %1.</source>
        <translation>The full text of this licence does not come with the component: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Deshacer %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Deshacer</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Rehacer %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Rehacer</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Secciones</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ay&amp;uda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Buscar…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Configuración…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Acerca de CRM Desktop</source>
        <translation>&amp;About CRM Desktop</translation>
    </message>
    <message>
        <source>Espacio: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Dispositivo: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <source>Trabajando…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Escriba el nombre de la reunión.</source>
        <translation>Type the meeting&apos;s name.</translation>
    </message>
    <message>
        <source>La reunión termina antes de empezar.</source>
        <translation>The meeting ends before it starts.</translation>
    </message>
    <message>
        <source>Crear la reunión «%1»</source>
        <translation>Create the meeting “%1”</translation>
    </message>
    <message>
        <source>Modificar la reunión «%1»</source>
        <translation>Edit the meeting “%1”</translation>
    </message>
    <message>
        <source>Nueva reunión</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Editar la reunión</source>
        <translation>Edit the meeting</translation>
    </message>
    <message>
        <source>&amp;Cuerpo:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Ordinal:</source>
        <translation>&amp;Ordinal:</translation>
    </message>
    <message>
        <source>&amp;Inicio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Fin:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;País sede:</source>
        <translation>&amp;Host country:</translation>
    </message>
    <message>
        <source>Ciu&amp;dad:</source>
        <translation>Ci&amp;ty:</translation>
    </message>
    <message>
        <source>&amp;Lugar:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>&amp;Zona horaria:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>No&amp;tas:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>p. ej. XXXI</source>
        <translation>e.g. XXXI</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>sin registrar</source>
        <translation>not recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegación(es)</source>
        <translation>
            <numerusform>%n delegation</numerusform>
            <numerusform>%n delegations</numerusform>
        </translation>
    </message>
    <message>
        <source>Nadie acreditado todavía.</source>
        <translation>Nobody accredited yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Sin agenda todavía.</source>
        <translation>No agenda yet.</translation>
    </message>
    <message>
        <source>Ninguna decisión registrada.</source>
        <translation>No decisions recorded.</translation>
    </message>
    <message>
        <source>La reunión cumple las reglas del calendario.</source>
        <translation>The meeting follows the calendar rules.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Eliminar la reunión «%1»</source>
        <translation>Delete the meeting “%1”</translation>
    </message>
    <message>
        <source>← Reuniones</source>
        <translation>← Meetings</translation>
    </message>
    <message>
        <source>Volver a la lista de reuniones</source>
        <translation>Back to the list of meetings</translation>
    </message>
    <message>
        <source>Volver a la lista (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Editar…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Editar la reunión</source>
        <translation>Edit the meeting</translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Eliminar la reunión</source>
        <translation>Delete the meeting</translation>
    </message>
    <message>
        <source>Solo una reunión planificada puede eliminarse</source>
        <translation>Only a planned meeting can be deleted</translation>
    </message>
    <message>
        <source>Cuerpo:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Fechas:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Lugar:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>País sede:</source>
        <translation>Host country:</translation>
    </message>
    <message>
        <source>Presidencia Pro-Témpore:</source>
        <translation>Pro-Tempore Presidency:</translation>
    </message>
    <message>
        <source>Estado:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Notas:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Cambiar el estado:</source>
        <translation>Change the status:</translation>
    </message>
    <message>
        <source>Segmentos</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Avisos de las reglas</source>
        <translation>Rule warnings</translation>
    </message>
    <message>
        <source>Delegaciones acreditadas</source>
        <translation>Accredited delegations</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Decisiones</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Abrir las delegaciones…</source>
        <translation>Open the delegations…</translation>
    </message>
    <message>
        <source>Abrir las delegaciones de esta reunión</source>
        <translation>Open this meeting&apos;s delegations</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Fechas</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Cuerpo</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Sede</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Avisos</source>
        <translation>Warnings</translation>
    </message>
    <message numerus="yes">
        <source>%n aviso(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message numerus="yes">
        <source>%n reunión(es)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Nombre, ciudad, país… (Ctrl+F)</source>
        <translation>Name, city, country… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filtrar reuniones</source>
        <translation>Filter meetings</translation>
    </message>
    <message>
        <source>C&amp;uerpo:</source>
        <translation>B&amp;ody:</translation>
    </message>
    <message>
        <source>Filtrar por cuerpo</source>
        <translation>Filter by body</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Nueva reunión</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Nueva reunión (Ctrl+N)</source>
        <translation>New meeting (Ctrl+N)</translation>
    </message>
    <message>
        <source>Lista de reuniones</source>
        <translation>List of meetings</translation>
    </message>
    <message>
        <source>Reuniones</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Mensaje</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cerrar el mensaje</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>+%1 más</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Texto sin guardar recuperado</source>
        <translation>Recovered unsaved text</translation>
    </message>
    <message>
        <source>CRM Desktop se cerró sin guardar lo que se estaba escribiendo. Estos textos se conservaron: cópielos, vuelva a abrirlos en su editor o descártelos. Lo que no descarte se le volverá a ofrecer.</source>
        <translation>CRM Desktop closed before what was being typed was saved. These texts were kept: copy them, reopen them in their editor or discard them. Whatever you do not discard will be offered again.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Buscar</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Personas, reuniones, puntos de agenda, decisiones…</source>
        <translation>People, meetings, agenda items, decisions…</translation>
    </message>
    <message>
        <source>Texto a buscar</source>
        <translation>Text to search for</translation>
    </message>
    <message>
        <source>Resultados de la búsqueda</source>
        <translation>Search results</translation>
    </message>
    <message numerus="yes">
        <source>%n resultado(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Carpeta del espacio de trabajo</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Elegir la carpeta del espacio de trabajo</source>
        <translation>Choose the workspace folder</translation>
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Espacio de trabajo:</source>
        <translation>&amp;Workspace:</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Texto recuperado</source>
        <translation>Recovered text</translation>
    </message>
    <message>
        <source>Copiar el texto</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>Volver a abrir en su editor</source>
        <translation>Reopen in its editor</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
</context>
</TS>
