<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeleteFlows</name>
    <message numerus="yes">
        <source>Delete %n API key(s)?</source>
        <translation>
            <numerusform>Delete %n API key?</numerusform><numerusform>Delete %n API keys?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) deleted.</source>
        <translation>
            <numerusform>%n API key deleted.</numerusform><numerusform>%n API keys deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Its %n API key(s) will stop working at once. This cannot be undone.</source>
        <translation>
            <numerusform>Its %n API key will stop working at once. This cannot be undone.</numerusform><numerusform>Its %n API keys will stop working at once. This cannot be undone.</numerusform></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>The grace must be between 0 (stop the old key at once) and %n day(s).</source>
        <translation>
            <numerusform>The grace must be between 0 (stop the old key at once) and %n day.</numerusform><numerusform>The grace must be between 0 (stop the old key at once) and %n days.</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::AppListModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform><numerusform>%n keys</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::AuditLogModel</name>
    <message numerus="yes">
        <source>%n key(s) deleted with it</source>
        <translation>
            <numerusform>%n key deleted with it</numerusform><numerusform>%n keys deleted with it</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more refused from there since the entry before</source>
        <translation>
            <numerusform>%n more refused from there since the entry before</numerusform><numerusform>%n more refused from there since the entry before</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier entries not chained</source>
        <translation>
            <numerusform>%n earlier entries not chained</numerusform><numerusform>%n earlier entries not chained</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::CreateKeyDialog</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The key will expire on %1, in %n days.</source>
        <translation>
            <numerusform>The key will expire on %1, in %n days.</numerusform><numerusform>The key will expire on %1, in %n days.</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::KeyFilterProxyModel</name>
    <message numerus="yes">
        <source>Expires within %n day(s)</source>
        <translation>
            <numerusform>Expires within %n day</numerusform><numerusform>Expires within %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not used in %n day(s)</source>
        <translation>
            <numerusform>Not used in %n day</numerusform><numerusform>Not used in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::KeyListModel</name>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Expires in %n day, on %1.</numerusform><numerusform>Expires in %n days, on %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Narrowed: %1 of the app's %n scope(s).</source>
        <extracomment>%1: how many scopes the key grants; %n: how many its app holds</extracomment>
        <translation>
            <numerusform>Narrowed: %1 of the app's %n scope.</numerusform><numerusform>Narrowed: %1 of the app's %n scopes.</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::KeysPage</name>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>Delete %n key</numerusform><numerusform>Delete %n keys</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::ListPage</name>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>Delete %n key</numerusform><numerusform>Delete %n keys</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::MainWindow</name>
    <message numerus="yes">
        <source>Your token expires in %n day(s)</source>
        <translation>
            <numerusform>Your token expires in %n day</numerusform><numerusform>Your token expires in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) expire within %1</source>
        <comment>the expiry reminder; %1: “14 days”</comment>
        <translation>
            <numerusform>%n key expire within %1</numerusform><numerusform>%n keys expire within %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform><numerusform>Exported %n rows to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::PreferencesDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> day</numerusform><numerusform> days</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::RollKeyDialog</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::UserKeyDialog</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The key will expire on %1, in %n days.</source>
        <translation>
            <numerusform>The key will expire on %1, in %n days.</numerusform><numerusform>The key will expire on %1, in %n days.</numerusform></translation>
    </message>
</context>
<context>
    <name>sk::UserKeysPage</name>
    <message numerus="yes">
        <source>Delete %n key(s)</source>
        <translation>
            <numerusform>Delete %n key</numerusform><numerusform>Delete %n keys</numerusform></translation>
    </message>
</context>
</TS>