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
    <name>Sections</name>
    <message>
        <source>Sincronización</source>
        <translation>Sync</translation>
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
    <name>SyncLabels</name>
    <message>
        <source>Secretaría Técnica</source>
        <translation>Technical Secretariat</translation>
    </message>
    <message>
        <source>Presidencia Pro-Témpore</source>
        <translation>Pro-Tempore Presidency</translation>
    </message>
    <message>
        <source>País miembro</source>
        <translation>Member country</translation>
    </message>
    <message>
        <source>Observador</source>
        <translation>Observer</translation>
    </message>
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
        <source>Paquetes de CRM Desktop (*.crmb);;Todos los archivos (*)</source>
        <translation>CRM Desktop bundles (*.crmb);;All files (*)</translation>
    </message>
    <message>
        <source>Solicitudes de ingreso (*.json);;Todos los archivos (*)</source>
        <translation>Join requests (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>La solicitud de ingreso está escrita. Cuando una persona administradora la apruebe, importe aquí el paquete de bienvenida que le envíe («Importar paquete…» o arrastrándolo a la ventana).</source>
        <translation>The join request is written. When an administrator approves it, import here the welcome bundle they send you (“Import bundle…” or drag it onto the window).</translation>
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
        <source>Todos los demás dispositivos</source>
        <translation>All other devices</translation>
    </message>
    <message>
        <source>Rol: %1</source>
        <translation>Role: %1</translation>
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
        <source>Tabla</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Valor actual</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Valor perdido</source>
        <translation>Lost value</translation>
    </message>
    <message>
        <source>Escriba el nombre de la persona que usa este equipo.</source>
        <translation>Type the name of the person who uses this laptop.</translation>
    </message>
    <message>
        <source>Fundar este espacio</source>
        <translation>Found this workspace</translation>
    </message>
    <message>
        <source>Este equipo será la persona administradora del espacio «%1»: aprobará el ingreso de los demás equipos. ¿Continuar?</source>
        <translation>This laptop will be the administrator of the workspace “%1”: it approves the other laptops joining. Continue?</translation>
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
    <message>
        <source>Solicitud guardada en %1. Envíela a una persona administradora; huella: %2</source>
        <translation>Request saved to %1. Send it to an administrator; fingerprint: %2</translation>
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

Huella:
%5

Compruebe la huella por teléfono con la persona antes de aprobar.</source>
        <translation>Approve this laptop joining?

Person: %1
Device: %2
Role: %3
Country or organisation: %4

Fingerprint:
%5

Check the fingerprint with the person by phone before approving.</translation>
    </message>
    <message>
        <source>Aprobar una solicitud de ingreso</source>
        <translation>Approve a join request</translation>
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
    <message>
        <source>Guardar el paquete</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <source>Paquete guardado en %1: %2 cambio(s) para %3 dispositivo(s).</source>
        <translation>Bundle saved to %1: %2 change(s) for %3 device(s).</translation>
    </message>
    <message>
        <source>Importar un paquete</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>%1 ya se había importado; nada cambió.</source>
        <translation>%1 was already imported; nothing changed.</translation>
    </message>
    <message>
        <source>%1 importado (de %2, huella %3): %4 cambio(s) aplicados, %5 en espera.</source>
        <translation>%1 imported (from %2, fingerprint %3): %4 change(s) applied, %5 waiting.</translation>
    </message>
    <message>
        <source>Este equipo ya forma parte del espacio «%1».</source>
        <translation>This laptop is now part of the workspace “%1”.</translation>
    </message>
    <message>
        <source>Carpeta compartida</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <source>Elija primero la carpeta compartida.</source>
        <translation>Choose the shared folder first.</translation>
    </message>
    <message>
        <source>Carpeta sincronizada: %1 importado(s), %2 exportado(s).</source>
        <translation>Folder synchronised: %1 imported, %2 exported.</translation>
    </message>
    <message>
        <source>%1 rechazado: %2</source>
        <translation>%1 refused: %2</translation>
    </message>
    <message>
        <source>Valor perdido restaurado.</source>
        <translation>Lost value restored.</translation>
    </message>
    <message>
        <source>Se mantiene el valor actual.</source>
        <translation>The current value is kept.</translation>
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
        <source>Unir este equipo a un espacio de trabajo</source>
        <translation>Join this laptop to a workspace</translation>
    </message>
    <message>
        <source>Este equipo aún no tiene identidad. Si es el primero del espacio, fúndelo (será la persona administradora). Si no, cree una solicitud de ingreso y envíela a quien administra.</source>
        <translation>This laptop has no identity yet. If it is the first of the workspace, found it (it becomes the administrator). Otherwise, create a join request and send it to the administrator.</translation>
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
        <translation>CR, MX… or the organisation&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Fundar este espacio</source>
        <translation>&amp;Found this workspace</translation>
    </message>
    <message>
        <source>Fundar este espacio como administrador</source>
        <translation>Found this workspace as administrator</translation>
    </message>
    <message>
        <source>Crear una &amp;solicitud de ingreso…</source>
        <translation>Create a &amp;join request…</translation>
    </message>
    <message>
        <source>Crear una solicitud de ingreso</source>
        <translation>Create a join request</translation>
    </message>
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
        <source>También puede arrastrar un archivo .crmb a la ventana para importarlo.</source>
        <translation>You can also drag a .crmb file onto the window to import it.</translation>
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
