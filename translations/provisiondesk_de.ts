<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+9"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 names the environment variable %2, which is unset or empty.</source>
        <translation>--%1 nennt die Umgebungsvariable %2, die nicht gesetzt oder leer ist.</translation>
    </message>
</context>
<context>
    <name>ConnectionHealth</name>
    <message>
        <location filename="../app/history/ConnectionHealth.cpp" line="+75"/>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The connection is enabled but its last connection test failed: %1</source>
        <translation>Die Verbindung ist aktiviert, aber ihr letzter Verbindungstest ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason recorded</source>
        <translation>kein Grund erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection is enabled but has not passed a connection test.</source>
        <translation>Die Verbindung ist aktiviert, hat aber noch keinen Verbindungstest bestanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No client secret is stored in the keychain: syncs cannot sign in. Edit the connection and enter the secret again.</source>
        <translation>Im Schlüsselbund ist kein Client-Secret gespeichert: Synchronisierungen können sich nicht anmelden. Bearbeiten Sie die Verbindung und geben Sie das Secret erneut ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last sync (run %1, %2)</source>
        <translation>Die letzte Synchronisierung (Lauf %1, %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed%2</source>
        <translation>%1 ist fehlgeschlagen%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 partly failed: %n user(s) failed.</source>
        <translation>
            <numerusform>%1 ist teilweise fehlgeschlagen: %n Benutzer fehlgeschlagen.</numerusform>
            <numerusform>%1 ist teilweise fehlgeschlagen: %n Benutzer fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was interrupted before it finished; the next sync continues from there.</source>
        <translation>%1 wurde vor dem Ende unterbrochen; die nächste Synchronisierung setzt dort fort.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removals have been held for approval since %1 (run %2), more than a day: review and approve them, or fix the source.</source>
        <translation>Entfernungen werden seit %1 (Lauf %2) zur Freigabe zurückgehalten, länger als einen Tag: Prüfen und genehmigen Sie sie oder korrigieren Sie die Quelle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No successful sync for %1 hours (since %2; the limit is %3 hours).</source>
        <translation>Seit %1 Stunden keine erfolgreiche Synchronisierung (seit %2; das Limit beträgt %3 Stunden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No successful sync yet, %1 hours after the connection was created (the limit is %2 hours).</source>
        <translation>Noch keine erfolgreiche Synchronisierung, %1 Stunden nach dem Anlegen der Verbindung (das Limit beträgt %2 Stunden).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disabled: not checked.</source>
        <translation>Deaktiviert: nicht geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last sync (run %1, %2) ended: %3.</source>
        <translation>Die letzte Synchronisierung (Lauf %1, %2) endete: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/directory/CsvReader.cpp" line="+147"/>
        <source>the quoted field that starts on line %1 is never closed</source>
        <translation>das Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unexpected text after a closing quote in field %1</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen in Feld %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the row is not valid UTF-8 (save the file as &quot;CSV UTF-8&quot;)</source>
        <translation>die Zeile ist kein gültiges UTF-8 (speichern Sie die Datei als „CSV UTF-8“)</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../ui/common/DisplayText.cpp" line="+11"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OAuth Bearer Token</source>
        <translation>OAuth Bearer Token</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable users creation: %1</source>
        <translation>Benutzererstellung aktivieren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users updation: %1</source>
        <translation>Benutzeraktualisierung aktivieren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users disable: %1</source>
        <translation>Benutzerdeaktivierung aktivieren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users deprovision: %1</source>
        <translation>Benutzer-Deprovisionierung aktivieren: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Action: %1</source>
        <translation>Entfernungsaktion: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovision on rule deletion: %1</source>
        <translation>Deprovisionierung beim Löschen der Regel: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Not tested yet</source>
        <translation>Noch nicht getestet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, tested %2</source>
        <translation>%1, getestet %2</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../app/history/AttributeChange.cpp" line="+55"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/history/CsvCodec.cpp" line="+101"/>
        <source>the file ends inside a quoted field</source>
        <translation>die Datei endet innerhalb eines Felds in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>HistoryStyle</name>
    <message>
        <location filename="../ui/history/HistoryStyle.cpp" line="+78"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ImpactForecast</name>
    <message>
        <location filename="../app/sync/ImpactForecast.cpp" line="+36"/>
        <source>The outbound rule cannot be used: %1</source>
        <translation>Die ausgehende Regel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source could not be read: %1 %2</source>
        <translation>Die Quelle konnte nicht gelesen werden: %1 %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cannot read which users this connection manages: %1</source>
        <translation>Es kann nicht gelesen werden, welche Benutzer diese Verbindung verwaltet: %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>This edit would create %1, update %2, disable %3, remove %4.</source>
        <translation>Diese Änderung würde %1 erstellen, %2 aktualisieren, %3 deaktivieren und %4 entfernen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No longer planned: %1.</source>
        <translation>Nicht mehr geplant: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The removal guard would hold %n of them for approval.</source>
        <translation>
            <numerusform>Der Entfernungsschutz würde %n davon zur Freigabe zurückhalten.</numerusform>
            <numerusform>Der Entfernungsschutz würde %n davon zur Freigabe zurückhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../app/core/MemorySecretStore.cpp" line="+10"/>
        <source>memory, for this session only</source>
        <translation>Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain is locked.</source>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No secret is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Secret gespeichert.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/core/Migrations.cpp" line="+167"/>
        <source>the database was written by a newer ProvisionDesk (schema %1, this build knows up to %2). Update ProvisionDesk.</source>
        <translation>die Datenbank wurde von einer neueren ProvisionDesk-Version geschrieben (Schema %1, diese Version kennt bis %2). Aktualisieren Sie ProvisionDesk.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <location filename="../app/scim/OAuthTokenSource.cpp" line="+93"/>
        <source>the answer holds no access_token</source>
        <translation>die Antwort enthält kein access_token</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../app/sync/Preflight.cpp" line="+168"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 requests/second</source>
        <translation>%1 Anfragen/Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an unlimited rate</source>
        <translation>eine unbegrenzte Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection&apos;s rate (%1) is above what Zoom allows: %2 requests/second for SCIM (&quot;Medium&quot; on Business plans; older Zoom documents say %3 per endpoint, so the real limit is uncertain). Expect 429 answers and waits; lower the rate in the connection.</source>
        <translation>Die Rate der Verbindung (%1) liegt über dem, was Zoom erlaubt: %2 Anfragen/Sekunde für SCIM („Medium“ bei Business-Tarifen; ältere Zoom-Dokumente nennen %3 pro Endpunkt, daher ist das tatsächliche Limit unsicher). Rechnen Sie mit 429-Antworten und Wartezeiten; senken Sie die Rate in der Verbindung.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Adopted (already in Zoom): %1</source>
        <translation>Übernommen (bereits in Zoom): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left alone (in Zoom, not in the source): unknown until Zoom is listed (first sync or full resync)</source>
        <translation>Unverändert gelassen (in Zoom, nicht in der Quelle): unbekannt, bis Zoom aufgelistet wurde (erste Synchronisierung oder vollständige Neusynchronisierung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left alone (in Zoom, not in the source): %1</source>
        <translation>Unverändert gelassen (in Zoom, nicht in der Quelle): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive accounts to reactivate: %1</source>
        <translation>Zu reaktivierende inaktive Konten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Admins and owners Zoom will not deactivate: %1</source>
        <translation>Administratoren und Inhaber, die Zoom nicht deaktiviert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usernames claimed by two or more people: %1</source>
        <translation>Von zwei oder mehr Personen beanspruchte Benutzernamen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usernames differing only in case: %1</source>
        <translation>Benutzernamen, die sich nur in der Groß-/Kleinschreibung unterscheiden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Estimated duration: about %1 (%n request(s) at %2/s, %3 at a time; an estimate)</source>
        <translation>
            <numerusform>Geschätzte Dauer: etwa %1 (%n Anfrage mit %2/s, %3 gleichzeitig; eine Schätzung)</numerusform>
            <numerusform>Geschätzte Dauer: etwa %1 (%n Anfragen mit %2/s, %3 gleichzeitig; eine Schätzung)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightConfirm</name>
    <message>
        <location filename="../ui/sync/PreflightConfirm.cpp" line="+22"/>
        <source>First Sync — %1</source>
        <translation>Erste Synchronisierung – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first sync of &quot;%1&quot;. The dry run forecasts:</source>
        <translation>Dies ist die erste Synchronisierung von „%1“. Der Probelauf sagt voraus:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue Sync</source>
        <translation>Synchronisierung &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>RemovalGuardPolicy</name>
    <message>
        <location filename="../app/sync/RemovalGuardPolicy.cpp" line="+53"/>
        <source>Held: the source returned no users in scope; a truncated export or a wrong filter must not remove all %1 managed users. Check the source, or approve to apply.</source>
        <translation>Zurückgehalten: Die Quelle hat keine Benutzer im Bereich geliefert; ein abgeschnittener Export oder ein falscher Filter darf nicht alle %1 verwalteten Benutzer entfernen. Prüfen Sie die Quelle oder genehmigen Sie die Anwendung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held by the removal guard: this run would remove or disable %1 of %2 managed users (more than %3). Approve to apply.</source>
        <translation>Vom Entfernungsschutz zurückgehalten: Dieser Lauf würde %1 von %2 verwalteten Benutzern entfernen oder deaktivieren (mehr als %3). Genehmigen Sie, um die Änderungen anzuwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held: the source had unreadable entries, so this user may only look removed. Approve to apply.</source>
        <translation>Zurückgehalten: Die Quelle enthielt unlesbare Einträge, daher wirkt dieser Benutzer möglicherweise nur entfernt. Genehmigen Sie, um die Änderung anzuwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The approval of %1 (Zoom ID %2) no longer matches: it is no longer planned the same way; review again.</source>
        <translation>Die Genehmigung für %1 (Zoom-ID %2) passt nicht mehr: Der Benutzer ist nicht mehr auf dieselbe Weise geplant; prüfen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>RunConclusion</name>
    <message>
        <location filename="../app/sync/RunConclusion.cpp" line="+14"/>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Zoom&apos;s %1 stopped the run after %n change(s); nothing more was sent. Sync again after %2: the next run continues from here.</source>
        <translation>
            <numerusform>Zooms %1 hat den Lauf nach %n Änderung beendet; es wurde nichts weiter gesendet. Synchronisieren Sie nach %2 erneut: Der nächste Lauf setzt hier fort.</numerusform>
            <numerusform>Zooms %1 hat den Lauf nach %n Änderungen beendet; es wurde nichts weiter gesendet. Synchronisieren Sie nach %2 erneut: Der nächste Lauf setzt hier fort.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily request limit</source>
        <translation>tägliches Anfragelimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limit (Retry-After too long)</source>
        <translation>Ratenlimit (Retry-After zu lang)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped by request after %n change(s); the next sync continues from here.</source>
        <translation>
            <numerusform>Auf Anforderung nach %n Änderung angehalten; die nächste Synchronisierung setzt hier fort.</numerusform>
            <numerusform>Auf Anforderung nach %n Änderungen angehalten; die nächste Synchronisierung setzt hier fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) applied</source>
        <translation>
            <numerusform>%n Änderung angewendet</numerusform>
            <numerusform>%n Änderungen angewendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2; %3</source>
        <translation>%1, %2; %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removal(s) held for approval.</source>
        <translation>
            <numerusform>%n Entfernung zur Freigabe zurückgehalten.</numerusform>
            <numerusform>%n Entfernungen zur Freigabe zurückgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n user(s) failed (see the log and history).</source>
        <translation>
            <numerusform>%n Benutzer fehlgeschlagen (siehe Protokoll und Verlauf).</numerusform>
            <numerusform>%n Benutzer fehlgeschlagen (siehe Protokoll und Verlauf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n Änderung angewendet.</numerusform>
            <numerusform>%n Änderungen angewendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleSpec</name>
    <message>
        <location filename="../app/core/ScheduleSpec.cpp" line="+10"/>
        <source>Use 15m, 1h, 2h30m (at least %1 minutes, at most 24 hours) or daily@HH:MM.</source>
        <translation>Verwenden Sie 15m, 1h, 2h30m (mindestens %1 Minuten, höchstens 24 Stunden) oder daily@HH:MM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a time of day (00:00 to 23:59). %2</source>
        <translation>„%1“ ist keine Uhrzeit (00:00 bis 23:59). %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a schedule. %2</source>
        <translation>„%1“ ist kein Zeitplan. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: the minutes after the hours must be below 60. %2</source>
        <translation>„%1“: Die Minuten nach den Stunden müssen unter 60 liegen. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is too often: syncs must be at least %2 minutes apart. %3</source>
        <translation>„%1“ ist zu häufig: Zwischen Synchronisierungen müssen mindestens %2 Minuten liegen. %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is longer than a day: use daily@HH:MM. %2</source>
        <translation>„%1“ ist länger als ein Tag: Verwenden Sie daily@HH:MM. %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>every day at %1</source>
        <translation>täglich um %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>im Abstand von %n Minute</numerusform>
            <numerusform>im Abstand von %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>im Abstand von %n Stunde</numerusform>
            <numerusform>im Abstand von %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 h %2 min</source>
        <translation>im Abstand von %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ScheduleUnits</name>
    <message>
        <location filename="../app/core/ScheduleUnits.cpp" line="+282"/>
        <source>A schedule needs a valid interval, a connection name and the CLI&apos;s path.</source>
        <translation>Ein Zeitplan braucht ein gültiges Intervall, einen Verbindungsnamen und den Pfad der CLI.</translation>
    </message>
</context>
<context>
    <name>SecretBinding</name>
    <message>
        <location filename="../app/core/SecretBinding.cpp" line="+90"/>
        <source>the OAuth Token URL</source>
        <translation>die OAuth Token URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SCIM host</source>
        <translation>der SCIM-Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the OAuth Account ID</source>
        <translation>die OAuth Account ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the OAuth Client ID</source>
        <translation>die OAuth Client ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the LDAP URL</source>
        <translation>die LDAP URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bind DN</source>
        <translation>der Bind-DN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The LDAP bind password of &quot;%1&quot; was removed from the keychain because %2 changed: a password is only sent to the directory it was entered for. Enter the password again before the next sync.</source>
        <translation>Das LDAP-Bind-Passwort von „%1“ wurde aus dem Schlüsselbund entfernt, da sich Folgendes geändert hat: %2. Ein Passwort wird nur an das Verzeichnis gesendet, für das es eingegeben wurde. Geben Sie das Passwort vor der nächsten Synchronisierung erneut ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client secret of &quot;%1&quot; was removed from the keychain because %2 changed: a secret is only sent to the endpoint it was entered for. Enter the client secret again, then test the connection.</source>
        <translation>Das Client-Secret von „%1“ wurde aus dem Schlüsselbund entfernt, da sich Folgendes geändert hat: %2. Ein Secret wird nur an den Endpunkt gesendet, für den es eingegeben wurde. Geben Sie das Client-Secret erneut ein und testen Sie dann die Verbindung.</translation>
    </message>
</context>
<context>
    <name>SyncLogLine</name>
    <message>
        <location filename="../app/sync/SyncLogLine.cpp" line="+11"/>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <location filename="../app/sync/SyncPlanner.cpp" line="+324"/>
        <source>Not provisioned: %1</source>
        <translation>Nicht bereitgestellt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than one source user maps to the Zoom username %1; make it unique in the source.</source>
        <translation>Mehr als ein Quellbenutzer wird dem Zoom-Benutzernamen %1 zugeordnet; machen Sie ihn in der Quelle eindeutig.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../app/sync/SyncLogLine.cpp" line="+7"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the source</source>
        <translation>Quelle wird gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing Zoom users</source>
        <translation>Zoom-Benutzer werden aufgelistet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying changes</source>
        <translation>Änderungen werden angewendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
</context>
<context>
    <name>UndoPlanner</name>
    <message>
        <location filename="../app/sync/UndoPlanner.cpp" line="+22"/>
        <source>It failed in that run: nothing was changed.</source>
        <translation>Die Änderung ist in diesem Lauf fehlgeschlagen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was held for approval in that run: nothing was changed.</source>
        <translation>Die Änderung wurde in diesem Lauf zur Freigabe zurückgehalten: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was only planned: nothing was changed.</source>
        <translation>Die Änderung war nur geplant: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was skipped in that run: nothing was changed.</source>
        <translation>Die Änderung wurde in diesem Lauf übersprungen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changed again by run %1; not undone.</source>
        <translation>Durch Lauf %1 erneut geändert; nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account was deleted in Zoom; a deleted account cannot be brought back.</source>
        <translation>Das Konto wurde in Zoom gelöscht; ein gelöschtes Konto kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No longer linked to a Zoom account (deleted there or forgotten); nothing to undo.</source>
        <translation>Nicht mehr mit einem Zoom-Konto verknüpft (dort gelöscht oder vergessen); nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo of run %1.</source>
        <translation>Rückgängigmachen von Lauf %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing to reverse: that run changed no attribute Zoom keeps.</source>
        <translation>Nichts rückgängig zu machen: Dieser Lauf hat kein Attribut geändert, das Zoom speichert.</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <location filename="../app/directory/UserFilter.cpp" line="+35"/>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is present</source>
        <translation>ist vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is absent</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>UserSource</name>
    <message>
        <location filename="../app/directory/UserSource.cpp" line="+21"/>
        <source>no key value: the record was skipped</source>
        <translation>kein Schlüsselwert: Der Datensatz wurde übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate key &quot;%1&quot; (first used at %2): the record was skipped</source>
        <translation>doppelter Schlüssel „%1“ (zuerst verwendet bei %2): Der Datensatz wurde übersprungen</translation>
    </message>
</context>
<context>
    <name>ZoomAttribute</name>
    <message>
        <location filename="../app/directory/ZoomAttribute.cpp" line="+16"/>
        <source>The user&apos;s unique username and Zoom login. Required; must be an email address.</source>
        <translation>Der eindeutige Benutzername und Zoom-Login des Benutzers. Pflichtfeld; muss eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user&apos;s first name.</source>
        <translation>Der Vorname des Benutzers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s last name.</source>
        <translation>Der Nachname des Benutzers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s email address (work).</source>
        <translation>Die (geschäftliche) E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s work phone, sent as +1 5125550123.</source>
        <translation>Die geschäftliche Telefonnummer des Benutzers, gesendet als +1 5125550123.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the Zoom account is active. By default, active unless the directory says disabled.</source>
        <translation>Ob das Zoom-Konto aktiv ist. Standardmäßig aktiv, sofern das Verzeichnis es nicht als deaktiviert angibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic, Licensed or On-Prem (Pro and Corp are accepted as old names). Zoom is retiring this field.</source>
        <translation>Basic, Licensed oder On-Prem (Pro und Corp werden als alte Namen akzeptiert). Zoom stellt dieses Feld ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles held by the user, such as Student or Engineer.</source>
        <translation>Rollen des Benutzers, etwa Student oder Engineer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user&apos;s title, such as Manager or CEO.</source>
        <translation>Die Position des Benutzers, etwa Manager oder CEO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s department or work group, such as Marketing.</source>
        <translation>Die Abteilung oder Arbeitsgruppe des Benutzers, etwa Marketing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user&apos;s organization, typically a company or school.</source>
        <translation>Die Organisation des Benutzers, meist ein Unternehmen oder eine Schule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user&apos;s locale for dates, times and numbers, such as en-US.</source>
        <translation>Das Gebietsschema des Benutzers für Datum, Uhrzeit und Zahlen, etwa en-US.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given Name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family Name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User Type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
</context>
<context>
    <name>ZoomFailureClassifier</name>
    <message>
        <location filename="../app/scim/ZoomFailureClassifier.cpp" line="+23"/>
        <source>Zoom&apos;s answer: &quot;%1&quot;.</source>
        <translation>Antwort von Zoom: „%1“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the %1 in the connection&apos;s settings.</source>
        <translation>Korrigieren Sie die %1 in den Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host &quot;%1&quot; in the %2 could not be found.</source>
        <translation>Der Host „%1“ in der %2 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the %1 for typos (Zoom&apos;s are https://zoom.us/oauth/token and https://api.zoom.us/scim2) and that this computer can resolve internet names (DNS, proxy settings).</source>
        <translation>Prüfen Sie die %1 auf Tippfehler (die von Zoom lauten https://zoom.us/oauth/token und https://api.zoom.us/scim2) und ob dieser Computer Internetnamen auflösen kann (DNS, Proxy-Einstellungen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1 (the %2): the connection was refused or the network is unreachable.</source>
        <translation>Keine Verbindung zu %1 (der %2) möglich: Die Verbindung wurde abgelehnt oder das Netzwerk ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the %1&apos;s host and port, and that the firewall or proxy lets this computer reach it over HTTPS.</source>
        <translation>Prüfen Sie Host und Port der %1 und ob die Firewall oder der Proxy diesem Computer den Zugriff über HTTPS erlaubt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 failed: its TLS certificate is not trusted or does not match.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das TLS-Zertifikat ist nicht vertrauenswürdig oder passt nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the %1 points to Zoom. If your network inspects HTTPS traffic, install its root certificate among the system&apos;s trusted certificates; ProvisionDesk never ignores certificate errors.</source>
        <translation>Prüfen Sie, ob die %1 auf Zoom verweist. Wenn Ihr Netzwerk HTTPS-Datenverkehr untersucht, installieren Sie dessen Stammzertifikat unter den vertrauenswürdigen Zertifikaten des Systems; ProvisionDesk ignoriert Zertifikatsfehler nie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network and proxy, then test again; if Zoom is slow right now, try later.</source>
        <translation>Prüfen Sie Netzwerk und Proxy und testen Sie dann erneut; falls Zoom gerade langsam ist, versuchen Sie es später.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and proxy settings, then test again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Proxy-Einstellungen und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 answered with a redirect to %2, which ProvisionDesk does not follow.</source>
        <translation>Die %1 hat mit einer Weiterleitung zu %2 geantwortet, der ProvisionDesk nicht folgt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another address</source>
        <translation>einer anderen Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the final address as the %1 (Zoom&apos;s are https://zoom.us/oauth/token and https://api.zoom.us/scim2). A redirect to a sign-in page means a proxy or portal wants you to sign in first.</source>
        <translation>Geben Sie die endgültige Adresse als %1 ein (die von Zoom lauten https://zoom.us/oauth/token und https://api.zoom.us/scim2). Eine Weiterleitung zu einer Anmeldeseite bedeutet, dass ein Proxy oder Portal zuerst eine Anmeldung verlangt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom&apos;s daily API limit for this app is used up (HTTP 429).</source>
        <translation>Das tägliche API-Limit von Zoom für diese App ist aufgebraucht (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom asks to wait more than 5 minutes before the next request (HTTP 429).</source>
        <translation>Zoom verlangt, vor der nächsten Anfrage mehr als 5 Minuten zu warten (HTTP 429).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test again after %1 (UTC). Another tool using the same app shares its limits.</source>
        <translation>Testen Sie nach %1 (UTC) erneut. Andere Tools, die dieselbe App verwenden, teilen sich deren Limits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test again tomorrow. Another tool using the same app shares its limits.</source>
        <translation>Testen Sie morgen erneut. Andere Tools, die dieselbe App verwenden, teilen sich deren Limits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom is rate-limiting requests from this app (HTTP 429).</source>
        <translation>Zoom begrenzt die Anfragerate dieser App (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and test again. If it persists, another tool may be using up the same app&apos;s API limits.</source>
        <translation>Warten Sie eine Minute und testen Sie erneut. Wenn es anhält, verbraucht möglicherweise ein anderes Tool die API-Limits derselben App.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 answered with a web page or other non-JSON content (HTTP %2), not with Zoom&apos;s API.</source>
        <translation>Die %1 hat mit einer Webseite oder anderem Nicht-JSON-Inhalt geantwortet (HTTP %2), nicht mit der API von Zoom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the %1. A web page usually means a wrong address, or a proxy or captive portal between this computer and Zoom.</source>
        <translation>Prüfen Sie die %1. Eine Webseite bedeutet meist eine falsche Adresse oder einen Proxy bzw. ein Captive Portal zwischen diesem Computer und Zoom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom answered with a server error (HTTP %1), also after retrying.</source>
        <translation>Zoom hat mit einem Serverfehler geantwortet (HTTP %1), auch nach erneuten Versuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problem is on Zoom&apos;s side or a proxy&apos;s: test again later and check https://status.zoom.us.</source>
        <translation>Das Problem liegt bei Zoom oder einem Proxy: Testen Sie später erneut und prüfen Sie https://status.zoom.us.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token URL %1 does not exist (HTTP %2).</source>
        <translation>Die Token-URL %1 existiert nicht (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use https://zoom.us/oauth/token as the token URL, with no query string.</source>
        <translation>Verwenden Sie https://zoom.us/oauth/token als Token-URL, ohne Query-String.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Zoom app is deactivated (Zoom code 4717).</source>
        <translation>Die Zoom-App ist deaktiviert (Zoom-Code 4717).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Zoom App Marketplace, open Manage &gt; Created apps, select the Server-to-Server OAuth app and activate it (activation needs the Information page completed).</source>
        <translation>Öffnen Sie im Zoom App Marketplace „Manage &gt; Created apps“, wählen Sie die Server-to-Server-OAuth-App und aktivieren Sie sie (die Aktivierung setzt eine ausgefüllte Seite „Information“ voraus).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom refused the account_credentials grant.</source>
        <translation>Zoom hat den Grant „account_credentials“ abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This usually means the Account ID, Client ID and Client Secret belong to a General (OAuth) app, not a Server-to-Server OAuth app. Create a Server-to-Server OAuth app in the Zoom App Marketplace and use its credentials.</source>
        <translation>Das bedeutet meist, dass Account ID, Client ID und Client Secret zu einer General-App (OAuth) gehören, nicht zu einer Server-to-Server-OAuth-App. Erstellen Sie im Zoom App Marketplace eine Server-to-Server-OAuth-App und verwenden Sie deren Anmeldedaten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom rejected the client ID or client secret.</source>
        <translation>Zoom hat die Client ID oder das Client Secret abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID and Client Secret again from the app&apos;s App Credentials page in the Zoom App Marketplace; if the secret was regenerated, only the new one works.</source>
        <translation>Kopieren Sie Client ID und Client Secret erneut von der Seite „App Credentials“ der App im Zoom App Marketplace; wurde das Secret neu generiert, funktioniert nur das neue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom accepted the client ID and secret but not the account ID &quot;%1&quot;.</source>
        <translation>Zoom hat Client ID und Secret akzeptiert, aber nicht die Account ID „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the Account ID from the same app&apos;s App Credentials page.</source>
        <translation>Kopieren Sie die Account ID von der Seite „App Credentials“ derselben App.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token request failed: %1</source>
        <translation>Die Token-Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the token URL, account ID, client ID and client secret against the app&apos;s App Credentials page.</source>
        <translation>Prüfen Sie Token-URL, Account ID, Client ID und Client Secret anhand der Seite „App Credentials“ der App.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SCIM URL</source>
        <translation>SCIM-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCIM URL %1 does not exist (HTTP %2).</source>
        <translation>Die SCIM-URL %1 existiert nicht (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use https://api.zoom.us/scim2 as the SCIM URL.</source>
        <translation>Verwenden Sie https://api.zoom.us/scim2 als SCIM-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom rejected the access token it had just issued (HTTP 401), also after a new one.</source>
        <translation>Zoom hat das soeben ausgestellte Zugriffstoken abgelehnt (HTTP 401), auch nach einem neuen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program may be requesting tokens for the same app, which invalidates earlier ones: give ProvisionDesk its own Server-to-Server OAuth app, then test again.</source>
        <translation>Möglicherweise fordert ein anderes Programm Tokens für dieselbe App an, wodurch frühere ungültig werden: Geben Sie ProvisionDesk eine eigene Server-to-Server-OAuth-App und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app&apos;s access token does not include the SCIM scope (Zoom code 4711).</source>
        <translation>Das Zugriffstoken der App enthält den SCIM-Scope nicht (Zoom-Code 4711).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the app&apos;s Scopes page add &quot;scim2&quot; (granular: &quot;scim2:admin&quot;), save, reactivate the app if asked, and test again.</source>
        <translation>Fügen Sie auf der Seite „Scopes“ der App „scim2“ hinzu (granular: „scim2:admin“), speichern Sie, aktivieren Sie die App bei Aufforderung erneut und testen Sie erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Zoom account cannot use SCIM provisioning: %1</source>
        <translation>Das Zoom-Konto kann keine SCIM-Bereitstellung verwenden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCIM needs a Business or Education plan, an approved vanity URL and Single Sign-On enabled. Ask the Zoom account owner to complete these (Admin &gt; Advanced &gt; Single Sign-On), then test again.</source>
        <translation>SCIM erfordert einen Business- oder Education-Tarif, eine genehmigte Vanity-URL und aktiviertes Single Sign-On. Bitten Sie den Inhaber des Zoom-Kontos, dies einzurichten (Admin &gt; Erweitert &gt; Single Sign-On), und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom refused access to the SCIM API (HTTP 403).</source>
        <translation>Zoom hat den Zugriff auf die SCIM-API verweigert (HTTP 403).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app&apos;s creator must be an account Owner or Admin allowed to manage users: check Role Management in Zoom and the app&apos;s scopes.</source>
        <translation>Der Ersteller der App muss Inhaber oder Administrator des Kontos sein und Benutzer verwalten dürfen: Prüfen Sie die Rollenverwaltung in Zoom und die Scopes der App.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SCIM URL answered, but not with a SCIM user list.</source>
        <translation>Die SCIM-URL hat geantwortet, aber nicht mit einer SCIM-Benutzerliste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the SCIM URL is https://api.zoom.us/scim2.</source>
        <translation>Prüfen Sie, ob die SCIM-URL https://api.zoom.us/scim2 lautet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCIM API refused the request: %1</source>
        <translation>Die SCIM-API hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the SCIM URL and the app&apos;s scopes; the details show Zoom&apos;s own words.</source>
        <translation>Prüfen Sie die SCIM-URL und die Scopes der App; die Details zeigen den Wortlaut von Zoom.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+36"/>
        <source>Provisions users from a directory into Zoom.</source>
        <translation>Stellt Benutzer aus einem Verzeichnis in Zoom bereit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the database in DIR (default: $PROVISIONDESK_DATA_DIR, else the platform&apos;s application data folder).</source>
        <translation>Datenbank in DIR ablegen (Standard: $PROVISIONDESK_DATA_DIR, sonst der Anwendungsdatenordner der Plattform).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colours: dark, light or system (default: $PROVISIONDESK_PALETTE, else system).</source>
        <translation>Farben: dark, light oder system (Standard: $PROVISIONDESK_PALETTE, sonst system).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--palette takes dark, light or system.</source>
        <translation>--palette erwartet dark, light oder system.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ProvisionDesk</source>
        <translation>ProvisionDesk</translation>
    </message>
</context>
<context>
    <name>pd</name>
    <message>
        <location filename="../app/cli/ConnectionCommands.cpp" line="+30"/>
        <source>usage: connection import FILE [--secret-env VAR] [--source-secret-env VAR] [--impact [--json]]</source>
        <translation>Aufruf: connection import FILE [--secret-env VAR] [--source-secret-env VAR] [--impact [--json]]</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/SyncCommand.cpp" line="+64"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 ist kein gültiges JSON: %2 an Position %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must hold one JSON object (see docs/connection-file.md).</source>
        <translation>%1 muss genau ein JSON-Objekt enthalten (siehe docs/connection-file.md).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not imported:
%2</source>
        <translation>%1 wurde nicht importiert:
%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Updated connection &quot;%1&quot;.</source>
        <translation>Verbindung „%1“ aktualisiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported connection &quot;%1&quot;.</source>
        <translation>Verbindung „%1“ importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass --secret-env VAR to &quot;connection import&quot; to store a new one, or to each test and sync.</source>
        <translation>Übergeben Sie --secret-env VAR an „connection import“, um ein neues zu speichern, oder an jeden Test und jede Synchronisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass --source-secret-env VAR to &quot;connection import&quot; to store a new one, or to each sync.</source>
        <translation>Übergeben Sie --source-secret-env VAR an „connection import“, um ein neues zu speichern, oder an jede Synchronisierung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client secret was stored; pass --secret-env VAR here or to each test and sync.</source>
        <translation>Es wurde kein Client-Secret gespeichert; übergeben Sie --secret-env VAR hier oder an jeden Test und jede Synchronisierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection stays disabled until &quot;connection test&quot; passes.</source>
        <translation>Die Verbindung bleibt deaktiviert, bis „connection test“ erfolgreich ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No connections. Create one in the app or with &quot;connection import FILE&quot;.</source>
        <translation>Keine Verbindungen. Erstellen Sie eine in der App oder mit „connection import FILE“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last run %1 %2</source>
        <translation>letzter Lauf %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never run</source>
        <translation>noch nie gelaufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name exactly one connection</source>
        <translation>geben Sie genau eine Verbindung an</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/SyncCommand.cpp" line="+154"/>
        <location filename="../app/cli/TestConnectionCommand.cpp" line="+71"/>
        <source>no connection is named &quot;%1&quot;</source>
        <translation>es gibt keine Verbindung namens „%1“</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted connection &quot;%1&quot; and its secrets.</source>
        <translation>Verbindung „%1“ und ihre Secrets wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it has not passed a connection test since it was last changed</source>
        <translation>sie hat seit der letzten Änderung keinen Verbindungstest bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its last connection test failed (%1)</source>
        <translation>ihr letzter Verbindungstest ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; was not enabled: %2. Run &quot;connection test %1&quot; and fix what it reports first.</source>
        <translation>„%1“ wurde nicht aktiviert: %2. Führen Sie zuerst „connection test %1“ aus und beheben Sie, was gemeldet wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is already enabled.</source>
        <translation>„%1“ ist bereits aktiviert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is already disabled.</source>
        <translation>„%1“ ist bereits deaktiviert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; could not be changed: %2</source>
        <translation>„%1“ konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enabled &quot;%1&quot;: syncs may run.</source>
        <translation>„%1“ aktiviert: Synchronisierungen können laufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled &quot;%1&quot;: syncs are refused until it is enabled again.</source>
        <translation>„%1“ deaktiviert: Synchronisierungen werden abgelehnt, bis die Verbindung wieder aktiviert wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+37"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incremental</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Users: Impacted %1, Success %2, Unsynced %3, Partially synced %4, Failed %5</source>
        <translation>Benutzer: betroffen %1, erfolgreich %2, nicht synchronisiert %3, teilweise synchronisiert %4, fehlgeschlagen %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no run %1 in the history</source>
        <translation>im Verlauf gibt es keinen Lauf %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1 of &quot;%2&quot;, started %3 from the %4, %5</source>
        <translation>Lauf %1 von „%2“, gestartet %3 (Auslöser: %4), %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome: %1, finished %2 (%3)</source>
        <translation>Ergebnis: %1, beendet %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1, updated %2, removed %3, failed %4; %5 events</source>
        <translation>Erstellt %1, aktualisiert %2, entfernt %3, fehlgeschlagen %4; %5 Ereignisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP requests: %1</source>
        <translation>HTTP-Anfragen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>SOURCE KEY</source>
        <translation>QUELLSCHLÜSSEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>OPERATION</source>
        <translation>VORGANG</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Showing %1 of %2 events; --limit 0 shows all.</source>
        <translation>%1 von %2 Ereignissen angezeigt; --limit 0 zeigt alle.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No history for &quot;%1&quot;.</source>
        <translation>Kein Verlauf für „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of %1, newest first:</source>
        <translation>Verlauf von %1, neueste zuerst:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+54"/>
        <source>CONNECTION</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Connection &quot;%1&quot;: last sync %2 (%3)</source>
        <translation>Verbindung „%1“: letzte Synchronisierung %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no run yet</source>
        <translation>noch kein Lauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No runs in the history yet.</source>
        <translation>Noch keine Läufe im Verlauf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BY</source>
        <translation>DURCH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REMOVED</source>
        <translation>ENTFERNT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUESTS</source>
        <translation>ANFRAGEN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 runs; --limit N shows more, --run ID shows one.</source>
        <translation>%1 von %2 Läufen angezeigt; --limit N zeigt mehr, --run ID zeigt einen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no connection is named &quot;%1&quot;, and the history knows none by that name</source>
        <translation>es gibt keine Verbindung namens „%1“, und der Verlauf kennt auch keine unter diesem Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: history [NAME] [--run ID] [--user USERNAME] [--limit N] [--json]</source>
        <translation>Aufruf: history [NAME] [--run ID] [--user USERNAME] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give --run or --user, not both</source>
        <translation>geben Sie --run oder --user an, nicht beides</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit takes a number (0 for no limit)</source>
        <translation>--limit erwartet eine Zahl (0 für kein Limit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--run takes a run number, as listed by &quot;history&quot;</source>
        <translation>--run erwartet eine Laufnummer, wie von „history“ aufgelistet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--user takes a username or source key</source>
        <translation>--user erwartet einen Benutzernamen oder Quellschlüssel</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="-172"/>
        <source>%1 Or pass it with --%2 VAR.</source>
        <translation>%1 Oder übergeben Sie es mit --%2 VAR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not the JSON that `sync %2 --dry-run --json` prints%3</source>
        <translation>%1 ist nicht das JSON, das `sync %2 --dry-run --json` ausgibt%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be used to approve removals: %2</source>
        <translation>%1 kann nicht zum Genehmigen von Entfernungen verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lists no held removals: there is nothing to approve</source>
        <translation>%1 enthält keine zurückgehaltenen Entfernungen: Es gibt nichts zu genehmigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is the plan of run %2 of &quot;%3&quot;, not of &quot;%4&quot;</source>
        <translation>%1 ist der Plan von Lauf %2 von „%3“, nicht von „%4“</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Pre-flight forecast:</source>
        <translation>Vorabprognose:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1: %2. %3</source>
        <translation>Lauf %1: %2. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  held: %1 %2</source>
        <translation>  zurückgehalten: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  approval of %1 (Zoom ID %2): no longer planned the same way (now %3 %4, Zoom ID %5); review again.</source>
        <translation>  Genehmigung für %1 (Zoom-ID %2): nicht mehr auf dieselbe Weise geplant (jetzt %3 %4, Zoom-ID %5); prüfen Sie erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: not in the source&apos;s scope and not managed, so nothing was done for: %1</source>
        <translation>Warnung: nicht im Bereich der Quelle und nicht verwaltet, daher wurde nichts unternommen für: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>usage: sync NAME [--dry-run] [--full] [--only KEY[,KEY…] | --retry-failed [--run ID]] [--approve-removals FILE] [--undo RUN_ID] [--secret-env VAR] [--json]</source>
        <translation>Aufruf: sync NAME [--dry-run] [--full] [--only KEY[,KEY…] | --retry-failed [--run ID]] [--approve-removals FILE] [--undo RUN_ID] [--secret-env VAR] [--json]</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1. Nothing was synced.</source>
        <translation>%1. Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/TestConnectionCommand.cpp" line="-37"/>
        <source>Connection &quot;%1&quot;: test passed. %2</source>
        <translation>Verbindung „%1“: Test bestanden. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;%1&quot;: test failed (%2).</source>
        <translation>Verbindung „%1“: Test fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the test result was not recorded: %1</source>
        <translation>das Testergebnis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: connection test NAME [--secret-env VAR] [--json]</source>
        <translation>Aufruf: connection test NAME [--secret-env VAR] [--json]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no client secret is stored for &quot;%1&quot;; pass --secret-env VAR</source>
        <translation>für „%1“ ist kein Client-Secret gespeichert; übergeben Sie --secret-env VAR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the client secret from %1: %2</source>
        <translation>das Client-Secret kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; changed while its client secret was read; run the test again.</source>
        <translation>„%1“ wurde geändert, während sein Client-Secret gelesen wurde; führen Sie den Test erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionJson.cpp" line="+30"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/directory/CsvSource.cpp" line="+22"/>
        <source>The CSV file %1 cannot be read.</source>
        <translation>Die CSV-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file exists and that ProvisionDesk may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und ProvisionDesk sie lesen darf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No CSV file is chosen.</source>
        <translation>Es ist keine CSV-Datei ausgewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to read people from.</source>
        <translation>Wählen Sie die Datei, aus der Personen gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file %1 is empty.</source>
        <translation>Die CSV-Datei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first row must name the columns, for example: employeeId,email,givenName,familyName.</source>
        <translation>Die erste Zeile muss die Spalten benennen, zum Beispiel: employeeId,email,givenName,familyName.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header row of %1 cannot be read.</source>
        <translation>Die Kopfzeile von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the first row of the file.</source>
        <translation>Korrigieren Sie die erste Zeile der Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns %1 and %2 are both called &quot;%3&quot;.</source>
        <translation>Die Spalten %1 und %2 heißen beide „%3“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give every column its own name.</source>
        <translation>Geben Sie jeder Spalte einen eigenen Namen.</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryJson.cpp" line="+27"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an ISO 8601 time: %2</source>
        <translation>„%1“ ist keine ISO-8601-Zeit: %2</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryTypes.cpp" line="+140"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove (disable)</source>
        <translation>Entfernen (deaktivieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove (delete)</source>
        <translation>Entfernen (löschen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly failed</source>
        <translation>Teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removals held</source>
        <translation>Entfernungen zurückgehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncPlanner.cpp" line="-206"/>
        <source>Disabled in the source, but &quot;Enable users disable&quot; is off.</source>
        <translation>In der Quelle deaktiviert, aber „Benutzerdeaktivierung aktivieren“ ist aus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enabled again in the source, but &quot;Enable users updation&quot; is off.</source>
        <translation>In der Quelle wieder aktiviert, aber „Benutzeraktualisierung aktivieren“ ist aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in the source, but &quot;Enable users updation&quot; is off.</source>
        <translation>In der Quelle geändert, aber „Benutzeraktualisierung aktivieren“ ist aus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changed in Zoom outside ProvisionDesk; set back to the source&apos;s values.</source>
        <translation>In Zoom außerhalb von ProvisionDesk geändert; auf die Werte der Quelle zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The Zoom account %1 is already linked to source user %2; two people cannot share one account. Make the Username unique in the source.</source>
        <translation>Das Zoom-Konto %1 ist bereits mit dem Quellbenutzer %2 verknüpft; zwei Personen können sich kein Konto teilen. Machen Sie den Benutzernamen in der Quelle eindeutig.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Linked; disabled in the source, but &quot;Enable users disable&quot; is off, so the account stays active.</source>
        <translation>Verknüpft; in der Quelle deaktiviert, aber „Benutzerdeaktivierung aktivieren“ ist aus, daher bleibt das Konto aktiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked; the account is inactive in Zoom, but &quot;Enable users updation&quot; is off, so it stays inactive.</source>
        <translation>Verknüpft; das Konto ist in Zoom inaktiv, aber „Benutzeraktualisierung aktivieren“ ist aus, daher bleibt es inaktiv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disabled in the source and not in Zoom: not created.</source>
        <translation>In der Quelle deaktiviert und nicht in Zoom: nicht erstellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in Zoom, but &quot;Enable users creation&quot; is off.</source>
        <translation>Nicht in Zoom, aber „Benutzererstellung aktivieren“ ist aus.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No longer in the source or the rule, but &quot;Enable users deprovision&quot; is off: the Zoom account stays.</source>
        <translation>Nicht mehr in der Quelle oder der Regel, aber „Benutzer-Deprovisionierung aktivieren“ ist aus: Das Zoom-Konto bleibt bestehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImpactCommand.cpp" line="+32"/>
        <source>Impact on &quot;%1&quot; (nothing was saved, nothing sent to Zoom):</source>
        <translation>Auswirkung auf „%1“ (nichts wurde gespeichert, nichts an Zoom gesendet):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This edit changes nothing for the people the connection manages.</source>
        <translation>Diese Änderung ändert nichts für die Personen, die die Verbindung verwaltet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was: nothing</source>
        <translation>bisher: nichts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was: %1</source>
        <translation>bisher: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> held for approval</source>
        <translation> zur Freigabe zurückgehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The impact could not be computed: %1 Nothing was saved.</source>
        <translation>Die Auswirkung konnte nicht berechnet werden: %1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="+36"/>
        <source>schedule takes one connection name</source>
        <translation>schedule erwartet einen Verbindungsnamen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one of --print, --install and --remove</source>
        <translation>wählen Sie eine der Optionen --print, --install und --remove</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be systemd, launchd or windows</source>
        <translation>--format muss systemd, launchd oder windows sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format goes with --print; --install and --remove use this system&apos;s scheduler (%1)</source>
        <translation>--format gehört zu --print; --install und --remove verwenden den Scheduler dieses Systems (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--every is required: 15m, 1h, 2h30m or daily@HH:MM</source>
        <translation>--every ist erforderlich: 15m, 1h, 2h30m oder daily@HH:MM</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/StatusCommand.cpp" line="+157"/>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation>es gibt keine Verbindung namens „%1“</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; syncs %2.</source>
        <translation>„%1“ wird %2 synchronisiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="-111"/>
        <source>no connections to check</source>
        <translation>keine Verbindungen zu prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n connection(s): </source>
        <translation>
            <numerusform>%n Verbindung: </numerusform>
            <numerusform>%n Verbindungen: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>status takes at most one connection name</source>
        <translation>status erwartet höchstens einen Verbindungsnamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the database: %1</source>
        <translation>die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the connections: %1</source>
        <translation>die Verbindungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pd::ApprovedRemoval</name>
    <message>
        <location filename="../app/sync/ApprovedRemoval.cpp" line="+49"/>
        <source>it has no &quot;held&quot; list; give the JSON that `sync NAME --dry-run --json` printed</source>
        <translation>sie enthält keine „held“-Liste; verwenden Sie das JSON, das `sync NAME --dry-run --json` ausgegeben hat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>held entry %1 needs sourceKey, userName, zoomId and an operation of remove-disable, remove-delete or disable</source>
        <translation>der zurückgehaltene Eintrag %1 braucht sourceKey, userName, zoomId und eine Operation remove-disable, remove-delete oder disable</translation>
    </message>
</context>
<context>
    <name>pd::AttributeMapping</name>
    <message>
        <location filename="../app/directory/AttributeMapping.cpp" line="+162"/>
        <source>unknown Zoom attribute &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Zoom-Attribut „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be an object such as {&quot;attribute&quot;: &quot;mail&quot;}</source>
        <translation>„%1“ muss ein Objekt wie {&quot;attribute&quot;: &quot;mail&quot;} sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; must have exactly one of &quot;attribute&quot;, &quot;constant&quot; or &quot;expression&quot;</source>
        <translation>„%1“ muss genau einen der Schlüssel &quot;attribute&quot;, &quot;constant&quot; oder &quot;expression&quot; haben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown key &quot;%1&quot; (use &quot;attribute&quot;, &quot;constant&quot; or &quot;expression&quot;)</source>
        <translation>unbekannter Schlüssel „%1“ (verwenden Sie &quot;attribute&quot;, &quot;constant&quot; oder &quot;expression&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names no attribute</source>
        <translation>„%1“ nennt kein Attribut</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Username and Email come from different source attributes. Zoom reads only the username when it creates a user (POST) and sets both username and email from it, and reads only the email when it updates a user (PUT) and sets both from that. Map both to the same source attribute to avoid inconsistent provisioning.</source>
        <translation>Benutzername und E-Mail stammen aus unterschiedlichen Quellattributen. Zoom liest beim Erstellen eines Benutzers (POST) nur den Benutzernamen und setzt daraus Benutzername und E-Mail, beim Aktualisieren (PUT) nur die E-Mail und setzt beide daraus. Ordnen Sie beide demselben Quellattribut zu, um eine inkonsistente Bereitstellung zu vermeiden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is required: map it to the attribute that holds the user&apos;s email address.</source>
        <translation>%1 ist erforderlich: Ordnen Sie es dem Attribut zu, das die E-Mail-Adresse des Benutzers enthält.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1: the source has no attribute &quot;%2&quot;</source>
        <translation>%1: Die Quelle hat kein Attribut „%2“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Username cannot be a constant: every user needs their own.</source>
        <translation>Der Benutzername kann keine Konstante sein: Jeder Benutzer braucht seinen eigenen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
</context>
<context>
    <name>pd::AuthenticationEditor</name>
    <message>
        <location filename="../ui/editors/AuthenticationEditor.cpp" line="+38"/>
        <location line="+70"/>
        <location line="+73"/>
        <source>SCIM URL</source>
        <translation>SCIM-URL</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Authentication Method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <location line="+73"/>
        <source>OAuth Token URL</source>
        <translation>OAuth Token URL</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>OAuth Account ID</source>
        <translation>OAuth Account ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth Client ID</source>
        <translation>OAuth Client ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth Client Secret</source>
        <translation>OAuth Client Secret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um es beizubehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For Server-to-Server OAuth apps.</source>
        <translation>Für Server-to-Server-OAuth-Apps.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;SCIM URL:</source>
        <translation>&amp;SCIM-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication &amp;Method:</source>
        <translation>Authentifizierungs&amp;methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth &amp;Token URL:</source>
        <translation>OAuth &amp;Token URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth &amp;Account ID:</source>
        <translation>OAuth &amp;Account ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth &amp;Client ID:</source>
        <translation>OAuth &amp;Client ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Client S&amp;ecret:</source>
        <translation>OAuth Client S&amp;ecret:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Changing %1 removes the stored client secret when you save: a secret is only sent to the endpoint it was entered for. Enter the client secret for the new settings.</source>
        <translation>Wenn Sie %1 ändern, wird beim Speichern das gespeicherte Client-Secret entfernt: Ein Secret wird nur an den Endpunkt gesendet, für den es eingegeben wurde. Geben Sie das Client-Secret für die neuen Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The Account ID is required.</source>
        <translation>Die Account ID ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Client ID is required.</source>
        <translation>Die Client ID ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Client Secret is required.</source>
        <translation>Das Client Secret ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>pd::AuthenticationPage</name>
    <message>
        <location filename="../ui/wizard/AuthenticationPage.cpp" line="+16"/>
        <source>Configure authentication</source>
        <translation>Authentifizierung konfigurieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the SCIM URL and the credentials of your Zoom Server-to-Server OAuth app.</source>
        <translation>Geben Sie die SCIM-URL und die Anmeldedaten Ihrer Zoom Server-to-Server-OAuth-App ein.</translation>
    </message>
</context>
<context>
    <name>pd::ClearedAttributes</name>
    <message>
        <location filename="../app/sync/ClearedAttributes.cpp" line="+73"/>
        <source>Given Name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family Name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Type</source>
        <translation>Benutzertyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Emptied in the source but kept in Zoom, which does not let these be removed through SCIM: %1. Change them in Zoom if they must go.</source>
        <translation>In der Quelle geleert, aber in Zoom beibehalten, da Zoom das Entfernen dieser Werte über SCIM nicht zulässt: %1. Ändern Sie sie in Zoom, falls sie entfernt werden müssen.</translation>
    </message>
</context>
<context>
    <name>pd::CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+31"/>
        <source>ProvisionDesk: provision users from a directory into Zoom.</source>
        <translation>ProvisionDesk: Benutzer aus einem Verzeichnis in Zoom bereitstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use DIR for the database instead of the default.</source>
        <translation>DIR für die Datenbank statt des Standardordners verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the Zoom client secret from environment variable VAR.</source>
        <translation>Zoom-Client-Secret aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the LDAP bind password from environment variable VAR.</source>
        <translation>LDAP-Bind-Passwort aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the sync and show it; change nothing.</source>
        <translation>Synchronisierung planen und anzeigen; nichts ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full resync: list every Zoom user and compare.</source>
        <translation>Vollständige Neusynchronisierung: alle Zoom-Benutzer auflisten und vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync: reverse what run ID of this connection changed, then disable the connection.</source>
        <translation>sync: rückgängig machen, was Lauf ID dieser Verbindung geändert hat, dann die Verbindung deaktivieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply the held removals listed in FILE (the JSON of an earlier `sync NAME --dry-run --json`, &quot;-&quot; for standard input), only while each is still planned the same way.</source>
        <translation>Die in FILE aufgeführten zurückgehaltenen Entfernungen anwenden (das JSON eines früheren `sync NAME --dry-run --json`, „-“ für Standardeingabe), nur solange jede noch auf dieselbe Weise geplant ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: only these source keys (comma-separated; may be repeated); nobody else is touched.</source>
        <translation>sync: nur diese Quellschlüssel (durch Kommas getrennt; wiederholbar); niemand sonst wird berührt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync: only the users the latest run with failures (or --run ID) failed.</source>
        <translation>sync: nur die Benutzer, die im letzten Lauf mit Fehlern (oder --run ID) fehlgeschlagen sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the run with this ID (sync --retry-failed: retry its failed users).</source>
        <translation>Den Lauf mit dieser ID anzeigen (sync --retry-failed: dessen fehlgeschlagene Benutzer erneut versuchen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the history of this user.</source>
        <translation>Den Verlauf dieses Benutzers anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection import: show what the file would change for managed users; save nothing.</source>
        <translation>connection import: anzeigen, was die Datei für verwaltete Benutzer ändern würde; nichts speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most N entries.</source>
        <translation>Höchstens N Einträge anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule: how often to sync: 15m, 1h, 2h30m (5 minutes at least) or daily@HH:MM.</source>
        <translation>schedule: wie oft synchronisiert wird: 15m, 1h, 2h30m (mindestens 5 Minuten) oder daily@HH:MM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule: print the scheduler files instead of installing them.</source>
        <translation>schedule: die Scheduler-Dateien ausgeben, statt sie zu installieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule --print: systemd, launchd or windows (default: this system&apos;s).</source>
        <translation>schedule --print: systemd, launchd oder windows (Standard: das dieses Systems).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule: write the scheduler files and enable them.</source>
        <translation>schedule: die Scheduler-Dateien schreiben und aktivieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule: disable the schedule and delete its files.</source>
        <translation>schedule: den Zeitplan deaktivieren und seine Dateien löschen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage:
  provisiondesk-cli [--data-dir DIR] --version
</source>
        <translation>Aufruf:
  provisiondesk-cli [--data-dir DIR] --version
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionDetailsPanel</name>
    <message>
        <location filename="../ui/window/ConnectionDetailsPanel.cpp" line="+32"/>
        <source>Select a connection to see its details.</source>
        <translation>Wählen Sie eine Verbindung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn provisioning for this connection on or off</source>
        <translation>Bereitstellung für diese Verbindung ein- oder ausschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection can be enabled only after a connection test passes</source>
        <translation>Eine Verbindung kann erst aktiviert werden, nachdem ein Verbindungstest bestanden wurde</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionHealthBanner</name>
    <message>
        <location filename="../ui/actions/ConnectionHealthBanner.cpp" line="+20"/>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionJson</name>
    <message>
        <location filename="../app/core/ConnectionJson.cpp" line="+34"/>
        <source>&quot;%1&quot; must be &quot;disable&quot; or &quot;delete&quot;</source>
        <translation>„%1“ muss &quot;disable&quot; oder &quot;delete&quot; sein</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;removalGuard.percent&quot; must be between 0 and %1 (it is %2): a guard that lets more than half of the managed users be removed unreviewed guards nothing</source>
        <translation>„removalGuard.percent“ muss zwischen 0 und %1 liegen (es ist %2): Ein Schutz, der mehr als die Hälfte der verwalteten Benutzer ungeprüft entfernen lässt, schützt nichts</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; looks like a secret. Connection files never hold secrets: pass the client secret with --secret-env VAR (and an LDAP password with --source-secret-env VAR) so it goes to the keychain.</source>
        <translation>„%1“ sieht wie ein Secret aus. Verbindungsdateien enthalten nie Secrets: Übergeben Sie das Client-Secret mit --secret-env VAR (und ein LDAP-Passwort mit --source-secret-env VAR), damit es in den Schlüsselbund gelangt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;name&quot; is required</source>
        <translation>„name“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;authentication&quot; is required</source>
        <translation>„authentication“ ist erforderlich</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionListModel</name>
    <message>
        <location filename="../ui/window/ConnectionListModel.cpp" line="+69"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity Store</source>
        <translation>Identitätsspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionSaver</name>
    <message>
        <location filename="../ui/common/ConnectionSaver.cpp" line="+36"/>
        <source>Keeping the secret for this session only is not possible with %1.</source>
        <translation>Das Secret nur für diese Sitzung aufzubewahren ist mit %1 nicht möglich.</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionService</name>
    <message>
        <location filename="../app/core/ConnectionService.cpp" line="+39"/>
        <source>LDAP bind password</source>
        <translation>LDAP-Bind-Passwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A connection named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Client Secret is required.</source>
        <translation>Das Client Secret ist erforderlich.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The authentication settings changed; test the connection again.</source>
        <translation>Die Authentifizierungseinstellungen haben sich geändert; testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; was not saved: its endpoint changed, so its stored %2 must be removed first, and the keychain could not remove it: %3</source>
        <translation>„%1“ wurde nicht gespeichert: Der Endpunkt hat sich geändert, daher muss das gespeicherte %2 zuerst entfernt werden, und der Schlüsselbund konnte es nicht entfernen: %3</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&quot;%1&quot; was saved, but its new %2 was not stored in the keychain: %3 Enter it again.</source>
        <translation>„%1“ wurde gespeichert, aber das neue %2 wurde nicht im Schlüsselbund abgelegt: %3 Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection was not deleted because its secret could not be removed from the keychain: %1</source>
        <translation>Die Verbindung wurde nicht gelöscht, da ihr Secret nicht aus dem Schlüsselbund entfernt werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionStore</name>
    <message>
        <location filename="../app/core/ConnectionStore.cpp" line="+147"/>
        <location line="+20"/>
        <source>A connection named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+21"/>
        <source>Cannot save the connection: %1</source>
        <translation>Die Verbindung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation>Die Verbindung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot delete the connection: %1</source>
        <translation>Die Verbindung kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&quot;%1&quot; cannot be enabled until a connection test passes. Edit it and run Test connection.</source>
        <translation>„%1“ kann erst aktiviert werden, wenn ein Verbindungstest bestanden wurde. Bearbeiten Sie die Verbindung und führen Sie „Verbindung testen“ aus.</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionSummaryView</name>
    <message>
        <location filename="../ui/editors/ConnectionSummaryView.cpp" line="+17"/>
        <source>Identity store:</source>
        <translation>Identitätsspeicher:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCIM URL:</source>
        <translation>SCIM-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication Method:</source>
        <translation>Authentifizierungsmethode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Token URL:</source>
        <translation>OAuth Token URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Account ID:</source>
        <translation>OAuth Account ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Client ID:</source>
        <translation>OAuth Client ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Client Secret:</source>
        <translation>OAuth Client Secret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User actions:</source>
        <translation>Benutzeraktionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test:</source>
        <translation>Verbindungstest:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionSyncSummaryWidget</name>
    <message>
        <location filename="../ui/history/ConnectionSyncSummaryWidget.cpp" line="+35"/>
        <source>View history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Impacted</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users the rule targets: the four columns on the right added up.</source>
        <translation>Benutzer, auf die die Regel zielt: die Summe der vier Spalten rechts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fully synced: the last operation on the user succeeded.</source>
        <translation>Vollständig synchronisiert: Der letzte Vorgang für den Benutzer war erfolgreich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsynced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account in Zoom and not synced: creation is off, or the user cannot be provisioned.</source>
        <translation>Kein Konto in Zoom und nicht synchronisiert: Die Erstellung ist aus, oder der Benutzer kann nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially synced</source>
        <translation>Teilweise synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Zoom account exists but may be out of sync: an update, disable or removal was skipped or is held.</source>
        <translation>Das Zoom-Konto existiert, ist aber möglicherweise nicht synchron: Eine Aktualisierung, Deaktivierung oder Entfernung wurde übersprungen oder wird zurückgehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last operation on the user failed; see the user&apos;s history.</source>
        <translation>Der letzte Vorgang für den Benutzer ist fehlgeschlagen; siehe Verlauf des Benutzers.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sync: %1 (%2)</source>
        <translation>Letzte Synchronisierung: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionTestRunner</name>
    <message>
        <location filename="../ui/common/ConnectionTestRunner.cpp" line="+22"/>
        <source>This build of ProvisionDesk cannot test connections.</source>
        <translation>Diese Version von ProvisionDesk kann keine Verbindungen testen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the connection as invalid now and test it with a build that includes the Zoom tester.</source>
        <translation>Speichern Sie die Verbindung jetzt als ungültig und testen Sie sie mit einer Version, die den Zoom-Tester enthält.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No Client Secret is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Client Secret gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the connection and enter the OAuth Client Secret again.</source>
        <translation>Bearbeiten Sie die Verbindung und geben Sie das OAuth Client Secret erneut ein.</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionValidator</name>
    <message>
        <location filename="../app/core/ConnectionValidator.cpp" line="+28"/>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (100 characters at most).</source>
        <translation>Der Name ist zu lang (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a valid URL: enter it as https://host/path.</source>
        <translation>%1 ist keine gültige URL: Geben Sie sie als https://host/pfad ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must use https://; plain http:// is allowed only to this computer (localhost).</source>
        <translation>%1 muss https:// verwenden; einfaches http:// ist nur zu diesem Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must start with https://.</source>
        <translation>%1 muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The description is too long (1000 characters at most).</source>
        <translation>Die Beschreibung ist zu lang (höchstens 1000 Zeichen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown identity store &quot;%1&quot;; only &quot;zoom&quot; is supported.</source>
        <translation>Unbekannter Identitätsspeicher „%1“; nur &quot;zoom&quot; wird unterstützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCIM URL</source>
        <translation>SCIM-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown authentication method &quot;%1&quot;; use &quot;oauth-s2s&quot;.</source>
        <translation>Unbekannte Authentifizierungsmethode „%1“; verwenden Sie &quot;oauth-s2s&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Token URL</source>
        <translation>OAuth Token URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Account ID is required.</source>
        <translation>Die Account ID ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Client ID is required.</source>
        <translation>Die Client ID ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user actions contradict each other: &quot;disable&quot; needs &quot;update&quot;, Remove Action &quot;Disable&quot; needs &quot;disable&quot;, and &quot;deprovision on rule deletion&quot; needs &quot;deprovision&quot;.</source>
        <translation>Die Benutzeraktionen widersprechen sich: „Deaktivieren“ erfordert „Aktualisieren“, Entfernungsaktion „Deaktivieren“ erfordert „Deaktivieren“, und „Deprovisionierung beim Löschen der Regel“ erfordert „Deprovisionierung“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests per second must be between 0 and 1000.</source>
        <translation>Anfragen pro Sekunde müssen zwischen 0 und 1000 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concurrency must be between 1 and 32.</source>
        <translation>Die Parallelität muss zwischen 1 und 32 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The removal guard percentage must be between 0 and %1 (it is %2): above half, a broken export could remove most users unreviewed.</source>
        <translation>Der Prozentsatz des Entfernungsschutzes muss zwischen 0 und %1 liegen (er ist %2): Über der Hälfte könnte ein fehlerhafter Export die meisten Benutzer ungeprüft entfernen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours without a successful sync must be between 0 (not checked) and 8760 (a year).</source>
        <translation>Die Stunden ohne erfolgreiche Synchronisierung müssen zwischen 0 (nicht geprüft) und 8760 (ein Jahr) liegen.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The removal guard count cannot be negative.</source>
        <translation>Die Anzahl für den Entfernungsschutz darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>pd::CsvSource</name>
    <message>
        <location filename="../app/directory/CsvSource.cpp" line="+62"/>
        <source>No key column is chosen.</source>
        <translation>Es ist keine Schlüsselspalte ausgewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no column &quot;%1&quot; to use as the key.</source>
        <translation>Die Datei hat keine Spalte „%1“, die als Schlüssel dienen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Choose one of the columns: %1.</source>
        <translation>Wählen Sie eine der Spalten: %1.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The file has no column &quot;%1&quot; to tell disabled people.</source>
        <translation>Die Datei hat keine Spalte „%1“, an der deaktivierte Personen zu erkennen sind.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the row was skipped</source>
        <translation>%1: Die Zeile wurde übersprungen</translation>
    </message>
</context>
<context>
    <name>pd::Database</name>
    <message>
        <location filename="../app/core/Database.cpp" line="+52"/>
        <source>Cannot create the data folder %1. Check that you may write there, or choose another folder with --data-dir.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder %1 is not writable. Check its permissions, or choose another folder with --data-dir.</source>
        <translation>Der Datenordner %1 ist nicht beschreibbar. Prüfen Sie die Berechtigungen oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database %1 is damaged or is not a ProvisionDesk database (%2). It was left unchanged. Move it aside to start afresh, or restore it from a backup.</source>
        <translation>Die Datenbank %1 ist beschädigt oder keine ProvisionDesk-Datenbank (%2). Sie wurde nicht verändert. Verschieben Sie sie, um neu zu beginnen, oder stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot configure the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot update the database %1 to this version of ProvisionDesk: %2</source>
        <translation>Die Datenbank %1 kann nicht auf diese Version von ProvisionDesk aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>pd::EditConnectionDialog</name>
    <message>
        <location filename="../ui/window/EditConnectionDialog.cpp" line="+52"/>
        <source>Edit Connection: %1</source>
        <translation>Verbindung bearbeiten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection settings sections</source>
        <translation>Bereiche der Verbindungseinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication</source>
        <translation>A&amp;uthentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Actions</source>
        <translation>&amp;Benutzeraktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help for this tab</source>
        <translation>Hilfe zu diesem Reiter</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The authentication settings changed; test the connection again.</source>
        <translation>Die Authentifizierungseinstellungen haben sich geändert; testen Sie die Verbindung erneut.</translation>
    </message>
</context>
<context>
    <name>pd::EventsModel</name>
    <message>
        <location filename="../ui/history/EventsModel.cpp" line="+185"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source key</source>
        <translation>Quellschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes (old → new)</source>
        <translation>Änderungen (alt → neu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>pd::Expression</name>
    <message>
        <location filename="../app/directory/Expression.cpp" line="+160"/>
        <source>the expression is longer than %1 characters</source>
        <translation>der Ausdruck ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no attribute is named</source>
        <translation>kein Attribut angegeben</translation>
    </message>
</context>
<context>
    <name>pd::ExpressionError</name>
    <message>
        <location line="-31"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::FieldErrorLabel</name>
    <message>
        <location filename="../ui/widgets/FieldErrorLabel.cpp" line="+38"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>pd::HelpViewer</name>
    <message>
        <location filename="../ui/help/HelpViewer.cpp" line="+26"/>
        <source>ProvisionDesk Help</source>
        <translation>ProvisionDesk-Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close help</source>
        <translation>Hilfe schließen</translation>
    </message>
</context>
<context>
    <name>pd::HistoryFilterBar</name>
    <message>
        <location filename="../ui/history/HistoryFilterBar.cpp" line="+19"/>
        <source>Show dry runs</source>
        <translation>Probeläufe anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From this day</source>
        <translation>Ab diesem Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to and including this day</source>
        <translation>Bis einschließlich dieses Tages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
</context>
<context>
    <name>pd::HistoryImporter</name>
    <message>
        <location filename="../app/history/HistoryImporter.cpp" line="+43"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a ProvisionDesk history export</source>
        <translation>kein ProvisionDesk-Verlaufsexport</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the header row is not that of a ProvisionDesk history export</source>
        <translation>die Kopfzeile ist nicht die eines ProvisionDesk-Verlaufsexports</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record %1 has %2 fields instead of %3</source>
        <translation>Datensatz %1 hat %2 Felder statt %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+7"/>
        <source>record %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::HistoryJson</name>
    <message>
        <location filename="../app/history/HistoryJson.cpp" line="+78"/>
        <source>unknown trigger &quot;%1&quot;</source>
        <translation>unbekannter Auslöser „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>unbekanntes Ergebnis „%1“</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>unbekannter Vorgang „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown result &quot;%1&quot;</source>
        <translation>unbekanntes Resultat „%1“</translation>
    </message>
</context>
<context>
    <name>pd::HistoryRecorder</name>
    <message>
        <location filename="../app/history/HistoryRecorder.cpp" line="+74"/>
        <source>The run stopped before it finished.</source>
        <translation>Der Lauf wurde vor dem Ende angehalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run %1 is still open: finish it before starting another.</source>
        <translation>Lauf %1 ist noch offen: Schließen Sie ihn ab, bevor Sie einen weiteren starten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+49"/>
        <location line="+4"/>
        <location line="+40"/>
        <location line="+10"/>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+19"/>
        <source>Cannot write the history: %1</source>
        <translation>Der Verlauf kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Cannot create the run&apos;s lock file %1.</source>
        <translation>Die Sperrdatei %1 des Laufs kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An event was recorded outside a run; it was dropped.</source>
        <translation>Ein Ereignis wurde außerhalb eines Laufs erfasst; es wurde verworfen.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>No run is open.</source>
        <translation>Es ist kein Lauf offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run cannot finish as running.</source>
        <translation>Ein Lauf kann nicht mit dem Status „läuft“ enden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The run was interrupted: ProvisionDesk stopped before it finished. The users listed were handled; the next sync completes the rest.</source>
        <translation>Der Lauf wurde unterbrochen: ProvisionDesk wurde vor dem Ende beendet. Die aufgeführten Benutzer wurden verarbeitet; die nächste Synchronisierung erledigt den Rest.</translation>
    </message>
</context>
<context>
    <name>pd::HistoryWindow</name>
    <message>
        <location filename="../ui/history/HistoryWindow.cpp" line="+52"/>
        <source>Provisioning history</source>
        <translation>Bereitstellungsverlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;timeline</source>
        <translation>Benutzer-&amp;Zeitachse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs list…</source>
        <translation>Liste der Läufe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export runs</source>
        <translation>Läufe exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected run&apos;s events…</source>
        <translation>Ereignisse des ausgewählten Laufs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export run %1</source>
        <translation>Lauf %1 exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User timeline…</source>
        <translation>Benutzer-Zeitachse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the history of %1</source>
        <translation>Verlauf von %1 exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save runs or events as CSV (spreadsheets) or JSON</source>
        <translation>Läufe oder Ereignisse als CSV (Tabellenkalkulation) oder JSON speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Keep history:</source>
        <translation>Verlauf &amp;aufbewahren:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud identity providers keep 7 to 30 days; ProvisionDesk keeps everything unless you choose a limit here.</source>
        <translation>Cloud-Identitätsanbieter bewahren 7 bis 30 Tage auf; ProvisionDesk bewahrt alles auf, sofern Sie hier kein Limit wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+8"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete older history?</source>
        <translation>Älteren Verlauf löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Runs that started more than %n day(s) ago, and every event in them, will be deleted now and after each sync. This cannot be undone. The sync summary keeps each user&apos;s state.</source>
        <translation>
            <numerusform>Läufe, die vor mehr als %n Tag gestartet wurden, und alle ihre Ereignisse werden jetzt und nach jeder Synchronisierung gelöscht. Dies kann nicht rückgängig gemacht werden. Die Synchronisierungsübersicht behält den Status jedes Benutzers.</numerusform>
            <numerusform>Läufe, die vor mehr als %n Tagen gestartet wurden, und alle ihre Ereignisse werden jetzt und nach jeder Synchronisierung gelöscht. Dies kann nicht rückgängig gemacht werden. Die Synchronisierungsübersicht behält den Status jedes Benutzers.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete older runs</source>
        <translation>Ältere Läufe löschen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not change how long the history is kept.</source>
        <translation>Die Aufbewahrungsdauer des Verlaufs konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is kept forever.</source>
        <translation>Der Verlauf wird unbegrenzt aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Runs older than %n day(s) are deleted after each sync; %1 deleted now.</source>
        <translation>
            <numerusform>Läufe, die älter als %n Tag sind, werden nach jeder Synchronisierung gelöscht; %1 jetzt gelöscht.</numerusform>
            <numerusform>Läufe, die älter als %n Tage sind, werden nach jeder Synchronisierung gelöscht; %1 jetzt gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No runs match. Syncs made from the app or the CLI appear here.</source>
        <translation>Keine passenden Läufe. Synchronisierungen aus der App oder der CLI erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 runs loaded</source>
        <translation>%1 von %2 Läufen geladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV für Tabellenkalkulation (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the export failed</source>
        <translation>der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>pd::IdentityStoreEditor</name>
    <message>
        <location filename="../ui/editors/IdentityStoreEditor.cpp" line="+21"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom users through SCIM 2.0 and Server-to-Server OAuth</source>
        <translation>Zoom-Benutzer über SCIM 2.0 und Server-to-Server OAuth</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the identity store that ProvisionDesk creates, updates and deprovisions users in. Click a tile to select it.</source>
        <translation>Wählen Sie den Identitätsspeicher, in dem ProvisionDesk Benutzer erstellt, aktualisiert und deprovisioniert. Klicken Sie auf eine Kachel, um ihn auszuwählen.</translation>
    </message>
</context>
<context>
    <name>pd::IdentityStorePage</name>
    <message>
        <location filename="../ui/wizard/IdentityStorePage.cpp" line="+16"/>
        <source>Select identity store</source>
        <translation>Identitätsspeicher auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where should ProvisionDesk provision users?</source>
        <translation>Wo soll ProvisionDesk Benutzer bereitstellen?</translation>
    </message>
</context>
<context>
    <name>pd::IdentityStoreTile</name>
    <message>
        <location filename="../ui/widgets/IdentityStoreTile.cpp" line="+78"/>
        <source>✓ Selected</source>
        <translation>✓ Ausgewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
</context>
<context>
    <name>pd::ImpactCommand</name>
    <message>
        <location filename="../app/cli/ImpactCommand.cpp" line="+24"/>
        <source>no connection is named &quot;%1&quot;: --impact compares the file with the connection it would update. Nothing was saved.</source>
        <translation>es gibt keine Verbindung namens „%1“: --impact vergleicht die Datei mit der Verbindung, die sie aktualisieren würde. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file changes the LDAP URL or bind DN; the stored password is not sent there. Pass --source-secret-env VAR.</source>
        <translation>Die Datei ändert die LDAP URL oder den Bind-DN; das gespeicherte Passwort wird nicht dorthin gesendet. Übergeben Sie --source-secret-env VAR.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Or pass it with --source-secret-env VAR.</source>
        <translation>%1 Oder übergeben Sie es mit --source-secret-env VAR.</translation>
    </message>
</context>
<context>
    <name>pd::ImpactDialog</name>
    <message>
        <location filename="../ui/actions/ImpactDialog.cpp" line="+31"/>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact of This Edit — %1</source>
        <translation>Auswirkung dieser Änderung – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact of this edit</source>
        <translation>Auswirkung dieser Änderung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing impact</source>
        <translation>Auswirkung wird berechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People this edit affects</source>
        <translation>Von dieser Änderung betroffene Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source key</source>
        <translation>Quellschlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Would now</source>
        <translation>Würde jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without the edit</source>
        <translation>Ohne die Änderung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computed from the source and what this connection manages; nothing was sent to Zoom.</source>
        <translation>Aus der Quelle und den von dieser Verbindung verwalteten Benutzern berechnet; es wurde nichts an Zoom gesendet.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Computing impact…</source>
        <translation>Auswirkung wird berechnet…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The impact of this edit could not be computed: %1</source>
        <translation>Die Auswirkung dieser Änderung konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (held)</source>
        <translation> (zurückgehalten)</translation>
    </message>
</context>
<context>
    <name>pd::KeychainSecretStore</name>
    <message>
        <location filename="../app/core/KeychainSecretStore.cpp" line="+37"/>
        <source>The keychain holds no secret for this connection. Enter it again and save.</source>
        <translation>Der Schlüsselbund enthält kein Secret für diese Verbindung. Geben Sie es erneut ein und speichern Sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available on this computer (%1). On Linux, install and unlock GNOME Keyring or KWallet.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (%1). Installieren und entsperren Sie unter Linux GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access to the keychain was refused (%1). Allow it and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1). Erlauben Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain is locked and could not be unlocked (%1). Unlock the login keyring (for example in Passwords and Keys) and retry.</source>
        <translation>Der Schlüsselbund ist gesperrt und konnte nicht entsperrt werden (%1). Entsperren Sie den Anmelde-Schlüsselbund (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain service could be reached (%1). On Linux, ProvisionDesk needs the Secret Service (GNOME Keyring or KWallet) running in your desktop session.</source>
        <translation>Es war kein Schlüsselbunddienst erreichbar (%1). Unter Linux benötigt ProvisionDesk den Secret Service (GNOME Keyring oder KWallet) in Ihrer Desktop-Sitzung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>pd::LanguageMenu</name>
    <message>
        <location filename="../ui/window/LanguageMenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProvisionDesk and provisiondesk-cli use the new language from their next start.</source>
        <translation>ProvisionDesk und provisiondesk-cli verwenden die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PROVISIONDESK_LANG is set in the environment; it overrides this choice while it is set.</source>
        <translation>PROVISIONDESK_LANG ist in der Umgebung gesetzt; solange die Variable gesetzt ist, hat sie Vorrang vor dieser Auswahl.</translation>
    </message>
</context>
<context>
    <name>pd::LdapSettings</name>
    <message>
        <location filename="../app/directory/LdapSettings.cpp" line="+58"/>
        <source>The directory URL must look like ldaps://dc1.example.com or ldap://ldap.example.com.</source>
        <translation>Die Verzeichnis-URL muss wie ldaps://dc1.example.com oder ldap://ldap.example.com aussehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>StartTLS is for ldap:// URLs; ldaps:// is already encrypted.</source>
        <translation>StartTLS ist für ldap://-URLs gedacht; ldaps:// ist bereits verschlüsselt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain ldap:// would send the password and everyone&apos;s data unencrypted. Use ldaps:// or turn on StartTLS.</source>
        <translation>Einfaches ldap:// würde das Passwort und die Daten aller Personen unverschlüsselt senden. Verwenden Sie ldaps:// oder schalten Sie StartTLS ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the base DN in &quot;Base DN&quot;, not in the URL.</source>
        <translation>Tragen Sie den Basis-DN unter „Basis-DN“ ein, nicht in der URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base DN is required, for example ou=People,dc=example,dc=com.</source>
        <translation>Der Basis-DN ist erforderlich, zum Beispiel ou=People,dc=example,dc=com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LDAP filter must be enclosed in parentheses, with a ) for every (, for example (&amp;(objectClass=person)(mail=*)).</source>
        <translation>Der LDAP-Filter muss in Klammern stehen, mit einer ) für jede (, zum Beispiel (&amp;(objectClass=person)(mail=*)).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page size must be between 1 and 5000.</source>
        <translation>Die Seitengröße muss zwischen 1 und 5000 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the attribute that marks disabled people.</source>
        <translation>Geben Sie das Attribut an, das deaktivierte Personen kennzeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an attribute name.</source>
        <translation>„%1“ ist kein Attributname.</translation>
    </message>
</context>
<context>
    <name>pd::LdapSource</name>
    <message>
        <location filename="../app/directory/LdapSource.cpp" line="+119"/>
        <source>The directory server %1 port %2 cannot be reached.</source>
        <translation>Der Verzeichnisserver %1 ist auf Port %2 nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the server name and port, that the server is running, and that no firewall blocks the connection.</source>
        <translation>Prüfen Sie Servername und Port, ob der Server läuft und ob keine Firewall die Verbindung blockiert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>The secure connection to %1 failed.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The server&apos;s certificate must be trusted and issued for &quot;%1&quot;. Add your CA&apos;s certificate as &quot;CA certificate&quot; if a private CA issued it. Certificate checks cannot be turned off.</source>
        <translation>Das Zertifikat des Servers muss vertrauenswürdig und für „%1“ ausgestellt sein. Fügen Sie das Zertifikat Ihrer CA als „CA-Zertifikat“ hinzu, wenn eine private CA es ausgestellt hat. Zertifikatsprüfungen können nicht abgeschaltet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory server %1 does not answer.</source>
        <translation>Der Verzeichnisserver %1 antwortet nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name and port, and that it speaks LDAP on that port.</source>
        <translation>Prüfen Sie Servername und Port und ob der Server auf diesem Port LDAP spricht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server must support StartTLS with a trusted certificate issued for &quot;%1&quot;; or use ldaps://. Add your CA&apos;s certificate if a private CA issued it.</source>
        <translation>Der Server muss StartTLS mit einem vertrauenswürdigen, für „%1“ ausgestellten Zertifikat unterstützen; oder verwenden Sie ldaps://. Fügen Sie das Zertifikat Ihrer CA hinzu, wenn eine private CA es ausgestellt hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate must be trusted and issued for &quot;%1&quot;. Add your CA&apos;s certificate if a private CA issued it.</source>
        <translation>Das Zertifikat des Servers muss vertrauenswürdig und für „%1“ ausgestellt sein. Fügen Sie das Zertifikat Ihrer CA hinzu, wenn eine private CA es ausgestellt hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The directory refused the bind DN &quot;%1&quot; with this password.</source>
        <translation>Das Verzeichnis hat den Bind-DN „%1“ mit diesem Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the bind DN (on Active Directory also user@domain works) and enter the password again.</source>
        <translation>Prüfen Sie den Bind-DN (bei Active Directory funktioniert auch benutzer@domäne) und geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base DN &quot;%1&quot; does not exist on %2.</source>
        <translation>Der Basis-DN „%1“ existiert auf %2 nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, for example ou=People,dc=example,dc=com.</source>
        <translation>Prüfen Sie die Schreibweise, zum Beispiel ou=People,dc=example,dc=com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LDAP filter &quot;%1&quot; is not valid.</source>
        <translation>Der LDAP-Filter „%1“ ist ungültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it like (&amp;(objectClass=person)(mail=*)): every condition in parentheses.</source>
        <translation>Schreiben Sie ihn wie (&amp;(objectClass=person)(mail=*)): jede Bedingung in Klammern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not support paged searches.</source>
        <translation>%1 unterstützt keine seitenweisen Suchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProvisionDesk needs the paged results control (RFC 2696) to read large directories.</source>
        <translation>ProvisionDesk benötigt das Paged Results Control (RFC 2696), um große Verzeichnisse zu lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory server %1 did not answer in time.</source>
        <translation>Der Verzeichnisserver %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, raise the timeout, or narrow the base DN or filter.</source>
        <translation>Versuchen Sie es erneut, erhöhen Sie das Zeitlimit oder grenzen Sie Basis-DN oder Filter ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The directory server %1 reported an error.</source>
        <translation>Der Verzeichnisserver %1 hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the details; the directory&apos;s administrator can tell what it means.</source>
        <translation>Siehe Details; der Administrator des Verzeichnisses kann sagen, was sie bedeuten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix the directory settings.</source>
        <translation>Korrigieren Sie die Verzeichniseinstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Für „%1“ ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bind password; it is kept in the system keychain.</source>
        <translation>Geben Sie das Bind-Passwort ein; es wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Die CA-Zertifikatsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PEM file of the CA that issued the directory server&apos;s certificate.</source>
        <translation>Wählen Sie die PEM-Datei der CA, die das Zertifikat des Verzeichnisservers ausgestellt hat.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the entry has no %1 value and was skipped</source>
        <translation>der Eintrag hat keinen Wert für %1 und wurde übersprungen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the directory referred part of the search to %1, which is not followed: people there were not read. Point the base DN at the server that holds them, or narrow it.</source>
        <translation>das Verzeichnis hat einen Teil der Suche an %1 verwiesen, dem nicht gefolgt wird: Personen dort wurden nicht gelesen. Richten Sie den Basis-DN auf den Server, der sie enthält, oder grenzen Sie ihn ein.</translation>
    </message>
</context>
<context>
    <name>pd::MappingEditor</name>
    <message>
        <location filename="../ui/rule/MappingEditor.cpp" line="+60"/>
        <source>For each Zoom attribute, choose where its value comes from. Attributes that are not mapped are never sent. Expressions: lower(mail), trim(givenName) + &apos; &apos; + sn, default(department, &apos;Staff&apos;), map(license, &apos;Pro&apos; =&gt; &apos;Licensed&apos;, else =&gt; &apos;Basic&apos;).</source>
        <translation>Wählen Sie für jedes Zoom-Attribut, woher sein Wert stammt. Nicht zugeordnete Attribute werden nie gesendet. Ausdrücke: lower(mail), trim(givenName) + &apos; &apos; + sn, default(department, &apos;Staff&apos;), map(license, &apos;Pro&apos; =&gt; &apos;Licensed&apos;, else =&gt; &apos;Basic&apos;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Zoom attribute&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zoom-Attribut&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;From&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aus&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Source attribute, value or expression&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quellattribut, Wert oder Ausdruck&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
SCIM: %2</source>
        <translation>%1
SCIM: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 comes from</source>
        <translation>%1 stammt aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 source</source>
        <translation>Quelle für %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>e.g. 1</source>
        <translation>z. B. 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default country code for phone numbers</source>
        <translation>Standard-Ländervorwahl für Telefonnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use defaults for this source</source>
        <translation>Standardwerte für diese Quelle verwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default &amp;country code for phones without +:</source>
        <translation>Standard-&amp;Ländervorwahl für Telefonnummern ohne +:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>source attribute</source>
        <translation>Quellattribut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expression, e.g. lower(mail)</source>
        <translation>Ausdruck, z. B. lower(mail)</translation>
    </message>
</context>
<context>
    <name>pd::MessageBanner</name>
    <message>
        <location filename="../ui/widgets/MessageBanner.cpp" line="+38"/>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>pd::NameEditor</name>
    <message>
        <location filename="../ui/editors/NameEditor.cpp" line="+27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Zoom (production)</source>
        <translation>Zum Beispiel: Zoom (Produktion)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: what this connection provisions, and for whom</source>
        <translation>Optional: was diese Verbindung bereitstellt und für wen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name appears in the list of connections on the Provisioning page.</source>
        <translation>Der Name erscheint in der Liste der Verbindungen auf der Seite „Bereitstellung“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The description is too long (%1 characters at most).</source>
        <translation>Die Beschreibung ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A connection named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>pd::NamePage</name>
    <message>
        <location filename="../ui/wizard/NamePage.cpp" line="+18"/>
        <source>Name and description</source>
        <translation>Name und Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name this provisioning connection so that you can find it in the list.</source>
        <translation>Benennen Sie diese Bereitstellungsverbindung, damit Sie sie in der Liste finden.</translation>
    </message>
</context>
<context>
    <name>pd::NewConnectionWizard</name>
    <message>
        <location filename="../ui/wizard/NewConnectionWizard.cpp" line="+27"/>
        <location line="+1"/>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identity store</source>
        <translation>Identitätsspeicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User actions</source>
        <translation>Benutzeraktionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help for this step</source>
        <translation>Hilfe zu diesem Schritt</translation>
    </message>
</context>
<context>
    <name>pd::OutboundRule</name>
    <message>
        <location filename="../app/directory/OutboundRule.cpp" line="+59"/>
        <source>the default country code is 1 to 3 digits, such as 1 or 44</source>
        <translation>die Standard-Ländervorwahl hat 1 bis 3 Ziffern, etwa 1 oder 44</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The connection &quot;%1&quot; has no outbound rule yet.</source>
        <translation>Die Verbindung „%1“ hat noch keine ausgehende Regel.</translation>
    </message>
</context>
<context>
    <name>pd::ProvisioningActions</name>
    <message>
        <location filename="../ui/actions/ProvisioningActions.cpp" line="+37"/>
        <source>Outbound &amp;Rule…</source>
        <translation>Ausgehende &amp;Regel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the outbound rule</source>
        <translation>Ausgehende Regel bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynchronisieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now, dry run or full resync</source>
        <translation>Jetzt synchronisieren, Probelauf oder vollständige Neusynchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisioning history of this connection</source>
        <translation>Bereitstellungsverlauf dieser Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;chedule…</source>
        <translation>&amp;Zeitplan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync on this computer&apos;s own scheduler</source>
        <translation>Mit dem Scheduler dieses Computers synchronisieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync summary</source>
        <translation>Synchronisierungsübersicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outbound Rule — %1</source>
        <translation>Ausgehende Regel – %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete Rule…</source>
        <translation>Regel &amp;löschen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+19"/>
        <source>Outbound Rule</source>
        <translation>Ausgehende Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule was saved, but the LDAP password was not: %1</source>
        <translation>Die Regel wurde gespeichert, das LDAP-Passwort aber nicht: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Outbound Rule</source>
        <translation>Ausgehende Regel löschen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Provision Now</source>
        <translation>Jetzt bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That connection no longer exists, so there is nothing to sync.</source>
        <translation>Diese Verbindung existiert nicht mehr, daher gibt es nichts zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>pd::ProvisioningWindow</name>
    <message>
        <location filename="../ui/window/ProvisioningWindow.cpp" line="+59"/>
        <source>Provisioning — ProvisionDesk</source>
        <translation>Bereitstellung – ProvisionDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No connections yet</source>
        <translation>Noch keine Verbindungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A connection tells ProvisionDesk which Zoom account to provision users into, and how to sign in to it.</source>
        <translation>Eine Verbindung teilt ProvisionDesk mit, in welchem Zoom-Konto Benutzer bereitgestellt werden und wie die Anmeldung dort erfolgt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Connection</source>
        <translation>&amp;Neue Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Co&amp;nnections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ProvisionDesk</source>
        <translation>&amp;Über ProvisionDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Kept for this session only (no keychain); enter it again after a restart</source>
        <translation>Nur für diese Sitzung aufbewahrt (kein Schlüsselbund); nach einem Neustart erneut eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>Saved connection &quot;%1&quot;.</source>
        <translation>Verbindung „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authentication settings of &quot;%1&quot; changed, so it is untested and cannot be enabled until a connection test passes. Test it now?</source>
        <translation>Die Authentifizierungseinstellungen von „%1“ haben sich geändert; die Verbindung ist daher ungetestet und kann erst aktiviert werden, wenn ein Verbindungstest bestanden wurde. Jetzt testen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test Now</source>
        <translation>Jetzt &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the connection &quot;%1&quot;?</source>
        <translation>Die Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its client secret is removed from the keychain too. Users already provisioned in Zoom are not changed.</source>
        <translation>Ihr Client-Secret wird ebenfalls aus dem Schlüsselbund entfernt. Bereits in Zoom bereitgestellte Benutzer werden nicht geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted connection &quot;%1&quot; and its secrets.</source>
        <translation>Verbindung „%1“ und ihre Secrets wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing &quot;%1&quot;…</source>
        <translation>„%1“ wird getestet…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connection successful. %1</source>
        <translation>Verbindung erfolgreich. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection failed. %1</source>
        <translation>Verbindungstest fehlgeschlagen. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is valid.</source>
        <translation>„%1“ ist gültig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is invalid.</source>
        <translation>„%1“ ist ungültig.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is enabled.</source>
        <translation>„%1“ ist aktiviert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is disabled.</source>
        <translation>„%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About ProvisionDesk</source>
        <translation>Über ProvisionDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ProvisionDesk %1&lt;/b&gt;&lt;p&gt;Provisions users from a directory into Zoom through SCIM 2.0 and Server-to-Server OAuth.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ProvisionDesk %1&lt;/b&gt;&lt;p&gt;Stellt Benutzer aus einem Verzeichnis über SCIM 2.0 und Server-to-Server OAuth in Zoom bereit.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pd::RuleDeletion</name>
    <message>
        <location filename="../app/directory/RuleDeletion.cpp" line="+24"/>
        <source>Delete the outbound rule? The %n Zoom user(s) it manages stay in Zoom as they are; nothing more is synced for them.</source>
        <translation>Die ausgehende Regel löschen? Die %n Zoom-Benutzer, die sie verwaltet, bleiben unverändert in Zoom; für sie wird nichts mehr synchronisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule deleted; %n managed user(s) left in Zoom.</source>
        <translation>Regel gelöscht; %n verwaltete Benutzer in Zoom belassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the outbound rule? &quot;Deprovision on rule deletion&quot; is on, so the %n Zoom user(s) it manages will be DELETED from Zoom. Zoom may delete their meetings, webinars and recordings too. This cannot be undone.</source>
        <translation>Die ausgehende Regel löschen? „Deprovisionierung beim Löschen der Regel“ ist aktiviert, daher werden die %n Zoom-Benutzer, die sie verwaltet, aus Zoom GELÖSCHT. Zoom löscht möglicherweise auch ihre Meetings, Webinare und Aufzeichnungen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule deleted; %n managed user(s) handed to the sync engine for deletion.</source>
        <translation>Regel gelöscht; %n verwaltete Benutzer zum Löschen an die Synchronisierung übergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the outbound rule? &quot;Deprovision on rule deletion&quot; is on, so the %n Zoom user(s) it manages will be deactivated in Zoom. They keep their settings and can be reactivated.</source>
        <translation>Die ausgehende Regel löschen? „Deprovisionierung beim Löschen der Regel“ ist aktiviert, daher werden die %n Zoom-Benutzer, die sie verwaltet, in Zoom deaktiviert. Sie behalten ihre Einstellungen und können reaktiviert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule deleted; %n managed user(s) handed to the sync engine for deactivation.</source>
        <translation>Regel gelöscht; %n verwaltete Benutzer zur Deaktivierung an die Synchronisierung übergeben.</translation>
    </message>
</context>
<context>
    <name>pd::RuleEditor</name>
    <message>
        <location filename="../ui/rule/RuleEditor.cpp" line="+26"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;filter</source>
        <translation>Benutzer&amp;filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute &amp;mapping</source>
        <translation>Attribut&amp;zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;rule</source>
        <translation>&amp;Regel testen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The stored rule could not be read; saving replaces it.
%1</source>
        <translation>Die gespeicherte Regel konnte nicht gelesen werden; beim Speichern wird sie ersetzt.
%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The attribute mapping has errors; they are shown under the attributes.</source>
        <translation>Die Attributzuordnung enthält Fehler; sie werden unter den Attributen angezeigt.</translation>
    </message>
</context>
<context>
    <name>pd::RuleEvaluator</name>
    <message>
        <location filename="../app/directory/RuleEvaluator.cpp" line="+130"/>
        <source>the username %1 is also used by %2; Zoom would treat them as one account</source>
        <translation>der Benutzername %1 wird auch von %2 verwendet; Zoom würde beide als ein Konto behandeln</translation>
    </message>
</context>
<context>
    <name>pd::RulePreviewPanel</name>
    <message>
        <location filename="../ui/rule/RulePreviewPanel.cpp" line="+58"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source attributes</source>
        <translation>Quellattribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create request body</source>
        <translation>Anfragetext zum Erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update request body</source>
        <translation>Anfragetext zum Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;vision now</source>
        <translation>Jetzt &amp;bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name, email, key or any value</source>
        <translation>Name, E-Mail, Schlüssel oder beliebiger Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person in the source</source>
        <translation>Eine Person in der Quelle suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People found</source>
        <translation>Gefundene Personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source attributes:</source>
        <translation>Quellattribute:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provision now</source>
        <translation>Jetzt bereitstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync just this person to Zoom now with the saved rule; nobody else is touched.</source>
        <translation>Nur diese Person jetzt mit der gespeicherten Regel zu Zoom synchronisieren; niemand sonst wird berührt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create: POST /Users</source>
        <translation>Erstellen: POST /Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update: PUT /Users/{id}</source>
        <translation>Aktualisieren: PUT /Users/{id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find people in the source to see exactly what would be sent to Zoom for them. Nothing is sent.</source>
        <translation>Suchen Sie Personen in der Quelle, um genau zu sehen, was für sie an Zoom gesendet würde. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Searching...</source>
        <translation>Suche läuft...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nobody matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s) shown.</source>
        <translation>
            <numerusform>%n Person angezeigt.</numerusform>
            <numerusform>%n Personen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled: %1</source>
        <translation>deaktiviert: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out of scope: %1. Nothing would be sent.</source>
        <translation>Außerhalb des Bereichs: %1. Es würde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid: this person would not be sent until the problems below are fixed.</source>
        <translation>Ungültig: Diese Person würde erst gesendet, wenn die Probleme unten behoben sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope: this is what Zoom would receive.</source>
        <translation>Im Bereich: Dies würde Zoom erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope, inactive: Zoom would receive this with active false.</source>
        <translation>Im Bereich, inaktiv: Zoom würde dies mit active false erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The rule has unsaved changes: Provision now syncs with the saved rule, so save it first.</source>
        <translation>Die Regel hat ungespeicherte Änderungen: „Jetzt bereitstellen“ synchronisiert mit der gespeicherten Regel, speichern Sie sie also zuerst.</translation>
    </message>
</context>
<context>
    <name>pd::RuleRunModel</name>
    <message>
        <location filename="../ui/rule/RuleRunModel.cpp" line="+30"/>
        <source>In scope</source>
        <translation>Im Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of scope</source>
        <translation>Außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>pd::RuleSummaryView</name>
    <message>
        <location filename="../ui/window/RuleSummaryView.cpp" line="+23"/>
        <source>Outbound rule</source>
        <translation>Ausgehende Regel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope:</source>
        <translation>Im Geltungsbereich:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule source</source>
        <translation>Quelle der Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in scope at the last sync</source>
        <translation>Personen im Geltungsbereich bei der letzten Synchronisierung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CSV file %1</source>
        <translation>CSV-Datei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAP %1, base DN %2</source>
        <translation>LDAP %1, Basis-DN %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No outbound rule yet: set one with “Outbound Rule…”.</source>
        <translation>Noch keine ausgehende Regel: Legen Sie eine mit „Ausgehende Regel…“ fest.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n people at the last sync (%1)</source>
        <translation>
            <numerusform>%n Person bei der letzten Synchronisierung (%1)</numerusform>
            <numerusform>%n Personen bei der letzten Synchronisierung (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RuleTestPanel</name>
    <message>
        <location filename="../ui/rule/RuleTestPanel.cpp" line="+24"/>
        <source>&amp;Test rule</source>
        <translation>Regel &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV &amp;exportieren...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runs the rule over the whole source and shows what would happen to each person. Nothing is sent to Zoom.</source>
        <translation>Wendet die Regel auf die gesamte Quelle an und zeigt, was mit jeder Person geschehen würde. Es wird nichts an Zoom gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope</source>
        <translation>Im Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope</source>
        <translation>Außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test rule results</source>
        <translation>Ergebnisse des Regeltests</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the source...</source>
        <translation>Quelle wird gelesen...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 in scope (%2 inactive), %3 out of scope, %4 invalid; %5 with warnings.</source>
        <translation>%1 im Bereich (%2 inaktiv), %3 außerhalb des Bereichs, %4 ungültig; %5 mit Warnungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping has errors, so nobody can be provisioned: %1</source>
        <translation>Die Zuordnung enthält Fehler, daher kann niemand bereitgestellt werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export test results</source>
        <translation>Testergebnisse exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pd::RunDetailPanel</name>
    <message>
        <location filename="../ui/history/RunDetailPanel.cpp" line="+29"/>
        <source>Events of the run</source>
        <translation>Ereignisse des Laufs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Double-click a user to see their history across all runs.</source>
        <translation>Doppelklicken Sie auf einen Benutzer, um seinen Verlauf über alle Läufe zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo This Run…</source>
        <translation>Diesen Lauf &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, then reverse what this run changed in Zoom (the connection is then disabled).</source>
        <translation>Vorschau anzeigen, dann rückgängig machen, was dieser Lauf in Zoom geändert hat (die Verbindung wird danach deaktiviert).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a run to see what it did to each user.</source>
        <translation>Wählen Sie einen Lauf aus, um zu sehen, was er mit jedem Benutzer gemacht hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>full resync</source>
        <translation>vollständige Neusynchronisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incremental</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dry run: nothing was changed</source>
        <translation>Probelauf: Es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · from the %3 · %4&lt;br&gt;Started %5 · finished %6 · %7 · %8&lt;br&gt;Created %9 · updated %10 · removed %11 · failed %12 · %13 events · HTTP requests: %14</source>
        <translation>&lt;b&gt;Lauf %1&lt;/b&gt; · %2 · Auslöser: %3 · %4&lt;br&gt;Gestartet %5 · beendet %6 · %7 · %8&lt;br&gt;Erstellt %9 · aktualisiert %10 · entfernt %11 · fehlgeschlagen %12 · %13 Ereignisse · HTTP-Anfragen: %14</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 events loaded; scroll for more</source>
        <translation>%1 von %2 Ereignissen geladen; scrollen Sie für weitere</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RunRetryBar</name>
    <message>
        <location filename="../ui/history/RunRetryBar.cpp" line="+23"/>
        <location line="+73"/>
        <source>Retry &amp;failed users</source>
        <translation>&amp;Fehlgeschlagene Benutzer erneut versuchen</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+76"/>
        <source>Pro&amp;vision selected now</source>
        <translation>Auswahl jetzt &amp;bereitstellen</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Retry failed users</source>
        <translation>Fehlgeschlagene Benutzer erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync every user this run failed again now, and nobody else.</source>
        <translation>Jeden Benutzer, bei dem dieser Lauf fehlgeschlagen ist, jetzt erneut synchronisieren, und niemanden sonst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision selected now</source>
        <translation>Auswahl jetzt bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select failed rows, then sync just those users now.</source>
        <translation>Wählen Sie fehlgeschlagene Zeilen aus und synchronisieren Sie dann nur diese Benutzer jetzt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Retry &amp;failed users (%1)</source>
        <translation>&amp;Fehlgeschlagene Benutzer erneut versuchen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pro&amp;vision selected now (%1)</source>
        <translation>Auswahl jetzt &amp;bereitstellen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user failed in this run.</source>
        <translation>In diesem Lauf ist bei keinem Benutzer ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select failed rows to provision just those users.</source>
        <translation>Wählen Sie fehlgeschlagene Zeilen aus, um nur diese Benutzer bereitzustellen.</translation>
    </message>
</context>
<context>
    <name>pd::RunsChartView</name>
    <message>
        <location filename="../ui/history/RunsChartView.cpp" line="+23"/>
        <source>wk %1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed or disabled</source>
        <translation>Entfernt oder deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs in this period</source>
        <translation>Keine Läufe in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes per %1</source>
        <translation>Änderungen pro %1</translation>
    </message>
</context>
<context>
    <name>pd::RunsModel</name>
    <message>
        <location filename="../ui/history/RunsModel.cpp" line="+22"/>
        <source>Dry run, full</source>
        <translation>Probelauf, vollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full resync</source>
        <translation>Vollständige Neusynchronisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incremental</source>
        <translation>Inkrementell</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP requests: %1</source>
        <translation>HTTP-Anfragen: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Users created in Zoom</source>
        <translation>In Zoom erstellte Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users updated, reactivated or adopted (linked to an existing Zoom account)</source>
        <translation>Aktualisierte, reaktivierte oder übernommene Benutzer (mit einem bestehenden Zoom-Konto verknüpft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users disabled or removed (by the Remove Action)</source>
        <translation>Deaktivierte oder entfernte Benutzer (gemäß Entfernungsaktion)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations Zoom or the network refused</source>
        <translation>Von Zoom oder vom Netzwerk abgelehnte Vorgänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every user the run touched, skipped or planned</source>
        <translation>Jeder Benutzer, den der Lauf bearbeitet, übersprungen oder geplant hat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>pd::SavePage</name>
    <message>
        <location filename="../ui/wizard/SavePage.cpp" line="+27"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the connection, then click Save. The Client Secret goes to the system keychain.</source>
        <translation>Prüfen Sie die Verbindung und klicken Sie dann auf „Speichern“. Das Client Secret wird im Schlüsselbund des Systems abgelegt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the connection</source>
        <translation>Verbindung wird gespeichert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>•••••••• (goes to the system keychain)</source>
        <translation>•••••••• (wird im Schlüsselbund des Systems abgelegt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection test passed. After saving, turn the connection on with the toggle in its details panel.</source>
        <translation>Der Verbindungstest war erfolgreich. Schalten Sie die Verbindung nach dem Speichern mit dem Schalter in ihrem Detailbereich ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection will be saved as invalid: it cannot be enabled or synced until a connection test passes.</source>
        <translation>Die Verbindung wird als ungültig gespeichert: Sie kann erst aktiviert oder synchronisiert werden, wenn ein Verbindungstest bestanden wurde.</translation>
    </message>
</context>
<context>
    <name>pd::SaveProblemPanel</name>
    <message>
        <location filename="../ui/widgets/SaveProblemPanel.cpp" line="+16"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep for This Session Only</source>
        <translation>&amp;Nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry saving</source>
        <translation>Speichern wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the secret for this session only</source>
        <translation>Das Secret nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1

ProvisionDesk never writes secrets to disk. You can keep the Client Secret for this session only: the connection is saved, and you enter the secret again after restarting ProvisionDesk.</source>
        <translation>%1

ProvisionDesk schreibt Secrets nie auf die Festplatte. Sie können das Client Secret nur für diese Sitzung aufbewahren: Die Verbindung wird gespeichert, und Sie geben das Secret nach einem Neustart von ProvisionDesk erneut ein.</translation>
    </message>
</context>
<context>
    <name>pd::ScheduleDialog</name>
    <message>
        <location filename="../ui/actions/ScheduleDialog.cpp" line="+33"/>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule — %1</source>
        <translation>Zeitplan – %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 hours</source>
        <translation>Alle 2 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 12 hours</source>
        <translation>Alle 12 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every day at…</source>
        <translation>Täglich um…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd user timer (Linux)</source>
        <translation>systemd-Benutzer-Timer (Linux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launchd agent (macOS)</source>
        <translation>launchd-Agent (macOS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task Scheduler (Windows)</source>
        <translation>Aufgabenplanung (Windows)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview format</source>
        <translation>Vorschauformat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduler files</source>
        <translation>Scheduler-Dateien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync &quot;%1&quot; on this computer&apos;s own scheduler, also while ProvisionDesk is closed. Each run is a provisiondesk-cli sync, recorded in the history like any other; monitor it with provisiondesk-cli status.</source>
        <translation>„%1“ mit dem Scheduler dieses Computers synchronisieren, auch wenn ProvisionDesk geschlossen ist. Jeder Lauf ist ein provisiondesk-cli sync und wird wie jeder andere im Verlauf erfasst; überwachen Sie ihn mit provisiondesk-cli status.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sync:</source>
        <translation>&amp;Synchronisieren:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview for:</source>
        <translation>&amp;Vorschau für:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the files for this system&apos;s scheduler and enable them</source>
        <translation>Die Dateien für den Scheduler dieses Systems schreiben und aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the schedule and delete its files</source>
        <translation>Den Zeitplan deaktivieren und seine Dateien löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provisiondesk-cli was not found next to ProvisionDesk: install it to schedule syncs.</source>
        <translation>provisiondesk-cli wurde nicht neben ProvisionDesk gefunden: Installieren Sie es, um Synchronisierungen zu planen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failed. </source>
        <translation>Fehlgeschlagen. </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Install writes these files and enables them; Remove disables and deletes them.</source>
        <translation>„Installieren“ schreibt diese Dateien und aktiviert sie; „Entfernen“ deaktiviert und löscht sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview only: Install and Remove use this system&apos;s scheduler (%1).</source>
        <translation>Nur Vorschau: „Installieren“ und „Entfernen“ verwenden den Scheduler dieses Systems (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing…</source>
        <translation>Wird installiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
</context>
<context>
    <name>pd::ScheduleInstaller</name>
    <message>
        <location filename="../app/core/ScheduleInstaller.cpp" line="+18"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>No schedule of &quot;%1&quot; is installed (%2).</source>
        <translation>Für „%1“ ist kein Zeitplan installiert (%2).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not available here; run this yourself where it is: %2</source>
        <translation>%1 ist hier nicht verfügbar; führen Sie dies selbst dort aus, wo es verfügbar ist: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ran %1</source>
        <translation>%1 ausgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ran %1 (it did not succeed, which is fine here: %2)</source>
        <translation>%1 ausgeführt (nicht erfolgreich, was hier in Ordnung ist: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not succeed: %2</source>
        <translation>%1 war nicht erfolgreich: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this yourself in your session: %1</source>
        <translation>Führen Sie dies selbst in Ihrer Sitzung aus: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot start %1: %2. Run this yourself: %3</source>
        <translation>%1 kann nicht gestartet werden: %2. Führen Sie dies selbst aus: %3</translation>
    </message>
</context>
<context>
    <name>pd::ScimClient</name>
    <message>
        <location filename="../app/scim/ScimClient.cpp" line="+229"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the answer is JSON but not a SCIM ListResponse</source>
        <translation>die Antwort ist JSON, aber keine SCIM-ListResponse</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the server answered startIndex %1 when asked for %2</source>
        <translation>der Server hat auf die Anfrage nach startIndex %2 mit startIndex %1 geantwortet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the page at startIndex %1 repeats %n user(s) already listed</source>
        <translation>
            <numerusform>die Seite bei startIndex %1 wiederholt %n bereits aufgelisteten Benutzer</numerusform>
            <numerusform>die Seite bei startIndex %1 wiederholt %n bereits aufgelistete Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server listed %1 users but reports totalResults %2</source>
        <translation>der Server hat %1 Benutzer aufgelistet, meldet aber totalResults %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the user list does not add up: %1</source>
        <translation>die Benutzerliste geht nicht auf: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>cancelled after %n page(s)</source>
        <translation>
            <numerusform>nach %n Seite abgebrochen</numerusform>
            <numerusform>nach %n Seiten abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>409 after a retried create; checking whether the first attempt created the user</source>
        <translation>409 nach einem wiederholten Erstellen; es wird geprüft, ob der erste Versuch den Benutzer erstellt hat</translation>
    </message>
</context>
<context>
    <name>pd::ScimError</name>
    <message>
        <location filename="../app/scim/ScimError.cpp" line="+140"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1 (code %2)</source>
        <translation>HTTP %1 (Code %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: redirect to %1</source>
        <translation>: Weiterleitung zu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no location)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (%1; no further requests before %2 UTC)</source>
        <translation> (%1; keine weiteren Anfragen vor %2 UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily limit</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>long wait</source>
        <translation>lange Wartezeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (daily limit; no further requests today)</source>
        <translation> (Tageslimit; heute keine weiteren Anfragen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (an HTML page, not JSON)</source>
        <translation> (eine HTML-Seite, kein JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: empty or unexpected body</source>
        <translation>: leerer oder unerwarteter Inhalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
</context>
<context>
    <name>pd::ScimTransport</name>
    <message>
        <location filename="../app/scim/ScimTransport.cpp" line="+30"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>not a valid URL: %1</source>
        <translation>keine gültige URL: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only https:// URLs are used: %1</source>
        <translation>es werden nur https://-URLs verwendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain http:// is used only to this computer; use https:// for %1</source>
        <translation>einfaches http:// wird nur zu diesem Computer verwendet; verwenden Sie https:// für %1</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the answer is larger than %1; it was not read</source>
        <translation>die Antwort ist größer als %1; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>%1 -&gt; %2 (%3 ms, attempt %4)</source>
        <translation>%1 -&gt; %2 (%3 ms, Versuch %4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>access token rejected; requesting a new one and retrying once</source>
        <translation>Zugriffstoken abgelehnt; ein neues wird angefordert und einmal erneut versucht</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>giving up after %n attempt(s)</source>
        <translation>
            <numerusform>Abbruch nach %n Versuch</numerusform>
            <numerusform>Abbruch nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>retrying in %1 ms</source>
        <translation>neuer Versuch in %1 ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cancelled: no further requests</source>
        <translation>abgebrochen: keine weiteren Anfragen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no further requests in this run: %1</source>
        <translation>keine weiteren Anfragen in diesem Lauf: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cancelled before the request was sent</source>
        <translation>abgebrochen, bevor die Anfrage gesendet wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled instead of retrying after: %1</source>
        <translation>abgebrochen statt erneut versucht nach: %1</translation>
    </message>
</context>
<context>
    <name>pd::SecretLineEdit</name>
    <message>
        <location filename="../ui/widgets/SecretLineEdit.cpp" line="+35"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>pd::SourceSettings</name>
    <message>
        <location filename="../app/directory/SourceSettings.cpp" line="+68"/>
        <source>Choose the CSV file to read people from.</source>
        <translation>Wählen Sie die CSV-Datei, aus der Personen gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the key column: a value that stays the same for a person, such as an employee number.</source>
        <translation>Wählen Sie die Schlüsselspalte: einen Wert, der für eine Person gleich bleibt, etwa eine Personalnummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which value of &quot;%1&quot; marks a disabled person.</source>
        <translation>Geben Sie an, welcher Wert von „%1“ eine deaktivierte Person kennzeichnet.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&quot;%1&quot; must be &quot;auto&quot;, &quot;comma&quot;, &quot;semicolon&quot; or &quot;tab&quot;</source>
        <translation>„%1“ muss &quot;auto&quot;, &quot;comma&quot;, &quot;semicolon&quot; oder &quot;tab&quot; sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; must be &quot;ldap&quot; or &quot;activeDirectory&quot;</source>
        <translation>„%1“ muss &quot;ldap&quot; oder &quot;activeDirectory&quot; sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be &quot;base&quot;, &quot;one&quot; or &quot;sub&quot;</source>
        <translation>„%1“ muss &quot;base&quot;, &quot;one&quot; oder &quot;sub&quot; sein</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; must be &quot;csv&quot; or &quot;ldap&quot;</source>
        <translation>„%1“ muss &quot;csv&quot; oder &quot;ldap&quot; sein</translation>
    </message>
</context>
<context>
    <name>pd::SourceSettingsEditor</name>
    <message>
        <location filename="../ui/rule/SourceSettingsEditor.cpp" line="+59"/>
        <source>CSV &amp;file</source>
        <translation>&amp;CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LDAP or Active Directory</source>
        <translation>&amp;LDAP oder Active Directory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test source</source>
        <translation>&amp;Quelle testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read people from:</source>
        <translation>Personen lesen aus:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sample of the source&apos;s people</source>
        <translation>Stichprobe der Personen in der Quelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that cannot be used</source>
        <translation>Nicht verwendbare Zeilen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/path/to/people.csv</source>
        <translation>/pfad/zu/personen.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key column</source>
        <translation>Schlüsselspalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column whose value never changes for a person, such as an employee number. It links each row to the same Zoom user run after run.</source>
        <translation>Eine Spalte, deren Wert sich für eine Person nie ändert, etwa eine Personalnummer. Sie verknüpft jede Zeile Lauf für Lauf mit demselben Zoom-Benutzer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key column:</source>
        <translation>&amp;Schlüsselspalte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled when column</source>
        <translation>Deaktiviert, wenn Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled when value</source>
        <translation>Deaktiviert, wenn Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Disabled</source>
        <translation>z. B. Disabled</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+70"/>
        <source>Disabled &amp;when:</source>
        <translation>Deaktiviert, &amp;wenn:</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>e&amp;quals</source>
        <translation>&amp;gleich</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LDAP (OpenLDAP, 389 DS, ...)</source>
        <translation>LDAP (OpenLDAP, 389 DS, ...)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory type</source>
        <translation>Verzeichnistyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory &amp;type:</source>
        <translation>Verzeichnist&amp;yp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ldaps://dc1.example.com</source>
        <translation>ldaps://dc1.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Start&amp;TLS</source>
        <translation>Start&amp;TLS verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind DN</source>
        <translation>Bind-DN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cn=svc-zoom,ou=Service,dc=example,dc=com (empty: anonymous)</source>
        <translation>cn=svc-zoom,ou=Service,dc=example,dc=com (leer: anonym)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind DN:</source>
        <translation>&amp;Bind-DN:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bind password</source>
        <translation>Bind-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind &amp;password:</source>
        <translation>Bind-&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base DN</source>
        <translation>Basis-DN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ou=People,dc=example,dc=com</source>
        <translation>ou=People,dc=example,dc=com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry only</source>
        <translation>Nur dieser Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One level below</source>
        <translation>Eine Ebene darunter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole subtree</source>
        <translation>Gesamte Unterstruktur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Suchbereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base &amp;DN:</source>
        <translation>Basis-&amp;DN:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LDAP filter</source>
        <translation>LDAP-Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LDAP &amp;filter:</source>
        <translation>LDAP-&amp;Filter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes to read</source>
        <translation>Zu lesende Attribute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all (or: mail, givenName, sn, title)</source>
        <translation>alle (oder: mail, givenName, sn, title)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attributes:</source>
        <translation>&amp;Attribute:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key attribute</source>
        <translation>Schlüsselattribut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key attribute:</source>
        <translation>&amp;Schlüsselattribut:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not detected</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AD: userAccountControl says disabled</source>
        <translation>AD: userAccountControl meldet deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute equals value</source>
        <translation>Attribut ist gleich Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled when</source>
        <translation>Deaktiviert, wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled attribute</source>
        <translation>Attribut für Deaktivierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Disabled value</source>
        <translation>Wert für Deaktivierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional: PEM of your private CA</source>
        <translation>optional: PEM Ihrer privaten CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entries per page; timeout</source>
        <translation>Einträge pro Seite; Zeitlimit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pa&amp;ging:</source>
        <translation>Seiten&amp;weise Abfrage:</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Enter the bind password.</source>
        <translation>Geben Sie das Bind-Passwort ein.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source could not be read.</source>
        <translation>Die Quelle konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n person(s) found, %1 disabled; %2 row(s) could not be used. Read in %3 s.</source>
        <translation>
            <numerusform>%n Person gefunden, %1 deaktiviert; %2 Zeile(n) nicht verwendbar. Gelesen in %3 s.</numerusform>
            <numerusform>%n Personen gefunden, %1 deaktiviert; %2 Zeile(n) nicht verwendbar. Gelesen in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>pd::StrictJson</name>
    <message>
        <location filename="../app/directory/StrictJson.cpp" line="+35"/>
        <location line="+63"/>
        <source>&quot;%1&quot; is required</source>
        <translation>„%1“ ist erforderlich</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>„%1“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
</context>
<context>
    <name>pd::SyncCommand</name>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="+27"/>
        <source>To approve held removals, run `sync %1 --dry-run --json &gt; plan.json`, review its held list, then `sync %1 --approve-removals plan.json`: only the removals listed there are applied, and only while they are still planned the same way.</source>
        <translation>Um zurückgehaltene Entfernungen zu genehmigen, führen Sie `sync %1 --dry-run --json &gt; plan.json` aus, prüfen Sie die Liste „held“ darin und führen Sie dann `sync %1 --approve-removals plan.json` aus: Nur die dort aufgeführten Entfernungen werden angewendet, und nur solange sie noch auf dieselbe Weise geplant sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--approve-removals needs the FILE of removals you reviewed. %1</source>
        <translation>--approve-removals benötigt die Datei (FILE) mit den geprüften Entfernungen. %1</translation>
    </message>
</context>
<context>
    <name>pd::SyncEvents</name>
    <message>
        <location filename="../app/sync/SyncEvents.cpp" line="+67"/>
        <source>Zoom reports this user as not in this account: the invitation is still pending, or the email belongs to another Zoom account (%1).</source>
        <translation>Zoom meldet, dass dieser Benutzer nicht in diesem Konto ist: Die Einladung steht noch aus, oder die E-Mail-Adresse gehört zu einem anderen Zoom-Konto (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the run was stopped.</source>
        <translation>Nicht gesendet: Der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: Zoom&apos;s %1 stopped the run (%2). The next sync after that time does it.</source>
        <translation>Nicht angewendet: Zooms %1 hat den Lauf angehalten (%2). Die nächste Synchronisierung nach diesem Zeitpunkt erledigt es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily request limit</source>
        <translation>tägliches Anfragelimit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom kept answering &quot;too many requests&quot; after every retry (%1). Lower the connection&apos;s requests per second.</source>
        <translation>Zoom hat nach jedem erneuten Versuch weiter mit „too many requests“ geantwortet (%1). Senken Sie die Anfragen pro Sekunde der Verbindung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom answered with a web page instead of SCIM JSON (%1): a proxy or a wrong SCIM URL?</source>
        <translation>Zoom hat mit einer Webseite statt mit SCIM-JSON geantwortet (%1): ein Proxy oder eine falsche SCIM-URL?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source&apos;s Username is %1, but the Zoom account keeps %2: Zoom does not change usernames through SCIM, so the account stays linked by its Zoom ID and no second account is made. To rename it, change the user&apos;s email in Zoom (User Management, Edit user), or change the source back.</source>
        <translation>Der Benutzername in der Quelle ist %1, das Zoom-Konto behält aber %2: Zoom ändert Benutzernamen nicht über SCIM, daher bleibt das Konto über seine Zoom-ID verknüpft, und es wird kein zweites Konto angelegt. Um es umzubenennen, ändern Sie die E-Mail-Adresse des Benutzers in Zoom (Benutzerverwaltung, Benutzer bearbeiten) oder setzen Sie die Quelle zurück.</translation>
    </message>
</context>
<context>
    <name>pd::SyncExecutor</name>
    <message>
        <location filename="../app/sync/SyncExecutor.cpp" line="+103"/>
        <source>An earlier, interrupted create had reached Zoom; linked it.</source>
        <translation>Ein früheres, unterbrochenes Erstellen hatte Zoom erreicht; es wurde verknüpft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Linked the existing Zoom account.</source>
        <translation>Das bestehende Zoom-Konto wurde verknüpft.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Never created in Zoom; nothing to remove.</source>
        <translation>Nie in Zoom erstellt; nichts zu entfernen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Already in this Zoom account; linked instead of creating.</source>
        <translation>Bereits in diesem Zoom-Konto; verknüpft statt erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already holds a Zoom account outside this account (Zoom: &quot;%2&quot;). Zoom cannot adopt it through provisioning: ask the user to change the email of that account, or remove it from the rule.</source>
        <translation>%1 hat bereits ein Zoom-Konto außerhalb dieses Kontos (Zoom: „%2“). Zoom kann es nicht über die Bereitstellung übernehmen: Bitten Sie den Benutzer, die E-Mail-Adresse dieses Kontos zu ändern, oder nehmen Sie ihn aus der Regel heraus.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Zoom does not deactivate users with the Admin role. Make %1 a Member in Zoom first, or take them out of the rule&apos;s scope.</source>
        <translation>Zoom deaktiviert keine Benutzer mit der Rolle Administrator. Machen Sie %1 zuerst in Zoom zum Mitglied oder nehmen Sie den Benutzer aus dem Bereich der Regel heraus.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Already deleted in Zoom.</source>
        <translation>Bereits in Zoom gelöscht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No longer in Zoom (deleted there).</source>
        <translation>Nicht mehr in Zoom (dort gelöscht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer in Zoom (deleted there); the next sync provisions the user again.</source>
        <translation>Nicht mehr in Zoom (dort gelöscht); die nächste Synchronisierung stellt den Benutzer erneut bereit.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot record progress in the database (%1). The run stops so that nothing is done without a record.</source>
        <translation>Der Fortschritt kann nicht in der Datenbank erfasst werden (%1). Der Lauf wird angehalten, damit nichts ohne Aufzeichnung geschieht.</translation>
    </message>
</context>
<context>
    <name>pd::SyncHeldView</name>
    <message>
        <location filename="../ui/sync/SyncHeldView.cpp" line="+21"/>
        <source>Select a&amp;ll</source>
        <translation>A&amp;lle auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Held removals</source>
        <translation>Zurückgehaltene Entfernungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select every held user</source>
        <translation>Alle zurückgehaltenen Benutzer auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the selection of held users</source>
        <translation>Auswahl der zurückgehaltenen Benutzer aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected removals</source>
        <translation>Ausgewählte Entfernungen genehmigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve all held removals</source>
        <translation>Alle zurückgehaltenen Entfernungen genehmigen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing is held. When a sync would remove or disable more users than the removal guard allows, it holds them here for your approval and applies everything else.</source>
        <translation>Nichts wird zurückgehalten. Wenn eine Synchronisierung mehr Benutzer entfernen oder deaktivieren würde, als der Entfernungsschutz erlaubt, hält sie diese hier zur Genehmigung zurück und wendet alles andere an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Remove Action is Delete: approved users are deleted from Zoom with their meetings and recordings.</source>
        <translation>Die Entfernungsaktion ist „Löschen“: Genehmigte Benutzer werden samt Meetings und Aufzeichnungen aus Zoom gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Remove Action is Disable: approved users are deactivated in Zoom and can be reactivated later.</source>
        <translation>Die Entfernungsaktion ist „Deaktivieren“: Genehmigte Benutzer werden in Zoom deaktiviert und können später reaktiviert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sync would hold removals or disables for approval: %1. %2 Run Sync now to review and approve them.</source>
        <translation>Eine Synchronisierung würde Entfernungen oder Deaktivierungen zur Genehmigung zurückhalten: %1. %2 Führen Sie „Jetzt synchronisieren“ aus, um sie zu prüfen und zu genehmigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held by the removal guard: %1 removals or disables. Every other change was applied. Check the users to release and approve them. %2</source>
        <translation>Vom Entfernungsschutz zurückgehalten: %1 Entfernungen oder Deaktivierungen. Alle anderen Änderungen wurden angewendet. Markieren Sie die freizugebenden Benutzer und genehmigen Sie sie. %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approve &amp;selected (%1)…</source>
        <translation>Auswahl &amp;genehmigen (%1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve all (%1)…</source>
        <translation>&amp;Alle genehmigen (%1)…</translation>
    </message>
</context>
<context>
    <name>pd::SyncLogModel</name>
    <message>
        <location filename="../ui/sync/SyncLogModel.cpp" line="+28"/>
        <source>Earlier lines not shown: %1 (the log keeps the newest %2).</source>
        <translation>Frühere Zeilen nicht angezeigt: %1 (das Protokoll behält die neuesten %2).</translation>
    </message>
</context>
<context>
    <name>pd::SyncLogView</name>
    <message>
        <location filename="../ui/sync/SyncLogView.cpp" line="+34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve to file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log level to show</source>
        <translation>Anzuzeigende Protokollstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information, warnings and errors</source>
        <translation>Informationen, Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, with debug details</source>
        <translation>Alles, mit Debug-Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;arch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in the log, e.g. a user name</source>
        <translation>Text im Protokoll, z. B. ein Benutzername</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected log lines</source>
        <translation>Ausgewählte Protokollzeilen kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the log to a file</source>
        <translation>Protokoll in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves every line the log keeps, at all levels.</source>
        <translation>Speichert jede Zeile, die das Protokoll behält, auf allen Stufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync log</source>
        <translation>Synchronisierungsprotokoll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Showing %1 of %2 lines</source>
        <translation>%1 von %2 Zeilen angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped: %1</source>
        <translation>verworfen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot save the log to %1: %2</source>
        <translation>Das Protokoll kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the sync log</source>
        <translation>Synchronisierungsprotokoll speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log files (*.log);;Text files (*.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>pd::SyncPanel</name>
    <message>
        <location filename="../ui/sync/SyncPanel.cpp" line="+44"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full resync</source>
        <translation>&amp;Vollständige Neusynchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+410"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the outbound rule to Zoom: create, update, disable and remove what changed.</source>
        <translation>Die ausgehende Regel auf Zoom anwenden: Geändertes erstellen, aktualisieren, deaktivieren und entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a sync and show every change, user by user, without sending anything.</source>
        <translation>Eine Synchronisierung planen und jede Änderung Benutzer für Benutzer anzeigen, ohne etwas zu senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full resync</source>
        <translation>Vollständige Neusynchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every Zoom user again and compare each one, not only what changed in the source.</source>
        <translation>Alle Zoom-Benutzer erneut auflisten und jeden einzeln vergleichen, nicht nur das, was sich in der Quelle geändert hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops sending new requests; requests in flight finish and are recorded.</source>
        <translation>Sendet keine neuen Anfragen mehr; laufende Anfragen werden abgeschlossen und erfasst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync results</source>
        <translation>Synchronisierungsergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>Pro&amp;tokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+238"/>
        <source>&amp;Held removals</source>
        <translation>&amp;Zurückgehaltene Entfernungen</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>There is no connection to sync.</source>
        <translation>Es gibt keine Verbindung zum Synchronisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has not passed a connection test. Run Test connection and fix what it reports, then sync.</source>
        <translation>„%1“ hat keinen Verbindungstest bestanden. Führen Sie „Verbindung testen“ aus, beheben Sie die gemeldeten Probleme und synchronisieren Sie dann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is disabled, so nothing is sent to Zoom. Enable it to sync; a dry run shows what a sync would change.</source>
        <translation>„%1“ ist deaktiviert, daher wird nichts an Zoom gesendet. Aktivieren Sie die Verbindung, um zu synchronisieren; ein Probelauf zeigt, was eine Synchronisierung ändern würde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The outbound rule of &quot;%1&quot; cannot be used yet: %2 Open Outbound rule to fix it.</source>
        <translation>Die ausgehende Regel von „%1“ kann noch nicht verwendet werden: %2 Öffnen Sie „Ausgehende Regel“, um das zu beheben.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+25"/>
        <location line="+49"/>
        <source>A sync of &quot;%1&quot; is already running.</source>
        <translation>Eine Synchronisierung von „%1“ läuft bereits.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Deprovision Users</source>
        <translation>Benutzer deprovisionieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovision every user that &quot;%1&quot; manages in Zoom?</source>
        <translation>Alle Benutzer, die „%1“ in Zoom verwaltet, deprovisionieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Remove Action is Delete: every managed user is deleted from Zoom with their meetings, recordings and settings. This cannot be undone.</source>
        <translation>Die Entfernungsaktion ist „Löschen“: Jeder verwaltete Benutzer wird samt Meetings, Aufzeichnungen und Einstellungen aus Zoom gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Remove Action is Disable: every managed user is deactivated in Zoom and can be reactivated later.</source>
        <translation>Die Entfernungsaktion ist „Deaktivieren“: Jeder verwaltete Benutzer wird in Zoom deaktiviert und kann später reaktiviert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source is not read and the removal guard does not hold these.</source>
        <translation>Die Quelle wird nicht gelesen, und der Entfernungsschutz hält diese Benutzer nicht zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete all users</source>
        <translation>Alle Benutzer &amp;löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable all users</source>
        <translation>Alle Benutzer &amp;deaktivieren</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n user(s) will be deleted from Zoom (Remove Action: Delete). Deleting destroys their meetings, recordings and settings; it cannot be undone.</source>
        <translation>
            <numerusform>%n Benutzer wird aus Zoom gelöscht (Entfernungsaktion: Löschen). Das Löschen vernichtet Meetings, Aufzeichnungen und Einstellungen; es kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Benutzer werden aus Zoom gelöscht (Entfernungsaktion: Löschen). Das Löschen vernichtet ihre Meetings, Aufzeichnungen und Einstellungen; es kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s) will be deactivated in Zoom (Remove Action: Disable); they can be reactivated later.</source>
        <translation>
            <numerusform>%n Benutzer wird in Zoom deaktiviert (Entfernungsaktion: Deaktivieren); er kann später reaktiviert werden.</numerusform>
            <numerusform>%n Benutzer werden in Zoom deaktiviert (Entfernungsaktion: Deaktivieren); sie können später reaktiviert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) disabled in the source will be deactivated in Zoom.</source>
        <translation>
            <numerusform>%n in der Quelle deaktivierter Benutzer wird in Zoom deaktiviert.</numerusform>
            <numerusform>%n in der Quelle deaktivierte Benutzer werden in Zoom deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync runs now; other changes are applied as usual.</source>
        <translation>Die Synchronisierung läuft jetzt; andere Änderungen werden wie gewohnt angewendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve Removals</source>
        <translation>Entfernungen genehmigen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Approve %n held removal(s) and sync now?</source>
        <translation>
            <numerusform>%n zurückgehaltene Entfernung genehmigen und jetzt synchronisieren?</numerusform>
            <numerusform>%n zurückgehaltene Entfernungen genehmigen und jetzt synchronisieren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve and delete</source>
        <translation>&amp;Genehmigen und löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approve and sync</source>
        <translation>&amp;Genehmigen und synchronisieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading secrets</source>
        <translation>Secrets werden gelesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the client secret from %1…</source>
        <translation>Client-Secret wird aus %1 gelesen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the directory bind password…</source>
        <translation>Bind-Passwort des Verzeichnisses wird gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the directory bind password</source>
        <translation>das Bind-Passwort des Verzeichnisses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1 of &quot;%2&quot;: %3 Edit the connection to enter it again. Nothing was changed in Zoom.</source>
        <translation>%1 von „%2“ kann nicht gelesen werden: %3 Bearbeiten Sie die Verbindung, um es erneut einzugeben. In Zoom wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync is already running.</source>
        <translation>Eine Synchronisierung läuft bereits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled before the sync started; nothing was changed in Zoom.</source>
        <translation>Vor dem Start der Synchronisierung abgebrochen; in Zoom wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping: no new request is sent; requests in flight finish first.</source>
        <translation>Wird angehalten: Es werden keine neuen Anfragen gesendet; laufende Anfragen werden zuerst abgeschlossen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Held removals (%1)</source>
        <translation>&amp;Zurückgehaltene Entfernungen (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a connection whose last test passed can sync. Run Test connection first.</source>
        <translation>Nur eine Verbindung, deren letzter Test bestanden wurde, kann synchronisieren. Führen Sie zuerst „Verbindung testen“ aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This connection is disabled: enable it to sync. A dry run shows what a sync would change without sending anything.</source>
        <translation>Diese Verbindung ist deaktiviert: Aktivieren Sie sie, um zu synchronisieren. Ein Probelauf zeigt, was eine Synchronisierung ändern würde, ohne etwas zu senden.</translation>
    </message>
</context>
<context>
    <name>pd::SyncPlanModel</name>
    <message>
        <location filename="../ui/sync/SyncPlanModel.cpp" line="+63"/>
        <source>%1 (held)</source>
        <translation>%1 (zurückgehalten)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source key</source>
        <translation>Quellschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>pd::SyncPlanView</name>
    <message>
        <location filename="../ui/sync/SyncPlanView.cpp" line="+26"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+103"/>
        <source>Pre-flight forecast</source>
        <translation>Vorabprognose</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in the plan</source>
        <translation>Im Plan suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User, operation, reason or attribute</source>
        <translation>Benutzer, Vorgang, Grund oder Attribut</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>Export the plan as CSV</source>
        <translation>Plan als CSV exportieren</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+129"/>
        <source>Export the plan as JSON</source>
        <translation>Plan als JSON exportieren</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Planned operations</source>
        <translation>Geplante Vorgänge</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Start a dry run to see what a sync would change, user by user. Nothing is sent to Zoom.</source>
        <translation>Starten Sie einen Probelauf, um Benutzer für Benutzer zu sehen, was eine Synchronisierung ändern würde. Es wird nichts an Zoom gesendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>changes to send: %1</source>
        <translation>zu sendende Änderungen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held for approval: %1</source>
        <translation>zur Freigabe zurückgehalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already in sync: %1</source>
        <translation>bereits synchron: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run — %1. Nothing was sent to Zoom.</source>
        <translation>Probelauf – %1. Es wurde nichts an Zoom gesendet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot export the plan to %1: %2</source>
        <translation>Der Plan kann nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>pd::SyncProgressView</name>
    <message>
        <location filename="../ui/sync/SyncProgressView.cpp" line="+16"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Dry run finished</source>
        <translation>Probelauf abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>finished at %1</source>
        <translation>abgeschlossen um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>records read: %1</source>
        <translation>gelesene Datensätze: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom users listed: %1</source>
        <translation>aufgelistete Zoom-Benutzer: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>changes: %1 of %2</source>
        <translation>Änderungen: %1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed %1</source>
        <translation>vergangen: %1</translation>
    </message>
</context>
<context>
    <name>pd::SyncSelection</name>
    <message>
        <location filename="../app/cli/SyncSelection.cpp" line="+51"/>
        <source>--only and --retry-failed cannot be combined</source>
        <translation>--only und --retry-failed können nicht kombiniert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--only needs at least one source key, e.g. --only KEY1,KEY2</source>
        <translation>--only benötigt mindestens einen Quellschlüssel, z. B. --only KEY1,KEY2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--run needs a run ID (a positive number), not &quot;%1&quot;</source>
        <translation>--run benötigt eine Lauf-ID (eine positive Zahl), nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no run %1. Nothing was synced.</source>
        <translation>es gibt keinen Lauf %1. Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run %1 is a run of &quot;%2&quot;, not of &quot;%3&quot;. Nothing was synced.</source>
        <translation>Lauf %1 gehört zu „%2“, nicht zu „%3“. Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no run of &quot;%1&quot; has failed users: there is nothing to retry. Nothing was synced.</source>
        <translation>kein Lauf von „%1“ hat fehlgeschlagene Benutzer: Es gibt nichts erneut zu versuchen. Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run %1 has no failed users: there is nothing to retry. Nothing was synced.</source>
        <translation>Lauf %1 hat keine fehlgeschlagenen Benutzer: Es gibt nichts erneut zu versuchen. Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Retrying the %n failed user(s) of run %1: %2</source>
        <translation>Erneuter Versuch für %n fehlgeschlagene(n) Benutzer von Lauf %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing only %n user(s): %1</source>
        <translation>Nur %n Benutzer wird/werden synchronisiert: %1</translation>
    </message>
</context>
<context>
    <name>pd::SyncSummaryView</name>
    <message>
        <location filename="../ui/sync/SyncSummaryView.cpp" line="+126"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>No run yet. Sync now applies the rule to Zoom; Dry run shows what it would change.</source>
        <translation>Noch kein Lauf. „Jetzt synchronisieren“ wendet die Regel auf Zoom an; „Probelauf“ zeigt, was sich ändern würde.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No request was sent to Zoom.</source>
        <translation>Es wurde keine Anfrage an Zoom gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests to Zoom: %1  ·  total: %2</source>
        <translation>Anfragen an Zoom: %1  ·  gesamt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run: %1</source>
        <translation>Probelauf: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run #%1</source>
        <translation>Lauf Nr. %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Source records: %1  ·  in scope: %2  ·  already in sync: %3</source>
        <translation>Quelldatensätze: %1  ·  im Bereich: %2  ·  bereits synchron: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held for approval: %1</source>
        <translation>Zur Freigabe zurückgehalten: %1</translation>
    </message>
</context>
<context>
    <name>pd::SyncUndo</name>
    <message>
        <location filename="../app/cli/SyncUndo.cpp" line="+37"/>
        <source>--undo needs the ID of a run (see `history %1`), not &quot;%2&quot;</source>
        <translation>--undo benötigt die ID eines Laufs (siehe `history %1`), nicht „%2“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--undo does not go with --%1: an undo reverses one run and reads no source</source>
        <translation>--undo passt nicht zu --%1: Ein Rückgängigmachen kehrt einen Lauf um und liest keine Quelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no run %1</source>
        <translation>es gibt keinen Lauf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1 belongs to &quot;%2&quot;, not to &quot;%3&quot;</source>
        <translation>Lauf %1 gehört zu „%2“, nicht zu „%3“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run %1 was a dry run: it changed nothing to undo</source>
        <translation>Lauf %1 war ein Probelauf: Er hat nichts geändert, das rückgängig zu machen wäre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run %1 is still running</source>
        <translation>Lauf %1 läuft noch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Nothing was changed.</source>
        <translation>. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  would undo: %1 %2%3</source>
        <translation>  würde rückgängig machen: %1 %2%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  undo: %1 %2%3</source>
        <translation>  rückgängig: %1 %2%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  not undone: %1 %2: %3</source>
        <translation>  nicht rückgängig gemacht: %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>pd::SyncWindow</name>
    <message>
        <location filename="../ui/sync/SyncWindow.cpp" line="+66"/>
        <source>Sync — %1</source>
        <translation>Synchronisierung – %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Action: %1</source>
        <translation>Entfernungsaktion: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removals off (Enable users deprovision is No)</source>
        <translation>Entfernungen aus („Benutzer-Deprovisionierung aktivieren“ ist „Nein“)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removal guard: more than %1 % or %2 users</source>
        <translation>Entfernungsschutz: mehr als %1 % oder %2 Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requests/s, %2 at a time</source>
        <translation>%1 Anfragen/s, %2 gleichzeitig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stopping the sync. The window closes once the requests in flight have finished.</source>
        <translation>Die Synchronisierung wird angehalten. Das Fenster schließt sich, sobald die laufenden Anfragen abgeschlossen sind.</translation>
    </message>
</context>
<context>
    <name>pd::SyncWorker</name>
    <message>
        <location filename="../app/sync/SyncWorker.cpp" line="+126"/>
        <source>The rule was deleted: every user this connection manages gets the Remove Action.</source>
        <translation>Die Regel wurde gelöscht: Auf jeden Benutzer, den diese Verbindung verwaltet, wird die Entfernungsaktion angewendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; changed while the sync was starting (%2); its secret was read for the old settings and is not sent to the new ones. Nothing was changed in Zoom: start the sync again.</source>
        <translation>„%1“ wurde geändert, während die Synchronisierung startete (%2); das Secret wurde für die alten Einstellungen gelesen und wird nicht an die neuen gesendet. In Zoom wurde nichts geändert: Starten Sie die Synchronisierung erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another sync of &quot;%1&quot; is running (process %2). Wait for it to finish.</source>
        <translation>Eine andere Synchronisierung von „%1“ läuft (Prozess %2). Warten Sie, bis sie beendet ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot start a run: %1</source>
        <translation>Ein Lauf kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run of &quot;%1&quot;: nothing will be changed in Zoom.</source>
        <translation>Probelauf von „%1“: In Zoom wird nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync of &quot;%1&quot; started.</source>
        <translation>Synchronisierung von „%1“ gestartet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has not passed a connection test. Run Test connection and fix what it reports first.</source>
        <translation>„%1“ hat keinen Verbindungstest bestanden. Führen Sie zuerst „Verbindung testen“ aus und beheben Sie die gemeldeten Probleme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is disabled. Enable it to sync, or start a dry run to preview.</source>
        <translation>„%1“ ist deaktiviert. Aktivieren Sie die Verbindung, um zu synchronisieren, oder starten Sie einen Probelauf als Vorschau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client secret is available for &quot;%1&quot;.</source>
        <translation>Für „%1“ ist kein Client-Secret verfügbar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The outbound rule cannot be used: %1</source>
        <translation>Die ausgehende Regel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped while reading the source; nothing was changed in Zoom.</source>
        <translation>Beim Lesen der Quelle angehalten; in Zoom wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source could not be read: %1 %2 Nothing was changed in Zoom.</source>
        <translation>Die Quelle konnte nicht gelesen werden: %1 %2 In Zoom wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Only %n selected user(s) will be provisioned.</source>
        <translation>
            <numerusform>Nur %n ausgewählter Benutzer wird bereitgestellt.</numerusform>
            <numerusform>Nur %n ausgewählte Benutzer werden bereitgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 source users: %2 in scope, %3 out of scope, %4 invalid.</source>
        <translation>%1 Quellbenutzer: %2 im Bereich, %3 außerhalb des Bereichs, %4 ungültig.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read which users this connection manages (%1). Nothing was changed in Zoom; a run without that record could duplicate or miss accounts.</source>
        <translation>Es kann nicht gelesen werden, welche Benutzer diese Verbindung verwaltet (%1). In Zoom wurde nichts geändert; ein Lauf ohne diese Aufzeichnung könnte Konten doppelt anlegen oder übersehen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>First sync: listing Zoom users to link existing accounts…</source>
        <translation>Erste Synchronisierung: Zoom-Benutzer werden aufgelistet, um bestehende Konten zu verknüpfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full resync: listing Zoom users…</source>
        <translation>Vollständige Neusynchronisierung: Zoom-Benutzer werden aufgelistet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped while listing Zoom users; nothing was changed in Zoom.</source>
        <translation>Beim Auflisten der Zoom-Benutzer angehalten; in Zoom wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot list Zoom users: %1. Nothing was changed in Zoom.</source>
        <translation>Zoom-Benutzer können nicht aufgelistet werden: %1. In Zoom wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom has %1 users.</source>
        <translation>Zoom hat %1 Benutzer.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Plan: %1; %2 already in sync.</source>
        <translation>Plan: %1; %2 bereits synchron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source returned no users in scope while %1 are managed: all %2 removals or disables are held. Check the export or the filter; approve only if everyone really left.</source>
        <translation>Die Quelle hat keine Benutzer im Bereich geliefert, während %1 verwaltet werden: Alle %2 Entfernungen oder Deaktivierungen werden zurückgehalten. Prüfen Sie den Export oder den Filter; genehmigen Sie nur, wenn wirklich alle ausgeschieden sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The removal guard holds %1 removals or disables (more than %2 of %3 managed users). Review them and approve to apply.</source>
        <translation>Der Entfernungsschutz hält %1 Entfernungen oder Deaktivierungen zurück (mehr als %2 von %3 verwalteten Benutzern). Prüfen Sie sie und genehmigen Sie sie, um sie anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Dry run: %n change(s) planned; nothing was sent.</source>
        <translation>
            <numerusform>Probelauf: %n Änderung geplant; es wurde nichts gesendet.</numerusform>
            <numerusform>Probelauf: %n Änderungen geplant; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped before any change was sent.</source>
        <translation>Angehalten, bevor eine Änderung gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncWorkerApply.cpp" line="+30"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Skip %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held %1 %2</source>
        <translation>Zurückgehalten: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would %1 %2</source>
        <translation>Geplant: %1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zoom holds %1 for source user %2 (%3); the link was brought up to date.</source>
        <translation>Zoom führt %1 für den Quellbenutzer %2 (%3); die Verknüpfung wurde aktualisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot record what Zoom holds in the database (%1). Nothing was changed in Zoom.</source>
        <translation>Was Zoom führt, kann nicht in der Datenbank erfasst werden (%1). In Zoom wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncWorker.cpp" line="+34"/>
        <source>(The history could not record the end of this run: %1)</source>
        <translation>(Der Verlauf konnte das Ende dieses Laufs nicht erfassen: %1)</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncWorkerUndo.cpp" line="+42"/>
        <source>Undo of run %1.</source>
        <translation>Rückgängigmachen von Lauf %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 belongs to &quot;%2&quot;, not to &quot;%3&quot;.</source>
        <translation>Lauf %1 gehört zu „%2“, nicht zu „%3“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 was a dry run: it changed nothing.</source>
        <translation>Lauf %1 war ein Probelauf: Er hat nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 is still running.</source>
        <translation>Lauf %1 läuft noch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo of run %1: %2 Nothing was changed in Zoom.</source>
        <translation>Rückgängigmachen von Lauf %1: %2 In Zoom wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo of run %1: cannot read the history or the managed users (%2). Nothing was changed in Zoom.</source>
        <translation>Rückgängigmachen von Lauf %1: Der Verlauf oder die verwalteten Benutzer können nicht gelesen werden (%2). In Zoom wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Undo plan: %n change(s) to reverse</source>
        <translation>
            <numerusform>Plan zum Rückgängigmachen: %n Änderung umzukehren</numerusform>
            <numerusform>Plan zum Rückgängigmachen: %n Änderungen umzukehren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+22"/>
        <source>%n item(s) cannot be undone.</source>
        <translation>
            <numerusform>%n Element kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Elemente können nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 in run %2 not undone: %3</source>
        <translation>%1 in Lauf %2 nicht rückgängig gemacht: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo of run %1 (dry run): %2; %3 Nothing was sent, and the connection stays as it is.</source>
        <translation>Rückgängigmachen von Lauf %1 (Probelauf): %2; %3 Es wurde nichts gesendet, und die Verbindung bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) to reverse</source>
        <translation>
            <numerusform>%n Änderung umzukehren</numerusform>
            <numerusform>%n Änderungen umzukehren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Undo of run %1: nothing to reverse; %n item(s) cannot be undone. Nothing was sent.</source>
        <translation>
            <numerusform>Rückgängigmachen von Lauf %1: nichts umzukehren; %n Element kann nicht rückgängig gemacht werden. Es wurde nichts gesendet.</numerusform>
            <numerusform>Rückgängigmachen von Lauf %1: nichts umzukehren; %n Elemente können nicht rückgängig gemacht werden. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo of run %1: stopped before any change was sent.</source>
        <translation>Rückgängigmachen von Lauf %1: angehalten, bevor eine Änderung gesendet wurde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo of run %1: %2</source>
        <translation>Rückgängigmachen von Lauf %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) could not be undone (see the run&apos;s events).</source>
        <translation>
            <numerusform>%n Element konnte nicht rückgängig gemacht werden (siehe Ereignisse des Laufs).</numerusform>
            <numerusform>%n Elemente konnten nicht rückgängig gemacht werden (siehe Ereignisse des Laufs).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is now disabled so that the next sync does not redo the change: fix the source, then enable the connection.</source>
        <translation>„%1“ ist jetzt deaktiviert, damit die nächste Synchronisierung die Änderung nicht wiederholt: Korrigieren Sie die Quelle und aktivieren Sie dann die Verbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disable &quot;%1&quot; before the next sync (it could not be disabled: %2), or the next sync redoes the change.</source>
        <translation>Deaktivieren Sie „%1“ vor der nächsten Synchronisierung (die Deaktivierung war nicht möglich: %2), sonst wiederholt die nächste Synchronisierung die Änderung.</translation>
    </message>
</context>
<context>
    <name>pd::TestConnectionFailedDialog</name>
    <message>
        <location filename="../ui/wizard/TestConnectionFailedDialog.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Test Connection Failed</source>
        <translation>Verbindungstest fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ProvisionDesk could not connect to Zoom.</source>
        <translation>ProvisionDesk konnte keine Verbindung zu Zoom herstellen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HTTP status %1
%2</source>
        <translation>HTTP-Status %1
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details from the server:</source>
        <translation>&amp;Details vom Server:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details from the server</source>
        <translation>Details vom Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue to save the connection as invalid: it cannot be enabled or synced until a connection test passes. Cancel to go back and correct the authentication settings.</source>
        <translation>„Fortfahren“ speichert die Verbindung als ungültig: Sie kann erst aktiviert oder synchronisiert werden, wenn ein Verbindungstest bestanden wurde. „Abbrechen“ kehrt zurück, um die Authentifizierungseinstellungen zu korrigieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel and correct the settings</source>
        <translation>Abbrechen und Einstellungen korrigieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>F&amp;ortfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with an invalid connection</source>
        <translation>Mit einer ungültigen Verbindung fortfahren</translation>
    </message>
</context>
<context>
    <name>pd::TestConnectionPage</name>
    <message>
        <location filename="../ui/wizard/TestConnectionPage.cpp" line="+33"/>
        <source>&amp;Test Again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProvisionDesk checks that it can sign in to Zoom and read users with these settings.</source>
        <translation>ProvisionDesk prüft, ob es sich mit diesen Einstellungen bei Zoom anmelden und Benutzer lesen kann.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection again</source>
        <translation>Verbindung erneut testen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Not tested yet</source>
        <translation>Noch nicht getestet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requesting an access token from %1 and reading users from %2.</source>
        <translation>Zugriffstoken wird von %1 angefordert und Benutzer werden von %2 gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection successful</source>
        <translation>Verbindung erfolgreich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test connection failed</source>
        <translation>Verbindungstest fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection will be saved as invalid</source>
        <translation>Die Verbindung wird als ungültig gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It cannot be enabled or synced until a connection test passes.
%1</source>
        <translation>Sie kann erst aktiviert oder synchronisiert werden, wenn ein Verbindungstest bestanden wurde.
%1</translation>
    </message>
</context>
<context>
    <name>pd::UndoRunDialog</name>
    <message>
        <location filename="../ui/sync/UndoRunDialog.cpp" line="+37"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore and deactivate</source>
        <translation>Wiederherstellen und deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore and reactivate</source>
        <translation>Wiederherstellen und reaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore attributes</source>
        <translation>Attribute wiederherstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo Run %1</source>
        <translation>Lauf %1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Undo run %1 of &quot;%2&quot;&lt;/b&gt; (%3)&lt;br&gt;Reactivates whom it deactivated, puts back the attribute values it overwrote and deactivates (never deletes) whom it created. Applying it also &lt;b&gt;disables the connection&lt;/b&gt;, so the next scheduled sync does not redo the change until the source is fixed.</source>
        <translation>&lt;b&gt;Lauf %1 von „%2“ rückgängig machen&lt;/b&gt; (%3)&lt;br&gt;Reaktiviert, wen er deaktiviert hat, stellt die überschriebenen Attributwerte wieder her und deaktiviert (löscht nie), wen er erstellt hat. Das Anwenden &lt;b&gt;deaktiviert außerdem die Verbindung&lt;/b&gt;, damit die nächste geplante Synchronisierung die Änderung nicht wiederholt, bis die Quelle korrigiert ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo status</source>
        <translation>Status des Rückgängigmachens</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Will be reversed</source>
        <translation>Wird umgekehrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Cannot be undone</source>
        <translation>Kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The run&apos;s change</source>
        <translation>Änderung des Laufs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo Run</source>
        <translation>Lauf &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo Run</source>
        <translation>Lauf rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; no longer exists, so its runs cannot be undone.</source>
        <translation>„%1“ existiert nicht mehr, daher können seine Läufe nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the client secret…</source>
        <translation>Client-Secret wird gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the client secret of &quot;%1&quot;: %2 Nothing was changed.</source>
        <translation>Das Client-Secret von „%1“ kann nicht gelesen werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Working out what the undo would change (a dry run: nothing is sent)…</source>
        <translation>Es wird ermittelt, was das Rückgängigmachen ändern würde (ein Probelauf: Es wird nichts gesendet)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undoing run %1…</source>
        <translation>Lauf %1 wird rückgängig gemacht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another run is still in progress here.</source>
        <translation>Hier läuft noch ein anderer Lauf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing can be undone: see the list below.</source>
        <translation>Nichts kann rückgängig gemacht werden: siehe Liste unten.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) will be reversed.</source>
        <translation>
            <numerusform>%n Änderung wird umgekehrt.</numerusform>
            <numerusform>%n Änderungen werden umgekehrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) cannot be undone.</source>
        <translation>
            <numerusform>%n Element kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Elemente können nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot be undone (%1)</source>
        <translation>Kann nicht rückgängig gemacht werden (%1)</translation>
    </message>
</context>
<context>
    <name>pd::UserActionsEditor</name>
    <message>
        <location filename="../ui/editors/UserActionsEditor.cpp" line="+43"/>
        <source>Enable users &amp;creation</source>
        <translation>Benutzer&amp;erstellung aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users &amp;updation</source>
        <translation>Benutzer&amp;aktualisierung aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users &amp;disable</source>
        <translation>Benutzer&amp;deaktivierung aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users de&amp;provision</source>
        <translation>Benutzer-De&amp;provisionierung aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;isable</source>
        <translation>Dea&amp;ktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprovision on &amp;rule deletion</source>
        <translation>Deprovisionierung beim Löschen der &amp;Regel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enable users creation</source>
        <translation>Benutzererstellung aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users updation</source>
        <translation>Benutzeraktualisierung aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users disable</source>
        <translation>Benutzerdeaktivierung aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users deprovision</source>
        <translation>Benutzer-Deprovisionierung aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Action: Disable</source>
        <translation>Entfernungsaktion: Deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Action: Delete</source>
        <translation>Entfernungsaktion: Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovision on rule deletion</source>
        <translation>Deprovisionierung beim Löschen der Regel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Action:</source>
        <translation>Entfernungsaktion:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deprovisions the connection&apos;s users when its outbound rule is deleted.</source>
        <translation>Deprovisioniert die Benutzer der Verbindung, wenn ihre ausgehende Regel gelöscht wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User Actions</source>
        <translation>Benutzeraktionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creates a user in Zoom when the user appears in the source directory.</source>
        <translation>Erstellt einen Benutzer in Zoom, sobald er im Quellverzeichnis erscheint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates the user&apos;s attributes in Zoom when they change in the source.</source>
        <translation>Aktualisiert die Attribute des Benutzers in Zoom, wenn sie sich in der Quelle ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disables the user in Zoom when the user is disabled in the source.</source>
        <translation>Deaktiviert den Benutzer in Zoom, wenn er in der Quelle deaktiviert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the user from Zoom when the user leaves the source.</source>
        <translation>Entfernt den Benutzer aus Zoom, wenn er die Quelle verlässt.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enable users deprovision was turned off: its Remove Action &quot;Disable&quot; needs Enable users disable. Turn deprovisioning on again to deprovision by deleting.</source>
        <translation>„Benutzer-Deprovisionierung aktivieren“ wurde ausgeschaltet: Die Entfernungsaktion „Deaktivieren“ erfordert „Benutzerdeaktivierung aktivieren“. Schalten Sie die Deprovisionierung wieder ein, um durch Löschen zu deprovisionieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable users disable was turned off: it needs Enable users updation.</source>
        <translation>„Benutzerdeaktivierung aktivieren“ wurde ausgeschaltet: Es erfordert „Benutzeraktualisierung aktivieren“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Disable keeps the user&apos;s data in Zoom and can be undone; Delete cannot.</source>
        <translation>„Deaktivieren“ behält die Daten des Benutzers in Zoom und kann rückgängig gemacht werden; „Löschen“ nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Action is only available with Enable users disable; without it, deprovisioned users are deleted.</source>
        <translation>Die Entfernungsaktion ist nur mit „Benutzerdeaktivierung aktivieren“ verfügbar; ohne diese Option werden deprovisionierte Benutzer gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete removes users from Zoom permanently, with their meetings, webinars, cloud recordings and settings; it cannot be undone. Disable is reversible: it signs the user out and frees the license, and everything is kept for a later re-activation.</source>
        <translation>„Löschen“ entfernt Benutzer dauerhaft aus Zoom, samt ihren Meetings, Webinaren, Cloud-Aufzeichnungen und Einstellungen; dies kann nicht rückgängig gemacht werden. „Deaktivieren“ ist umkehrbar: Der Benutzer wird abgemeldet, die Lizenz wird frei, und alles bleibt für eine spätere Reaktivierung erhalten.</translation>
    </message>
</context>
<context>
    <name>pd::UserActionsPage</name>
    <message>
        <location filename="../ui/wizard/UserActionsPage.cpp" line="+16"/>
        <source>User actions</source>
        <translation>Benutzeraktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what ProvisionDesk may change in Zoom.</source>
        <translation>Wählen Sie, was ProvisionDesk in Zoom ändern darf.</translation>
    </message>
</context>
<context>
    <name>pd::UserFilter</name>
    <message>
        <location filename="../app/directory/UserFilter.cpp" line="+93"/>
        <source>matches none of: %1</source>
        <translation>passt zu keiner der Bedingungen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not %1 (no value)</source>
        <translation>nicht %1 (kein Wert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not %1 (value &quot;%2&quot;)</source>
        <translation>nicht %1 (Wert „%2“)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+33"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&quot;%1.match&quot; must be &quot;all&quot; or &quot;any&quot;</source>
        <translation>„%1.match“ muss &quot;all&quot; oder &quot;any&quot; sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1.conditions&quot; must be a list</source>
        <translation>„%1.conditions“ muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1.attribute&quot; must name an attribute</source>
        <translation>„%1.attribute“ muss ein Attribut nennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1.operator&quot; must be one of %2</source>
        <translation>„%1.operator“ muss einer der folgenden sein: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1.value&quot; must be a string</source>
        <translation>„%1.value“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1.value&quot; has no meaning for &quot;%2&quot;</source>
        <translation>„%1.value“ hat für „%2“ keine Bedeutung</translation>
    </message>
</context>
<context>
    <name>pd::UserFilterEditor</name>
    <message>
        <location filename="../ui/rule/UserFilterEditor.cpp" line="+31"/>
        <source>All of these conditions (and)</source>
        <translation>Alle diese Bedingungen (und)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any of these conditions (or)</source>
        <translation>Eine dieser Bedingungen (oder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people who match the filter are provisioned. With no condition, everyone in the source is. Comparisons ignore case; on multi-valued attributes any value counts. @disabled and @key can be used as attributes too.</source>
        <translation>Nur Personen, die dem Filter entsprechen, werden bereitgestellt. Ohne Bedingung werden alle in der Quelle bereitgestellt. Vergleiche ignorieren die Groß-/Kleinschreibung; bei mehrwertigen Attributen zählt jeder Wert. @disabled und @key können ebenfalls als Attribute verwendet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provision people who &amp;match</source>
        <translation>Personen bereitstellen, die &amp;zutreffen auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add condition</source>
        <translation>Bedingung &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Condition %1 names no attribute.</source>
        <translation>Bedingung %1 nennt kein Attribut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone in the source is in scope.</source>
        <translation>Alle Personen in der Quelle sind im Bereich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope: people whose %1.</source>
        <translation>Im Bereich: Personen, deren %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This filter also has %n nested group(s) from the connection file; they are kept as they are.</source>
        <translation>
            <numerusform>Dieser Filter enthält außerdem %n verschachtelte Gruppe aus der Verbindungsdatei; sie wird unverändert beibehalten.</numerusform>
            <numerusform>Dieser Filter enthält außerdem %n verschachtelte Gruppen aus der Verbindungsdatei; sie werden unverändert beibehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::UserTimelinePanel</name>
    <message>
        <location filename="../ui/history/UserTimelinePanel.cpp" line="+32"/>
        <source>Pro&amp;vision now</source>
        <translation>Jetzt &amp;bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user&apos;s events</source>
        <translation>Ereignisse des Benutzers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username (email) or source key</source>
        <translation>Benutzername (E-Mail) oder Quellschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provision now</source>
        <translation>Jetzt bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Every change ProvisionDesk made to one user, in every run and connection.</source>
        <translation>Jede Änderung, die ProvisionDesk an einem Benutzer vorgenommen hat, über alle Läufe und Verbindungen.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Sync %1 (source key %2) of &quot;%3&quot; now, and nobody else.</source>
        <translation>%1 (Quellschlüssel %2) von „%3“ jetzt synchronisieren, und niemanden sonst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a user&apos;s history first; the selected event (else the newest) says which connection and source key to sync.</source>
        <translation>Zeigen Sie zuerst den Verlauf eines Benutzers an; das ausgewählte Ereignis (sonst das neueste) bestimmt, welche Verbindung und welcher Quellschlüssel synchronisiert werden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No history for &quot;%1&quot;. Check the spelling, or try the source key.</source>
        <translation>Kein Verlauf für „%1“. Prüfen Sie die Schreibweise oder versuchen Sie es mit dem Quellschlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of %1: %2 of %3 events, newest first</source>
        <translation>Verlauf von %1: %2 von %3 Ereignissen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of %1: %2 events, newest first</source>
        <translation>Verlauf von %1: %2 Ereignisse, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>pd::WizardStepList</name>
    <message>
        <location filename="../ui/wizard/WizardStepList.cpp" line="+14"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Step %1 of %2: %3, current</source>
        <translation>Schritt %1 von %2: %3, aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>pd::ZoomAppHelpPanel</name>
    <message>
        <location filename="../ui/widgets/ZoomAppHelpPanel.cpp" line="+9"/>
        <source>Help: creating the Zoom Server-to-Server OAuth app</source>
        <translation>Hilfe: Zoom Server-to-Server-OAuth-App erstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the app in Zoom</source>
        <translation>App in Zoom erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You need a Zoom Owner or Admin account; SCIM needs a Business or Education account with an approved vanity URL and single sign-on enabled.</source>
        <translation>Sie benötigen ein Zoom-Konto mit der Rolle Inhaber oder Administrator; SCIM erfordert ein Business- oder Education-Konto mit genehmigter Vanity-URL und aktiviertem Single Sign-On.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to the &lt;a href=&quot;https://marketplace.zoom.us/&quot;&gt;Zoom App Marketplace&lt;/a&gt; as an administrator.</source>
        <translation>Melden Sie sich als Administrator beim &lt;a href=&quot;https://marketplace.zoom.us/&quot;&gt;Zoom App Marketplace&lt;/a&gt; an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click &lt;b&gt;Develop&lt;/b&gt;, then &lt;b&gt;Build App&lt;/b&gt;.</source>
        <translation>Klicken Sie auf &lt;b&gt;Develop&lt;/b&gt; und dann auf &lt;b&gt;Build App&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &lt;b&gt;Server-to-Server OAuth&lt;/b&gt; tile, click &lt;b&gt;Create&lt;/b&gt;, enter an app name and click &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>Klicken Sie auf der Kachel &lt;b&gt;Server-to-Server OAuth&lt;/b&gt; auf &lt;b&gt;Create&lt;/b&gt;, geben Sie einen App-Namen ein und klicken Sie auf &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the &lt;b&gt;Account ID&lt;/b&gt;, &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; from the &lt;b&gt;App credentials&lt;/b&gt; tab into this form.</source>
        <translation>Kopieren Sie &lt;b&gt;Account ID&lt;/b&gt;, &lt;b&gt;Client ID&lt;/b&gt; und &lt;b&gt;Client Secret&lt;/b&gt; von der Registerkarte &lt;b&gt;App credentials&lt;/b&gt; in dieses Formular.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Information&lt;/b&gt; tab, enter a short description, the company name and the developer contact; click &lt;b&gt;Continue&lt;/b&gt;.</source>
        <translation>Geben Sie auf der Registerkarte &lt;b&gt;Information&lt;/b&gt; eine kurze Beschreibung, den Firmennamen und den Entwicklerkontakt ein; klicken Sie auf &lt;b&gt;Continue&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Scopes&lt;/b&gt; tab, click &lt;b&gt;Add Scopes&lt;/b&gt; and add the scopes below.</source>
        <translation>Klicken Sie auf der Registerkarte &lt;b&gt;Scopes&lt;/b&gt; auf &lt;b&gt;Add Scopes&lt;/b&gt; und fügen Sie die unten aufgeführten Scopes hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click &lt;b&gt;Done&lt;/b&gt;, &lt;b&gt;Continue&lt;/b&gt;, then &lt;b&gt;Activate your app&lt;/b&gt; on the &lt;b&gt;Activation&lt;/b&gt; page.</source>
        <translation>Klicken Sie auf &lt;b&gt;Done&lt;/b&gt;, &lt;b&gt;Continue&lt;/b&gt; und dann auf der Seite &lt;b&gt;Activation&lt;/b&gt; auf &lt;b&gt;Activate your app&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call Zoom SCIM2 API</source>
        <translation>Call Zoom SCIM2 API (Zoom-SCIM2-API aufrufen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View and manage sub account&apos;s user information</source>
        <translation>View and manage sub account&apos;s user information (Benutzerinformationen von Unterkonten anzeigen und verwalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View all user information</source>
        <translation>View all user information (alle Benutzerinformationen anzeigen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View users information and manage users</source>
        <translation>View users information and manage users (Benutzerinformationen anzeigen und Benutzer verwalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View and manage sub accounts</source>
        <translation>View and manage sub accounts (Unterkonten anzeigen und verwalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View account info</source>
        <translation>View account info (Kontoinformationen anzeigen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View and manage account info</source>
        <translation>View and manage account info (Kontoinformationen anzeigen und verwalten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apps with granular scopes need &lt;tt&gt;scim2:admin&lt;/tt&gt; instead of &lt;tt&gt;scim2&lt;/tt&gt;. Zoom&apos;s older JWT app type is deprecated; use a Server-to-Server OAuth app.</source>
        <translation>Apps mit granularen Scopes benötigen &lt;tt&gt;scim2:admin&lt;/tt&gt; statt &lt;tt&gt;scim2&lt;/tt&gt;. Zooms älterer JWT-App-Typ ist veraltet; verwenden Sie eine Server-to-Server-OAuth-App.</translation>
    </message>
</context>
<context>
    <name>pd::ZoomConnectionTester</name>
    <message>
        <location filename="../app/scim/ZoomConnectionTester.cpp" line="+32"/>
        <source>The token URL</source>
        <translation>Die Token-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SCIM URL</source>
        <translation>Die SCIM-URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account ID is empty.</source>
        <translation>Die Account ID ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client ID is empty.</source>
        <translation>Die Client ID ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the connection&apos;s settings; the Zoom app&apos;s App Credentials page shows the account ID and client ID.</source>
        <translation>Korrigieren Sie die Einstellungen der Verbindung; die Seite „App Credentials“ der Zoom-App zeigt Account ID und Client ID.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client secret is available for this connection.</source>
        <translation>Für diese Verbindung ist kein Client-Secret verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client secret from the Zoom app&apos;s App Credentials page.</source>
        <translation>Geben Sie das Client Secret von der Seite „App Credentials“ der Zoom-App ein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Zoom issued an access token and the SCIM API answered: %n user(s) in the account.</source>
        <translation>
            <numerusform>Zoom hat ein Zugriffstoken ausgestellt, und die SCIM-API hat geantwortet: %n Benutzer im Konto.</numerusform>
            <numerusform>Zoom hat ein Zugriffstoken ausgestellt, und die SCIM-API hat geantwortet: %n Benutzer im Konto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom issued an access token and the SCIM API answered.</source>
        <translation>Zoom hat ein Zugriffstoken ausgestellt, und die SCIM-API hat geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token scope: %1; %2 ms</source>
        <translation>Token-Scope: %1; %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not stated)</source>
        <translation>(nicht angegeben)</translation>
    </message>
</context>
<context>
    <name>pd::ZoomUserMapper</name>
    <message>
        <location filename="../app/directory/ZoomUserMapper.cpp" line="+140"/>
        <source>%1 has %2 values; the first, &quot;%3&quot;, is used</source>
        <translation>%1 hat %2 Werte; der erste, „%3“, wird verwendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2; it is not sent</source>
        <translation>%1: %2; wird nicht gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no value; every Zoom user needs an email address as username</source>
        <translation>kein Wert; jeder Zoom-Benutzer braucht eine E-Mail-Adresse als Benutzernamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email &quot;%1&quot; differs from Username &quot;%2&quot;: Zoom uses the username when it creates the user and the email when it updates one.</source>
        <translation>E-Mail „%1“ unterscheidet sich vom Benutzernamen „%2“: Zoom verwendet beim Erstellen des Benutzers den Benutzernamen und beim Aktualisieren die E-Mail.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no value; expected true or false</source>
        <translation>kein Wert; true oder false erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
</context>
<context>
    <name>pd::ZoomValues</name>
    <message>
        <location filename="../app/directory/ZoomValues.cpp" line="+52"/>
        <source>&quot;%1&quot; has an extension; Zoom takes the number only</source>
        <translation>„%1“ hat eine Durchwahl; Zoom übernimmt nur die Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>„%1“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; has no country code; write it as +1 512 555 0123 or set a default country code</source>
        <translation>„%1“ hat keine Ländervorwahl; schreiben Sie sie als +1 512 555 0123 oder legen Sie eine Standard-Ländervorwahl fest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; does not start with a country code</source>
        <translation>„%1“ beginnt nicht mit einer Ländervorwahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; does not have the length of a phone number</source>
        <translation>„%1“ hat nicht die Länge einer Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a North American number: +1 needs 10 more digits</source>
        <translation>„%1“ ist keine nordamerikanische Nummer: +1 erfordert 10 weitere Ziffern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a Zoom user type; use Basic, Licensed or On-Prem (Pro and Corp are accepted)</source>
        <translation>„%1“ ist kein Zoom-Benutzertyp; verwenden Sie Basic, Licensed oder On-Prem (Pro und Corp werden akzeptiert)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a locale; use a language and country such as en-US or de-DE</source>
        <translation>„%1“ ist kein Gebietsschema; verwenden Sie Sprache und Land, etwa en-US oder de-DE</translation>
    </message>
</context>
<context>
    <name>pd::expression::Parser</name>
    <message>
        <location filename="../app/directory/ExpressionParser.cpp" line="+38"/>
        <source>unexpected %1; join parts with +</source>
        <translation>unerwartet: %1; verbinden Sie Teile mit +</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>end of the expression</source>
        <translation>Ende des Ausdrucks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text &apos;%1&apos;</source>
        <translation>Text &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attribute &quot;%1&quot;</source>
        <translation>Attribut „%1“</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>unknown escape \%1 (use \\, \&apos;, \&quot;, \n or \t)</source>
        <translation>unbekannte Escape-Sequenz \%1 (verwenden Sie \\, \&apos;, \&quot;, \n oder \t)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text that starts here is missing its closing %1</source>
        <translation>dem hier beginnenden Text fehlt das schließende %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the attribute name that starts here is missing its closing }</source>
        <translation>dem hier beginnenden Attributnamen fehlt die schließende }</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{} names no attribute</source>
        <translation>{} nennt kein Attribut</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>put numbers in quotes: &apos;%1&apos;</source>
        <translation>setzen Sie Zahlen in Anführungszeichen: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the expression is nested too deeply</source>
        <translation>der Ausdruck ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unknown @%1 (known: @key, @enabled, @disabled)</source>
        <translation>unbekanntes @%1 (bekannt: @key, @enabled, @disabled)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected ) to close the ( at column %1</source>
        <translation>) erwartet, um die ( in Spalte %1 zu schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>else =&gt; ... belongs inside map()</source>
        <translation>else =&gt; ... gehört in map()</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an attribute, &apos;text&apos; or a function, found %1</source>
        <translation>Attribut, &apos;Text&apos; oder Funktion erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, found %1</source>
        <translation>, gefunden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown function %1() (known: %2)</source>
        <translation>unbekannte Funktion %1() (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected , or ) in %1()</source>
        <translation>, oder ) erwartet in %1()</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1() takes %2 arguments, not %3</source>
        <translation>%1() erwartet %2 Argumente, nicht %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>map() needs at least one &apos;from&apos; =&gt; &apos;to&apos; pair</source>
        <translation>map() benötigt mindestens ein Paar &apos;von&apos; =&gt; &apos;nach&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace() needs text to look for</source>
        <translation>replace() benötigt den zu suchenden Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>map() pairs look like &apos;from&apos; =&gt; &apos;to&apos; (or else =&gt; &apos;to&apos;), found %1</source>
        <translation>map()-Paare sehen aus wie &apos;von&apos; =&gt; &apos;nach&apos; (oder else =&gt; &apos;nach&apos;), gefunden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>map() has two else =&gt; parts</source>
        <translation>map() hat zwei else =&gt;-Teile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected =&gt; after %1</source>
        <translation>=&gt; erwartet nach %1</translation>
    </message>
</context>
</TS>
