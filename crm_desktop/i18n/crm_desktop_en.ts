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
    <message>
        <source>Licencias de terceros…</source>
        <translation>Third-party licences…</translation>
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
        <source>Notas de la reunión «%1»</source>
        <translation>Notes of the meeting “%1”</translation>
    </message>
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
