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
        <source>Licencia MIT. Las fuentes incluidas tienen sus propias licencias.</source>
        <translation>Licencia MIT. Las fuentes incluidas tienen sus propias licencias.</translation>
    </message>
    <message>
        <source>Licencias de terceros…</source>
        <translation>Licencias de terceros…</translation>
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
        <source>Ningún aviso.</source>
        <translation>Ningún aviso.</translation>
    </message>
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
    <name>CrashDialog</name>
    <message>
        <source>Error inesperado</source>
        <translation>Error inesperado</translation>
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
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Planificada</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Convocada</source>
        <translation>Convocada</translation>
    </message>
    <message>
        <source>Celebrada</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Cerrada</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Volver a planificada</source>
        <translation>Volver a planificada</translation>
    </message>
    <message>
        <source>Convocar</source>
        <translation>Convocar</translation>
    </message>
    <message>
        <source>Marcar como celebrada</source>
        <translation>Marcar como celebrada</translation>
    </message>
    <message>
        <source>Cerrar la reunión</source>
        <translation>Cerrar la reunión</translation>
    </message>
    <message>
        <source>Borrador</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Preliminar</source>
        <translation>Preliminar</translation>
    </message>
    <message>
        <source>Adoptada</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>Decisión</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Recomendación</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Conclusión</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Reunión</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Punto de agenda</source>
        <translation>Punto de agenda</translation>
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
        <source>&amp;Salir</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Acerca de CRM Desktop</source>
        <translation>&amp;Acerca de CRM Desktop</translation>
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
        <source>Notas de la reunión «%1»</source>
        <translation>Notas de la reunión «%1»</translation>
    </message>
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
        <source>Sin agenda todavía.</source>
        <translation>Sin agenda todavía.</translation>
    </message>
    <message>
        <source>Ninguna decisión registrada.</source>
        <translation>Ninguna decisión registrada.</translation>
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
        <source>Solo una reunión planificada puede eliminarse</source>
        <translation>Solo una reunión planificada puede eliminarse</translation>
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
        <source>Abrir las delegaciones…</source>
        <translation>Abrir las delegaciones…</translation>
    </message>
    <message>
        <source>Abrir las delegaciones de esta reunión</source>
        <translation>Abrir las delegaciones de esta reunión</translation>
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