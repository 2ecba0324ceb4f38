<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES" sourcelanguage="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Acerca de CRM Desktop</source>
        <translation>Acerca de CRM Desktop</translation>
    </message>
    <message>
        <source>Versión %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Registro local de la Conferencia Regional sobre Migración (Proceso Puebla): reuniones, delegaciones, agendas y decisiones, con las reglas de la CRM.</source>
        <translation>Registro local de la Conferencia Regional sobre Migración (Proceso Puebla): reuniones, delegaciones, agendas y decisiones, con las reglas de la CRM.</translation>
    </message>
    <message>
        <source>&amp;Licencias de terceros…</source>
        <translation>&amp;Licencias de terceros…</translation>
    </message>
    <message>
        <source>Licencias de terceros</source>
        <translation>Licencias de terceros</translation>
    </message>
    <message>
        <source>Licencia: %1</source>
        <translation>Licencia: %1</translation>
    </message>
</context>
<context>
    <name>AccreditationActions</name>
    <message>
        <source>Acreditar a %1</source>
        <translation>Acreditar a %1</translation>
    </message>
    <message>
        <source>%1 quedó acreditado(a) a «%2».</source>
        <translation>%1 quedó acreditado(a) a «%2».</translation>
    </message>
    <message>
        <source>Registrar la invitación…</source>
        <translation>Registrar la invitación…</translation>
    </message>
    <message>
        <source>Ver la lista a puerta cerrada</source>
        <translation>Ver la lista a puerta cerrada</translation>
    </message>
    <message>
        <source>Elija primero a una persona acreditada.</source>
        <translation>Elija primero a una persona acreditada.</translation>
    </message>
    <message>
        <source>Retirar la acreditación de %1 a «%2».</source>
        <translation>Retirar la acreditación de %1 a «%2».</translation>
    </message>
    <message>
        <source>Retirar la acreditación</source>
        <translation>Retirar la acreditación</translation>
    </message>
    <message>
        <source>Retirar la acreditación de %1 y su puesto en el Grupo de Redacción</source>
        <translation>Retirar la acreditación de %1 y su puesto en el Grupo de Redacción</translation>
    </message>
    <message>
        <source>Retirar la acreditación de %1</source>
        <translation>Retirar la acreditación de %1</translation>
    </message>
</context>
<context>
    <name>AccreditationTab</name>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Segmento:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <source>Segmento</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Acreditados</source>
        <translation>Acreditados</translation>
    </message>
    <message>
        <source>Personas acreditadas</source>
        <translation>Personas acreditadas</translation>
    </message>
    <message>
        <source>&amp;Retirar acreditación</source>
        <translation>&amp;Retirar acreditación</translation>
    </message>
    <message>
        <source>Retirar la acreditación seleccionada</source>
        <translation>Retirar la acreditación seleccionada</translation>
    </message>
    <message>
        <source>Nombrar al &amp;Grupo de Redacción</source>
        <translation>Nombrar al &amp;Grupo de Redacción</translation>
    </message>
    <message>
        <source>Nombrar representante al Grupo de Redacción</source>
        <translation>Nombrar representante al Grupo de Redacción</translation>
    </message>
    <message>
        <source>Personas por acreditar</source>
        <translation>Personas por acreditar</translation>
    </message>
    <message>
        <source>Buscar personas</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Buscar personas por acreditar</source>
        <translation>Buscar personas por acreditar</translation>
    </message>
    <message>
        <source>A&amp;creditar</source>
        <translation>A&amp;creditar</translation>
    </message>
    <message>
        <source>Acreditar a la persona seleccionada</source>
        <translation>Acreditar a la persona seleccionada</translation>
    </message>
    <message>
        <source>Registrar &amp;invitación o autorización…</source>
        <translation>Registrar &amp;invitación o autorización…</translation>
    </message>
    <message>
        <source>Registrar invitación o autorización</source>
        <translation>Registrar invitación o autorización</translation>
    </message>
    <message>
        <source>I&amp;mportar CSV…</source>
        <translation>I&amp;mportar CSV…</translation>
    </message>
    <message>
        <source>E&amp;xportar CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Importar lista de participantes en CSV</source>
        <translation>Importar lista de participantes en CSV</translation>
    </message>
    <message>
        <source>Exportar lista de participantes en CSV</source>
        <translation>Exportar lista de participantes en CSV</translation>
    </message>
    <message>
        <source>Esta reunión no tiene Grupo de Redacción.</source>
        <translation>Esta reunión no tiene Grupo de Redacción.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grupo de Redacción&lt;/b&gt; — nombrados: %1</source>
        <translation>&lt;b&gt;Grupo de Redacción&lt;/b&gt; — nombrados: %1</translation>
    </message>
    <message>
        <source>&lt;span style='color:#a4262c'&gt;Faltan por nombrar: %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#a4262c'&gt;Faltan por nombrar: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Actos registrados: %1</source>
        <translation>Actos registrados: %1</translation>
    </message>
    <message>
        <source>No hay invitaciones ni autorizaciones registradas para esta reunión.</source>
        <translation>No hay invitaciones ni autorizaciones registradas para esta reunión.</translation>
    </message>
    <message>
        <source>Acreditados (%1)</source>
        <translation>Acreditados (%1)</translation>
    </message>
    <message>
        <source>Elija primero a una persona de la lista.</source>
        <translation>Elija primero a una persona de la lista.</translation>
    </message>
    <message>
        <source>Elija primero a una persona acreditada.</source>
        <translation>Elija primero a una persona acreditada.</translation>
    </message>
    <message>
        <source>%1 representa a su país en el Grupo de Redacción.</source>
        <translation>%1 representa a su país en el Grupo de Redacción.</translation>
    </message>
    <message>
        <source>%1 registrada para %2.</source>
        <translation>%1 registrada para %2.</translation>
    </message>
    <message>
        <source>Importar participantes</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Listas CSV (*.csv);;Todos los archivos (*)</source>
        <translation>Listas CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exportar participantes</source>
        <translation>Exportar participantes</translation>
    </message>
    <message>
        <source>Listas CSV (*.csv)</source>
        <translation>Listas CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 participantes exportados a %2.</source>
        <translation>%1 participantes exportados a %2.</translation>
    </message>
</context>
<context>
    <name>ActDialog</name>
    <message>
        <source>Registrar invitación o autorización</source>
        <translation>Registrar invitación o autorización</translation>
    </message>
    <message>
        <source>Los países observadores y los organismos internacionales participan en las Redes solo si se les invita explícitamente; los países observadores intervienen en puntos de agenda, decisiones o documentos solo con autorización previa de la Presidencia Pro-Témpore.</source>
        <translation>Los países observadores y los organismos internacionales participan en las Redes solo si se les invita explícitamente; los países observadores intervienen en puntos de agenda, decisiones o documentos solo con autorización previa de la Presidencia Pro-Témpore.</translation>
    </message>
    <message>
        <source>&amp;Acto:</source>
        <translation>&amp;Acto:</translation>
    </message>
    <message>
        <source>&amp;Delegación:</source>
        <translation>&amp;Delegación:</translation>
    </message>
    <message>
        <source>&amp;Autoriza:</source>
        <translation>&amp;Autoriza:</translation>
    </message>
    <message>
        <source>&amp;Otorgado por:</source>
        <translation>&amp;Otorgado por:</translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Solo para esta &amp;reunión</source>
        <translation>Solo para esta &amp;reunión</translation>
    </message>
    <message>
        <source>Tipo de acto</source>
        <translation>Tipo de acto</translation>
    </message>
    <message>
        <source>Delegación</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Capacidades autorizadas</source>
        <translation>Capacidades autorizadas</translation>
    </message>
    <message>
        <source>Otorgado por</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Solo para esta reunión</source>
        <translation>Solo para esta reunión</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Nueva acción: %1</source>
        <translation>Nueva acción: %1</translation>
    </message>
    <message>
        <source>&amp;Acción:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Responsable:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Con fecha de vencimiento</source>
        <translation>Con fecha de vencimiento</translation>
    </message>
    <message>
        <source>&amp;Vence:</source>
        <translation>&amp;Vence:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Nueva actividad</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>&amp;Tema:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Título (español):</source>
        <translation>Título (español):</translation>
    </message>
    <message>
        <source>Título (inglés):</source>
        <translation>Título (inglés):</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Responsable:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Con fecha de inicio</source>
        <translation>Con fecha de inicio</translation>
    </message>
    <message>
        <source>&amp;Inicio:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Con fecha de fin</source>
        <translation>Con fecha de fin</translation>
    </message>
    <message>
        <source>&amp;Fin:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;Prioritaria</source>
        <translation>&amp;Prioritaria</translation>
    </message>
</context>
<context>
    <name>ActorPicker</name>
    <message>
        <source>Últimas elecciones</source>
        <translation>Últimas elecciones</translation>
    </message>
    <message>
        <source>Países Miembros</source>
        <translation>Países Miembros</translation>
    </message>
    <message>
        <source>Países Observadores</source>
        <translation>Países Observadores</translation>
    </message>
    <message>
        <source>Organizaciones</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Secretaría Técnica</source>
        <translation>Secretaría Técnica</translation>
    </message>
    <message>
        <source>PPT</source>
        <translation>PPT</translation>
    </message>
    <message>
        <source>Grupo de Redacción</source>
        <translation>Grupo de Redacción</translation>
    </message>
</context>
<context>
    <name>AdoptionTab</name>
    <message>
        <source>&amp;Adoptar por consenso</source>
        <translation>&amp;Adoptar por consenso</translation>
    </message>
    <message>
        <source>Registrar la adopción: sin corchetes, sin enmiendas abiertas y sin objeciones de los Países Miembros</source>
        <translation>Registrar la adopción: sin corchetes, sin enmiendas abiertas y sin objeciones de los Países Miembros</translation>
    </message>
    <message>
        <source>Párrafos con corchetes</source>
        <translation>Párrafos con corchetes</translation>
    </message>
    <message>
        <source>Objeciones por delegación</source>
        <translation>Objeciones por delegación</translation>
    </message>
    <message>
        <source>Texto de la objeción por escrito…</source>
        <translation>Texto de la objeción por escrito…</translation>
    </message>
    <message>
        <source>Texto de la objeción</source>
        <translation>Texto de la objeción</translation>
    </message>
    <message>
        <source>Presentar objeción</source>
        <translation>Presentar objeción</translation>
    </message>
    <message>
        <source>Retirar la objeción</source>
        <translation>Retirar la objeción</translation>
    </message>
    <message>
        <source>Procedimiento de silencio</source>
        <translation>Procedimiento de silencio</translation>
    </message>
    <message>
        <source>&amp;Plazo:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>Plazo del procedimiento de silencio</source>
        <translation>Plazo del procedimiento de silencio</translation>
    </message>
    <message>
        <source>Abrir procedimiento de silencio</source>
        <translation>Abrir procedimiento de silencio</translation>
    </message>
    <message>
        <source>Circular el texto: queda adoptado al vencer el plazo salvo objeción escrita de un País Miembro</source>
        <translation>Circular el texto: queda adoptado al vencer el plazo salvo objeción escrita de un País Miembro</translation>
    </message>
    <message>
        <source>Documento adoptado por consenso.</source>
        <translation>Documento adoptado por consenso.</translation>
    </message>
    <message>
        <source>Corchetes pendientes: %1 · Enmiendas abiertas: %2 · Objeciones: %3</source>
        <translation>Corchetes pendientes: %1 · Enmiendas abiertas: %2 · Objeciones: %3</translation>
    </message>
    <message>
        <source>Párrafo %1</source>
        <translation>Párrafo %1</translation>
    </message>
    <message>
        <source>Intro o doble clic: abrir el párrafo en el editor</source>
        <translation>Intro o doble clic: abrir el párrafo en el editor</translation>
    </message>
    <message>
        <source>No quedan corchetes.</source>
        <translation>No quedan corchetes.</translation>
    </message>
    <message>
        <source>Ninguna delegación objeta.</source>
        <translation>Ninguna delegación objeta.</translation>
    </message>
    <message>
        <source>No hay un procedimiento de silencio abierto.</source>
        <translation>No hay un procedimiento de silencio abierto.</translation>
    </message>
    <message>
        <source>En curso hasta el %1.</source>
        <translation>En curso hasta el %1.</translation>
    </message>
    <message>
        <source>Roto por una objeción escrita (plazo: %1).</source>
        <translation>Roto por una objeción escrita (plazo: %1).</translation>
    </message>
    <message>
        <source>Plazo vencido el %1 sin objeciones: puede adoptarse.</source>
        <translation>Plazo vencido el %1 sin objeciones: puede adoptarse.</translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <source>Añadir el punto «%1»</source>
        <translation>Añadir el punto «%1»</translation>
    </message>
    <message>
        <source>Eliminar el punto «%1»</source>
        <translation>Eliminar el punto «%1»</translation>
    </message>
    <message>
        <source>Modificar el punto «%1»</source>
        <translation>Modificar el punto «%1»</translation>
    </message>
    <message>
        <source>Mover el punto «%1»</source>
        <translation>Mover el punto «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Incluir %n seguimiento(s)</source>
        <translation>
            <numerusform>Incluir %n seguimiento</numerusform>
            <numerusform>Incluir %n seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cambiar la numeración o la hora de inicio</source>
        <translation>Cambiar la numeración o la hora de inicio</translation>
    </message>
    <message>
        <source>Comentario de %1</source>
        <translation>Comentario de %1</translation>
    </message>
    <message>
        <source>Clasificar el punto «%1»</source>
        <translation>Clasificar el punto «%1»</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <source>Edición de la agenda</source>
        <translation>Edición de la agenda</translation>
    </message>
    <message>
        <source>Nuevo punto</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <source>Nuevo subpunto</source>
        <translation>Nuevo subpunto</translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Subir</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Bajar</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Quitar sangría</source>
        <translation>Quitar sangría</translation>
    </message>
    <message>
        <source>Sangría (subpunto)</source>
        <translation>Sangría (subpunto)</translation>
    </message>
    <message>
        <source>Incluir seguimientos…</source>
        <translation>Incluir seguimientos…</translation>
    </message>
    <message>
        <source>Puntos de la agenda</source>
        <translation>Puntos de la agenda</translation>
    </message>
    <message>
        <source>Ctrl+flechas mueve el punto; Ins añade; Supr elimina; arrastre para reordenar</source>
        <translation>Ctrl+flechas mueve el punto; Ins añade; Supr elimina; arrastre para reordenar</translation>
    </message>
    <message>
        <source>Mostrar la columna «%1»</source>
        <translation>Mostrar la columna «%1»</translation>
    </message>
    <message>
        <source>%1 puntos · de %2 a %3 · %4 en total</source>
        <translation>%1 puntos · de %2 a %3 · %4 en total</translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Nº</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Punto</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Duración</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Hora</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Presenta</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <source>Audiencia</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Documentos</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Punto obligatorio: no puede eliminarse</source>
        <translation>Punto obligatorio: no puede eliminarse</translation>
    </message>
    <message>
        <source>Seguimiento de una reunión anterior</source>
        <translation>Seguimiento de una reunión anterior</translation>
    </message>
    <message numerus="yes">
        <source>%n comentario(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Número en rojo: punto obligatorio de la agenda; no puede eliminarse.</source>
        <translation>Número en rojo: punto obligatorio de la agenda; no puede eliminarse.</translation>
    </message>
    <message>
        <source>Icono de información: el punto tiene comentarios; su número va entre paréntesis.</source>
        <translation>Icono de información: el punto tiene comentarios; su número va entre paréntesis.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Segmento:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <source>Segmento</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>&amp;Crear agenda</source>
        <translation>&amp;Crear agenda</translation>
    </message>
    <message>
        <source>Crear la agenda de este segmento</source>
        <translation>Crear la agenda de este segmento</translation>
    </message>
    <message>
        <source>Compartir como &amp;preliminar</source>
        <translation>Compartir como &amp;preliminar</translation>
    </message>
    <message>
        <source>La versión preliminar se comparte con los Países Miembros y los organismos observadores</source>
        <translation>La versión preliminar se comparte con los Países Miembros y los organismos observadores</translation>
    </message>
    <message>
        <source>Volver a &amp;borrador</source>
        <translation>Volver a &amp;borrador</translation>
    </message>
    <message>
        <source>A&amp;doptar</source>
        <translation>A&amp;doptar</translation>
    </message>
    <message>
        <source>Comparar &amp;versiones…</source>
        <translation>Comparar &amp;versiones…</translation>
    </message>
    <message>
        <source>&amp;Numeración:</source>
        <translation>&amp;Numeración:</translation>
    </message>
    <message>
        <source>Numeración de los puntos</source>
        <translation>Numeración de los puntos</translation>
    </message>
    <message>
        <source>&amp;Inicio:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Hora de inicio</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>No hay reuniones en este espacio de trabajo.</source>
        <translation>No hay reuniones en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Este segmento aún no tiene agenda. Cree una con «Crear agenda».</source>
        <translation>Este segmento aún no tiene agenda. Cree una con «Crear agenda».</translation>
    </message>
    <message>
        <source>Estado: &lt;b&gt;%1&lt;/b&gt; · versión %2</source>
        <translation>Estado: &lt;b&gt;%1&lt;/b&gt; · versión %2</translation>
    </message>
    <message>
        <source>adoptada: ya no puede modificarse</source>
        <translation>adoptada: ya no puede modificarse</translation>
    </message>
    <message>
        <source>Adoptar la agenda</source>
        <translation>Adoptar la agenda</translation>
    </message>
    <message>
        <source>Una agenda adoptada queda congelada y ya no puede modificarse. ¿Adoptarla?</source>
        <translation>Una agenda adoptada queda congelada y ya no puede modificarse. ¿Adoptarla?</translation>
    </message>
    <message>
        <source>Versión preliminar lista para compartir con los Países Miembros y los organismos observadores: envíela con «Enviar la preliminar…».</source>
        <translation>Versión preliminar lista para compartir con los Países Miembros y los organismos observadores: envíela con «Enviar la preliminar…».</translation>
    </message>
    <message>
        <source>La agenda vuelve a ser un borrador.</source>
        <translation>La agenda vuelve a ser un borrador.</translation>
    </message>
    <message>
        <source>Agenda adoptada: queda congelada.</source>
        <translation>Agenda adoptada: queda congelada.</translation>
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
        <translation>Enmiendas al párrafo</translation>
    </message>
    <message>
        <source>Enmiendas abiertas al párrafo elegido</source>
        <translation>Enmiendas abiertas al párrafo elegido</translation>
    </message>
    <message>
        <source>A&amp;poyar</source>
        <translation>A&amp;poyar</translation>
    </message>
    <message>
        <source>Mi delegación apoya la enmienda</source>
        <translation>Mi delegación apoya la enmienda</translation>
    </message>
    <message>
        <source>Opo&amp;nerse</source>
        <translation>Opo&amp;nerse</translation>
    </message>
    <message>
        <source>Mi delegación se opone a la enmienda</source>
        <translation>Mi delegación se opone a la enmienda</translation>
    </message>
    <message>
        <source>Ace&amp;ptar en el texto</source>
        <translation>Ace&amp;ptar en el texto</translation>
    </message>
    <message>
        <source>La Presidencia Pro-Témpore incorpora la enmienda al texto</source>
        <translation>La Presidencia Pro-Témpore incorpora la enmienda al texto</translation>
    </message>
    <message>
        <source>&amp;Rechazar</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>La Presidencia Pro-Témpore rechaza la enmienda</source>
        <translation>La Presidencia Pro-Témpore rechaza la enmienda</translation>
    </message>
    <message>
        <source>Proponer una enmienda</source>
        <translation>Proponer una enmienda</translation>
    </message>
    <message>
        <source>Sustituir palabras</source>
        <translation>Sustituir palabras</translation>
    </message>
    <message>
        <source>Insertar después de</source>
        <translation>Insertar después de</translation>
    </message>
    <message>
        <source>Suprimir palabras</source>
        <translation>Suprimir palabras</translation>
    </message>
    <message>
        <source>Párrafo nuevo a continuación</source>
        <translation>Párrafo nuevo a continuación</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Te&amp;xto nuevo:</source>
        <translation>Te&amp;xto nuevo:</translation>
    </message>
    <message>
        <source>&amp;Justificación:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Tipo de enmienda</source>
        <translation>Tipo de enmienda</translation>
    </message>
    <message>
        <source>Texto nuevo</source>
        <translation>Texto nuevo</translation>
    </message>
    <message>
        <source>Justificación</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>opcional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Las palabras del párrafo a las que se refiere la enmienda</source>
        <translation>Las palabras del párrafo a las que se refiere la enmienda</translation>
    </message>
    <message>
        <source>Pr&amp;oponer</source>
        <translation>Pr&amp;oponer</translation>
    </message>
    <message>
        <source>Proponer la enmienda en nombre de su delegación (las palabras seleccionadas en el texto del párrafo se copian como texto actual)</source>
        <translation>Proponer la enmienda en nombre de su delegación (las palabras seleccionadas en el texto del párrafo se copian como texto actual)</translation>
    </message>
    <message>
        <source>Comentarios</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Escribir un comentario…</source>
        <translation>Escribir un comentario…</translation>
    </message>
    <message>
        <source>Nuevo comentario</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Escribir un comentario; Intro lo envía</source>
        <translation>Escribir un comentario; Intro lo envía</translation>
    </message>
    <message>
        <source>Solo para mi delegación</source>
        <translation>Solo para mi delegación</translation>
    </message>
    <message>
        <source>Comentar</source>
        <translation>Comentar</translation>
    </message>
    <message>
        <source>Sin enmiendas abiertas.</source>
        <translation>Sin enmiendas abiertas.</translation>
    </message>
    <message>
        <source>sustituir «%1» por «%2»</source>
        <translation>sustituir «%1» por «%2»</translation>
    </message>
    <message>
        <source>después de «%1»</source>
        <translation>después de «%1»</translation>
    </message>
    <message>
        <source>al final</source>
        <translation>al final</translation>
    </message>
    <message>
        <source>insertar «%1» %2</source>
        <translation>insertar «%1» %2</translation>
    </message>
    <message>
        <source>suprimir «%1»</source>
        <translation>suprimir «%1»</translation>
    </message>
    <message>
        <source>Justificación: %1</source>
        <translation>Justificación: %1</translation>
    </message>
    <message>
        <source>Apoyan: %1</source>
        <translation>Apoyan: %1</translation>
    </message>
    <message>
        <source>Se oponen: %1</source>
        <translation>Se oponen: %1</translation>
    </message>
    <message>
        <source> (solo su delegación)</source>
        <translation> (solo su delegación)</translation>
    </message>
    <message>
        <source>Sin comentarios.</source>
        <translation>Sin comentarios.</translation>
    </message>
    <message>
        <source>&amp;Después de:</source>
        <translation>&amp;Después de:</translation>
    </message>
    <message>
        <source>Texto a&amp;ctual:</source>
        <translation>Texto a&amp;ctual:</translation>
    </message>
    <message>
        <source>vacío: al final del párrafo</source>
        <translation>vacío: al final del párrafo</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Copias de seguridad</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Copias de la base de datos de este espacio de trabajo. Se hace una cada día, antes de importar un paquete y antes de restaurar.</source>
        <translation>Copias de la base de datos de este espacio de trabajo. Se hace una cada día, antes de importar un paquete y antes de restaurar.</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Crear copia ahora</source>
        <translation>Crear copia ahora</translation>
    </message>
    <message>
        <source>Restaurar…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restaurar la copia elegida</source>
        <translation>Restaurar la copia elegida</translation>
    </message>
    <message>
        <source>Restaurar desde un archivo…</source>
        <translation>Restaurar desde un archivo…</translation>
    </message>
    <message>
        <source>Restaurar desde un archivo</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>Diaria</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Antes de importar un paquete</source>
        <translation>Antes de importar un paquete</translation>
    </message>
    <message>
        <source>Antes de actualizar el formato</source>
        <translation>Antes de actualizar el formato</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Antes de restaurar</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Todavía no hay copias de seguridad.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Copia creada: %1</source>
        <translation>Copia creada: %1</translation>
    </message>
    <message>
        <source>Restaurar copia de seguridad</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>¿Restaurar «%1»? El espacio de trabajo se cerrará y volverá a abrirse con los datos de esa copia. Antes se guarda una copia del estado actual (motivo «Antes de restaurar»), de modo que la restauración se puede deshacer.</source>
        <translation>¿Restaurar «%1»? El espacio de trabajo se cerrará y volverá a abrirse con los datos de esa copia. Antes se guarda una copia del estado actual (motivo «Antes de restaurar»), de modo que la restauración se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>Aprobar presupuesto</source>
        <translation>Aprobar presupuesto</translation>
    </message>
    <message>
        <source>&amp;Año:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Monto:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>M&amp;oneda:</source>
        <translation>M&amp;oneda:</translation>
    </message>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Reunión de Viceministros que lo aprobó</source>
        <translation>Reunión de Viceministros que lo aprobó</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Escala</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Esperado</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Atrasado</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Todos los años</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>Presupuesto %1: %2 %3; esperado %4, pagado %5</source>
        <translation>Presupuesto %1: %2 %3; esperado %4, pagado %5</translation>
    </message>
    <message>
        <source>aprobado en %1</source>
        <translation>aprobado en %1</translation>
    </message>
    <message>
        <source>Con aportes atrasados: %1</source>
        <translation>Con aportes atrasados: %1</translation>
    </message>
    <message>
        <source>ninguno</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Tablas CSV (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Documentos PDF (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exportar los aportes</source>
        <translation>Exportar los aportes</translation>
    </message>
    <message>
        <source>Exportado: %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>&amp;Año:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Año del presupuesto</source>
        <translation>Año del presupuesto</translation>
    </message>
    <message>
        <source>Aportes por país</source>
        <translation>Aportes por país</translation>
    </message>
    <message>
        <source>País que paga</source>
        <translation>País que paga</translation>
    </message>
    <message>
        <source>Año del aporte</source>
        <translation>Año del aporte</translation>
    </message>
    <message>
        <source>Monto pagado</source>
        <translation>Monto pagado</translation>
    </message>
    <message>
        <source>Registrar pago</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>Aprobar presupuesto…</source>
        <translation>Aprobar presupuesto…</translation>
    </message>
    <message>
        <source>Escala de contribuciones…</source>
        <translation>Escala de contribuciones…</translation>
    </message>
    <message>
        <source>Exportar CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Exportar PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Reuniones del %1</source>
        <translation>Reuniones del %1</translation>
    </message>
    <message>
        <source>Ninguna reunión. Pulse Ctrl+N para crear una.</source>
        <translation>Ninguna reunión. Pulse Ctrl+N para crear una.</translation>
    </message>
    <message>
        <source>Avisos de las reglas este mes</source>
        <translation>Avisos de las reglas este mes</translation>
    </message>
    <message>
        <source>Avisos de las reglas en %1</source>
        <translation>Avisos de las reglas en %1</translation>
    </message>
    <message>
        <source>Comprobando las reglas…</source>
        <translation>Comprobando las reglas…</translation>
    </message>
    <message>
        <source>Ningún aviso.</source>
        <translation>Ningún aviso.</translation>
    </message>
    <message>
        <source>Mes</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Lista</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Vista: %1</source>
        <translation>Vista: %1</translation>
    </message>
    <message>
        <source>Anterior</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Periodo anterior</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Siguiente</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Periodo siguiente</source>
        <translation>Periodo siguiente</translation>
    </message>
    <message>
        <source>Hoy</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Ir a hoy</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>Nueva reunión</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Nueva reunión (Ctrl+N)</source>
        <translation>Nueva reunión (Ctrl+N)</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Exportar o importar iCalendar</source>
        <translation>Exportar o importar iCalendar</translation>
    </message>
    <message>
        <source>Exportar el año mostrado…</source>
        <translation>Exportar el año mostrado…</translation>
    </message>
    <message>
        <source>Exportar la reunión seleccionada…</source>
        <translation>Exportar la reunión seleccionada…</translation>
    </message>
    <message>
        <source>Importar una invitación…</source>
        <translation>Importar una invitación…</translation>
    </message>
    <message>
        <source>Calendario mensual</source>
        <translation>Calendario mensual</translation>
    </message>
    <message>
        <source>Calendario anual</source>
        <translation>Calendario anual</translation>
    </message>
    <message>
        <source>Lista de reuniones</source>
        <translation>Lista de reuniones</translation>
    </message>
    <message>
        <source>Reuniones del día seleccionado</source>
        <translation>Reuniones del día seleccionado</translation>
    </message>
    <message>
        <source>Avisos de las reglas</source>
        <translation>Avisos de las reglas</translation>
    </message>
    <message>
        <source>Calendario</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>No hay decisiones pendientes de reuniones anteriores de este órgano.</source>
        <translation>No hay decisiones pendientes de reuniones anteriores de este órgano.</translation>
    </message>
    <message>
        <source>Incluir seguimientos pendientes</source>
        <translation>Incluir seguimientos pendientes</translation>
    </message>
    <message>
        <source>Las agendas se concretan tomando en cuenta el seguimiento necesario de las reuniones anteriores. Marque las decisiones abiertas que se incluirán como puntos de seguimiento (espacio para marcar o desmarcar).</source>
        <translation>Las agendas se concretan tomando en cuenta el seguimiento necesario de las reuniones anteriores. Marque las decisiones abiertas que se incluirán como puntos de seguimiento (espacio para marcar o desmarcar).</translation>
    </message>
    <message>
        <source>Decisiones pendientes</source>
        <translation>Decisiones pendientes</translation>
    </message>
</context>
<context>
    <name>ClassificationPanel</name>
    <message>
        <source>Te&amp;ma:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Tema a puerta &amp;cerrada:</source>
        <translation>Tema a puerta &amp;cerrada:</translation>
    </message>
    <message>
        <source>Tema de la CRM (el del Plan de Acción)</source>
        <translation>Tema de la CRM (el del Plan de Acción)</translation>
    </message>
    <message>
        <source>Tema de la reunión a puerta cerrada</source>
        <translation>Tema de la reunión a puerta cerrada</translation>
    </message>
    <message>
        <source>Solo los puntos de la reunión a puerta cerrada se clasifican por sus cuatro temas.</source>
        <translation>Solo los puntos de la reunión a puerta cerrada se clasifican por sus cuatro temas.</translation>
    </message>
    <message>
        <source>(ninguno)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comentario de %1 a la agenda</source>
        <translation>Comentario de %1 a la agenda</translation>
    </message>
    <message>
        <source>Comentarios de las delegaciones</source>
        <translation>Comentarios de las delegaciones</translation>
    </message>
    <message>
        <source>Comentarios del punto seleccionado</source>
        <translation>Comentarios del punto seleccionado</translation>
    </message>
    <message>
        <source>De&amp;legación:</source>
        <translation>De&amp;legación:</translation>
    </message>
    <message>
        <source>Delegación que comenta</source>
        <translation>Delegación que comenta</translation>
    </message>
    <message>
        <source>Texto del comentario</source>
        <translation>Texto del comentario</translation>
    </message>
    <message>
        <source>Comentario sobre el punto seleccionado</source>
        <translation>Comentario sobre el punto seleccionado</translation>
    </message>
    <message>
        <source>Registrar co&amp;mentario</source>
        <translation>Registrar co&amp;mentario</translation>
    </message>
    <message>
        <source>Registrar el comentario</source>
        <translation>Registrar el comentario</translation>
    </message>
    <message>
        <source>Escriba el comentario antes de registrarlo.</source>
        <translation>Escriba el comentario antes de registrarlo.</translation>
    </message>
</context>
<context>
    <name>CompareVersionsDialog</name>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>añadidos</source>
        <translation>añadidos</translation>
    </message>
    <message>
        <source>eliminados</source>
        <translation>eliminados</translation>
    </message>
    <message>
        <source>modificados</source>
        <translation>modificados</translation>
    </message>
    <message>
        <source>trasladados</source>
        <translation>trasladados</translation>
    </message>
    <message>
        <source>solo cambia el número</source>
        <translation>solo cambia el número</translation>
    </message>
    <message>
        <source>solo cambia la hora</source>
        <translation>solo cambia la hora</translation>
    </message>
    <message>
        <source>Sin diferencias entre las dos versiones.</source>
        <translation>Sin diferencias entre las dos versiones.</translation>
    </message>
    <message>
        <source>Comparar versiones de la agenda</source>
        <translation>Comparar versiones de la agenda</translation>
    </message>
    <message>
        <source>&amp;Anterior:</source>
        <translation>&amp;Anterior:</translation>
    </message>
    <message>
        <source>&amp;Posterior:</source>
        <translation>&amp;Posterior:</translation>
    </message>
    <message>
        <source>Versión anterior</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Versión posterior</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>Diferencias entre las versiones</source>
        <translation>Diferencias entre las versiones</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <source>&amp;Versión:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>c&amp;on:</source>
        <translation>c&amp;on:</translation>
    </message>
    <message>
        <source>Versión anterior</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Versión posterior</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>Comparar</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Rev.N</source>
        <translation>Rev.N</translation>
    </message>
    <message>
        <source>Nombre de la nueva versión</source>
        <translation>Nombre de la nueva versión</translation>
    </message>
    <message>
        <source>Vacío: la siguiente «Rev.N»</source>
        <translation>Vacío: la siguiente «Rev.N»</translation>
    </message>
    <message>
        <source>Nombrar versión</source>
        <translation>Nombrar versión</translation>
    </message>
    <message>
        <source>Congelar el texto actual y su numeración como una versión con nombre</source>
        <translation>Congelar el texto actual y su numeración como una versión con nombre</translation>
    </message>
    <message>
        <source>Restaurar la versión…</source>
        <translation>Restaurar la versión…</translation>
    </message>
    <message>
        <source>Volver al texto de la versión de la izquierda como un cambio nuevo (la historia se conserva)</source>
        <translation>Volver al texto de la versión de la izquierda como un cambio nuevo (la historia se conserva)</translation>
    </message>
    <message>
        <source>Texto de la versión anterior</source>
        <translation>Texto de la versión anterior</translation>
    </message>
    <message>
        <source>Texto de la versión posterior</source>
        <translation>Texto de la versión posterior</translation>
    </message>
    <message>
        <source>Texto actual</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <source>Elija dos versiones distintas para compararlas.</source>
        <translation>Elija dos versiones distintas para compararlas.</translation>
    </message>
    <message>
        <source>Este documento no tiene aún versiones con nombre: no hay nada con qué comparar el texto.</source>
        <translation>Este documento no tiene aún versiones con nombre: no hay nada con qué comparar el texto.</translation>
    </message>
    <message>
        <source>trasladado</source>
        <translation>trasladado</translation>
    </message>
    <message>
        <source>Restaurar la versión</source>
        <translation>Restaurar la versión</translation>
    </message>
    <message>
        <source>¿Volver al texto de %1? Se registra como un cambio nuevo; la historia se conserva.</source>
        <translation>¿Volver al texto de %1? Se registra como un cambio nuevo; la historia se conserva.</translation>
    </message>
</context>
<context>
    <name>CompilationTab</name>
    <message>
        <source>Texto de compilación</source>
        <translation>Texto de compilación</translation>
    </message>
    <message>
        <source>Cada enmienda abierta aparece en su lugar con la delegación que la propone: &lt;u&gt;texto añadido subrayado&lt;/u&gt;, &lt;s&gt;texto suprimido tachado&lt;/s&gt;, [corchetes] sombreados.</source>
        <translation>Cada enmienda abierta aparece en su lugar con la delegación que la propone: &lt;u&gt;texto añadido subrayado&lt;/u&gt;, &lt;s&gt;texto suprimido tachado&lt;/s&gt;, [corchetes] sombreados.</translation>
    </message>
    <message>
        <source>Anexo: Decisiones</source>
        <translation>Anexo: Decisiones</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Componente</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licencia</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>Consequences</name>
    <message>
        <source>Ctrl+Z lo deshace todo de una vez.</source>
        <translation>Ctrl+Z lo deshace todo de una vez.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Error inesperado</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>La sesión anterior de CRM Desktop terminó por un error inesperado. Sus datos guardados no se han perdido. Copie los detalles y envíelos a quien mantiene el programa.</source>
        <translation>La sesión anterior de CRM Desktop terminó por un error inesperado. Sus datos guardados no se han perdido. Copie los detalles y envíelos a quien mantiene el programa.</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado en CRM Desktop. Sus datos guardados no se han perdido. Copie los detalles y envíelos a quien mantiene el programa.</source>
        <translation>Ocurrió un error inesperado en CRM Desktop. Sus datos guardados no se han perdido. Copie los detalles y envíelos a quien mantiene el programa.</translation>
    </message>
    <message>
        <source>Detalles del error</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Copiar detalles</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>DelegationsView</name>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delegación</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Categoría</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Funciones</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Institución</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Código</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Condición</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Husos horarios</source>
        <translation>Husos horarios</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Sigla</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Punto focal</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Por</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>invitación / autorización</source>
        <translation>invitación / autorización</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Pa&amp;íses</source>
        <translation>Pa&amp;íses</translation>
    </message>
    <message>
        <source>&amp;Organizaciones</source>
        <translation>&amp;Organizaciones</translation>
    </message>
    <message>
        <source>Puntos &amp;focales</source>
        <translation>Puntos &amp;focales</translation>
    </message>
    <message>
        <source>&amp;Acreditación</source>
        <translation>&amp;Acreditación</translation>
    </message>
    <message>
        <source>Delegaciones</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <source>No hay puntos focales registrados.</source>
        <translation>No hay puntos focales registrados.</translation>
    </message>
</context>
<context>
    <name>DeliveryText</name>
    <message numerus="yes">
        <source>Reciben (%n):</source>
        <translation>
            <numerusform>Recibe (%n):</numerusform>
            <numerusform>Reciben (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>sin «%1»: reservado a %2</source>
        <translation>sin «%1»: reservado a %2</translation>
    </message>
    <message numerus="yes">
        <source>Excluidos (%n):</source>
        <translation>
            <numerusform>Excluido (%n):</numerusform>
            <numerusform>Excluidos (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>borrador escrito</source>
        <translation>borrador escrito</translation>
    </message>
    <message>
        <source>el borrador ya existía; no se duplica</source>
        <translation>el borrador ya existía; no se duplica</translation>
    </message>
    <message>
        <source>enviado</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>ya enviado; no se reenvía</source>
        <translation>ya enviado; no se reenvía</translation>
    </message>
    <message>
        <source>un envío anterior se interrumpió; use «Reintentar» en la bandeja de salida</source>
        <translation>un envío anterior se interrumpió; use «Reintentar» en la bandeja de salida</translation>
    </message>
    <message>
        <source>fallido: %1</source>
        <translation>fallido: %1</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>No hay un espacio de trabajo en %1.</source>
        <translation>No hay un espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>¿Qué desea hacer?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>Crear un espacio vacío</source>
        <translation>Crear un espacio vacío</translation>
    </message>
    <message>
        <source>Crear una demostración</source>
        <translation>Crear una demostración</translation>
    </message>
    <message>
        <source>Unirme al espacio de trabajo de la CRM…</source>
        <translation>Unirme al espacio de trabajo de la CRM…</translation>
    </message>
    <message>
        <source>Recibí una invitación de la Secretaría Técnica, o le enviaré una solicitud de ingreso: la ventana se abre en «Sincronización».</source>
        <translation>Recibí una invitación de la Secretaría Técnica, o le enviaré una solicitud de ingreso: la ventana se abre en «Sincronización».</translation>
    </message>
    <message>
        <source>Elegir otra carpeta…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Creando el espacio de trabajo…</source>
        <translation>Creando el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Creando la demostración…</source>
        <translation>Creando la demostración…</translation>
    </message>
    <message>
        <source>Carpeta del espacio de trabajo</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>No se pudo abrir el espacio de trabajo %1:
%2</source>
        <translation>No se pudo abrir el espacio de trabajo %1:
%2</translation>
    </message>
    <message>
        <source>No se restauró la copia:
%1</source>
        <translation>No se restauró la copia:
%1</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Punto «%1» del orden del día</source>
        <translation>Punto «%1» del orden del día</translation>
    </message>
    <message>
        <source>Punto seleccionado</source>
        <translation>Punto seleccionado</translation>
    </message>
    <message>
        <source>Título (&amp;español):</source>
        <translation>Título (&amp;español):</translation>
    </message>
    <message>
        <source>Título (in&amp;glés):</source>
        <translation>Título (in&amp;glés):</translation>
    </message>
    <message>
        <source>&amp;Tipo:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>D&amp;uración:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Presenta:</source>
        <translation>&amp;Presenta:</translation>
    </message>
    <message>
        <source>Au&amp;diencia:</source>
        <translation>Au&amp;diencia:</translation>
    </message>
    <message>
        <source>D&amp;ocumentos:</source>
        <translation>D&amp;ocumentos:</translation>
    </message>
    <message>
        <source>Título en español</source>
        <translation>Título en español</translation>
    </message>
    <message>
        <source>Título en inglés</source>
        <translation>Título en inglés</translation>
    </message>
    <message>
        <source>Tipo de punto</source>
        <translation>Tipo de punto</translation>
    </message>
    <message>
        <source>Duración en minutos</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Quién presenta</source>
        <translation>Quién presenta</translation>
    </message>
    <message>
        <source>Audiencia</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Documentos vinculados</source>
        <translation>Documentos vinculados</translation>
    </message>
    <message>
        <source>Símbolos separados por comas, p. ej. CRM/GRCM/2026/3</source>
        <translation>Símbolos separados por comas, p. ej. CRM/GRCM/2026/3</translation>
    </message>
    <message>
        <source>&amp;Aplicar cambios</source>
        <translation>&amp;Aplicar cambios</translation>
    </message>
    <message>
        <source>Aplicar los cambios al punto</source>
        <translation>Aplicar los cambios al punto</translation>
    </message>
    <message>
        <source>Punto obligatorio según las reglas de la CRM: su título se conserva y no puede eliminarse.</source>
        <translation>Punto obligatorio según las reglas de la CRM: su título se conserva y no puede eliminarse.</translation>
    </message>
    <message>
        <source>Los subpuntos comparten la hora de su punto</source>
        <translation>Los subpuntos comparten la hora de su punto</translation>
    </message>
    <message>
        <source>El título en español no puede quedar vacío.</source>
        <translation>El título en español no puede quedar vacío.</translation>
    </message>
</context>
<context>
    <name>DeviceTab</name>
    <message>
        <source>Este dispositivo</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Dispositivo:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Rol:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Espacio:</source>
        <translation>Espacio:</translation>
    </message>
    <message>
        <source>Huella:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <source>Léala en voz alta por teléfono: la otra persona debe ver exactamente la misma huella.</source>
        <translation>Léala en voz alta por teléfono: la otra persona debe ver exactamente la misma huella.</translation>
    </message>
    <message>
        <source>Importar la &amp;invitación recibida…</source>
        <translation>Importar la &amp;invitación recibida…</translation>
    </message>
    <message>
        <source>Importar la invitación (paquete de bienvenida)</source>
        <translation>Importar la invitación (paquete de bienvenida)</translation>
    </message>
    <message>
        <source>Empezar a sincronizar este equipo</source>
        <translation>Empezar a sincronizar este equipo</translation>
    </message>
    <message>
        <source>Este equipo aún no tiene identidad de sincronización: no envía ni recibe cambios de nadie. ¿Qué desea hacer?</source>
        <translation>Este equipo aún no tiene identidad de sincronización: no envía ni recibe cambios de nadie. ¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>&amp;Unirme al espacio de trabajo de la CRM</source>
        <translation>&amp;Unirme al espacio de trabajo de la CRM</translation>
    </message>
    <message>
        <source>Recibí una invitación de la Secretaría Técnica, o le enviaré una solicitud de ingreso. Es lo que hacen las delegaciones, la Presidencia Pro-Témpore y los observadores.</source>
        <translation>Recibí una invitación de la Secretaría Técnica, o le enviaré una solicitud de ingreso. Es lo que hacen las delegaciones, la Presidencia Pro-Témpore y los observadores.</translation>
    </message>
    <message>
        <source>&amp;Fundar un espacio de trabajo nuevo (solo la Secretaría Técnica)</source>
        <translation>&amp;Fundar un espacio de trabajo nuevo (solo la Secretaría Técnica)</translation>
    </message>
    <message>
        <source>La Secretaría Técnica lo hace una sola vez, en su propio equipo, antes que nadie.</source>
        <translation>La Secretaría Técnica lo hace una sola vez, en su propio equipo, antes que nadie.</translation>
    </message>
    <message>
        <source>Unirse al espacio de trabajo de la CRM</source>
        <translation>Unirse al espacio de trabajo de la CRM</translation>
    </message>
    <message>
        <source>1. Escriba su nombre, su rol y su país u organización, y cree la solicitud de ingreso.
2. Envíe el archivo a la Secretaría Técnica y léale por teléfono la huella que verá aquí.
3. Cuando la apruebe, la Secretaría Técnica le enviará una invitación (un paquete de bienvenida .crmb): impórtela aquí y verá las reuniones de la CRM.</source>
        <translation>1. Escriba su nombre, su rol y su país u organización, y cree la solicitud de ingreso.
2. Envíe el archivo a la Secretaría Técnica y léale por teléfono la huella que verá aquí.
3. Cuando la apruebe, la Secretaría Técnica le enviará una invitación (un paquete de bienvenida .crmb): impórtela aquí y verá las reuniones de la CRM.</translation>
    </message>
    <message>
        <source>— Elija su rol —</source>
        <translation>— Elija su rol —</translation>
    </message>
    <message>
        <source>Crear la &amp;solicitud de ingreso…</source>
        <translation>Crear la &amp;solicitud de ingreso…</translation>
    </message>
    <message>
        <source>Elija su rol: país miembro, observador, Presidencia o Secretaría.</source>
        <translation>Elija su rol: país miembro, observador, Presidencia o Secretaría.</translation>
    </message>
    <message>
        <source>¿Fundar el espacio de trabajo «%1»?

Este equipo será la persona administradora: aprobará el ingreso de todos los demás equipos. Hágalo solo si es la Secretaría Técnica y la CRM no tiene aún un espacio de trabajo; si ya lo tiene, únase a él.</source>
        <translation>¿Fundar el espacio de trabajo «%1»?

Este equipo será la persona administradora: aprobará el ingreso de todos los demás equipos. Hágalo solo si es la Secretaría Técnica y la CRM no tiene aún un espacio de trabajo; si ya lo tiene, únase a él.</translation>
    </message>
    <message>
        <source>Solicitud guardada en %1. Envíela a la Secretaría Técnica; huella: %2</source>
        <translation>Solicitud guardada en %1. Envíela a la Secretaría Técnica; huella: %2</translation>
    </message>
    <message>
        <source>Una invitación se abre solo en el equipo que escribió la solicitud de ingreso. Cree primero la solicitud desde este equipo y envíela a la Secretaría Técnica: la invitación que le devuelva se importa aquí.</source>
        <translation>Una invitación se abre solo en el equipo que escribió la solicitud de ingreso. Cree primero la solicitud desde este equipo y envíela a la Secretaría Técnica: la invitación que le devuelva se importa aquí.</translation>
    </message>
    <message>
        <source>Importar la invitación</source>
        <translation>Importar la invitación</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>País u &amp;organización:</source>
        <translation>País u &amp;organización:</translation>
    </message>
    <message>
        <source>Persona que usa este equipo</source>
        <translation>Persona que usa este equipo</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>País (dos letras) u organización</source>
        <translation>País (dos letras) u organización</translation>
    </message>
    <message>
        <source>CR, MX… o el nombre de la organización</source>
        <translation>CR, MX… o el nombre de la organización</translation>
    </message>
    <message>
        <source>Crear una solicitud de ingreso</source>
        <translation>Crear una solicitud de ingreso</translation>
    </message>
    <message>
        <source>Ya tengo la &amp;invitación…</source>
        <translation>Ya tengo la &amp;invitación…</translation>
    </message>
    <message>
        <source>Fundar un espacio de trabajo nuevo</source>
        <translation>Fundar un espacio de trabajo nuevo</translation>
    </message>
    <message>
        <source>Fundar crea un espacio de trabajo nuevo, con este equipo como persona administradora: aprobará el ingreso de cada delegación. Solo la Secretaría Técnica lo hace, una vez. Si la CRM ya tiene su espacio, no funde otro: sería un registro rival cuyos cambios nadie más recibiría. Elija «Unirme al espacio de trabajo de la CRM».</source>
        <translation>Fundar crea un espacio de trabajo nuevo, con este equipo como persona administradora: aprobará el ingreso de cada delegación. Solo la Secretaría Técnica lo hace, una vez. Si la CRM ya tiene su espacio, no funde otro: sería un registro rival cuyos cambios nadie más recibiría. Elija «Unirme al espacio de trabajo de la CRM».</translation>
    </message>
    <message>
        <source>P&amp;ersona:</source>
        <translation>P&amp;ersona:</translation>
    </message>
    <message>
        <source>Persona de la Secretaría Técnica que funda el espacio</source>
        <translation>Persona de la Secretaría Técnica que funda el espacio</translation>
    </message>
    <message>
        <source>Soy la &amp;Secretaría Técnica y la CRM todavía no tiene un espacio de trabajo</source>
        <translation>Soy la &amp;Secretaría Técnica y la CRM todavía no tiene un espacio de trabajo</translation>
    </message>
    <message>
        <source>F&amp;undar el espacio…</source>
        <translation>F&amp;undar el espacio…</translation>
    </message>
    <message>
        <source>Fundar el espacio como Secretaría Técnica</source>
        <translation>Fundar el espacio como Secretaría Técnica</translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona que usa este equipo.</source>
        <translation>Escriba el nombre de la persona que usa este equipo.</translation>
    </message>
    <message>
        <source>Espacio fundado. Huella: %1</source>
        <translation>Espacio fundado. Huella: %1</translation>
    </message>
    <message>
        <source>Indique el país (código de dos letras, p. ej. CR) o la organización.</source>
        <translation>Indique el país (código de dos letras, p. ej. CR) o la organización.</translation>
    </message>
    <message>
        <source>Guardar la solicitud de ingreso</source>
        <translation>Guardar la solicitud de ingreso</translation>
    </message>
</context>
<context>
    <name>DirectoryTabs</name>
    <message>
        <source>&amp;Buscar:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Nombre, país, cargo, institución…</source>
        <translation>Nombre, país, cargo, institución…</translation>
    </message>
    <message>
        <source>Buscar personas</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Filtrar por categoría</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>Todas las categorías</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>&amp;Nueva persona…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <source>&amp;Editar…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Nueva persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Editar la persona seleccionada</source>
        <translation>Editar la persona seleccionada</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Países</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Organizaciones</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Puntos focales</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <source>Buscar puntos focales</source>
        <translation>Buscar puntos focales</translation>
    </message>
    <message>
        <source>&amp;Registrar punto focal…</source>
        <translation>&amp;Registrar punto focal…</translation>
    </message>
    <message>
        <source>Registrar punto focal</source>
        <translation>Registrar punto focal</translation>
    </message>
    <message>
        <source>%1 de %2 personas</source>
        <translation>%1 de %2 personas</translation>
    </message>
    <message>
        <source>La persona ya no existe; copie el texto desde la recuperación.</source>
        <translation>La persona ya no existe; copie el texto desde la recuperación.</translation>
    </message>
</context>
<context>
    <name>DraftForms</name>
    <message>
        <source>Enmienda a «%1»</source>
        <translation>Enmienda a «%1»</translation>
    </message>
    <message>
        <source>Comentario sobre «%1»</source>
        <translation>Comentario sobre «%1»</translation>
    </message>
    <message>
        <source>Objeción a «%1»</source>
        <translation>Objeción a «%1»</translation>
    </message>
    <message>
        <source>Nombre de una versión de «%1»</source>
        <translation>Nombre de una versión de «%1»</translation>
    </message>
</context>
<context>
    <name>DraftingBase</name>
    <message>
        <source>Actuar como %1</source>
        <translation>Actuar como %1</translation>
    </message>
    <message>
        <source>Nadie está acreditado en esta reunión: no se puede actuar.</source>
        <translation>Nadie está acreditado en esta reunión: no se puede actuar.</translation>
    </message>
</context>
<context>
    <name>DraftingLabels</name>
    <message>
        <source>Enmienda de %1 aceptada a las %2 por %3</source>
        <translation>Enmienda de %1 aceptada a las %2 por %3</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Símbolo</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Enmiendas abiertas al párrafo · ✓: enmienda aceptada desde la última versión</source>
        <translation>Enmiendas abiertas al párrafo · ✓: enmienda aceptada desde la última versión</translation>
    </message>
    <message>
        <source>N.º</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Texto</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Enm.</source>
        <translation>Enm.</translation>
    </message>
    <message>
        <source>Enmiendas abiertas: %1</source>
        <translation>Enmiendas abiertas: %1</translation>
    </message>
</context>
<context>
    <name>DraftingView</name>
    <message>
        <source>Buscar documentos…</source>
        <translation>Buscar documentos…</translation>
    </message>
    <message>
        <source>Buscar documentos</source>
        <translation>Buscar documentos</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Mostrar los documentos de una reunión</source>
        <translation>Mostrar los documentos de una reunión</translation>
    </message>
    <message>
        <source>Todas las reuniones</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <source>Documentos negociados</source>
        <translation>Documentos negociados</translation>
    </message>
    <message>
        <source>&amp;Actuando como:</source>
        <translation>&amp;Actuando como:</translation>
    </message>
    <message>
        <source>Persona que actúa</source>
        <translation>Persona que actúa</translation>
    </message>
    <message>
        <source>La persona acreditada en cuyo nombre se hacen los cambios; se recuerda para cada reunión</source>
        <translation>La persona acreditada en cuyo nombre se hacen los cambios; se recuerda para cada reunión</translation>
    </message>
    <message>
        <source>Elija un documento de la lista para abrirlo.</source>
        <translation>Elija un documento de la lista para abrirlo.</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>Texto de &amp;compilación</source>
        <translation>Texto de &amp;compilación</translation>
    </message>
    <message>
        <source>C&amp;omparación</source>
        <translation>C&amp;omparación</translation>
    </message>
    <message>
        <source>A&amp;dopción</source>
        <translation>A&amp;dopción</translation>
    </message>
    <message>
        <source>CONFIDENCIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>Redacción</source>
        <translation>Redacción</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Un borrador por idioma, con los puntos focales en copia oculta (Cco): ábralo en su programa de correo, revíselo y envíelo desde allí.</source>
        <translation>Un borrador por idioma, con los puntos focales en copia oculta (Cco): ábralo en su programa de correo, revíselo y envíelo desde allí.</translation>
    </message>
    <message>
        <source>&amp;Carpeta:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Carpeta de los borradores</source>
        <translation>Carpeta de los borradores</translation>
    </message>
    <message>
        <source>&amp;Examinar…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Escribir los &amp;borradores</source>
        <translation>Escribir los &amp;borradores</translation>
    </message>
    <message>
        <source>Borradores guardados:</source>
        <translation>Borradores guardados:</translation>
    </message>
    <message>
        <source>Borradores guardados</source>
        <translation>Borradores guardados</translation>
    </message>
    <message>
        <source>&amp;Abrir</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Abrir el borrador en el programa de correo</source>
        <translation>Abrir el borrador en el programa de correo</translation>
    </message>
    <message>
        <source>&amp;Mostrar en la carpeta</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Mostrar el borrador en su carpeta</source>
        <translation>Mostrar el borrador en su carpeta</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <source>Texto de un párrafo de «%1»</source>
        <translation>Texto de un párrafo de «%1»</translation>
    </message>
    <message>
        <source>Párrafos del documento</source>
        <translation>Párrafos del documento</translation>
    </message>
    <message>
        <source>Flechas: elegir párrafo · %1 o Intro: editar su texto · %2 / %3: subir o bajar el párrafo · %4: volver aquí</source>
        <translation>Flechas: elegir párrafo · %1 o Intro: editar su texto · %2 / %3: subir o bajar el párrafo · %4: volver aquí</translation>
    </message>
    <message>
        <source>Texto del párrafo</source>
        <translation>Texto del párrafo</translation>
    </message>
    <message>
        <source>Texto del párrafo elegido. %1: guardar · %2: descartar los cambios</source>
        <translation>Texto del párrafo elegido. %1: guardar · %2: descartar los cambios</translation>
    </message>
    <message>
        <source>&amp;Guardar texto</source>
        <translation>&amp;Guardar texto</translation>
    </message>
    <message>
        <source>Guardar el texto del párrafo</source>
        <translation>Guardar el texto del párrafo</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Volver al texto guardado</source>
        <translation>Volver al texto guardado</translation>
    </message>
    <message>
        <source>Nuevo estado del párrafo</source>
        <translation>Nuevo estado del párrafo</translation>
    </message>
    <message>
        <source>Marcar</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Cambiar el estado del párrafo (el acuerdo lo declara la Presidencia Pro-Témpore)</source>
        <translation>Cambiar el estado del párrafo (el acuerdo lo declara la Presidencia Pro-Témpore)</translation>
    </message>
    <message>
        <source>encabezado</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>Texto del párrafo %1 — %2</source>
        <translation>Texto del párrafo %1 — %2</translation>
    </message>
    <message>
        <source>Editar el párrafo %1</source>
        <translation>Editar el párrafo %1</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Paquetes</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>&amp;Destino:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Destino del paquete</source>
        <translation>Destino del paquete</translation>
    </message>
    <message>
        <source>Paquete &amp;completo (todo lo que puede recibir, no solo lo nuevo)</source>
        <translation>Paquete &amp;completo (todo lo que puede recibir, no solo lo nuevo)</translation>
    </message>
    <message>
        <source>&amp;Exportar paquete…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>Exportar un paquete</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>&amp;Importar paquete…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Importar un paquete</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>También puede arrastrar un archivo .crmb a la ventana para importarlo.</source>
        <translation>También puede arrastrar un archivo .crmb a la ventana para importarlo.</translation>
    </message>
    <message>
        <source>Carpeta compartida</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>Ca&amp;rpeta:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Elegir la carpeta compartida</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <source>Sincronizar &amp;automáticamente cada</source>
        <translation>Sincronizar &amp;automáticamente cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutos entre sincronizaciones</source>
        <translation>Minutos entre sincronizaciones</translation>
    </message>
    <message>
        <source>&amp;Sincronizar ahora</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sincronizar ahora con la carpeta compartida</source>
        <translation>Sincronizar ahora con la carpeta compartida</translation>
    </message>
    <message>
        <source>Todos los demás dispositivos</source>
        <translation>Todos los demás dispositivos</translation>
    </message>
    <message>
        <source>Rol: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>Guardar el paquete</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <source>Paquete guardado en %1: %2 para %3.</source>
        <translation>Paquete guardado en %1: %2 para %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n cambio(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispositivo(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 importado (de %2, huella %3): %4, %5 en espera.</source>
        <translation>%1 importado (de %2, huella %3): %4, %5 en espera.</translation>
    </message>
    <message numerus="yes">
        <source>%n cambio(s) aplicado(s)</source>
        <translation>
            <numerusform>%n cambio aplicado</numerusform>
            <numerusform>%n cambios aplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>Carpeta sincronizada: %1, %2.</source>
        <translation>Carpeta sincronizada: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n paquete(s) importado(s)</source>
        <translation>
            <numerusform>%n paquete importado</numerusform>
            <numerusform>%n paquetes importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paquete(s) exportado(s)</source>
        <translation>
            <numerusform>%n paquete exportado</numerusform>
            <numerusform>%n paquetes exportados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ya se había importado; nada cambió.</source>
        <translation>%1 ya se había importado; nada cambió.</translation>
    </message>
    <message>
        <source>Este equipo ya forma parte del espacio «%1».</source>
        <translation>Este equipo ya forma parte del espacio «%1».</translation>
    </message>
    <message>
        <source>Elija primero la carpeta compartida.</source>
        <translation>Elija primero la carpeta compartida.</translation>
    </message>
    <message>
        <source>%1 rechazado: %2</source>
        <translation>%1 rechazado: %2</translation>
    </message>
</context>
<context>
    <name>FocalPointDialog</name>
    <message>
        <source>Registrar punto focal</source>
        <translation>Registrar punto focal</translation>
    </message>
    <message>
        <source>El punto focal es la persona designada en las instituciones de cada País Miembro que sirve de vínculo y punto de contacto en asuntos de la CRM. Los organismos observadores designan también un contacto, que recibe la agenda preliminar.</source>
        <translation>El punto focal es la persona designada en las instituciones de cada País Miembro que sirve de vínculo y punto de contacto en asuntos de la CRM. Los organismos observadores designan también un contacto, que recibe la agenda preliminar.</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Institución:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Institución</source>
        <translation>Institución</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Reunión</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>N.º</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Días de atraso</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Nota sobre una acción de seguimiento</source>
        <translation>Nota sobre una acción de seguimiento</translation>
    </message>
    <message>
        <source>Nota de %1: %2</source>
        <translation>Nota de %1: %2</translation>
    </message>
    <message>
        <source>Sin notas ni cambios de estado.</source>
        <translation>Sin notas ni cambios de estado.</translation>
    </message>
    <message>
        <source>Estado: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <source>Solo las vencidas</source>
        <translation>Solo las vencidas</translation>
    </message>
    <message>
        <source>Acciones abiertas</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Historial de la acción seleccionada</source>
        <translation>Historial de la acción seleccionada</translation>
    </message>
    <message>
        <source>Historial de la acción</source>
        <translation>Historial de la acción</translation>
    </message>
    <message>
        <source>Nuevo estado</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>Nota (obligatoria para descartar)</source>
        <translation>Nota (obligatoria para descartar)</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Cambiar estado</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Añadir nota</source>
        <translation>Añadir nota</translation>
    </message>
</context>
<context>
    <name>FormAutosaver</name>
    <message>
        <source>Descartar lo escrito</source>
        <translation>Descartar lo escrito</translation>
    </message>
    <message>
        <source>Lo que escribió en este formulario no se ha guardado. ¿Descartarlo?</source>
        <translation>Lo que escribió en este formulario no se ha guardado. ¿Descartarlo?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Motivo del rechazo</source>
        <translation>Motivo del rechazo</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guía de CRM Desktop</source>
        <translation>Guía de CRM Desktop</translation>
    </message>
    <message>
        <source>Guía</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>Año</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Prevista en la rotación</source>
        <translation>Prevista en la rotación</translation>
    </message>
    <message>
        <source>Designada</source>
        <translation>Designada</translation>
    </message>
    <message>
        <source>Troika de %1: anterior %2 · en ejercicio %3 · siguiente %4</source>
        <translation>Troika de %1: anterior %2 · en ejercicio %3 · siguiente %4</translation>
    </message>
    <message>
        <source>Documentos PDF (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Datos JSON (*.json)</source>
        <translation>Datos JSON (*.json)</translation>
    </message>
    <message>
        <source>Guardar el paquete de traspaso</source>
        <translation>Guardar el paquete de traspaso</translation>
    </message>
    <message>
        <source>Paquete de traspaso guardado: %1</source>
        <translation>Paquete de traspaso guardado: %1</translation>
    </message>
    <message>
        <source>&amp;Año de la Presidencia:</source>
        <translation>&amp;Año de la Presidencia:</translation>
    </message>
    <message>
        <source>Año de la Presidencia saliente</source>
        <translation>Año de la Presidencia saliente</translation>
    </message>
    <message>
        <source>Plan de rotación de la Presidencia</source>
        <translation>Plan de rotación de la Presidencia</translation>
    </message>
    <message>
        <source>Año por planificar</source>
        <translation>Año por planificar</translation>
    </message>
    <message>
        <source>País previsto</source>
        <translation>País previsto</translation>
    </message>
    <message>
        <source>Prever la Presidencia</source>
        <translation>Prever la Presidencia</translation>
    </message>
    <message>
        <source>Paquete de traspaso (PDF)…</source>
        <translation>Paquete de traspaso (PDF)…</translation>
    </message>
    <message>
        <source>Paquete de traspaso (JSON)…</source>
        <translation>Paquete de traspaso (JSON)…</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message numerus="yes">
        <source>%n reunión(es) exportada(s) a %1</source>
        <translation>
            <numerusform>%n reunión exportada a %1</numerusform>
            <numerusform>%n reuniones exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reunión exportada a %1</source>
        <translation>Reunión exportada a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reunión(es) importada(s) de %1</source>
        <translation>
            <numerusform>%n reunión importada de %1</numerusform>
            <numerusform>%n reuniones importadas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exportar el año %1</source>
        <translation>Exportar el año %1</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Seleccione primero una reunión.</source>
        <translation>Seleccione primero una reunión.</translation>
    </message>
    <message>
        <source>Exportar la reunión</source>
        <translation>Exportar la reunión</translation>
    </message>
    <message>
        <source>Importar una invitación</source>
        <translation>Importar una invitación</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Nuevo indicador</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <source>&amp;Tema:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Actividad:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>(ninguna)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Actividad medida</source>
        <translation>Actividad medida</translation>
    </message>
    <message>
        <source>Nombre (español):</source>
        <translation>Nombre (español):</translation>
    </message>
    <message>
        <source>Nombre (inglés):</source>
        <translation>Nombre (inglés):</translation>
    </message>
    <message>
        <source>&amp;Unidad:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Línea de &amp;base:</source>
        <translation>Línea de &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Meta:</source>
        <translation>&amp;Meta:</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licencias de terceros</source>
        <translation>Licencias de terceros</translation>
    </message>
    <message>
        <source>CRM Desktop %1 (licencia %2) incluye estos componentes, cada uno con su licencia.</source>
        <translation>CRM Desktop %1 (licencia %2) incluye estos componentes, cada uno con su licencia.</translation>
    </message>
    <message>
        <source>Componentes de terceros</source>
        <translation>Componentes de terceros</translation>
    </message>
    <message>
        <source>Texto de la licencia</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>El texto completo de esta licencia no viene con el componente: %1.</source>
        <translation>El texto completo de esta licencia no viene con el componente: %1.</translation>
    </message>
</context>
<context>
    <name>LogisticsTab</name>
    <message>
        <source>Servicio</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>A cargo de</source>
        <translation>A cargo de</translation>
    </message>
    <message>
        <source>Proveedor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Costo</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Control de calidad</source>
        <translation>Control de calidad</translation>
    </message>
    <message>
        <source>Servicio logístico «%1»</source>
        <translation>Servicio logístico «%1»</translation>
    </message>
    <message>
        <source>Costo a cargo de la PPT: %1 · de la ST: %2 · pendientes: %3 · por verificar: %4</source>
        <translation>Costo a cargo de la PPT: %1 · de la ST: %2 · pendientes: %3 · por verificar: %4</translation>
    </message>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Reunión de la logística</source>
        <translation>Reunión de la logística</translation>
    </message>
    <message>
        <source>Preparar la lista de verificación</source>
        <translation>Preparar la lista de verificación</translation>
    </message>
    <message>
        <source>Lista de verificación logística</source>
        <translation>Lista de verificación logística</translation>
    </message>
    <message>
        <source>Servicio seleccionado</source>
        <translation>Servicio seleccionado</translation>
    </message>
    <message>
        <source>Estado del servicio</source>
        <translation>Estado del servicio</translation>
    </message>
    <message>
        <source>Resultado del control de calidad</source>
        <translation>Resultado del control de calidad</translation>
    </message>
    <message>
        <source>Guardar el servicio</source>
        <translation>Guardar el servicio</translation>
    </message>
    <message>
        <source>Nota (obligatoria si es deficiente)</source>
        <translation>Nota (obligatoria si es deficiente)</translation>
    </message>
    <message>
        <source>Nota del control de calidad</source>
        <translation>Nota del control de calidad</translation>
    </message>
    <message>
        <source>Registrar el control</source>
        <translation>Registrar el control</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Deshacer %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Deshacer</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Rehacer %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Rehacer</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Abriendo el espacio de trabajo…</source>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Secciones</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Ay&amp;uda</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Buscar…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Configuración…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Copias de &amp;seguridad…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Acerca de CRM Desktop</source>
        <translation>&amp;Acerca de CRM Desktop</translation>
    </message>
    <message>
        <source>&amp;Guía</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>Espacio: %1</source>
        <translation>Espacio: %1</translation>
    </message>
    <message>
        <source>Dispositivo: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <source>Trabajando…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Escriba el nombre de la reunión.</source>
        <translation>Escriba el nombre de la reunión.</translation>
    </message>
    <message>
        <source>La reunión termina antes de empezar.</source>
        <translation>La reunión termina antes de empezar.</translation>
    </message>
    <message>
        <source>Crear la reunión «%1»</source>
        <translation>Crear la reunión «%1»</translation>
    </message>
    <message>
        <source>Modificar la reunión «%1»</source>
        <translation>Modificar la reunión «%1»</translation>
    </message>
    <message>
        <source>Nueva reunión</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Editar la reunión</source>
        <translation>Editar la reunión</translation>
    </message>
    <message>
        <source>&amp;Cuerpo:</source>
        <translation>&amp;Cuerpo:</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Nombre en in&amp;glés:</source>
        <translation>Nombre en in&amp;glés:</translation>
    </message>
    <message>
        <source>&amp;Ordinal:</source>
        <translation>&amp;Ordinal:</translation>
    </message>
    <message>
        <source>&amp;Inicio:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Fin:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;País sede:</source>
        <translation>&amp;País sede:</translation>
    </message>
    <message>
        <source>Ciu&amp;dad:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <source>&amp;Lugar:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Zona horaria:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>No&amp;tas:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>p. ej. XXXI</source>
        <translation>p. ej. XXXI</translation>
    </message>
    <message>
        <source>Vacío: se usa el nombre que se muestra en gris.</source>
        <translation>Vacío: se usa el nombre que se muestra en gris.</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>sin registrar</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Terminó el %1: márquela como celebrada.</source>
        <translation>Terminó el %1: márquela como celebrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegación(es)</source>
        <translation>
            <numerusform>%n delegación</numerusform>
            <numerusform>%n delegaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Nadie acreditado todavía.</source>
        <translation>Nadie acreditado todavía.</translation>
    </message>
    <message numerus="yes">
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Abrir esta agenda en «Agenda»</source>
        <translation>Abrir esta agenda en «Agenda»</translation>
    </message>
    <message>
        <source>Sin agenda todavía.</source>
        <translation>Sin agenda todavía.</translation>
    </message>
    <message>
        <source>Ninguna decisión registrada.</source>
        <translation>Ninguna decisión registrada.</translation>
    </message>
    <message>
        <source>Abrir este documento en «Redacción»</source>
        <translation>Abrir este documento en «Redacción»</translation>
    </message>
    <message>
        <source>Ningún documento en negociación.</source>
        <translation>Ningún documento en negociación.</translation>
    </message>
    <message>
        <source>La reunión cumple las reglas del calendario.</source>
        <translation>La reunión cumple las reglas del calendario.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Eliminar la reunión «%1»</source>
        <translation>Eliminar la reunión «%1»</translation>
    </message>
    <message>
        <source>Eliminar la reunión del calendario (solo mientras está planificada)</source>
        <translation>Eliminar la reunión del calendario (solo mientras está planificada)</translation>
    </message>
    <message>
        <source>← Reuniones</source>
        <translation>← Reuniones</translation>
    </message>
    <message>
        <source>Volver a la lista de reuniones</source>
        <translation>Volver a la lista de reuniones</translation>
    </message>
    <message>
        <source>Volver a la lista (Esc)</source>
        <translation>Volver a la lista (Esc)</translation>
    </message>
    <message>
        <source>Editar…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Editar la reunión</source>
        <translation>Editar la reunión</translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Eliminar la reunión</source>
        <translation>Eliminar la reunión</translation>
    </message>
    <message>
        <source>Cuerpo:</source>
        <translation>Cuerpo:</translation>
    </message>
    <message>
        <source>Fechas:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Lugar:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>País sede:</source>
        <translation>País sede:</translation>
    </message>
    <message>
        <source>Presidencia Pro-Témpore:</source>
        <translation>Presidencia Pro-Témpore:</translation>
    </message>
    <message>
        <source>Estado:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Notas:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Cambiar el estado:</source>
        <translation>Cambiar el estado:</translation>
    </message>
    <message>
        <source>Segmentos</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Avisos de las reglas</source>
        <translation>Avisos de las reglas</translation>
    </message>
    <message>
        <source>Delegaciones acreditadas</source>
        <translation>Delegaciones acreditadas</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Decisiones</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Documentos</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Abrir las delegaciones…</source>
        <translation>Abrir las delegaciones…</translation>
    </message>
    <message>
        <source>Abrir las delegaciones de esta reunión</source>
        <translation>Abrir las delegaciones de esta reunión</translation>
    </message>
    <message>
        <source>Documentos…</source>
        <translation>Documentos…</translation>
    </message>
    <message>
        <source>Abrir los informes de esta reunión</source>
        <translation>Abrir los informes de esta reunión</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Fechas</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Cuerpo</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Sede</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Avisos</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Registrada como «%1» y ya terminó: márquela como celebrada en su página.</source>
        <translation>Registrada como «%1» y ya terminó: márquela como celebrada en su página.</translation>
    </message>
    <message numerus="yes">
        <source>%n aviso(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message numerus="yes">
        <source>%n reunión(es)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Buscar:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Nombre, ciudad, país… (Ctrl+F)</source>
        <translation>Nombre, ciudad, país… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filtrar reuniones</source>
        <translation>Filtrar reuniones</translation>
    </message>
    <message>
        <source>C&amp;uerpo:</source>
        <translation>C&amp;uerpo:</translation>
    </message>
    <message>
        <source>Filtrar por cuerpo</source>
        <translation>Filtrar por cuerpo</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Nueva reunión</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Nueva reunión (Ctrl+N)</source>
        <translation>Nueva reunión (Ctrl+N)</translation>
    </message>
    <message>
        <source>Lista de reuniones</source>
        <translation>Lista de reuniones</translation>
    </message>
    <message>
        <source>Reuniones</source>
        <translation>Reuniones</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Mensaje</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Cerrar el mensaje</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>+%1 más</source>
        <translation>+%1 más</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>Nuevo documento</source>
        <translation>Nuevo documento</translation>
    </message>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>&amp;Tipo de documento:</source>
        <translation>&amp;Tipo de documento:</translation>
    </message>
    <message>
        <source>&amp;Lectores:</source>
        <translation>&amp;Lectores:</translation>
    </message>
    <message>
        <source>Tí&amp;tulo:</source>
        <translation>Tí&amp;tulo:</translation>
    </message>
    <message>
        <source>Crear</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ninguna reunión del calendario redacta documentos negociados.</source>
        <translation>Ninguna reunión del calendario redacta documentos negociados.</translation>
    </message>
    <message>
        <source>Pública</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Solo la reunión a puerta cerrada</source>
        <translation>Solo la reunión a puerta cerrada</translation>
    </message>
    <message>
        <source>El símbolo y la numeración se asignan solos; los lectores no cambian después.</source>
        <translation>El símbolo y la numeración se asignan solos; los lectores no cambian después.</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Mensajes de la bandeja de salida</source>
        <translation>Mensajes de la bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Reintentar los fallidos seleccionados</source>
        <translation>&amp;Reintentar los fallidos seleccionados</translation>
    </message>
    <message>
        <source>Reintentar el envío de los mensajes fallidos seleccionados</source>
        <translation>Reintentar el envío de los mensajes fallidos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Actualizar</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Actualizar la bandeja de salida</source>
        <translation>Actualizar la bandeja de salida</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Vía</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Destinatario</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Intentos</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Adjuntos</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Borrador .eml</source>
        <translation>Borrador .eml</translation>
    </message>
    <message>
        <source>Configure el servidor SMTP en «Enviar a los puntos focales…».</source>
        <translation>Configure el servidor SMTP en «Enviar a los puntos focales…».</translation>
    </message>
    <message numerus="yes">
        <source>Reintento: %n enviado(s)</source>
        <translation>
            <numerusform>Reintento: %n enviado</numerusform>
            <numerusform>Reintento: %n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fallido(s) de nuevo</source>
        <translation>
            <numerusform>%n fallido de nuevo</numerusform>
            <numerusform>%n fallidos de nuevo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Acciones vencidas</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <source>Acciones abiertas</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Actividades retrasadas del Plan de Acción</source>
        <translation>Actividades retrasadas del Plan de Acción</translation>
    </message>
    <message>
        <source>Actividades pendientes del Plan de Acción</source>
        <translation>Actividades pendientes del Plan de Acción</translation>
    </message>
    <message>
        <source>Actividades prioritarias por decidir financiamiento</source>
        <translation>Actividades prioritarias por decidir financiamiento</translation>
    </message>
    <message>
        <source>Planes de trabajo en espera de aprobación</source>
        <translation>Planes de trabajo en espera de aprobación</translation>
    </message>
    <message>
        <source>Acciones vencidas de los planes de trabajo</source>
        <translation>Acciones vencidas de los planes de trabajo</translation>
    </message>
    <message>
        <source>Países con aportes atrasados</source>
        <translation>Países con aportes atrasados</translation>
    </message>
    <message>
        <source>Servicios logísticos pendientes</source>
        <translation>Servicios logísticos pendientes</translation>
    </message>
    <message>
        <source>Servicios por verificar (calidad)</source>
        <translation>Servicios por verificar (calidad)</translation>
    </message>
    <message>
        <source>Situación al %1 (semestre %2)</source>
        <translation>Situación al %1 (semestre %2)</translation>
    </message>
    <message>
        <source>ninguno</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>ParticipantsImportDialog</name>
    <message>
        <source>Nueva persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Persona conocida</source>
        <translation>Persona conocida</translation>
    </message>
    <message>
        <source>Ya acreditada</source>
        <translation>Ya acreditada</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Línea</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delegación</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Segmento</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 filas: %2 por acreditar, %3 con errores, %4 ya acreditadas.</source>
        <translation>%1 filas: %2 por acreditar, %3 con errores, %4 ya acreditadas.</translation>
    </message>
    <message>
        <source>%1 participantes acreditados (%2 personas nuevas).</source>
        <translation>%1 participantes acreditados (%2 personas nuevas).</translation>
    </message>
    <message>
        <source>Importar participantes: %1</source>
        <translation>Importar participantes: %1</translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Importar solo las filas &amp;válidas</source>
        <translation>Importar solo las filas &amp;válidas</translation>
    </message>
    <message>
        <source>Importar todas las filas</source>
        <translation>Importar todas las filas</translation>
    </message>
    <message>
        <source>Importar solo las filas válidas</source>
        <translation>Importar solo las filas válidas</translation>
    </message>
    <message>
        <source>Vista previa de la importación</source>
        <translation>Vista previa de la importación</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Editar persona</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Nueva persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Categoría:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;País:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Organización:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Cargo:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Car&amp;go en inglés:</source>
        <translation>Car&amp;go en inglés:</translation>
    </message>
    <message>
        <source>&amp;Institución:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>Institución en inglé&amp;s:</source>
        <translation>Institución en inglé&amp;s:</translation>
    </message>
    <message>
        <source>Correo &amp;electrónico:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Teléfono:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Funciones:</source>
        <translation>&amp;Funciones:</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Categoría</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>País</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Cargo en inglés</source>
        <translation>Cargo en inglés</translation>
    </message>
    <message>
        <source>Institución</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Institución en inglés</source>
        <translation>Institución en inglés</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Funciones</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>si difiere del español</source>
        <translation>si difiere del español</translation>
    </message>
    <message>
        <source>Un cargo de la CRM (p. ej. Viceministro) se escribe según el género de la persona.</source>
        <translation>Un cargo de la CRM (p. ej. Viceministro) se escribe según el género de la persona.</translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>La dirección de correo no es válida.</source>
        <translation>La dirección de correo no es válida.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Actividad</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Situación</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Prioritaria</source>
        <translation>Prioritaria</translation>
    </message>
    <message>
        <source>Financiamiento</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <source>Indicador</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Unidad</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Línea de base</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Valores por semestre</source>
        <translation>Valores por semestre</translation>
    </message>
    <message>
        <source>Avance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Avance anterior</source>
        <translation>Avance anterior</translation>
    </message>
    <message>
        <source>Todos los temas</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Guardar el informe de avance</source>
        <translation>Guardar el informe de avance</translation>
    </message>
    <message>
        <source>Documentos PDF (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Informe guardado: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
    <message>
        <source>&amp;Tema:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Tema del Plan de Acción</source>
        <translation>Tema del Plan de Acción</translation>
    </message>
    <message>
        <source>Actividades del Plan de Acción</source>
        <translation>Actividades del Plan de Acción</translation>
    </message>
    <message>
        <source>Indicadores del Plan de Acción</source>
        <translation>Indicadores del Plan de Acción</translation>
    </message>
    <message>
        <source>Actividad seleccionada</source>
        <translation>Actividad seleccionada</translation>
    </message>
    <message>
        <source>Estado de la actividad</source>
        <translation>Estado de la actividad</translation>
    </message>
    <message>
        <source>Cambiar estado</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Requiere financiamiento</source>
        <translation>Requiere financiamiento</translation>
    </message>
    <message>
        <source>Monto del financiamiento</source>
        <translation>Monto del financiamiento</translation>
    </message>
    <message>
        <source>Decidir financiamiento</source>
        <translation>Decidir financiamiento</translation>
    </message>
    <message>
        <source>&amp;Semestre:</source>
        <translation>&amp;Semestre:</translation>
    </message>
    <message>
        <source>Semestre de los indicadores</source>
        <translation>Semestre de los indicadores</translation>
    </message>
    <message>
        <source>Informe de avance (PDF)…</source>
        <translation>Informe de avance (PDF)…</translation>
    </message>
    <message>
        <source>Nueva actividad…</source>
        <translation>Nueva actividad…</translation>
    </message>
    <message>
        <source>Nuevo indicador…</source>
        <translation>Nuevo indicador…</translation>
    </message>
    <message>
        <source>Registrar valor…</source>
        <translation>Registrar valor…</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Ajustar al &amp;ancho</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>Cada página ocupa el ancho del panel</source>
        <translation>Cada página ocupa el ancho del panel</translation>
    </message>
    <message>
        <source>Ampliar (Ctrl++)</source>
        <translation>Ampliar (Ctrl++)</translation>
    </message>
    <message>
        <source>Ampliar</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Reducir (Ctrl+-)</source>
        <translation>Reducir (Ctrl+-)</translation>
    </message>
    <message>
        <source>Reducir</source>
        <translation>Reducir</translation>
    </message>
</context>
<context>
    <name>ProcessView</name>
    <message>
        <source>Resumen</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Plan de Acción</source>
        <translation>Plan de Acción</translation>
    </message>
    <message>
        <source>Seguimiento de decisiones</source>
        <translation>Seguimiento de decisiones</translation>
    </message>
    <message>
        <source>Planes de trabajo</source>
        <translation>Planes de trabajo</translation>
    </message>
    <message>
        <source>Presupuesto y aportes</source>
        <translation>Presupuesto y aportes</translation>
    </message>
    <message>
        <source>Logística</source>
        <translation>Logística</translation>
    </message>
    <message>
        <source>Traspaso de la Presidencia</source>
        <translation>Traspaso de la Presidencia</translation>
    </message>
    <message>
        <source>Áreas del proceso entre reuniones</source>
        <translation>Áreas del proceso entre reuniones</translation>
    </message>
    <message>
        <source>Entre reuniones</source>
        <translation>Entre reuniones</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Proyección</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Esc: salir de la proyección</source>
        <translation>Esc: salir de la proyección</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Texto sin guardar recuperado</source>
        <translation>Texto sin guardar recuperado</translation>
    </message>
    <message>
        <source>CRM Desktop se cerró sin guardar lo que se estaba escribiendo. Estos textos se conservaron: cópielos, vuelva a abrirlos en su editor o descártelos. Lo que no descarte se le volverá a ofrecer.</source>
        <translation>CRM Desktop se cerró sin guardar lo que se estaba escribiendo. Estos textos se conservaron: cópielos, vuelva a abrirlos en su editor o descártelos. Lo que no descarte se le volverá a ofrecer.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Documentos</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Bandeja de salida</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Reunión:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Documento:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>&amp;Año del calendario:</source>
        <translation>&amp;Año del calendario:</translation>
    </message>
    <message>
        <source>Año del calendario</source>
        <translation>Año del calendario</translation>
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Idioma del documento</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>&amp;Vista previa</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Vista previa del documento</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>&amp;Guardar como…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Guardar el documento como PDF</source>
        <translation>Guardar el documento como PDF</translation>
    </message>
    <message>
        <source>&amp;Enviar a los puntos focales…</source>
        <translation>&amp;Enviar a los puntos focales…</translation>
    </message>
    <message>
        <source>Enviar documentos a los puntos focales</source>
        <translation>Enviar documentos a los puntos focales</translation>
    </message>
    <message>
        <source>Páginas de la vista previa</source>
        <translation>Páginas de la vista previa</translation>
    </message>
    <message>
        <source>Elija un documento y pulse «Vista previa».</source>
        <translation>Elija un documento y pulse «Vista previa».</translation>
    </message>
    <message>
        <source>texto de compilación con las propuestas</source>
        <translation>texto de compilación con las propuestas</translation>
    </message>
    <message>
        <source>Destinatarios: %1</source>
        <translation>Destinatarios: %1</translation>
    </message>
    <message>
        <source>Calendario anual de reuniones</source>
        <translation>Calendario anual de reuniones</translation>
    </message>
    <message>
        <source>Preparando la vista previa…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n página(s)</source>
        <translation>
            <numerusform>%1 — %n página</numerusform>
            <numerusform>%1 — %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>La vista previa necesita Poppler (pdftoppm) o QtPdf, que no están en este equipo. «Guardar como…» funciona igualmente.</source>
        <translation>La vista previa necesita Poppler (pdftoppm) o QtPdf, que no están en este equipo. «Guardar como…» funciona igualmente.</translation>
    </message>
    <message numerus="yes">
        <source>Se muestran las primeras %n página(s).</source>
        <translation>
            <numerusform>Se muestra la primera página.</numerusform>
            <numerusform>Se muestran las primeras %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Página %1 de %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Guardar el documento</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <source>Documentos PDF (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Guardado: %1 (%n página(s))</source>
        <translation>
            <numerusform>Guardado: %1 (%n página)</numerusform>
            <numerusform>Guardado: %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Informes</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>RoomTools</name>
    <message>
        <source>Documentos</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Mostrar u ocultar la lista de documentos</source>
        <translation>Mostrar u ocultar la lista de documentos</translation>
    </message>
    <message>
        <source>Enmiendas</source>
        <translation>Enmiendas</translation>
    </message>
    <message>
        <source>Mostrar u ocultar las enmiendas y los comentarios junto al texto</source>
        <translation>Mostrar u ocultar las enmiendas y los comentarios junto al texto</translation>
    </message>
    <message>
        <source>Proyectar</source>
        <translation>Proyectar</translation>
    </message>
    <message>
        <source>Mostrar a la sala el párrafo elegido, a pantalla completa y en letra grande (Esc: salir)</source>
        <translation>Mostrar a la sala el párrafo elegido, a pantalla completa y en letra grande (Esc: salir)</translation>
    </message>
    <message>
        <source>Pantalla que ve la sala:</source>
        <translation>Pantalla que ve la sala:</translation>
    </message>
    <message>
        <source>Abra primero un documento.</source>
        <translation>Abra primero un documento.</translation>
    </message>
    <message>
        <source>Nuevo documento…</source>
        <translation>Nuevo documento…</translation>
    </message>
    <message>
        <source>Crear un documento negociado de una reunión</source>
        <translation>Crear un documento negociado de una reunión</translation>
    </message>
    <message>
        <source>Documento creado</source>
        <translation>Documento creado</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Filtrar dispositivos…</source>
        <translation>Filtrar dispositivos…</translation>
    </message>
    <message>
        <source>Filtrar dispositivos</source>
        <translation>Filtrar dispositivos</translation>
    </message>
    <message>
        <source>Dispositivos del espacio</source>
        <translation>Dispositivos del espacio</translation>
    </message>
    <message>
        <source>&amp;Aprobar una solicitud…</source>
        <translation>&amp;Aprobar una solicitud…</translation>
    </message>
    <message>
        <source>Aprobar una solicitud de ingreso</source>
        <translation>Aprobar una solicitud de ingreso</translation>
    </message>
    <message>
        <source>Re&amp;vocar…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Revocar el dispositivo seleccionado</source>
        <translation>Revocar el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Nombrar administrador…</source>
        <translation>&amp;Nombrar administrador…</translation>
    </message>
    <message>
        <source>Nombrar administrador al dispositivo seleccionado</source>
        <translation>Nombrar administrador al dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Solo una persona administradora aprueba, revoca o nombra administradores.</source>
        <translation>Solo una persona administradora aprueba, revoca o nombra administradores.</translation>
    </message>
    <message>
        <source>Abrir una solicitud de ingreso</source>
        <translation>Abrir una solicitud de ingreso</translation>
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
        <translation>¿Aprobar el ingreso de este equipo?

Persona: %1
Dispositivo: %2
Rol: %3
País u organización: %4

%6

Huella:
%5

Compruebe la huella por teléfono con la persona antes de aprobar.</translation>
    </message>
    <message>
        <source>Guardar el paquete de bienvenida</source>
        <translation>Guardar el paquete de bienvenida</translation>
    </message>
    <message>
        <source>%1 aprobado. Envíele el paquete de bienvenida: %2</source>
        <translation>%1 aprobado. Envíele el paquete de bienvenida: %2</translation>
    </message>
    <message>
        <source>¿Revocar el dispositivo %1 (%2)? No recibirá nada más y sus paquetes posteriores se rechazarán. No se puede deshacer.</source>
        <translation>¿Revocar el dispositivo %1 (%2)? No recibirá nada más y sus paquetes posteriores se rechazarán. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Revocar un dispositivo</source>
        <translation>Revocar un dispositivo</translation>
    </message>
    <message>
        <source>Dispositivo %1 revocado.</source>
        <translation>Dispositivo %1 revocado.</translation>
    </message>
    <message>
        <source>¿Nombrar administrador al dispositivo %1 (%2)? Podrá aprobar y revocar equipos.</source>
        <translation>¿Nombrar administrador al dispositivo %1 (%2)? Podrá aprobar y revocar equipos.</translation>
    </message>
    <message>
        <source>Nombrar otra persona administradora</source>
        <translation>Nombrar otra persona administradora</translation>
    </message>
    <message>
        <source>%1 es ahora administrador.</source>
        <translation>%1 es ahora administrador.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Escala de contribuciones</source>
        <translation>Escala de contribuciones</translation>
    </message>
    <message>
        <source>&amp;Desde el año:</source>
        <translation>&amp;Desde el año:</translation>
    </message>
    <message>
        <source>Cuota de %1</source>
        <translation>Cuota de %1</translation>
    </message>
    <message>
        <source>Suma de las cuotas</source>
        <translation>Suma de las cuotas</translation>
    </message>
    <message>
        <source>Suma: %1 % (debe ser 100 %)</source>
        <translation>Suma: %1 % (debe ser 100 %)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Buscar</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Personas, reuniones, puntos de agenda, decisiones…</source>
        <translation>Personas, reuniones, puntos de agenda, decisiones…</translation>
    </message>
    <message>
        <source>Texto a buscar</source>
        <translation>Texto a buscar</translation>
    </message>
    <message>
        <source>Resultados de la búsqueda</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n resultado(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Sincronización</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Enviar a los puntos focales</source>
        <translation>Enviar a los puntos focales</translation>
    </message>
    <message>
        <source>Reunión: %1</source>
        <translation>Reunión: %1</translation>
    </message>
    <message>
        <source>&amp;Documentos:</source>
        <translation>&amp;Documentos:</translation>
    </message>
    <message>
        <source>Documentos que se envían</source>
        <translation>Documentos que se envían</translation>
    </message>
    <message>
        <source>Incluir también los documentos de la reunión a puerta cerrada</source>
        <translation>Incluir también los documentos de la reunión a puerta cerrada</translation>
    </message>
    <message>
        <source>&amp;Puntos focales:</source>
        <translation>&amp;Puntos focales:</translation>
    </message>
    <message>
        <source>Puntos focales destinatarios</source>
        <translation>Puntos focales destinatarios</translation>
    </message>
    <message>
        <source>Filtrar por país, institución o nombre</source>
        <translation>Filtrar por país, institución o nombre</translation>
    </message>
    <message>
        <source>Filtrar los puntos focales</source>
        <translation>Filtrar los puntos focales</translation>
    </message>
    <message>
        <source>&amp;Idioma del mensaje:</source>
        <translation>&amp;Idioma del mensaje:</translation>
    </message>
    <message>
        <source>Idioma del mensaje</source>
        <translation>Idioma del mensaje</translation>
    </message>
    <message>
        <source>El que lee cada destinatario</source>
        <translation>El que lee cada destinatario</translation>
    </message>
    <message>
        <source>Adjuntar un paquete de sincronización para estos equipos:</source>
        <translation>Adjuntar un paquete de sincronización para estos equipos:</translation>
    </message>
    <message>
        <source>Equipos que reciben el paquete de sincronización</source>
        <translation>Equipos que reciben el paquete de sincronización</translation>
    </message>
    <message>
        <source>Ningún otro equipo en la lista de sincronización: el paquete no tendría destinatario.</source>
        <translation>Ningún otro equipo en la lista de sincronización: el paquete no tendría destinatario.</translation>
    </message>
    <message>
        <source>Borradores .eml</source>
        <translation>Borradores .eml</translation>
    </message>
    <message>
        <source>Envío por SMTP</source>
        <translation>Envío por SMTP</translation>
    </message>
    <message>
        <source>Cómo sale el mensaje</source>
        <translation>Cómo sale el mensaje</translation>
    </message>
    <message>
        <source>&amp;Comprobar destinatarios</source>
        <translation>&amp;Comprobar destinatarios</translation>
    </message>
    <message>
        <source>Comprobar quién recibe qué antes de enviar</source>
        <translation>Comprobar quién recibe qué antes de enviar</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Resultado:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Quién recibe qué, quién queda excluido y por qué</source>
        <translation>Quién recibe qué, quién queda excluido y por qué</translation>
    </message>
    <message>
        <source>Elija al menos un documento y un punto focal.</source>
        <translation>Elija al menos un documento y un punto focal.</translation>
    </message>
    <message>
        <source>Preparando los documentos…</source>
        <translation>Preparando los documentos…</translation>
    </message>
    <message>
        <source>Elija la carpeta de los borradores.</source>
        <translation>Elija la carpeta de los borradores.</translation>
    </message>
    <message>
        <source>Escribiendo los borradores…</source>
        <translation>Escribiendo los borradores…</translation>
    </message>
    <message>
        <source>Indique el servidor SMTP y la dirección del remitente.</source>
        <translation>Indique el servidor SMTP y la dirección del remitente.</translation>
    </message>
    <message>
        <source>Enviando…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configuración</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Carpeta del espacio de trabajo</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Elegir la carpeta del espacio de trabajo</source>
        <translation>Elegir la carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Idioma:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Espacio de trabajo:</source>
        <translation>&amp;Espacio de trabajo:</translation>
    </message>
</context>
<context>
    <name>SmtpPanel</name>
    <message>
        <source>&amp;Servidor:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Puerto:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>S&amp;eguridad:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remitente:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>Vacía: la guardada en el llavero del sistema</source>
        <translation>Vacía: la guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS implícito</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>Sin cifrar (solo un relé local)</source>
        <translation>Sin cifrar (solo un relé local)</translation>
    </message>
    <message>
        <source>E&amp;nviar ahora</source>
        <translation>E&amp;nviar ahora</translation>
    </message>
</context>
<context>
    <name>SyncBase</name>
    <message>
        <source>Paquetes de CRM Desktop (*.crmb);;Todos los archivos (*)</source>
        <translation>Paquetes de CRM Desktop (*.crmb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Solicitudes de ingreso (*.json);;Todos los archivos (*)</source>
        <translation>Solicitudes de ingreso (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Revocado</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Administrador</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Dispositivo</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>País u organización</source>
        <translation>País u organización</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Huella</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Último paquete enviado</source>
        <translation>Último paquete enviado</translation>
    </message>
    <message>
        <source>Último paquete recibido</source>
        <translation>Último paquete recibido</translation>
    </message>
    <message>
        <source>(este dispositivo)</source>
        <translation>(este dispositivo)</translation>
    </message>
    <message>
        <source>Compárela por teléfono con la que muestra ese equipo</source>
        <translation>Compárela por teléfono con la que muestra ese equipo</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Leyendo el estado de la sincronización…</source>
        <translation>Leyendo el estado de la sincronización…</translation>
    </message>
    <message>
        <source>administrador</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>sin unirse todavía</source>
        <translation>sin unirse todavía</translation>
    </message>
    <message>
        <source>Huella de este dispositivo: %1</source>
        <translation>Huella de este dispositivo: %1</translation>
    </message>
    <message>
        <source>Última sincronización: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>nunca</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n paquete(s) pendiente(s)</source>
        <translation>
            <numerusform>%n paquete pendiente</numerusform>
            <numerusform>%n paquetes pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicto(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>La solicitud de ingreso está escrita. Cuando la Secretaría Técnica la apruebe, le enviará una invitación (un paquete de bienvenida .crmb): impórtela con el botón de abajo o arrastrándola a la ventana.</source>
        <translation>La solicitud de ingreso está escrita. Cuando la Secretaría Técnica la apruebe, le enviará una invitación (un paquete de bienvenida .crmb): impórtela con el botón de abajo o arrastrándola a la ventana.</translation>
    </message>
    <message>
        <source>Este dispositivo</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>Dispositivos</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Intercambio</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Pendientes y conflictos</source>
        <translation>Pendientes y conflictos</translation>
    </message>
    <message>
        <source>Sincronización</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Aún no hay dispositivos: este equipo no se ha unido a ningún espacio de trabajo. Únase en la pestaña «Este dispositivo».</source>
        <translation>Aún no hay dispositivos: este equipo no se ha unido a ningún espacio de trabajo. Únase en la pestaña «Este dispositivo».</translation>
    </message>
    <message>
        <source>La lista de dispositivos llega con la invitación de la Secretaría Técnica. Cuando la reciba, impórtela en la pestaña «Este dispositivo».</source>
        <translation>La lista de dispositivos llega con la invitación de la Secretaría Técnica. Cuando la reciba, impórtela en la pestaña «Este dispositivo».</translation>
    </message>
    <message>
        <source>Todavía no hay dispositivos en el espacio.</source>
        <translation>Todavía no hay dispositivos en el espacio.</translation>
    </message>
    <message>
        <source>Esta laptop aún no se ha unido al espacio de trabajo de la CRM, así que no puede enviar ni recibir cambios. Únase en la pestaña «Este dispositivo»: con la invitación que le dio la ST, o escribiendo una solicitud de ingreso.</source>
        <translation>Esta laptop aún no se ha unido al espacio de trabajo de la CRM, así que no puede enviar ni recibir cambios. Únase en la pestaña «Este dispositivo»: con la invitación que le dio la ST, o escribiendo una solicitud de ingreso.</translation>
    </message>
    <message>
        <source>Esta laptop aún no se ha unido al espacio de trabajo de la CRM: espera la invitación que responde a su solicitud de ingreso. Hasta importarla no puede enviar cambios; impórtela con «Importar paquete…» o en la pestaña «Este dispositivo».</source>
        <translation>Esta laptop aún no se ha unido al espacio de trabajo de la CRM: espera la invitación que responde a su solicitud de ingreso. Hasta importarla no puede enviar cambios; impórtela con «Importar paquete…» o en la pestaña «Este dispositivo».</translation>
    </message>
    <message>
        <source>Nada espera: este equipo recibirá paquetes cuando se haya unido al espacio de trabajo.</source>
        <translation>Nada espera: este equipo recibirá paquetes cuando se haya unido al espacio de trabajo.</translation>
    </message>
    <message>
        <source>Ningún paquete espera: todo lo recibido se ha aplicado.</source>
        <translation>Ningún paquete espera: todo lo recibido se ha aplicado.</translation>
    </message>
    <message>
        <source>Sin conflictos: solo aparecen al recibir cambios de otros equipos.</source>
        <translation>Sin conflictos: solo aparecen al recibir cambios de otros equipos.</translation>
    </message>
    <message>
        <source>Sin conflictos: ningún valor se ha perdido ante un cambio simultáneo en otro equipo. Si ocurre, aparecerá aquí con quién lo cambió y cuándo.</source>
        <translation>Sin conflictos: ningún valor se ha perdido ante un cambio simultáneo en otro equipo. Si ocurre, aparecerá aquí con quién lo cambió y cuándo.</translation>
    </message>
    <message>
        <source>Ir a «Este dispositivo»</source>
        <translation>Ir a «Este dispositivo»</translation>
    </message>
    <message>
        <source>Ir a la pestaña «Este dispositivo»</source>
        <translation>Ir a la pestaña «Este dispositivo»</translation>
    </message>
</context>
<context>
    <name>TranslationTab</name>
    <message>
        <source>&amp;Traducción</source>
        <translation>&amp;Traducción</translation>
    </message>
    <message>
        <source>Párrafos y estado de su traducción</source>
        <translation>Párrafos y estado de su traducción</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt;</source>
        <translation>&lt;b&gt;Original&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Texto original del párrafo</source>
        <translation>Texto original del párrafo</translation>
    </message>
    <message>
        <source>Palabras del original cambiadas desde la traducción:</source>
        <translation>Palabras del original cambiadas desde la traducción:</translation>
    </message>
    <message>
        <source>Cambios del original desde la traducción</source>
        <translation>Cambios del original desde la traducción</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traducción&lt;/b&gt;</source>
        <translation>&lt;b&gt;Traducción&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Traducción del párrafo</source>
        <translation>Traducción del párrafo</translation>
    </message>
    <message>
        <source>Guardar la traducción</source>
        <translation>Guardar la traducción</translation>
    </message>
    <message>
        <source>Registrar la traducción de este párrafo, hecha sobre el texto original actual</source>
        <translation>Registrar la traducción de este párrafo, hecha sobre el texto original actual</translation>
    </message>
    <message>
        <source>Título</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>No hay reuniones próximas registradas.</source>
        <translation>No hay reuniones próximas registradas.</translation>
    </message>
    <message>
        <source>&amp;Próximas reuniones</source>
        <translation>&amp;Próximas reuniones</translation>
    </message>
    <message>
        <source>Próximas reuniones</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source>Colores de los cuerpos</source>
        <translation>Colores de los cuerpos</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Registrar valor</source>
        <translation>Registrar valor</translation>
    </message>
    <message>
        <source>&amp;Indicador:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>&amp;Semestre:</source>
        <translation>&amp;Semestre:</translation>
    </message>
    <message>
        <source>&amp;Valor:</source>
        <translation>&amp;Valor:</translation>
    </message>
</context>
<context>
    <name>VersionCompareModel</name>
    <message>
        <source>Nº</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Versión anterior</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Duración</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>trasladado</source>
        <translation>trasladado</translation>
    </message>
    <message>
        <source>solo cambia el número</source>
        <translation>solo cambia el número</translation>
    </message>
    <message>
        <source>solo cambia la hora</source>
        <translation>solo cambia la hora</translation>
    </message>
    <message>
        <source>número</source>
        <translation>número</translation>
    </message>
    <message>
        <source>hora</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>título</source>
        <translation>título</translation>
    </message>
    <message>
        <source>duración</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>tipo</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>quién presenta</source>
        <translation>quién presenta</translation>
    </message>
    <message>
        <source>Hora</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Cambio</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Versión posterior</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>solo cambian el número y la hora</source>
        <translation>solo cambian el número y la hora</translation>
    </message>
    <message>
        <source>modificado</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>añadido</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>eliminado</source>
        <translation>eliminado</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <source>&amp;Enviar la preliminar…</source>
        <translation>&amp;Enviar la preliminar…</translation>
    </message>
    <message>
        <source>Abre el envío de la agenda preliminar a los puntos focales de los países y organismos consultados</source>
        <translation>Abre el envío de la agenda preliminar a los puntos focales de los países y organismos consultados</translation>
    </message>
    <message>
        <source>Enviar la agenda preliminar</source>
        <translation>Enviar la agenda preliminar</translation>
    </message>
    <message>
        <source>Leyenda de la agenda</source>
        <translation>Leyenda de la agenda</translation>
    </message>
    <message>
        <source>número en rojo: punto obligatorio (no se elimina)</source>
        <translation>número en rojo: punto obligatorio (no se elimina)</translation>
    </message>
    <message>
        <source>el punto tiene comentarios; su número va entre paréntesis</source>
        <translation>el punto tiene comentarios; su número va entre paréntesis</translation>
    </message>
</context>
<context>
    <name>WaitingTab</name>
    <message>
        <source>Paquetes en espera de otros anteriores</source>
        <translation>Paquetes en espera de otros anteriores</translation>
    </message>
    <message>
        <source>Paquetes en espera</source>
        <translation>Paquetes en espera</translation>
    </message>
    <message>
        <source>Conflictos: valores que perdieron ante un cambio simultáneo</source>
        <translation>Conflictos: valores que perdieron ante un cambio simultáneo</translation>
    </message>
    <message>
        <source>Conflictos</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>&amp;Mantener el valor actual</source>
        <translation>&amp;Mantener el valor actual</translation>
    </message>
    <message>
        <source>Mantener el valor actual</source>
        <translation>Mantener el valor actual</translation>
    </message>
    <message>
        <source>&amp;Restaurar el valor perdido</source>
        <translation>&amp;Restaurar el valor perdido</translation>
    </message>
    <message>
        <source>Restaurar el valor perdido</source>
        <translation>Restaurar el valor perdido</translation>
    </message>
    <message>
        <source>Remitente</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Número</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Espera</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Rechazado: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Esperando</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Qué cambió</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Valor actual</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <source>Escrito por</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Valor perdido</source>
        <translation>Valor perdido</translation>
    </message>
    <message>
        <source>Valor perdido restaurado.</source>
        <translation>Valor perdido restaurado.</translation>
    </message>
    <message>
        <source>Se mantiene el valor actual.</source>
        <translation>Se mantiene el valor actual.</translation>
    </message>
</context>
<context>
    <name>WordActions</name>
    <message>
        <source>Importar de Word…</source>
        <translation>Importar de Word…</translation>
    </message>
    <message>
        <source>Crea un documento de la reunión elegida a partir de un borrador en Word (.docx)</source>
        <translation>Crea un documento de la reunión elegida a partir de un borrador en Word (.docx)</translation>
    </message>
    <message>
        <source>Exportar a Word…</source>
        <translation>Exportar a Word…</translation>
    </message>
    <message>
        <source>Guarda el documento abierto como archivo de Word (.docx)</source>
        <translation>Guarda el documento abierto como archivo de Word (.docx)</translation>
    </message>
    <message>
        <source>Importar de Word</source>
        <translation>Importar de Word</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Exportar a Word</source>
        <translation>Exportar a Word</translation>
    </message>
    <message>
        <source>Tipo de documento:</source>
        <translation>Tipo de documento:</translation>
    </message>
    <message>
        <source>Elija primero la reunión en la lista y la persona que actúa: el documento será de esa reunión.</source>
        <translation>Elija primero la reunión en la lista y la persona que actúa: el documento será de esa reunión.</translation>
    </message>
    <message>
        <source>Esta reunión no redacta documentos negociados.</source>
        <translation>Esta reunión no redacta documentos negociados.</translation>
    </message>
    <message>
        <source>«%1» — párrafos que se importarán: %2</source>
        <translation>«%1» — párrafos que se importarán: %2</translation>
    </message>
    <message>
        <source>No se conservará:</source>
        <translation>No se conservará:</translation>
    </message>
    <message>
        <source>Se conserva todo el texto del archivo.</source>
        <translation>Se conserva todo el texto del archivo.</translation>
    </message>
    <message>
        <source>Documento importado de %1</source>
        <translation>Documento importado de %1</translation>
    </message>
    <message>
        <source>Abra primero un documento.</source>
        <translation>Abra primero un documento.</translation>
    </message>
    <message>
        <source>Documento exportado a %1</source>
        <translation>Documento exportado a %1</translation>
    </message>
</context>
<context>
    <name>WorkPlanDialog</name>
    <message>
        <source>Nuevo plan de trabajo</source>
        <translation>Nuevo plan de trabajo</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>&amp;Periodo:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Título:</source>
        <translation>&amp;Título:</translation>
    </message>
</context>
<context>
    <name>WorkPlansTab</name>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Plan de trabajo</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Presentado</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Aprobado en</source>
        <translation>Aprobado en</translation>
    </message>
    <message>
        <source>Fecha de aprobación</source>
        <translation>Fecha de aprobación</translation>
    </message>
    <message>
        <source>Acciones</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Realizadas</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Vencidas</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>N.º</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Vencida</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Nuevo plan de trabajo…</source>
        <translation>Nuevo plan de trabajo…</translation>
    </message>
    <message>
        <source>Nueva acción…</source>
        <translation>Nueva acción…</translation>
    </message>
    <message>
        <source>Planes de trabajo de las redes</source>
        <translation>Planes de trabajo de las redes</translation>
    </message>
    <message>
        <source>Acciones del plan seleccionado</source>
        <translation>Acciones del plan seleccionado</translation>
    </message>
    <message>
        <source>Presentar al GRCM</source>
        <translation>Presentar al GRCM</translation>
    </message>
    <message>
        <source>Reunión del GRCM que aprueba</source>
        <translation>Reunión del GRCM que aprueba</translation>
    </message>
    <message>
        <source>Aprobar en esta reunión</source>
        <translation>Aprobar en esta reunión</translation>
    </message>
    <message>
        <source>Estado de la acción</source>
        <translation>Estado de la acción</translation>
    </message>
    <message>
        <source>Cambiar estado de la acción</source>
        <translation>Cambiar estado de la acción</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Texto recuperado</source>
        <translation>Texto recuperado</translation>
    </message>
    <message>
        <source>Copiar el texto</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <source>Volver a abrir en su editor</source>
        <translation>Volver a abrir en su editor</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Descartar</translation>
    </message>
</context>
</TS>