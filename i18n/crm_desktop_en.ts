<?xml version='1.0' encoding='utf-8'?>
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
        <translation>A local record of the Regional Conference on Migration (Puebla Process): meetings, delegations, agendas and decisions, with the CRM's rules.</translation>
    </message>
    <message>
        <source>&amp;Licencias de terceros…</source>
        <translation>Third-party &amp;licences…</translation>
    </message>
    <message>
        <source>Licencias de terceros</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <source>Licencia: %1</source>
        <translation>Licence: %1</translation>
    </message>
</context>
<context>
    <name>AccreditationActions</name>
    <message>
        <source>Acreditar a %1</source>
        <translation>Accredit %1</translation>
    </message>
    <message>
        <source>%1 quedó acreditado(a) a «%2».</source>
        <translation>%1 is accredited to “%2”.</translation>
    </message>
    <message>
        <source>Registrar la invitación…</source>
        <translation>Record the invitation…</translation>
    </message>
    <message>
        <source>Ver la lista a puerta cerrada</source>
        <translation>Show the closed-door list</translation>
    </message>
    <message>
        <source>Elija primero a una persona acreditada.</source>
        <translation>Choose an accredited person first.</translation>
    </message>
    <message>
        <source>Retirar la acreditación de %1 a «%2».</source>
        <translation>Withdraw %1's accreditation to “%2”.</translation>
    </message>
    <message>
        <source>Retirar la acreditación</source>
        <translation>Withdraw the accreditation</translation>
    </message>
    <message>
        <source>Retirar la acreditación de %1 y su puesto en el Grupo de Redacción</source>
        <translation>Withdraw %1's accreditation and drafting group seat</translation>
    </message>
    <message>
        <source>Retirar la acreditación de %1</source>
        <translation>Withdraw the accreditation of %1</translation>
    </message>
</context>
<context>
    <name>AccreditationTab</name>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>&amp;Segmento:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Acreditados</source>
        <translation>Accredited</translation>
    </message>
    <message>
        <source>Personas acreditadas</source>
        <translation>Accredited people</translation>
    </message>
    <message>
        <source>&amp;Retirar acreditación</source>
        <translation>&amp;Withdraw accreditation</translation>
    </message>
    <message>
        <source>Retirar la acreditación seleccionada</source>
        <translation>Withdraw the selected accreditation</translation>
    </message>
    <message>
        <source>Nombrar al &amp;Grupo de Redacción</source>
        <translation>Name to the drafting &amp;group</translation>
    </message>
    <message>
        <source>Nombrar representante al Grupo de Redacción</source>
        <translation>Name as drafting-group representative</translation>
    </message>
    <message>
        <source>Personas por acreditar</source>
        <translation>People to accredit</translation>
    </message>
    <message>
        <source>Buscar personas</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Buscar personas por acreditar</source>
        <translation>Search people to accredit</translation>
    </message>
    <message>
        <source>A&amp;creditar</source>
        <translation>A&amp;ccredit</translation>
    </message>
    <message>
        <source>Acreditar a la persona seleccionada</source>
        <translation>Accredit the selected person</translation>
    </message>
    <message>
        <source>Registrar &amp;invitación o autorización…</source>
        <translation>Record &amp;invitation or authorisation…</translation>
    </message>
    <message>
        <source>Registrar invitación o autorización</source>
        <translation>Record an invitation or authorisation</translation>
    </message>
    <message>
        <source>I&amp;mportar CSV…</source>
        <translation>I&amp;mport CSV…</translation>
    </message>
    <message>
        <source>E&amp;xportar CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Importar lista de participantes en CSV</source>
        <translation>Import a participant list from CSV</translation>
    </message>
    <message>
        <source>Exportar lista de participantes en CSV</source>
        <translation>Export the participant list to CSV</translation>
    </message>
    <message>
        <source>Esta reunión no tiene Grupo de Redacción.</source>
        <translation>This meeting has no drafting group.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grupo de Redacción&lt;/b&gt; — nombrados: %1</source>
        <translation>&lt;b&gt;Drafting group&lt;/b&gt; — named: %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#a4262c'&gt;Faltan por nombrar: %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#a4262c'&gt;Still to be named: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Actos registrados: %1</source>
        <translation>Recorded acts: %1</translation>
    </message>
    <message>
        <source>No hay invitaciones ni autorizaciones registradas para esta reunión.</source>
        <translation>No invitations or authorisations are recorded for this meeting.</translation>
    </message>
    <message>
        <source>Acreditados (%1)</source>
        <translation>Accredited (%1)</translation>
    </message>
    <message>
        <source>Elija primero a una persona de la lista.</source>
        <translation>Choose a person from the list first.</translation>
    </message>
    <message>
        <source>Elija primero a una persona acreditada.</source>
        <translation>Choose an accredited person first.</translation>
    </message>
    <message>
        <source>%1 representa a su país en el Grupo de Redacción.</source>
        <translation>%1 represents their country in the drafting group.</translation>
    </message>
    <message>
        <source>%1 registrada para %2.</source>
        <translation>%1 recorded for %2.</translation>
    </message>
    <message>
        <source>Importar participantes</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Listas CSV (*.csv);;Todos los archivos (*)</source>
        <translation>CSV lists (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Exportar participantes</source>
        <translation>Export participants</translation>
    </message>
    <message>
        <source>Listas CSV (*.csv)</source>
        <translation>CSV lists (*.csv)</translation>
    </message>
    <message>
        <source>%1 participantes exportados a %2.</source>
        <translation>%1 participants exported to %2.</translation>
    </message>
</context>
<context>
    <name>ActDialog</name>
    <message>
        <source>Registrar invitación o autorización</source>
        <translation>Record an invitation or authorisation</translation>
    </message>
    <message>
        <source>Los países observadores y los organismos internacionales participan en las Redes solo si se les invita explícitamente; los países observadores intervienen en puntos de agenda, decisiones o documentos solo con autorización previa de la Presidencia Pro-Témpore.</source>
        <translation>Observer countries and international organisations take part in the Networks only when explicitly invited; observer countries speak to agenda items, decisions or documents only with the prior authorisation of the Pro-Tempore Presidency.</translation>
    </message>
    <message>
        <source>&amp;Acto:</source>
        <translation>&amp;Act:</translation>
    </message>
    <message>
        <source>&amp;Delegación:</source>
        <translation>&amp;Delegation:</translation>
    </message>
    <message>
        <source>&amp;Autoriza:</source>
        <translation>A&amp;uthorises:</translation>
    </message>
    <message>
        <source>&amp;Otorgado por:</source>
        <translation>&amp;Granted by:</translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Solo para esta &amp;reunión</source>
        <translation>Only for this &amp;meeting</translation>
    </message>
    <message>
        <source>Tipo de acto</source>
        <translation>Kind of act</translation>
    </message>
    <message>
        <source>Delegación</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Capacidades autorizadas</source>
        <translation>Authorised capabilities</translation>
    </message>
    <message>
        <source>Otorgado por</source>
        <translation>Granted by</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Solo para esta reunión</source>
        <translation>Only for this meeting</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Nueva acción: %1</source>
        <translation>New action: %1</translation>
    </message>
    <message>
        <source>&amp;Acción:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Responsable:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Con fecha de vencimiento</source>
        <translation>With a due date</translation>
    </message>
    <message>
        <source>&amp;Vence:</source>
        <translation>&amp;Due:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Nueva actividad</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>&amp;Tema:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Título (español):</source>
        <translation>Title (Spanish):</translation>
    </message>
    <message>
        <source>Título (inglés):</source>
        <translation>Title (English):</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Responsable:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Con fecha de inicio</source>
        <translation>With a start date</translation>
    </message>
    <message>
        <source>&amp;Inicio:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Con fecha de fin</source>
        <translation>With an end date</translation>
    </message>
    <message>
        <source>&amp;Fin:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;Prioritaria</source>
        <translation>&amp;Priority</translation>
    </message>
</context>
<context>
    <name>ActorPicker</name>
    <message>
        <source>Últimas elecciones</source>
        <translation>Recent choices</translation>
    </message>
    <message>
        <source>Países Miembros</source>
        <translation>Member countries</translation>
    </message>
    <message>
        <source>Países Observadores</source>
        <translation>Observer Countries</translation>
    </message>
    <message>
        <source>Organizaciones</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Secretaría Técnica</source>
        <translation>Technical Secretariat</translation>
    </message>
    <message>
        <source>PPT</source>
        <translation>PPT</translation>
    </message>
    <message>
        <source>Grupo de Redacción</source>
        <translation>Drafting Group</translation>
    </message>
</context>
<context>
    <name>AdoptionTab</name>
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
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <source>Añadir el punto «%1»</source>
        <translation>Add item “%1”</translation>
    </message>
    <message>
        <source>Eliminar el punto «%1»</source>
        <translation>Remove item “%1”</translation>
    </message>
    <message>
        <source>Modificar el punto «%1»</source>
        <translation>Edit item “%1”</translation>
    </message>
    <message>
        <source>Mover el punto «%1»</source>
        <translation>Move item “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Incluir %n seguimiento(s)</source>
        <translation>
            <numerusform>Include %n follow-up</numerusform>
            <numerusform>Include %n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>Cambiar la numeración o la hora de inicio</source>
        <translation>Change numbering or start time</translation>
    </message>
    <message>
        <source>Comentario de %1</source>
        <translation>Comment from %1</translation>
    </message>
    <message>
        <source>Clasificar el punto «%1»</source>
        <translation>Classify item “%1”</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <source>Edición de la agenda</source>
        <translation>Agenda editing</translation>
    </message>
    <message>
        <source>Nuevo punto</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Nuevo subpunto</source>
        <translation>New sub-item</translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Bajar</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Quitar sangría</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <source>Sangría (subpunto)</source>
        <translation>Indent (sub-item)</translation>
    </message>
    <message>
        <source>Incluir seguimientos…</source>
        <translation>Carry over follow-ups…</translation>
    </message>
    <message>
        <source>Puntos de la agenda</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Ctrl+flechas mueve el punto; Ins añade; Supr elimina; arrastre para reordenar</source>
        <translation>Ctrl+arrows move the item; Ins adds; Del removes; drag to reorder</translation>
    </message>
    <message>
        <source>Mostrar la columna «%1»</source>
        <translation>Show the “%1” column</translation>
    </message>
    <message>
        <source>%1 puntos · de %2 a %3 · %4 en total</source>
        <translation>%1 items · from %2 to %3 · %4 in total</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Nº</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Duración</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Presenta</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Audiencia</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Documentos</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Punto obligatorio: no puede eliminarse</source>
        <translation>Required item: it cannot be removed</translation>
    </message>
    <message>
        <source>Seguimiento de una reunión anterior</source>
        <translation>Follow-up of an earlier meeting</translation>
    </message>
    <message numerus="yes">
        <source>%n comentario(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <source>Número en rojo: punto obligatorio de la agenda; no puede eliminarse.</source>
        <translation>Red number: a required item of the agenda; it cannot be deleted.</translation>
    </message>
    <message>
        <source>Icono de información: el punto tiene comentarios; su número va entre paréntesis.</source>
        <translation>Information icon: the item has comments; their number is in parentheses.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>&amp;Segmento:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>&amp;Crear agenda</source>
        <translation>&amp;Create agenda</translation>
    </message>
    <message>
        <source>Crear la agenda de este segmento</source>
        <translation>Create the agenda of this segment</translation>
    </message>
    <message>
        <source>Compartir como &amp;preliminar</source>
        <translation>Share as &amp;preliminary</translation>
    </message>
    <message>
        <source>La versión preliminar se comparte con los Países Miembros y los organismos observadores</source>
        <translation>The preliminary version is shared with the member countries and the observer organisations</translation>
    </message>
    <message>
        <source>Volver a &amp;borrador</source>
        <translation>Back to &amp;draft</translation>
    </message>
    <message>
        <source>A&amp;doptar</source>
        <translation>A&amp;dopt</translation>
    </message>
    <message>
        <source>Comparar &amp;versiones…</source>
        <translation>Compare &amp;versions…</translation>
    </message>
    <message>
        <source>&amp;Numeración:</source>
        <translation>&amp;Numbering:</translation>
    </message>
    <message>
        <source>Numeración de los puntos</source>
        <translation>Numbering of the items</translation>
    </message>
    <message>
        <source>&amp;Inicio:</source>
        <translation>S&amp;tarts:</translation>
    </message>
    <message>
        <source>Hora de inicio</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>No hay reuniones en este espacio de trabajo.</source>
        <translation>There are no meetings in this workspace.</translation>
    </message>
    <message>
        <source>Este segmento aún no tiene agenda. Cree una con «Crear agenda».</source>
        <translation>This segment has no agenda yet. Create one with “Create agenda”.</translation>
    </message>
    <message>
        <source>Estado: &lt;b&gt;%1&lt;/b&gt; · versión %2</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt; · version %2</translation>
    </message>
    <message>
        <source>adoptada: ya no puede modificarse</source>
        <translation>adopted: it can no longer be changed</translation>
    </message>
    <message>
        <source>Adoptar la agenda</source>
        <translation>Adopt the agenda</translation>
    </message>
    <message>
        <source>Una agenda adoptada queda congelada y ya no puede modificarse. ¿Adoptarla?</source>
        <translation>An adopted agenda is frozen and can no longer be changed. Adopt it?</translation>
    </message>
    <message>
        <source>Versión preliminar lista para compartir con los Países Miembros y los organismos observadores: envíela con «Enviar la preliminar…».</source>
        <translation>Preliminary version ready to share with the Member Countries and the observer organisations: send it with “Send the preliminary…”.</translation>
    </message>
    <message>
        <source>La agenda vuelve a ser un borrador.</source>
        <translation>The agenda is a draft again.</translation>
    </message>
    <message>
        <source>Agenda adoptada: queda congelada.</source>
        <translation>Agenda adopted: it is now frozen.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AmendmentsPanel</name>
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
        <source>Tipo de enmienda</source>
        <translation>Kind of amendment</translation>
    </message>
    <message>
        <source>Texto nuevo</source>
        <translation>New text</translation>
    </message>
    <message>
        <source>Justificación</source>
        <translation>Rationale</translation>
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
        <translation>Propose the amendment on behalf of your delegation (the words selected in the paragraph's text are copied as the current text)</translation>
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
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Copias de seguridad</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Copias de la base de datos de este espacio de trabajo. Se hace una cada día, antes de importar un paquete y antes de restaurar.</source>
        <translation>Copies of this workspace's database. One is made every day, before importing a bundle and before restoring.</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Crear copia ahora</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restaurar…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Restaurar la copia elegida</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>Restaurar desde un archivo…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Restaurar desde un archivo</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <source>Diaria</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Antes de importar un paquete</source>
        <translation>Before importing a bundle</translation>
    </message>
    <message>
        <source>Antes de actualizar el formato</source>
        <translation>Before upgrading the format</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Antes de restaurar</source>
        <translation>Before restoring</translation>
    </message>
    <message>
        <source>Todavía no hay copias de seguridad.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>Copia creada: %1</source>
        <translation>Backup created: %1</translation>
    </message>
    <message>
        <source>Restaurar copia de seguridad</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>¿Restaurar «%1»? El espacio de trabajo se cerrará y volverá a abrirse con los datos de esa copia. Antes se guarda una copia del estado actual (motivo «Antes de restaurar»), de modo que la restauración se puede deshacer.</source>
        <translation>Restore “%1”? The workspace will close and reopen with the data of that backup. A copy of the current state is kept first (reason “Before restoring”), so the restore can be undone.</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Aprobar presupuesto</source>
        <translation>Approve budget</translation>
    </message>
    <message>
        <source>&amp;Año:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Monto:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>M&amp;oneda:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Reunión de Viceministros que lo aprobó</source>
        <translation>Vice-Ministers' meeting that approved it</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Escala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Esperado</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Atrasado</source>
        <translation>In arrears</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Todos los años</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Presupuesto %1: %2 %3; esperado %4, pagado %5</source>
        <translation>Budget %1: %2 %3; expected %4, paid %5</translation>
    </message>
    <message>
        <source>aprobado en %1</source>
        <translation>approved at %1</translation>
    </message>
    <message>
        <source>Con aportes atrasados: %1</source>
        <translation>In arrears: %1</translation>
    </message>
    <message>
        <source>ninguno</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Tablas CSV (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Documentos PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Exportar los aportes</source>
        <translation>Export the contributions</translation>
    </message>
    <message>
        <source>Exportado: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>&amp;Año:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Año del presupuesto</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>Aportes por país</source>
        <translation>Contributions by country</translation>
    </message>
    <message>
        <source>País que paga</source>
        <translation>Paying country</translation>
    </message>
    <message>
        <source>Año del aporte</source>
        <translation>Contribution year</translation>
    </message>
    <message>
        <source>Monto pagado</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Registrar pago</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Aprobar presupuesto…</source>
        <translation>Approve budget…</translation>
    </message>
    <message>
        <source>Escala de contribuciones…</source>
        <translation>Scale of contributions…</translation>
    </message>
    <message>
        <source>Exportar CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Exportar PDF…</source>
        <translation>Export PDF…</translation>
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
        <source>Comprobando las reglas…</source>
        <translation>Checking the rules…</translation>
    </message>
    <message>
        <source>Ningún aviso.</source>
        <translation>No warnings.</translation>
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
    <name>CarryOverDialog</name>
    <message>
        <source>No hay decisiones pendientes de reuniones anteriores de este órgano.</source>
        <translation>There are no pending decisions from earlier meetings of this body.</translation>
    </message>
    <message>
        <source>Incluir seguimientos pendientes</source>
        <translation>Carry over pending follow-ups</translation>
    </message>
    <message>
        <source>Las agendas se concretan tomando en cuenta el seguimiento necesario de las reuniones anteriores. Marque las decisiones abiertas que se incluirán como puntos de seguimiento (espacio para marcar o desmarcar).</source>
        <translation>Agendas take into account the follow-up needed from earlier meetings. Tick the open decisions to include as follow-up items (space ticks or unticks).</translation>
    </message>
    <message>
        <source>Decisiones pendientes</source>
        <translation>Pending decisions</translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Te&amp;ma:</source>
        <translation>The&amp;me:</translation>
    </message>
    <message>
        <source>Tema a puerta &amp;cerrada:</source>
        <translation>&amp;Closed-door topic:</translation>
    </message>
    <message>
        <source>Tema de la CRM (el del Plan de Acción)</source>
        <translation>CRM theme (the Plan of Action's)</translation>
    </message>
    <message>
        <source>Tema de la reunión a puerta cerrada</source>
        <translation>Closed-door meeting topic</translation>
    </message>
    <message>
        <source>Solo los puntos de la reunión a puerta cerrada se clasifican por sus cuatro temas.</source>
        <translation>Only the closed-door meeting's items are classified by its four topics.</translation>
    </message>
    <message>
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comentario de %1 a la agenda</source>
        <translation>Comment by %1 on the agenda</translation>
    </message>
    <message>
        <source>Comentarios de las delegaciones</source>
        <translation>Comments from the delegations</translation>
    </message>
    <message>
        <source>Comentarios del punto seleccionado</source>
        <translation>Comments on the selected item</translation>
    </message>
    <message>
        <source>De&amp;legación:</source>
        <translation>De&amp;legation:</translation>
    </message>
    <message>
        <source>Delegación que comenta</source>
        <translation>Commenting delegation</translation>
    </message>
    <message>
        <source>Texto del comentario</source>
        <translation>Comment text</translation>
    </message>
    <message>
        <source>Comentario sobre el punto seleccionado</source>
        <translation>Comment on the selected item</translation>
    </message>
    <message>
        <source>Registrar co&amp;mentario</source>
        <translation>Record co&amp;mment</translation>
    </message>
    <message>
        <source>Registrar el comentario</source>
        <translation>Record the comment</translation>
    </message>
    <message>
        <source>Escriba el comentario antes de registrarlo.</source>
        <translation>Write the comment before recording it.</translation>
    </message>
</context>
<context>
    <name>CompareVersionsDialog</name>
    <message>
        <source>actual</source>
        <translation>current</translation>
    </message>
    <message>
        <source>añadidos</source>
        <translation>added</translation>
    </message>
    <message>
        <source>eliminados</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>modificados</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>trasladados</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>solo cambia el número</source>
        <translation>only the number changes</translation>
    </message>
    <message>
        <source>solo cambia la hora</source>
        <translation>only the time changes</translation>
    </message>
    <message>
        <source>Sin diferencias entre las dos versiones.</source>
        <translation>No differences between the two versions.</translation>
    </message>
    <message>
        <source>Comparar versiones de la agenda</source>
        <translation>Compare agenda versions</translation>
    </message>
    <message>
        <source>&amp;Anterior:</source>
        <translation>&amp;Earlier:</translation>
    </message>
    <message>
        <source>&amp;Posterior:</source>
        <translation>&amp;Later:</translation>
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
        <source>Diferencias entre las versiones</source>
        <translation>Differences between the versions</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
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
        <source>Texto actual</source>
        <translation>Current text</translation>
    </message>
    <message>
        <source>Elija dos versiones distintas para compararlas.</source>
        <translation>Choose two different versions to compare them.</translation>
    </message>
    <message>
        <source>Este documento no tiene aún versiones con nombre: no hay nada con qué comparar el texto.</source>
        <translation>This document has no named versions yet: there is nothing to compare the text with.</translation>
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
</context>
<context>
    <name>CompilationTab</name>
    <message>
        <source>Texto de compilación</source>
        <translation>Compilation text</translation>
    </message>
    <message>
        <source>Cada enmienda abierta aparece en su lugar con la delegación que la propone: &lt;u&gt;texto añadido subrayado&lt;/u&gt;, &lt;s&gt;texto suprimido tachado&lt;/s&gt;, [corchetes] sombreados.</source>
        <translation>Each open amendment appears in place with the delegation proposing it: &lt;u&gt;added text underlined&lt;/u&gt;, &lt;s&gt;deleted text struck through&lt;/s&gt;, [brackets] shaded.</translation>
    </message>
    <message>
        <source>Anexo: Decisiones</source>
        <translation>Annex: Decisions</translation>
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
    <name>Consequences</name>
    <message>
        <source>Ctrl+Z lo deshace todo de una vez.</source>
        <translation>Ctrl+Z undoes all of it at once.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Error inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>La sesión anterior de CRM Desktop terminó por un error inesperado. Sus datos guardados no se han perdido. Copie los detalles y envíelos a quien mantiene el programa.</source>
        <translation>The previous session of CRM Desktop ended with an unexpected error. Your saved data has not been lost. Copy the details and send them to whoever maintains the program.</translation>
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
    <name>DelegationsView</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Delegación</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Categoría</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Funciones</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Condición</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Husos horarios</source>
        <translation>Time zones</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Sigla</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Punto focal</source>
        <translation>Focal point</translation>
    </message>
    <message>
        <source>Por</source>
        <translation>By</translation>
    </message>
    <message>
        <source>invitación / autorización</source>
        <translation>invitation / authorisation</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>Pa&amp;íses</source>
        <translation>C&amp;ountries</translation>
    </message>
    <message>
        <source>&amp;Organizaciones</source>
        <translation>O&amp;rganisations</translation>
    </message>
    <message>
        <source>Puntos &amp;focales</source>
        <translation>&amp;Focal points</translation>
    </message>
    <message>
        <source>&amp;Acreditación</source>
        <translation>&amp;Accreditation</translation>
    </message>
    <message>
        <source>Delegaciones</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <source>No hay puntos focales registrados.</source>
        <translation>No focal points are recorded.</translation>
    </message>
</context>
<context>
    <name>DeliveryText</name>
    <message numerus="yes">
        <source>Reciben (%n):</source>
        <translation>
            <numerusform>Receives (%n):</numerusform>
            <numerusform>Receive (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>sin «%1»: reservado a %2</source>
        <translation>without “%1”: restricted to %2</translation>
    </message>
    <message numerus="yes">
        <source>Excluidos (%n):</source>
        <translation>
            <numerusform>Excluded (%n):</numerusform>
            <numerusform>Excluded (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>borrador escrito</source>
        <translation>draft written</translation>
    </message>
    <message>
        <source>el borrador ya existía; no se duplica</source>
        <translation>the draft already existed; not duplicated</translation>
    </message>
    <message>
        <source>enviado</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>ya enviado; no se reenvía</source>
        <translation>already sent; not sent again</translation>
    </message>
    <message>
        <source>un envío anterior se interrumpió; use «Reintentar» en la bandeja de salida</source>
        <translation>an earlier sending was interrupted; use “Retry” in the outbox</translation>
    </message>
    <message>
        <source>fallido: %1</source>
        <translation>failed: %1</translation>
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
        <source>Unirme al espacio de trabajo de la CRM…</source>
        <translation>Join the CRM's workspace…</translation>
    </message>
    <message>
        <source>Recibí una invitación de la Secretaría Técnica, o le enviaré una solicitud de ingreso: la ventana se abre en «Sincronización».</source>
        <translation>I received an invitation from the Technical Secretariat, or I will send it a join request: the window opens on “Sync”.</translation>
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
    <message>
        <source>No se restauró la copia:
%1</source>
        <translation>The backup was not restored:
%1</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Punto «%1» del orden del día</source>
        <translation>Agenda item “%1”</translation>
    </message>
    <message>
        <source>Punto seleccionado</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <source>Título (&amp;español):</source>
        <translation>Title (&amp;Spanish):</translation>
    </message>
    <message>
        <source>Título (in&amp;glés):</source>
        <translation>Title (En&amp;glish):</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>D&amp;uración:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Presenta:</source>
        <translation>&amp;Presenter:</translation>
    </message>
    <message>
        <source>Au&amp;diencia:</source>
        <translation>Au&amp;dience:</translation>
    </message>
    <message>
        <source>D&amp;ocumentos:</source>
        <translation>D&amp;ocuments:</translation>
    </message>
    <message>
        <source>Título en español</source>
        <translation>Title in Spanish</translation>
    </message>
    <message>
        <source>Título en inglés</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Tipo de punto</source>
        <translation>Kind of item</translation>
    </message>
    <message>
        <source>Duración en minutos</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Quién presenta</source>
        <translation>Who presents</translation>
    </message>
    <message>
        <source>Audiencia</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Documentos vinculados</source>
        <translation>Linked documents</translation>
    </message>
    <message>
        <source>Símbolos separados por comas, p. ej. CRM/GRCM/2026/3</source>
        <translation>Symbols separated by commas, e.g. CRM/GRCM/2026/3</translation>
    </message>
    <message>
        <source>&amp;Aplicar cambios</source>
        <translation>&amp;Apply changes</translation>
    </message>
    <message>
        <source>Aplicar los cambios al punto</source>
        <translation>Apply the changes to the item</translation>
    </message>
    <message>
        <source>Punto obligatorio según las reglas de la CRM: su título se conserva y no puede eliminarse.</source>
        <translation>Required by the CRM's rules: its title is kept and it cannot be removed.</translation>
    </message>
    <message>
        <source>Los subpuntos comparten la hora de su punto</source>
        <translation>Sub-items share the time of their item</translation>
    </message>
    <message>
        <source>El título en español no puede quedar vacío.</source>
        <translation>The Spanish title cannot be empty.</translation>
    </message>
</context>
<context>
    <name>DeviceTab</name>
    <message>
        <source>Este dispositivo</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Dispositivo:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Espacio:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Huella:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Léala en voz alta por teléfono: la otra persona debe ver exactamente la misma huella.</source>
        <translation>Read it aloud by phone: the other person must see exactly the same fingerprint.</translation>
    </message>
    <message>
        <source>Importar la &amp;invitación recibida…</source>
        <translation>Import the &amp;invitation received…</translation>
    </message>
    <message>
        <source>Importar la invitación (paquete de bienvenida)</source>
        <translation>Import the invitation (welcome bundle)</translation>
    </message>
    <message>
        <source>Empezar a sincronizar este equipo</source>
        <translation>Start synchronising this laptop</translation>
    </message>
    <message>
        <source>Este equipo aún no tiene identidad de sincronización: no envía ni recibe cambios de nadie. ¿Qué desea hacer?</source>
        <translation>This laptop has no sync identity yet: it neither sends nor receives anyone's changes. What do you want to do?</translation>
    </message>
    <message>
        <source>&amp;Unirme al espacio de trabajo de la CRM</source>
        <translation>&amp;Join the CRM's workspace</translation>
    </message>
    <message>
        <source>Recibí una invitación de la Secretaría Técnica, o le enviaré una solicitud de ingreso. Es lo que hacen las delegaciones, la Presidencia Pro-Témpore y los observadores.</source>
        <translation>I received an invitation from the Technical Secretariat, or I will send it a join request. This is what delegations, the Pro-Tempore Presidency and observers do.</translation>
    </message>
    <message>
        <source>&amp;Fundar un espacio de trabajo nuevo (solo la Secretaría Técnica)</source>
        <translation>&amp;Found a new workspace (the Technical Secretariat only)</translation>
    </message>
    <message>
        <source>La Secretaría Técnica lo hace una sola vez, en su propio equipo, antes que nadie.</source>
        <translation>The Technical Secretariat does this once, on its own laptop, before anyone else.</translation>
    </message>
    <message>
        <source>Unirse al espacio de trabajo de la CRM</source>
        <translation>Joining the CRM's workspace</translation>
    </message>
    <message>
        <source>1. Escriba su nombre, su rol y su país u organización, y cree la solicitud de ingreso.
2. Envíe el archivo a la Secretaría Técnica y léale por teléfono la huella que verá aquí.
3. Cuando la apruebe, la Secretaría Técnica le enviará una invitación (un paquete de bienvenida .crmb): impórtela aquí y verá las reuniones de la CRM.</source>
        <translation>1. Type your name, your role and your country or organisation, and create the join request.
2. Send the file to the Technical Secretariat and read it the fingerprint you will see here, by phone.
3. Once it approves, the Technical Secretariat will send you an invitation (a .crmb welcome bundle): import it here and you will see the CRM's meetings.</translation>
    </message>
    <message>
        <source>— Elija su rol —</source>
        <translation>— Choose your role —</translation>
    </message>
    <message>
        <source>Crear la &amp;solicitud de ingreso…</source>
        <translation>Create the join &amp;request…</translation>
    </message>
    <message>
        <source>Elija su rol: país miembro, observador, Presidencia o Secretaría.</source>
        <translation>Choose your role: member country, observer, Presidency or Secretariat.</translation>
    </message>
    <message>
        <source>¿Fundar el espacio de trabajo «%1»?

Este equipo será la persona administradora: aprobará el ingreso de todos los demás equipos. Hágalo solo si es la Secretaría Técnica y la CRM no tiene aún un espacio de trabajo; si ya lo tiene, únase a él.</source>
        <translation>Found the workspace “%1”?

This laptop will be its administrator: it will approve every other laptop. Do this only if you are the Technical Secretariat and the CRM has no workspace yet; if it has one, join it.</translation>
    </message>
    <message>
        <source>Solicitud guardada en %1. Envíela a la Secretaría Técnica; huella: %2</source>
        <translation>Request saved in %1. Send it to the Technical Secretariat; fingerprint: %2</translation>
    </message>
    <message>
        <source>Una invitación se abre solo en el equipo que escribió la solicitud de ingreso. Cree primero la solicitud desde este equipo y envíela a la Secretaría Técnica: la invitación que le devuelva se importa aquí.</source>
        <translation>An invitation opens only on the laptop that wrote the join request. First create the request from this laptop and send it to the Technical Secretariat: the invitation it sends back is imported here.</translation>
    </message>
    <message>
        <source>Importar la invitación</source>
        <translation>Import the invitation</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>País u &amp;organización:</source>
        <translation>Country or &amp;organisation:</translation>
    </message>
    <message>
        <source>Persona que usa este equipo</source>
        <translation>Person who uses this laptop</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>País (dos letras) u organización</source>
        <translation>Country (two letters) or organisation</translation>
    </message>
    <message>
        <source>CR, MX… o el nombre de la organización</source>
        <translation>CR, MX… or the organisation's name</translation>
    </message>
    <message>
        <source>Crear una solicitud de ingreso</source>
        <translation>Create a join request</translation>
    </message>
    <message>
        <source>Ya tengo la &amp;invitación…</source>
        <translation>I have the &amp;invitation…</translation>
    </message>
    <message>
        <source>Fundar un espacio de trabajo nuevo</source>
        <translation>Found a new workspace</translation>
    </message>
    <message>
        <source>Fundar crea un espacio de trabajo nuevo, con este equipo como persona administradora: aprobará el ingreso de cada delegación. Solo la Secretaría Técnica lo hace, una vez. Si la CRM ya tiene su espacio, no funde otro: sería un registro rival cuyos cambios nadie más recibiría. Elija «Unirme al espacio de trabajo de la CRM».</source>
        <translation>Founding creates a new workspace with this laptop as its administrator: it will approve every delegation's laptop. Only the Technical Secretariat does this, once. If the CRM already has its workspace, do not found another: it would be a rival roster whose changes nobody else would receive. Choose “Join the CRM's workspace”.</translation>
    </message>
    <message>
        <source>P&amp;ersona:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>Persona de la Secretaría Técnica que funda el espacio</source>
        <translation>Person of the Technical Secretariat who founds the workspace</translation>
    </message>
    <message>
        <source>Soy la &amp;Secretaría Técnica y la CRM todavía no tiene un espacio de trabajo</source>
        <translation>I am the Technical &amp;Secretariat and the CRM has no workspace yet</translation>
    </message>
    <message>
        <source>F&amp;undar el espacio…</source>
        <translation>F&amp;ound the workspace…</translation>
    </message>
    <message>
        <source>Fundar el espacio como Secretaría Técnica</source>
        <translation>Found the workspace as the Technical Secretariat</translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona que usa este equipo.</source>
        <translation>Type the name of the person who uses this laptop.</translation>
    </message>
    <message>
        <source>Espacio fundado. Huella: %1</source>
        <translation>Workspace founded. Fingerprint: %1</translation>
    </message>
    <message>
        <source>Indique el país (código de dos letras, p. ej. CR) o la organización.</source>
        <translation>Give the country (two-letter code, e.g. CR) or the organisation.</translation>
    </message>
    <message>
        <source>Guardar la solicitud de ingreso</source>
        <translation>Save the join request</translation>
    </message>
</context>
<context>
    <name>DirectoryTabs</name>
    <message>
        <source>&amp;Buscar:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Nombre, país, cargo, institución…</source>
        <translation>Name, country, position, institution…</translation>
    </message>
    <message>
        <source>Buscar personas</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Filtrar por categoría</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>Todas las categorías</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>&amp;Nueva persona…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Nueva persona</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Editar la persona seleccionada</source>
        <translation>Edit the selected person</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Países</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Organizaciones</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Puntos focales</source>
        <translation>Focal points</translation>
    </message>
    <message>
        <source>Buscar puntos focales</source>
        <translation>Search focal points</translation>
    </message>
    <message>
        <source>&amp;Registrar punto focal…</source>
        <translation>&amp;Register focal point…</translation>
    </message>
    <message>
        <source>Registrar punto focal</source>
        <translation>Register focal point</translation>
    </message>
    <message>
        <source>%1 de %2 personas</source>
        <translation>%1 of %2 people</translation>
    </message>
    <message>
        <source>La persona ya no existe; copie el texto desde la recuperación.</source>
        <translation>The person no longer exists; copy the text from the recovery window.</translation>
    </message>
</context>
<context>
    <name>DraftForms</name>
    <message>
        <source>Enmienda a «%1»</source>
        <translation>Amendment to “%1”</translation>
    </message>
    <message>
        <source>Comentario sobre «%1»</source>
        <translation>Comment on “%1”</translation>
    </message>
    <message>
        <source>Objeción a «%1»</source>
        <translation>Objection to “%1”</translation>
    </message>
    <message>
        <source>Nombre de una versión de «%1»</source>
        <translation>Name of a version of “%1”</translation>
    </message>
</context>
<context>
    <name>DraftingBase</name>
    <message>
        <source>Actuar como %1</source>
        <translation>Act as %1</translation>
    </message>
    <message>
        <source>Nadie está acreditado en esta reunión: no se puede actuar.</source>
        <translation>Nobody is accredited to this meeting: no action is possible.</translation>
    </message>
</context>
<context>
    <name>DraftingLabels</name>
    <message>
        <source>Enmienda de %1 aceptada a las %2 por %3</source>
        <translation>Amendment by %1 accepted at %2 by %3</translation>
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
        <source>Enmiendas abiertas al párrafo · ✓: enmienda aceptada desde la última versión</source>
        <translation>Open amendments to the paragraph · ✓: amendment accepted since the last version</translation>
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
        <source>CONFIDENCIAL</source>
        <translation>CONFIDENTIAL</translation>
    </message>
    <message>
        <source>Redacción</source>
        <translation>Drafting</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Un borrador por idioma, con los puntos focales en copia oculta (Cco): ábralo en su programa de correo, revíselo y envíelo desde allí.</source>
        <translation>One draft per language, with the focal points in blind copy (Bcc): open it in your mail program, review it and send it from there.</translation>
    </message>
    <message>
        <source>&amp;Carpeta:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Carpeta de los borradores</source>
        <translation>Drafts folder</translation>
    </message>
    <message>
        <source>&amp;Examinar…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Escribir los &amp;borradores</source>
        <translation>Write the &amp;drafts</translation>
    </message>
    <message>
        <source>Borradores guardados:</source>
        <translation>Saved drafts:</translation>
    </message>
    <message>
        <source>Borradores guardados</source>
        <translation>Saved drafts</translation>
    </message>
    <message>
        <source>&amp;Abrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Abrir el borrador en el programa de correo</source>
        <translation>Open the draft in the mail program</translation>
    </message>
    <message>
        <source>&amp;Mostrar en la carpeta</source>
        <translation>&amp;Show in folder</translation>
    </message>
    <message>
        <source>Mostrar el borrador en su carpeta</source>
        <translation>Show the draft in its folder</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Texto de un párrafo de «%1»</source>
        <translation>Text of a paragraph of “%1”</translation>
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
        <translation>Save the paragraph's text</translation>
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
        <translation>Change the paragraph's status (agreement is declared by the Pro-Tempore Presidency)</translation>
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
        <source>Editar el párrafo %1</source>
        <translation>Edit paragraph %1</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Paquetes</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <source>&amp;Destino:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>Destino del paquete</source>
        <translation>Recipients of the bundle</translation>
    </message>
    <message>
        <source>Paquete &amp;completo (todo lo que puede recibir, no solo lo nuevo)</source>
        <translation>&amp;Full bundle (everything they may receive, not only what is new)</translation>
    </message>
    <message>
        <source>&amp;Exportar paquete…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>Exportar un paquete</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <source>&amp;Importar paquete…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <source>Importar un paquete</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>También puede arrastrar un archivo .crmb a la ventana para importarlo.</source>
        <translation>You can also drag a .crmb file onto the window to import it.</translation>
    </message>
    <message>
        <source>Carpeta compartida</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <source>Ca&amp;rpeta:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Elegir la carpeta compartida</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <source>Sincronizar &amp;automáticamente cada</source>
        <translation>Synchronise &amp;automatically every</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutos entre sincronizaciones</source>
        <translation>Minutes between synchronisations</translation>
    </message>
    <message>
        <source>&amp;Sincronizar ahora</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>Sincronizar ahora con la carpeta compartida</source>
        <translation>Synchronise with the shared folder now</translation>
    </message>
    <message>
        <source>Todos los demás dispositivos</source>
        <translation>All other devices</translation>
    </message>
    <message>
        <source>Rol: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Guardar el paquete</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <source>Paquete guardado en %1: %2 para %3.</source>
        <translation>Bundle saved to %1: %2 for %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n cambio(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispositivo(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 importado (de %2, huella %3): %4, %5 en espera.</source>
        <translation>%1 imported (from %2, fingerprint %3): %4, %5 waiting.</translation>
    </message>
    <message numerus="yes">
        <source>%n cambio(s) aplicado(s)</source>
        <translation>
            <numerusform>%n change applied</numerusform>
            <numerusform>%n changes applied</numerusform>
        </translation>
    </message>
    <message>
        <source>Carpeta sincronizada: %1, %2.</source>
        <translation>Folder synchronised: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n paquete(s) importado(s)</source>
        <translation>
            <numerusform>%n bundle imported</numerusform>
            <numerusform>%n bundles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paquete(s) exportado(s)</source>
        <translation>
            <numerusform>%n bundle exported</numerusform>
            <numerusform>%n bundles exported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ya se había importado; nada cambió.</source>
        <translation>%1 was already imported; nothing changed.</translation>
    </message>
    <message>
        <source>Este equipo ya forma parte del espacio «%1».</source>
        <translation>This laptop is now part of the workspace “%1”.</translation>
    </message>
    <message>
        <source>Elija primero la carpeta compartida.</source>
        <translation>Choose the shared folder first.</translation>
    </message>
    <message>
        <source>%1 rechazado: %2</source>
        <translation>%1 refused: %2</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>Registrar punto focal</source>
        <translation>Register focal point</translation>
    </message>
    <message>
        <source>El punto focal es la persona designada en las instituciones de cada País Miembro que sirve de vínculo y punto de contacto en asuntos de la CRM. Los organismos observadores designan también un contacto, que recibe la agenda preliminar.</source>
        <translation>The focal point is the person designated in each member country's institutions as the link and contact in CRM matters. The observer organisations also designate a contact, who receives the preliminary agenda.</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Institución:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>N.º</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Días de atraso</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nota sobre una acción de seguimiento</source>
        <translation>Note on a follow-up action</translation>
    </message>
    <message>
        <source>Nota de %1: %2</source>
        <translation>Note by %1: %2</translation>
    </message>
    <message>
        <source>Sin notas ni cambios de estado.</source>
        <translation>No notes or status changes.</translation>
    </message>
    <message>
        <source>Estado: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Solo las vencidas</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Acciones abiertas</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Historial de la acción seleccionada</source>
        <translation>History of the selected action</translation>
    </message>
    <message>
        <source>Historial de la acción</source>
        <translation>Action history</translation>
    </message>
    <message>
        <source>Nuevo estado</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Nota (obligatoria para descartar)</source>
        <translation>Note (required to drop)</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cambiar estado</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Añadir nota</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>FormAutosaver</name>
    <message>
        <source>Descartar lo escrito</source>
        <translation>Discard what you typed</translation>
    </message>
    <message>
        <source>Lo que escribió en este formulario no se ha guardado. ¿Descartarlo?</source>
        <translation>What you typed in this form has not been saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Motivo del rechazo</source>
        <translation>Reason for the refusal</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guía de CRM Desktop</source>
        <translation>CRM Desktop guide</translation>
    </message>
    <message>
        <source>Guía</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Prevista en la rotación</source>
        <translation>Planned in the rotation</translation>
    </message>
    <message>
        <source>Designada</source>
        <translation>Designated</translation>
    </message>
    <message>
        <source>Troika de %1: anterior %2 · en ejercicio %3 · siguiente %4</source>
        <translation>Troika of %1: previous %2 · current %3 · next %4</translation>
    </message>
    <message>
        <source>Documentos PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Datos JSON (*.json)</source>
        <translation>JSON data (*.json)</translation>
    </message>
    <message>
        <source>Guardar el paquete de traspaso</source>
        <translation>Save the handover pack</translation>
    </message>
    <message>
        <source>Paquete de traspaso guardado: %1</source>
        <translation>Handover pack saved: %1</translation>
    </message>
    <message>
        <source>&amp;Año de la Presidencia:</source>
        <translation>Presidency &amp;year:</translation>
    </message>
    <message>
        <source>Año de la Presidencia saliente</source>
        <translation>Year of the outgoing Presidency</translation>
    </message>
    <message>
        <source>Plan de rotación de la Presidencia</source>
        <translation>Presidency rotation plan</translation>
    </message>
    <message>
        <source>Año por planificar</source>
        <translation>Year to plan</translation>
    </message>
    <message>
        <source>País previsto</source>
        <translation>Planned country</translation>
    </message>
    <message>
        <source>Prever la Presidencia</source>
        <translation>Plan the Presidency</translation>
    </message>
    <message>
        <source>Paquete de traspaso (PDF)…</source>
        <translation>Handover pack (PDF)…</translation>
    </message>
    <message>
        <source>Paquete de traspaso (JSON)…</source>
        <translation>Handover pack (JSON)…</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
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
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Nuevo indicador</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>&amp;Tema:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Actividad:</source>
        <translation>&amp;Activity:</translation>
    </message>
    <message>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Actividad medida</source>
        <translation>Activity measured</translation>
    </message>
    <message>
        <source>Nombre (español):</source>
        <translation>Name (Spanish):</translation>
    </message>
    <message>
        <source>Nombre (inglés):</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <source>&amp;Unidad:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Línea de &amp;base:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>&amp;Meta:</source>
        <translation>T&amp;arget:</translation>
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
    <name>LogisticsTab</name>
    <message>
        <source>Servicio</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>A cargo de</source>
        <translation>Borne by</translation>
    </message>
    <message>
        <source>Proveedor</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Costo</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Control de calidad</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>Servicio logístico «%1»</source>
        <translation>Logistics service “%1”</translation>
    </message>
    <message>
        <source>Costo a cargo de la PPT: %1 · de la ST: %2 · pendientes: %3 · por verificar: %4</source>
        <translation>Cost borne by the PPT: %1 · by the ST: %2 · pending: %3 · awaiting check: %4</translation>
    </message>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Reunión de la logística</source>
        <translation>Meeting of the logistics</translation>
    </message>
    <message>
        <source>Preparar la lista de verificación</source>
        <translation>Prepare the checklist</translation>
    </message>
    <message>
        <source>Lista de verificación logística</source>
        <translation>Logistics checklist</translation>
    </message>
    <message>
        <source>Servicio seleccionado</source>
        <translation>Selected service</translation>
    </message>
    <message>
        <source>Estado del servicio</source>
        <translation>Service status</translation>
    </message>
    <message>
        <source>Resultado del control de calidad</source>
        <translation>Quality check result</translation>
    </message>
    <message>
        <source>Guardar el servicio</source>
        <translation>Save the service</translation>
    </message>
    <message>
        <source>Nota (obligatoria si es deficiente)</source>
        <translation>Note (required if deficient)</translation>
    </message>
    <message>
        <source>Nota del control de calidad</source>
        <translation>Quality check note</translation>
    </message>
    <message>
        <source>Registrar el control</source>
        <translation>Record the check</translation>
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
        <source>Abriendo el espacio de trabajo…</source>
        <translation>Opening the workspace…</translation>
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
        <source>Copias de &amp;seguridad…</source>
        <translation>&amp;Backups…</translation>
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
        <source>&amp;Guía</source>
        <translation>&amp;Guide</translation>
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
        <translation>Type the meeting's name.</translation>
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
        <source>Nombre en in&amp;glés:</source>
        <translation>Name in En&amp;glish:</translation>
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
        <source>Vacío: se usa el nombre que se muestra en gris.</source>
        <translation>Empty: the name shown in grey is used.</translation>
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
    <message>
        <source>Terminó el %1: márquela como celebrada.</source>
        <translation>It ended on %1: mark it as held.</translation>
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
        <source>Abrir esta agenda en «Agenda»</source>
        <translation>Open this agenda in “Agenda”</translation>
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
        <source>Abrir este documento en «Redacción»</source>
        <translation>Open this document in “Drafting”</translation>
    </message>
    <message>
        <source>Ningún documento en negociación.</source>
        <translation>No documents under negotiation.</translation>
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
        <source>Eliminar la reunión del calendario (solo mientras está planificada)</source>
        <translation>Delete the meeting from the calendar (only while it is planned)</translation>
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
        <source>Documentos</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Abrir las delegaciones…</source>
        <translation>Open the delegations…</translation>
    </message>
    <message>
        <source>Abrir las delegaciones de esta reunión</source>
        <translation>Open this meeting's delegations</translation>
    </message>
    <message>
        <source>Documentos…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <source>Abrir los informes de esta reunión</source>
        <translation>Open this meeting’s reports</translation>
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
    <message>
        <source>Registrada como «%1» y ya terminó: márquela como celebrada en su página.</source>
        <translation>Recorded as “%1” and already over: mark it as held on its page.</translation>
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
    <name>NewDocumentDialog</name>
    <message>
        <source>Nuevo documento</source>
        <translation>New document</translation>
    </message>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>&amp;Tipo de documento:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Lectores:</source>
        <translation>&amp;Readers:</translation>
    </message>
    <message>
        <source>Tí&amp;tulo:</source>
        <translation>Ti&amp;tle:</translation>
    </message>
    <message>
        <source>Crear</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ninguna reunión del calendario redacta documentos negociados.</source>
        <translation>No meeting in the calendar drafts negotiated documents.</translation>
    </message>
    <message>
        <source>Pública</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Solo la reunión a puerta cerrada</source>
        <translation>Closed-door meeting only</translation>
    </message>
    <message>
        <source>El símbolo y la numeración se asignan solos; los lectores no cambian después.</source>
        <translation>The symbol and numbering are assigned automatically; the readers cannot change afterwards.</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Mensajes de la bandeja de salida</source>
        <translation>Outbox messages</translation>
    </message>
    <message>
        <source>&amp;Reintentar los fallidos seleccionados</source>
        <translation>&amp;Retry the selected failed messages</translation>
    </message>
    <message>
        <source>Reintentar el envío de los mensajes fallidos seleccionados</source>
        <translation>Retry sending the selected failed messages</translation>
    </message>
    <message>
        <source>&amp;Actualizar</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Actualizar la bandeja de salida</source>
        <translation>Refresh the outbox</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vía</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Destinatario</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Intentos</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Adjuntos</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Borrador .eml</source>
        <translation>.eml draft</translation>
    </message>
    <message>
        <source>Configure el servidor SMTP en «Enviar a los puntos focales…».</source>
        <translation>Set up the SMTP server in “Send to focal points…”.</translation>
    </message>
    <message numerus="yes">
        <source>Reintento: %n enviado(s)</source>
        <translation>
            <numerusform>Retry: %n sent</numerusform>
            <numerusform>Retry: %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fallido(s) de nuevo</source>
        <translation>
            <numerusform>%n failed again</numerusform>
            <numerusform>%n failed again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Acciones vencidas</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Acciones abiertas</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Actividades retrasadas del Plan de Acción</source>
        <translation>Delayed Plan of Action activities</translation>
    </message>
    <message>
        <source>Actividades pendientes del Plan de Acción</source>
        <translation>Pending Plan of Action activities</translation>
    </message>
    <message>
        <source>Actividades prioritarias por decidir financiamiento</source>
        <translation>Priority activities awaiting a funding decision</translation>
    </message>
    <message>
        <source>Planes de trabajo en espera de aprobación</source>
        <translation>Work plans awaiting approval</translation>
    </message>
    <message>
        <source>Acciones vencidas de los planes de trabajo</source>
        <translation>Overdue work plan actions</translation>
    </message>
    <message>
        <source>Países con aportes atrasados</source>
        <translation>Countries in arrears</translation>
    </message>
    <message>
        <source>Servicios logísticos pendientes</source>
        <translation>Pending logistics services</translation>
    </message>
    <message>
        <source>Servicios por verificar (calidad)</source>
        <translation>Services awaiting a quality check</translation>
    </message>
    <message>
        <source>Situación al %1 (semestre %2)</source>
        <translation>Situation on %1 (semester %2)</translation>
    </message>
    <message>
        <source>ninguno</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ParticipantsImportDialog</name>
    <message>
        <source>Nueva persona</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Persona conocida</source>
        <translation>Known person</translation>
    </message>
    <message>
        <source>Ya acreditada</source>
        <translation>Already accredited</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Línea</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Delegación</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 filas: %2 por acreditar, %3 con errores, %4 ya acreditadas.</source>
        <translation>%1 rows: %2 to accredit, %3 with errors, %4 already accredited.</translation>
    </message>
    <message>
        <source>%1 participantes acreditados (%2 personas nuevas).</source>
        <translation>%1 participants accredited (%2 new people).</translation>
    </message>
    <message>
        <source>Importar participantes: %1</source>
        <translation>Import participants: %1</translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Importar solo las filas &amp;válidas</source>
        <translation>Import only the &amp;valid rows</translation>
    </message>
    <message>
        <source>Importar todas las filas</source>
        <translation>Import all the rows</translation>
    </message>
    <message>
        <source>Importar solo las filas válidas</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <source>Vista previa de la importación</source>
        <translation>Import preview</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Editar persona</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Nueva persona</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Categoría:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;País:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>&amp;Cargo:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Car&amp;go en inglés:</source>
        <translation>Position in En&amp;glish:</translation>
    </message>
    <message>
        <source>&amp;Institución:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>Institución en inglé&amp;s:</source>
        <translation>Institution in Engli&amp;sh:</translation>
    </message>
    <message>
        <source>Correo &amp;electrónico:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>&amp;Funciones:</source>
        <translation>Ro&amp;les:</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Categoría</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Cargo en inglés</source>
        <translation>Position in English</translation>
    </message>
    <message>
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Institución en inglés</source>
        <translation>Institution in English</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Funciones</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>si difiere del español</source>
        <translation>if it differs from the Spanish</translation>
    </message>
    <message>
        <source>Un cargo de la CRM (p. ej. Viceministro) se escribe según el género de la persona.</source>
        <translation>A CRM position (e.g. Vice-Minister) is written according to the person's gender.</translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona.</source>
        <translation>Write the person's name.</translation>
    </message>
    <message>
        <source>La dirección de correo no es válida.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Actividad</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Situación</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Prioritaria</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Financiamiento</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unidad</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Línea de base</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Valores por semestre</source>
        <translation>Values per semester</translation>
    </message>
    <message>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Avance anterior</source>
        <translation>Previous progress</translation>
    </message>
    <message>
        <source>Todos los temas</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Guardar el informe de avance</source>
        <translation>Save the progress report</translation>
    </message>
    <message>
        <source>Documentos PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Informe guardado: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>&amp;Tema:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Tema del Plan de Acción</source>
        <translation>Plan of Action theme</translation>
    </message>
    <message>
        <source>Actividades del Plan de Acción</source>
        <translation>Plan of Action activities</translation>
    </message>
    <message>
        <source>Indicadores del Plan de Acción</source>
        <translation>Plan of Action indicators</translation>
    </message>
    <message>
        <source>Actividad seleccionada</source>
        <translation>Selected activity</translation>
    </message>
    <message>
        <source>Estado de la actividad</source>
        <translation>Activity status</translation>
    </message>
    <message>
        <source>Cambiar estado</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Requiere financiamiento</source>
        <translation>Needs funding</translation>
    </message>
    <message>
        <source>Monto del financiamiento</source>
        <translation>Funding amount</translation>
    </message>
    <message>
        <source>Decidir financiamiento</source>
        <translation>Decide funding</translation>
    </message>
    <message>
        <source>&amp;Semestre:</source>
        <translation>&amp;Semester:</translation>
    </message>
    <message>
        <source>Semestre de los indicadores</source>
        <translation>Indicators' semester</translation>
    </message>
    <message>
        <source>Informe de avance (PDF)…</source>
        <translation>Progress report (PDF)…</translation>
    </message>
    <message>
        <source>Nueva actividad…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Nuevo indicador…</source>
        <translation>New indicator…</translation>
    </message>
    <message>
        <source>Registrar valor…</source>
        <translation>Record value…</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Ajustar al &amp;ancho</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Cada página ocupa el ancho del panel</source>
        <translation>Each page takes the width of the pane</translation>
    </message>
    <message>
        <source>Ampliar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Ampliar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Reducir (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Reducir</source>
        <translation>Zoom out</translation>
    </message>
</context>
<context>
    <name>ProcessView</name>
    <message>
        <source>Resumen</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Plan de Acción</source>
        <translation>Plan of Action</translation>
    </message>
    <message>
        <source>Seguimiento de decisiones</source>
        <translation>Follow-up of decisions</translation>
    </message>
    <message>
        <source>Planes de trabajo</source>
        <translation>Work plans</translation>
    </message>
    <message>
        <source>Presupuesto y aportes</source>
        <translation>Budget and contributions</translation>
    </message>
    <message>
        <source>Logística</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>Traspaso de la Presidencia</source>
        <translation>Presidency handover</translation>
    </message>
    <message>
        <source>Áreas del proceso entre reuniones</source>
        <translation>Areas of the process between meetings</translation>
    </message>
    <message>
        <source>Entre reuniones</source>
        <translation>Between meetings</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Proyección</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Esc: salir de la proyección</source>
        <translation>Esc: leave the projection</translation>
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
    <name>ReportsView</name>
    <message>
        <source>Documentos</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Bandeja de salida</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>&amp;Documento:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Año del calendario:</source>
        <translation>Calendar &amp;year:</translation>
    </message>
    <message>
        <source>Año del calendario</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Idioma del documento</source>
        <translation>Document language</translation>
    </message>
    <message>
        <source>&amp;Vista previa</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Vista previa del documento</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>&amp;Guardar como…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Guardar el documento como PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <source>&amp;Enviar a los puntos focales…</source>
        <translation>Send to &amp;focal points…</translation>
    </message>
    <message>
        <source>Enviar documentos a los puntos focales</source>
        <translation>Send documents to the focal points</translation>
    </message>
    <message>
        <source>Páginas de la vista previa</source>
        <translation>Preview pages</translation>
    </message>
    <message>
        <source>Elija un documento y pulse «Vista previa».</source>
        <translation>Choose a document and press “Preview”.</translation>
    </message>
    <message>
        <source>texto de compilación con las propuestas</source>
        <translation>compilation text with the proposals</translation>
    </message>
    <message>
        <source>Destinatarios: %1</source>
        <translation>Recipients: %1</translation>
    </message>
    <message>
        <source>Calendario anual de reuniones</source>
        <translation>Annual calendar of meetings</translation>
    </message>
    <message>
        <source>Preparando la vista previa…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n página(s)</source>
        <translation>
            <numerusform>%1 — %n page</numerusform>
            <numerusform>%1 — %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>La vista previa necesita Poppler (pdftoppm) o QtPdf, que no están en este equipo. «Guardar como…» funciona igualmente.</source>
        <translation>The preview needs Poppler (pdftoppm) or QtPdf, which this computer does not have. “Save as…” works all the same.</translation>
    </message>
    <message numerus="yes">
        <source>Se muestran las primeras %n página(s).</source>
        <translation>
            <numerusform>Showing the first page.</numerusform>
            <numerusform>Showing the first %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Página %1 de %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Guardar el documento</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>Documentos PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Guardado: %1 (%n página(s))</source>
        <translation>
            <numerusform>Saved: %1 (%n page)</numerusform>
            <numerusform>Saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Informes</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>RoomTools</name>
    <message>
        <source>Documentos</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Mostrar u ocultar la lista de documentos</source>
        <translation>Show or hide the list of documents</translation>
    </message>
    <message>
        <source>Enmiendas</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Mostrar u ocultar las enmiendas y los comentarios junto al texto</source>
        <translation>Show or hide the amendments and comments beside the text</translation>
    </message>
    <message>
        <source>Proyectar</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Mostrar a la sala el párrafo elegido, a pantalla completa y en letra grande (Esc: salir)</source>
        <translation>Show the chosen paragraph to the room, full screen and in large type (Esc: leave)</translation>
    </message>
    <message>
        <source>Pantalla que ve la sala:</source>
        <translation>Screen the room sees:</translation>
    </message>
    <message>
        <source>Abra primero un documento.</source>
        <translation>Open a document first.</translation>
    </message>
    <message>
        <source>Nuevo documento…</source>
        <translation>New document…</translation>
    </message>
    <message>
        <source>Crear un documento negociado de una reunión</source>
        <translation>Create a negotiated document of a meeting</translation>
    </message>
    <message>
        <source>Documento creado</source>
        <translation>Document created</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Filtrar dispositivos…</source>
        <translation>Filter devices…</translation>
    </message>
    <message>
        <source>Filtrar dispositivos</source>
        <translation>Filter devices</translation>
    </message>
    <message>
        <source>Dispositivos del espacio</source>
        <translation>Devices of the workspace</translation>
    </message>
    <message>
        <source>&amp;Aprobar una solicitud…</source>
        <translation>&amp;Approve a request…</translation>
    </message>
    <message>
        <source>Aprobar una solicitud de ingreso</source>
        <translation>Approve a join request</translation>
    </message>
    <message>
        <source>Re&amp;vocar…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Revocar el dispositivo seleccionado</source>
        <translation>Revoke the selected device</translation>
    </message>
    <message>
        <source>&amp;Nombrar administrador…</source>
        <translation>Appoint ad&amp;ministrator…</translation>
    </message>
    <message>
        <source>Nombrar administrador al dispositivo seleccionado</source>
        <translation>Appoint the selected device as administrator</translation>
    </message>
    <message>
        <source>Solo una persona administradora aprueba, revoca o nombra administradores.</source>
        <translation>Only an administrator approves, revokes or appoints administrators.</translation>
    </message>
    <message>
        <source>Abrir una solicitud de ingreso</source>
        <translation>Open a join request</translation>
    </message>
    <message>
        <source>¿Aprobar el ingreso de este equipo?

Persona: %1
Dispositivo: %2
Rol: %3
País u organización: %4

%6

Huella:
%5

Compruebe la huella por teléfono con la persona antes de aprobar.</source>
        <translation>Approve this laptop joining?

Person: %1
Device: %2
Role: %3
Country or organisation: %4

%6

Fingerprint:
%5

Check the fingerprint with the person by phone before approving.</translation>
    </message>
    <message>
        <source>Guardar el paquete de bienvenida</source>
        <translation>Save the welcome bundle</translation>
    </message>
    <message>
        <source>%1 aprobado. Envíele el paquete de bienvenida: %2</source>
        <translation>%1 approved. Send them the welcome bundle: %2</translation>
    </message>
    <message>
        <source>¿Revocar el dispositivo %1 (%2)? No recibirá nada más y sus paquetes posteriores se rechazarán. No se puede deshacer.</source>
        <translation>Revoke device %1 (%2)? It will receive nothing more and its later bundles will be refused. This cannot be undone.</translation>
    </message>
    <message>
        <source>Revocar un dispositivo</source>
        <translation>Revoke a device</translation>
    </message>
    <message>
        <source>Dispositivo %1 revocado.</source>
        <translation>Device %1 revoked.</translation>
    </message>
    <message>
        <source>¿Nombrar administrador al dispositivo %1 (%2)? Podrá aprobar y revocar equipos.</source>
        <translation>Appoint device %1 (%2) as an administrator? It will be able to approve and revoke laptops.</translation>
    </message>
    <message>
        <source>Nombrar otra persona administradora</source>
        <translation>Appoint another administrator</translation>
    </message>
    <message>
        <source>%1 es ahora administrador.</source>
        <translation>%1 is now an administrator.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Escala de contribuciones</source>
        <translation>Scale of contributions</translation>
    </message>
    <message>
        <source>&amp;Desde el año:</source>
        <translation>&amp;From year:</translation>
    </message>
    <message>
        <source>Cuota de %1</source>
        <translation>Share of %1</translation>
    </message>
    <message>
        <source>Suma de las cuotas</source>
        <translation>Sum of the shares</translation>
    </message>
    <message>
        <source>Suma: %1 % (debe ser 100 %)</source>
        <translation>Sum: %1 % (must be 100 %)</translation>
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
    <name>Sections</name>
    <message>
        <source>Sincronización</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Enviar a los puntos focales</source>
        <translation>Send to focal points</translation>
    </message>
    <message>
        <source>Reunión: %1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <source>&amp;Documentos:</source>
        <translation>&amp;Documents:</translation>
    </message>
    <message>
        <source>Documentos que se envían</source>
        <translation>Documents to send</translation>
    </message>
    <message>
        <source>Incluir también los documentos de la reunión a puerta cerrada</source>
        <translation>Also include the closed-door meeting’s documents</translation>
    </message>
    <message>
        <source>&amp;Puntos focales:</source>
        <translation>&amp;Focal points:</translation>
    </message>
    <message>
        <source>Puntos focales destinatarios</source>
        <translation>Focal points to send to</translation>
    </message>
    <message>
        <source>Filtrar por país, institución o nombre</source>
        <translation>Filter by country, institution or name</translation>
    </message>
    <message>
        <source>Filtrar los puntos focales</source>
        <translation>Filter the focal points</translation>
    </message>
    <message>
        <source>&amp;Idioma del mensaje:</source>
        <translation>Message &amp;language:</translation>
    </message>
    <message>
        <source>Idioma del mensaje</source>
        <translation>Message language</translation>
    </message>
    <message>
        <source>El que lee cada destinatario</source>
        <translation>Each recipient’s own</translation>
    </message>
    <message>
        <source>Adjuntar un paquete de sincronización para estos equipos:</source>
        <translation>Attach a sync bundle for these laptops:</translation>
    </message>
    <message>
        <source>Equipos que reciben el paquete de sincronización</source>
        <translation>Laptops that receive the sync bundle</translation>
    </message>
    <message>
        <source>Ningún otro equipo en la lista de sincronización: el paquete no tendría destinatario.</source>
        <translation>No other laptop on the sync roster: the bundle would have no recipient.</translation>
    </message>
    <message>
        <source>Borradores .eml</source>
        <translation>.eml drafts</translation>
    </message>
    <message>
        <source>Envío por SMTP</source>
        <translation>Send by SMTP</translation>
    </message>
    <message>
        <source>Cómo sale el mensaje</source>
        <translation>How the message goes out</translation>
    </message>
    <message>
        <source>&amp;Comprobar destinatarios</source>
        <translation>&amp;Check recipients</translation>
    </message>
    <message>
        <source>Comprobar quién recibe qué antes de enviar</source>
        <translation>Check who receives what before sending</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Resultado:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>Quién recibe qué, quién queda excluido y por qué</source>
        <translation>Who receives what, who is excluded and why</translation>
    </message>
    <message>
        <source>Elija al menos un documento y un punto focal.</source>
        <translation>Choose at least one document and one focal point.</translation>
    </message>
    <message>
        <source>Preparando los documentos…</source>
        <translation>Preparing the documents…</translation>
    </message>
    <message>
        <source>Elija la carpeta de los borradores.</source>
        <translation>Choose the drafts folder.</translation>
    </message>
    <message>
        <source>Escribiendo los borradores…</source>
        <translation>Writing the drafts…</translation>
    </message>
    <message>
        <source>Indique el servidor SMTP y la dirección del remitente.</source>
        <translation>Enter the SMTP server and the sender’s address.</translation>
    </message>
    <message>
        <source>Enviando…</source>
        <translation>Sending…</translation>
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
    <name>SmtpPanel</name>
    <message>
        <source>&amp;Servidor:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Puerto:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>S&amp;eguridad:</source>
        <translation>S&amp;ecurity:</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Remitente:</source>
        <translation>Se&amp;nder:</translation>
    </message>
    <message>
        <source>Vacía: la guardada en el llavero del sistema</source>
        <translation>Empty: the one saved in the system keyring</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS implícito</source>
        <translation>Implicit TLS</translation>
    </message>
    <message>
        <source>Sin cifrar (solo un relé local)</source>
        <translation>Unencrypted (a local relay only)</translation>
    </message>
    <message>
        <source>E&amp;nviar ahora</source>
        <translation>Send &amp;now</translation>
    </message>
</context>
<context>
    <name>SyncBase</name>
    <message>
        <source>Paquetes de CRM Desktop (*.crmb);;Todos los archivos (*)</source>
        <translation>CRM Desktop bundles (*.crmb);;All files (*)</translation>
    </message>
    <message>
        <source>Solicitudes de ingreso (*.json);;Todos los archivos (*)</source>
        <translation>Join requests (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Revocado</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Administrador</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dispositivo</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>País u organización</source>
        <translation>Country or organisation</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Huella</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Último paquete enviado</source>
        <translation>Last bundle sent</translation>
    </message>
    <message>
        <source>Último paquete recibido</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <source>(este dispositivo)</source>
        <translation>(this device)</translation>
    </message>
    <message>
        <source>Compárela por teléfono con la que muestra ese equipo</source>
        <translation>Compare it by phone with the one that laptop shows</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Leyendo el estado de la sincronización…</source>
        <translation>Reading the sync state…</translation>
    </message>
    <message>
        <source>administrador</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>sin unirse todavía</source>
        <translation>not joined yet</translation>
    </message>
    <message>
        <source>Huella de este dispositivo: %1</source>
        <translation>Fingerprint of this device: %1</translation>
    </message>
    <message>
        <source>Última sincronización: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>nunca</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n paquete(s) pendiente(s)</source>
        <translation>
            <numerusform>%n pending bundle</numerusform>
            <numerusform>%n pending bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicto(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>La solicitud de ingreso está escrita. Cuando la Secretaría Técnica la apruebe, le enviará una invitación (un paquete de bienvenida .crmb): impórtela con el botón de abajo o arrastrándola a la ventana.</source>
        <translation>The join request is written. Once the Technical Secretariat approves it, it will send you an invitation (a .crmb welcome bundle): import it with the button below or by dragging it onto the window.</translation>
    </message>
    <message>
        <source>Este dispositivo</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Dispositivos</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Intercambio</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Pendientes y conflictos</source>
        <translation>Pending and conflicts</translation>
    </message>
    <message>
        <source>Sincronización</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Aún no hay dispositivos: este equipo no se ha unido a ningún espacio de trabajo. Únase en la pestaña «Este dispositivo».</source>
        <translation>No devices yet: this laptop has not joined a workspace. Join on the “This device” tab.</translation>
    </message>
    <message>
        <source>La lista de dispositivos llega con la invitación de la Secretaría Técnica. Cuando la reciba, impórtela en la pestaña «Este dispositivo».</source>
        <translation>The list of devices comes with the Technical Secretariat's invitation. When you receive it, import it on the “This device” tab.</translation>
    </message>
    <message>
        <source>Todavía no hay dispositivos en el espacio.</source>
        <translation>There are no devices in the workspace yet.</translation>
    </message>
    <message>
        <source>Esta laptop aún no se ha unido al espacio de trabajo de la CRM, así que no puede enviar ni recibir cambios. Únase en la pestaña «Este dispositivo»: con la invitación que le dio la ST, o escribiendo una solicitud de ingreso.</source>
        <translation>This laptop has not joined the CRM's workspace yet, so it cannot send or receive changes. Join on the “This device” tab: with the invitation the ST gave you, or by writing a request to join.</translation>
    </message>
    <message>
        <source>Esta laptop aún no se ha unido al espacio de trabajo de la CRM: espera la invitación que responde a su solicitud de ingreso. Hasta importarla no puede enviar cambios; impórtela con «Importar paquete…» o en la pestaña «Este dispositivo».</source>
        <translation>This laptop has not joined the CRM's workspace yet: it is waiting for the invitation that answers its join request. Until it is imported the laptop cannot send changes; import it with “Import bundle…” or on the “This device” tab.</translation>
    </message>
    <message>
        <source>Nada espera: este equipo recibirá paquetes cuando se haya unido al espacio de trabajo.</source>
        <translation>Nothing is waiting: this laptop will receive bundles once it has joined the workspace.</translation>
    </message>
    <message>
        <source>Ningún paquete espera: todo lo recibido se ha aplicado.</source>
        <translation>No bundle is waiting: everything received has been applied.</translation>
    </message>
    <message>
        <source>Sin conflictos: solo aparecen al recibir cambios de otros equipos.</source>
        <translation>No conflicts: they only appear when changes arrive from other laptops.</translation>
    </message>
    <message>
        <source>Sin conflictos: ningún valor se ha perdido ante un cambio simultáneo en otro equipo. Si ocurre, aparecerá aquí con quién lo cambió y cuándo.</source>
        <translation>No conflicts: no value has been lost to a simultaneous change on another laptop. If it happens, it will appear here with who changed it and when.</translation>
    </message>
    <message>
        <source>Ir a «Este dispositivo»</source>
        <translation>Go to “This device”</translation>
    </message>
    <message>
        <source>Ir a la pestaña «Este dispositivo»</source>
        <translation>Go to the “This device” tab</translation>
    </message>
</context>
<context>
    <name>TranslationTab</name>
    <message>
        <source>&amp;Traducción</source>
        <translation>&amp;Translation</translation>
    </message>
    <message>
        <source>Párrafos y estado de su traducción</source>
        <translation>Paragraphs and the state of their translation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt;</source>
        <translation>&lt;b&gt;Original&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Texto original del párrafo</source>
        <translation>The paragraph's original text</translation>
    </message>
    <message>
        <source>Palabras del original cambiadas desde la traducción:</source>
        <translation>Words of the original changed since the translation:</translation>
    </message>
    <message>
        <source>Cambios del original desde la traducción</source>
        <translation>Changes to the original since the translation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traducción&lt;/b&gt;</source>
        <translation>&lt;b&gt;Translation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Traducción del párrafo</source>
        <translation>The paragraph's translation</translation>
    </message>
    <message>
        <source>Guardar la traducción</source>
        <translation>Save the translation</translation>
    </message>
    <message>
        <source>Registrar la traducción de este párrafo, hecha sobre el texto original actual</source>
        <translation>Record this paragraph's translation, made from the current original text</translation>
    </message>
    <message>
        <source>Título</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>No hay reuniones próximas registradas.</source>
        <translation>No upcoming meetings are recorded.</translation>
    </message>
    <message>
        <source>&amp;Próximas reuniones</source>
        <translation>&amp;Upcoming meetings</translation>
    </message>
    <message>
        <source>Próximas reuniones</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <source>Colores de los cuerpos</source>
        <translation>Bodies' colours</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Registrar valor</source>
        <translation>Record value</translation>
    </message>
    <message>
        <source>&amp;Indicador:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Semestre:</source>
        <translation>&amp;Semester:</translation>
    </message>
    <message>
        <source>&amp;Valor:</source>
        <translation>&amp;Value:</translation>
    </message>
</context>
<context>
    <name>VersionCompareModel</name>
    <message>
        <source>Nº</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Versión anterior</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <source>Duración</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>trasladado</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>solo cambia el número</source>
        <translation>only the number changes</translation>
    </message>
    <message>
        <source>solo cambia la hora</source>
        <translation>only the time changes</translation>
    </message>
    <message>
        <source>número</source>
        <translation>number</translation>
    </message>
    <message>
        <source>hora</source>
        <translation>time</translation>
    </message>
    <message>
        <source>título</source>
        <translation>title</translation>
    </message>
    <message>
        <source>duración</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>tipo</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>quién presenta</source>
        <translation>presenter</translation>
    </message>
    <message>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Versión posterior</source>
        <translation>Later version</translation>
    </message>
    <message>
        <source>solo cambian el número y la hora</source>
        <translation>only the number and the time change</translation>
    </message>
    <message>
        <source>modificado</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>añadido</source>
        <translation>added</translation>
    </message>
    <message>
        <source>eliminado</source>
        <translation>removed</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <source>&amp;Enviar la preliminar…</source>
        <translation>&amp;Send the preliminary…</translation>
    </message>
    <message>
        <source>Abre el envío de la agenda preliminar a los puntos focales de los países y organismos consultados</source>
        <translation>Opens the sending of the preliminary agenda to the focal points of the countries and organisations consulted</translation>
    </message>
    <message>
        <source>Enviar la agenda preliminar</source>
        <translation>Send the preliminary agenda</translation>
    </message>
    <message>
        <source>Leyenda de la agenda</source>
        <translation>Agenda legend</translation>
    </message>
    <message>
        <source>número en rojo: punto obligatorio (no se elimina)</source>
        <translation>number in red: required item (cannot be removed)</translation>
    </message>
    <message>
        <source>el punto tiene comentarios; su número va entre paréntesis</source>
        <translation>the item has comments; their number is in brackets</translation>
    </message>
</context>
<context>
    <name>WaitingTab</name>
    <message>
        <source>Paquetes en espera de otros anteriores</source>
        <translation>Bundles waiting for earlier ones</translation>
    </message>
    <message>
        <source>Paquetes en espera</source>
        <translation>Waiting bundles</translation>
    </message>
    <message>
        <source>Conflictos: valores que perdieron ante un cambio simultáneo</source>
        <translation>Conflicts: values that lost to a simultaneous change</translation>
    </message>
    <message>
        <source>Conflictos</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>&amp;Mantener el valor actual</source>
        <translation>&amp;Keep the current value</translation>
    </message>
    <message>
        <source>Mantener el valor actual</source>
        <translation>Keep the current value</translation>
    </message>
    <message>
        <source>&amp;Restaurar el valor perdido</source>
        <translation>&amp;Restore the lost value</translation>
    </message>
    <message>
        <source>Restaurar el valor perdido</source>
        <translation>Restore the lost value</translation>
    </message>
    <message>
        <source>Remitente</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Espera</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Rechazado: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Esperando</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Qué cambió</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Valor actual</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Escrito por</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Valor perdido</source>
        <translation>Lost value</translation>
    </message>
    <message>
        <source>Valor perdido restaurado.</source>
        <translation>Lost value restored.</translation>
    </message>
    <message>
        <source>Se mantiene el valor actual.</source>
        <translation>The current value is kept.</translation>
    </message>
</context>
<context>
    <name>WordActions</name>
    <message>
        <source>Importar de Word…</source>
        <translation>Import from Word…</translation>
    </message>
    <message>
        <source>Crea un documento de la reunión elegida a partir de un borrador en Word (.docx)</source>
        <translation>Creates a document of the chosen meeting from a Word draft (.docx)</translation>
    </message>
    <message>
        <source>Exportar a Word…</source>
        <translation>Export to Word…</translation>
    </message>
    <message>
        <source>Guarda el documento abierto como archivo de Word (.docx)</source>
        <translation>Saves the open document as a Word file (.docx)</translation>
    </message>
    <message>
        <source>Importar de Word</source>
        <translation>Import from Word</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Exportar a Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <source>Tipo de documento:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <source>Elija primero la reunión en la lista y la persona que actúa: el documento será de esa reunión.</source>
        <translation>First choose the meeting in the list and the person acting: the document will belong to that meeting.</translation>
    </message>
    <message>
        <source>Esta reunión no redacta documentos negociados.</source>
        <translation>This meeting does not draft negotiated documents.</translation>
    </message>
    <message>
        <source>«%1» — párrafos que se importarán: %2</source>
        <translation>“%1” — paragraphs to be imported: %2</translation>
    </message>
    <message>
        <source>No se conservará:</source>
        <translation>Will not be kept:</translation>
    </message>
    <message>
        <source>Se conserva todo el texto del archivo.</source>
        <translation>All the file's text is kept.</translation>
    </message>
    <message>
        <source>Documento importado de %1</source>
        <translation>Document imported from %1</translation>
    </message>
    <message>
        <source>Abra primero un documento.</source>
        <translation>Open a document first.</translation>
    </message>
    <message>
        <source>Documento exportado a %1</source>
        <translation>Document exported to %1</translation>
    </message>
</context>
<context>
    <name>WorkPlanDialog</name>
    <message>
        <source>Nuevo plan de trabajo</source>
        <translation>New work plan</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Título:</source>
        <translation>&amp;Title:</translation>
    </message>
</context>
<context>
    <name>WorkPlansTab</name>
    <message>
        <source>Red</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Plan de trabajo</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Presentado</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Aprobado en</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <source>Fecha de aprobación</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>Acciones</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Realizadas</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Vencidas</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>N.º</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Vencida</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nuevo plan de trabajo…</source>
        <translation>New work plan…</translation>
    </message>
    <message>
        <source>Nueva acción…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Planes de trabajo de las redes</source>
        <translation>Networks’ work plans</translation>
    </message>
    <message>
        <source>Acciones del plan seleccionado</source>
        <translation>Actions of the selected plan</translation>
    </message>
    <message>
        <source>Presentar al GRCM</source>
        <translation>Submit to the GRCM</translation>
    </message>
    <message>
        <source>Reunión del GRCM que aprueba</source>
        <translation>Approving GRCM meeting</translation>
    </message>
    <message>
        <source>Aprobar en esta reunión</source>
        <translation>Approve at this meeting</translation>
    </message>
    <message>
        <source>Estado de la acción</source>
        <translation>Action status</translation>
    </message>
    <message>
        <source>Cambiar estado de la acción</source>
        <translation>Change the action’s status</translation>
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