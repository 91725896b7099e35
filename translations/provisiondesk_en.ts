<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConnectionHealth</name>
    <message numerus="yes">
        <location filename="../app/history/ConnectionHealth.cpp" line="+154"/>
        <source>%1 partly failed: %n user(s) failed.</source>
        <translation>
            <numerusform>%1 partly failed: %n user failed.</numerusform>
            <numerusform>%1 partly failed: %n users failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactForecast</name>
    <message numerus="yes">
        <location filename="../app/sync/ImpactForecast.cpp" line="+225"/>
        <source>The removal guard would hold %n of them for approval.</source>
        <translation>
            <numerusform>The removal guard would hold %n of them for approval.</numerusform>
            <numerusform>The removal guard would hold %n of them for approval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message numerus="yes">
        <location filename="../app/sync/Preflight.cpp" line="+231"/>
        <source>Estimated duration: about %1 (%n request(s) at %2/s, %3 at a time; an estimate)</source>
        <translation>
            <numerusform>Estimated duration: about %1 (%n request at %2/s, %3 at a time; an estimate)</numerusform>
            <numerusform>Estimated duration: about %1 (%n requests at %2/s, %3 at a time; an estimate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunConclusion</name>
    <message numerus="yes">
        <location filename="../app/sync/RunConclusion.cpp" line="+16"/>
        <source>Zoom&apos;s %1 stopped the run after %n change(s); nothing more was sent. Sync again after %2: the next run continues from here.</source>
        <translation>
            <numerusform>Zoom&apos;s %1 stopped the run after %n change; nothing more was sent. Sync again after %2: the next run continues from here.</numerusform>
            <numerusform>Zoom&apos;s %1 stopped the run after %n changes; nothing more was sent. Sync again after %2: the next run continues from here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Stopped by request after %n change(s); the next sync continues from here.</source>
        <translation>
            <numerusform>Stopped by request after %n change; the next sync continues from here.</numerusform>
            <numerusform>Stopped by request after %n changes; the next sync continues from here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) applied</source>
        <translation>
            <numerusform>%n change applied</numerusform>
            <numerusform>%n changes applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removal(s) held for approval.</source>
        <translation>
            <numerusform>%n removal held for approval.</numerusform>
            <numerusform>%n removals held for approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s) failed (see the log and history).</source>
        <translation>
            <numerusform>%n user failed (see the log and history).</numerusform>
            <numerusform>%n users failed (see the log and history).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n change applied.</numerusform>
            <numerusform>%n changes applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleSpec</name>
    <message numerus="yes">
        <location filename="../app/core/ScheduleSpec.cpp" line="+79"/>
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd</name>
    <message numerus="yes">
        <location filename="../app/cli/StatusCommand.cpp" line="+58"/>
        <source>%n connection(s): </source>
        <translation>
            <numerusform>%n connection: </numerusform>
            <numerusform>%n connections: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::HistoryWindow</name>
    <message numerus="yes">
        <location filename="../ui/history/HistoryWindow.cpp" line="+199"/>
        <location line="+8"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Runs that started more than %n day(s) ago, and every event in them, will be deleted now and after each sync. This cannot be undone. The sync summary keeps each user&apos;s state.</source>
        <translation>
            <numerusform>Runs that started more than %n day ago, and every event in them, will be deleted now and after each sync. This cannot be undone. The sync summary keeps each user&apos;s state.</numerusform>
            <numerusform>Runs that started more than %n days ago, and every event in them, will be deleted now and after each sync. This cannot be undone. The sync summary keeps each user&apos;s state.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Runs older than %n day(s) are deleted after each sync; %1 deleted now.</source>
        <translation>
            <numerusform>Runs older than %n day are deleted after each sync; %1 deleted now.</numerusform>
            <numerusform>Runs older than %n days are deleted after each sync; %1 deleted now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RulePreviewPanel</name>
    <message numerus="yes">
        <location filename="../ui/rule/RulePreviewPanel.cpp" line="+181"/>
        <source>%n person(s) shown.</source>
        <translation>
            <numerusform>%n person shown.</numerusform>
            <numerusform>%n people shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RuleSummaryView</name>
    <message numerus="yes">
        <location filename="../ui/window/RuleSummaryView.cpp" line="+105"/>
        <source>%n people at the last sync (%1)</source>
        <translation>
            <numerusform>%n person at the last sync (%1)</numerusform>
            <numerusform>%n people at the last sync (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RunDetailPanel</name>
    <message numerus="yes">
        <location filename="../ui/history/RunDetailPanel.cpp" line="+154"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ScimClient</name>
    <message numerus="yes">
        <location filename="../app/scim/ScimClient.cpp" line="+310"/>
        <source>the page at startIndex %1 repeats %n user(s) already listed</source>
        <translation>
            <numerusform>the page at startIndex %1 repeats %n user already listed</numerusform>
            <numerusform>the page at startIndex %1 repeats %n users already listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>cancelled after %n page(s)</source>
        <translation>
            <numerusform>cancelled after %n page</numerusform>
            <numerusform>cancelled after %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ScimTransport</name>
    <message numerus="yes">
        <location filename="../app/scim/ScimTransport.cpp" line="+303"/>
        <source>giving up after %n attempt(s)</source>
        <translation>
            <numerusform>giving up after %n attempt</numerusform>
            <numerusform>giving up after %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SourceSettingsEditor</name>
    <message numerus="yes">
        <location filename="../ui/rule/SourceSettingsEditor.cpp" line="+521"/>
        <source>%n person(s) found, %1 disabled; %2 row(s) could not be used. Read in %3 s.</source>
        <translation>
            <numerusform>%n person found, %1 disabled; %2 row(s) could not be used. Read in %3 s.</numerusform>
            <numerusform>%n people found, %1 disabled; %2 row(s) could not be used. Read in %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SyncPanel</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPanel.cpp" line="+284"/>
        <source>%n user(s) will be deleted from Zoom (Remove Action: Delete). Deleting destroys their meetings, recordings and settings; it cannot be undone.</source>
        <translation>
            <numerusform>%n user will be deleted from Zoom (Remove Action: Delete). Deleting destroys their meetings, recordings and settings; it cannot be undone.</numerusform>
            <numerusform>%n users will be deleted from Zoom (Remove Action: Delete). Deleting destroys their meetings, recordings and settings; it cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s) will be deactivated in Zoom (Remove Action: Disable); they can be reactivated later.</source>
        <translation>
            <numerusform>%n user will be deactivated in Zoom (Remove Action: Disable); they can be reactivated later.</numerusform>
            <numerusform>%n users will be deactivated in Zoom (Remove Action: Disable); they can be reactivated later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) disabled in the source will be deactivated in Zoom.</source>
        <translation>
            <numerusform>%n user disabled in the source will be deactivated in Zoom.</numerusform>
            <numerusform>%n users disabled in the source will be deactivated in Zoom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Approve %n held removal(s) and sync now?</source>
        <translation>
            <numerusform>Approve %n held removal and sync now?</numerusform>
            <numerusform>Approve %n held removals and sync now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SyncWorker</name>
    <message numerus="yes">
        <location filename="../app/sync/SyncWorker.cpp" line="+270"/>
        <source>Only %n selected user(s) will be provisioned.</source>
        <translation>
            <numerusform>Only %n selected user will be provisioned.</numerusform>
            <numerusform>Only %n selected users will be provisioned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+133"/>
        <source>Dry run: %n change(s) planned; nothing was sent.</source>
        <translation>
            <numerusform>Dry run: %n change planned; nothing was sent.</numerusform>
            <numerusform>Dry run: %n changes planned; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sync/SyncWorkerUndo.cpp" line="+92"/>
        <source>Undo plan: %n change(s) to reverse</source>
        <translation>
            <numerusform>Undo plan: %n change to reverse</numerusform>
            <numerusform>Undo plan: %n changes to reverse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+22"/>
        <source>%n item(s) cannot be undone.</source>
        <translation>
            <numerusform>%n item cannot be undone.</numerusform>
            <numerusform>%n items cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n change(s) to reverse</source>
        <translation>
            <numerusform>%n change to reverse</numerusform>
            <numerusform>%n changes to reverse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Undo of run %1: nothing to reverse; %n item(s) cannot be undone. Nothing was sent.</source>
        <translation>
            <numerusform>Undo of run %1: nothing to reverse; %n item cannot be undone. Nothing was sent.</numerusform>
            <numerusform>Undo of run %1: nothing to reverse; %n items cannot be undone. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n item(s) could not be undone (see the run&apos;s events).</source>
        <translation>
            <numerusform>%n item could not be undone (see the run&apos;s events).</numerusform>
            <numerusform>%n items could not be undone (see the run&apos;s events).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::UndoRunDialog</name>
    <message numerus="yes">
        <location filename="../ui/sync/UndoRunDialog.cpp" line="+171"/>
        <source>%n change(s) will be reversed.</source>
        <translation>
            <numerusform>%n change will be reversed.</numerusform>
            <numerusform>%n changes will be reversed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) cannot be undone.</source>
        <translation>
            <numerusform>%n item cannot be undone.</numerusform>
            <numerusform>%n items cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::UserFilterEditor</name>
    <message numerus="yes">
        <location filename="../ui/rule/UserFilterEditor.cpp" line="+194"/>
        <source>This filter also has %n nested group(s) from the connection file; they are kept as they are.</source>
        <translation>
            <numerusform>This filter also has %n nested group from the connection file; they are kept as they are.</numerusform>
            <numerusform>This filter also has %n nested groups from the connection file; they are kept as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ZoomConnectionTester</name>
    <message numerus="yes">
        <location filename="../app/scim/ZoomConnectionTester.cpp" line="+115"/>
        <source>Zoom issued an access token and the SCIM API answered: %n user(s) in the account.</source>
        <translation>
            <numerusform>Zoom issued an access token and the SCIM API answered: %n user in the account.</numerusform>
            <numerusform>Zoom issued an access token and the SCIM API answered: %n users in the account.</numerusform>
        </translation>
    </message>
</context>
</TS>
