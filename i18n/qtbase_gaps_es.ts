<?xml version='1.0' encoding='utf-8'?>
<!-- Texts of Qt's own dialogs that Qt's Spanish catalogue (qtbase_es) leaves in English: the widget file
     dialog's labels carry an accelerator "&" that the catalogue's entries lack. Written by hand;
     scripts/i18n.py compiles it next to the program's catalogues. -->
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
</TS>
