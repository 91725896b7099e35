<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+9"/>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 names the environment variable %2, which is unset or empty.</source>
        <translation>--%1 désigne la variable d&apos;environnement %2, qui n&apos;est pas définie ou est vide.</translation>
    </message>
</context>
<context>
    <name>ConnectionHealth</name>
    <message>
        <location filename="../app/history/ConnectionHealth.cpp" line="+75"/>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The connection is enabled but its last connection test failed: %1</source>
        <translation>La connexion est activée, mais son dernier test de connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason recorded</source>
        <translation>aucune raison enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection is enabled but has not passed a connection test.</source>
        <translation>La connexion est activée, mais n&apos;a réussi aucun test de connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No client secret is stored in the keychain: syncs cannot sign in. Edit the connection and enter the secret again.</source>
        <translation>Aucun secret client n&apos;est enregistré dans le trousseau&#xa0;: les synchronisations ne peuvent pas se connecter. Modifiez la connexion et saisissez de nouveau le secret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last sync (run %1, %2)</source>
        <translation>La dernière synchronisation (exécution %1, %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed%2</source>
        <translation>%1 a échoué%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 partly failed: %n user(s) failed.</source>
        <translation>
            <numerusform>%1 a partiellement échoué&#xa0;: %n utilisateur a échoué.</numerusform>
            <numerusform>%1 a partiellement échoué&#xa0;: %n utilisateurs ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was interrupted before it finished; the next sync continues from there.</source>
        <translation>%1 a été interrompue avant la fin&#xa0;; la prochaine synchronisation reprendra à partir de là.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removals have been held for approval since %1 (run %2), more than a day: review and approve them, or fix the source.</source>
        <translation>Des suppressions sont en attente d&apos;approbation depuis %1 (exécution %2), soit plus d&apos;un jour&#xa0;: vérifiez-les et approuvez-les, ou corrigez la source.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No successful sync for %1 hours (since %2; the limit is %3 hours).</source>
        <translation>Aucune synchronisation réussie depuis %1 heures (depuis %2&#xa0;; la limite est de %3 heures).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No successful sync yet, %1 hours after the connection was created (the limit is %2 hours).</source>
        <translation>Aucune synchronisation réussie pour l&apos;instant, %1 heures après la création de la connexion (la limite est de %2 heures).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disabled: not checked.</source>
        <translation>Désactivée&#xa0;: non vérifiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last sync (run %1, %2) ended: %3.</source>
        <translation>La dernière synchronisation (exécution %1, %2) s&apos;est terminée&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisée.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/directory/CsvReader.cpp" line="+147"/>
        <source>the quoted field that starts on line %1 is never closed</source>
        <translation>le champ entre guillemets qui commence à la ligne %1 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unexpected text after a closing quote in field %1</source>
        <translation>texte inattendu après un guillemet fermant dans le champ %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the row is not valid UTF-8 (save the file as &quot;CSV UTF-8&quot;)</source>
        <translation>la ligne n&apos;est pas en UTF-8 valide (enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../ui/common/DisplayText.cpp" line="+11"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested</source>
        <translation>Non testée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OAuth Bearer Token</source>
        <translation>Jeton porteur OAuth (Bearer Token)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable users creation: %1</source>
        <translation>Activer la création des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users updation: %1</source>
        <translation>Activer la mise à jour des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users disable: %1</source>
        <translation>Activer la désactivation des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users deprovision: %1</source>
        <translation>Activer le déprovisionnement des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Action: %1</source>
        <translation>Action de suppression&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovision on rule deletion: %1</source>
        <translation>Déprovisionner à la suppression de la règle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Not tested yet</source>
        <translation>Pas encore testée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, tested %2</source>
        <translation>%1, testée %2</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../app/history/AttributeChange.cpp" line="+55"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../app/history/CsvCodec.cpp" line="+101"/>
        <source>the file ends inside a quoted field</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;un champ entre guillemets</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>text after a closing quote</source>
        <translation>texte après un guillemet fermant</translation>
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
        <translation>La règle sortante ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source could not be read: %1 %2</source>
        <translation>La source n&apos;a pas pu être lue&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cannot read which users this connection manages: %1</source>
        <translation>Impossible de lire quels utilisateurs cette connexion gère&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>This edit would create %1, update %2, disable %3, remove %4.</source>
        <translation>Cette modification créerait %1, mettrait à jour %2, désactiverait %3 et supprimerait %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No longer planned: %1.</source>
        <translation>N&apos;est plus prévu&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The removal guard would hold %n of them for approval.</source>
        <translation>
            <numerusform>Le garde-fou de suppression en retiendrait %n pour approbation.</numerusform>
            <numerusform>Le garde-fou de suppression en retiendrait %n pour approbation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../app/core/MemorySecretStore.cpp" line="+10"/>
        <source>memory, for this session only</source>
        <translation>mémoire, pour cette session uniquement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No keychain is available on this computer.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain is locked.</source>
        <translation>Le trousseau est verrouillé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No secret is stored for this connection.</source>
        <translation>Aucun secret n&apos;est enregistré pour cette connexion.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/core/Migrations.cpp" line="+167"/>
        <source>the database was written by a newer ProvisionDesk (schema %1, this build knows up to %2). Update ProvisionDesk.</source>
        <translation>la base de données a été écrite par une version plus récente de ProvisionDesk (schéma %1&#xa0;; cette version connaît jusqu&apos;au schéma %2). Mettez à jour ProvisionDesk.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <location filename="../app/scim/OAuthTokenSource.cpp" line="+93"/>
        <source>the answer holds no access_token</source>
        <translation>la réponse ne contient pas d&apos;access_token</translation>
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
        <translation>%1 requêtes/seconde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an unlimited rate</source>
        <translation>un débit illimité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection&apos;s rate (%1) is above what Zoom allows: %2 requests/second for SCIM (&quot;Medium&quot; on Business plans; older Zoom documents say %3 per endpoint, so the real limit is uncertain). Expect 429 answers and waits; lower the rate in the connection.</source>
        <translation>Le débit de la connexion (%1) dépasse ce que Zoom autorise&#xa0;: %2 requêtes/seconde pour SCIM («&#xa0;Medium&#xa0;» sur les forfaits Business&#xa0;; d&apos;anciens documents Zoom indiquent %3 par point de terminaison, la limite réelle est donc incertaine). Attendez-vous à des réponses 429 et à des attentes&#xa0;; réduisez le débit dans la connexion.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Adopted (already in Zoom): %1</source>
        <translation>Adoptés (déjà dans Zoom)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created: %1</source>
        <translation>Créés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left alone (in Zoom, not in the source): unknown until Zoom is listed (first sync or full resync)</source>
        <translation>Laissés tels quels (dans Zoom, absents de la source)&#xa0;: inconnu tant que Zoom n&apos;a pas été listé (première synchronisation ou resynchronisation complète)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left alone (in Zoom, not in the source): %1</source>
        <translation>Laissés tels quels (dans Zoom, absents de la source)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive accounts to reactivate: %1</source>
        <translation>Comptes inactifs à réactiver&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Admins and owners Zoom will not deactivate: %1</source>
        <translation>Administrateurs et propriétaires que Zoom ne désactivera pas&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usernames claimed by two or more people: %1</source>
        <translation>Noms d&apos;utilisateur revendiqués par deux personnes ou plus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usernames differing only in case: %1</source>
        <translation>Noms d&apos;utilisateur ne différant que par la casse&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Estimated duration: about %1 (%n request(s) at %2/s, %3 at a time; an estimate)</source>
        <translation>
            <numerusform>Durée estimée&#xa0;: environ %1 (%n requête à %2/s, %3 à la fois&#xa0;; une estimation)</numerusform>
            <numerusform>Durée estimée&#xa0;: environ %1 (%n requêtes à %2/s, %3 à la fois&#xa0;; une estimation)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightConfirm</name>
    <message>
        <location filename="../ui/sync/PreflightConfirm.cpp" line="+22"/>
        <source>First Sync — %1</source>
        <translation>Première synchronisation — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first sync of &quot;%1&quot;. The dry run forecasts:</source>
        <translation>Il s&apos;agit de la première synchronisation de «&#xa0;%1&#xa0;». La simulation prévoit&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue Sync</source>
        <translation>&amp;Continuer la synchronisation</translation>
    </message>
</context>
<context>
    <name>RemovalGuardPolicy</name>
    <message>
        <location filename="../app/sync/RemovalGuardPolicy.cpp" line="+53"/>
        <source>Held: the source returned no users in scope; a truncated export or a wrong filter must not remove all %1 managed users. Check the source, or approve to apply.</source>
        <translation>Retenu&#xa0;: la source n&apos;a renvoyé aucun utilisateur dans le périmètre&#xa0;; un export tronqué ou un filtre erroné ne doit pas supprimer les %1 utilisateurs gérés. Vérifiez la source, ou approuvez pour appliquer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held by the removal guard: this run would remove or disable %1 of %2 managed users (more than %3). Approve to apply.</source>
        <translation>Retenu par le garde-fou de suppression&#xa0;: cette exécution supprimerait ou désactiverait %1 des %2 utilisateurs gérés (plus de %3). Approuvez pour appliquer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held: the source had unreadable entries, so this user may only look removed. Approve to apply.</source>
        <translation>Retenu&#xa0;: la source contenait des entrées illisibles, cet utilisateur ne semble donc peut-être supprimé qu&apos;en apparence. Approuvez pour appliquer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The approval of %1 (Zoom ID %2) no longer matches: it is no longer planned the same way; review again.</source>
        <translation>L&apos;approbation de %1 (ID Zoom %2) ne correspond plus&#xa0;: ce changement n&apos;est plus prévu de la même façon&#xa0;; vérifiez de nouveau.</translation>
    </message>
</context>
<context>
    <name>RunConclusion</name>
    <message>
        <location filename="../app/sync/RunConclusion.cpp" line="+14"/>
        <source>later</source>
        <translation>plus tard</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Zoom&apos;s %1 stopped the run after %n change(s); nothing more was sent. Sync again after %2: the next run continues from here.</source>
        <translation>
            <numerusform>La %1 de Zoom a arrêté l’exécution après %n modification ; rien d’autre n’a été envoyé. Synchronisez à nouveau après %2 : la prochaine exécution reprendra ici.</numerusform>
            <numerusform>La %1 de Zoom a arrêté l’exécution après %n modifications ; rien d’autre n’a été envoyé. Synchronisez à nouveau après %2 : la prochaine exécution reprendra ici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily request limit</source>
        <translation>limite quotidienne de requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limit (Retry-After too long)</source>
        <translation>limite de débit (Retry-After trop long)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped by request after %n change(s); the next sync continues from here.</source>
        <translation>
            <numerusform>Arrêté à la demande après %n modification&#xa0;; la prochaine synchronisation reprendra à partir d&apos;ici.</numerusform>
            <numerusform>Arrêté à la demande après %n modifications&#xa0;; la prochaine synchronisation reprendra à partir d&apos;ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) applied</source>
        <translation>
            <numerusform>%n modification appliquée</numerusform>
            <numerusform>%n modifications appliquées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2; %3</source>
        <translation>%1, %2 ; %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removal(s) held for approval.</source>
        <translation>
            <numerusform>%n suppression retenue en attente d’approbation.</numerusform>
            <numerusform>%n suppressions retenues en attente d’approbation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n user(s) failed (see the log and history).</source>
        <translation>
            <numerusform>%n utilisateur en échec (voir le journal et l’historique).</numerusform>
            <numerusform>%n utilisateurs en échec (voir le journal et l’historique).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n modification appliquée.</numerusform>
            <numerusform>%n modifications appliquées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleSpec</name>
    <message>
        <location filename="../app/core/ScheduleSpec.cpp" line="+10"/>
        <source>Use 15m, 1h, 2h30m (at least %1 minutes, at most 24 hours) or daily@HH:MM.</source>
        <translation>Utilisez 15m, 1h, 2h30m (au moins %1 minutes, au plus 24 heures) ou daily@HH:MM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a time of day (00:00 to 23:59). %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure de la journée (00:00 à 23:59). %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a schedule. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une planification. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: the minutes after the hours must be below 60. %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les minutes après les heures doivent être inférieures à 60. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is too often: syncs must be at least %2 minutes apart. %3</source>
        <translation>«&#xa0;%1&#xa0;» est trop fréquent&#xa0;: les synchronisations doivent être espacées d&apos;au moins %2 minutes. %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is longer than a day: use daily@HH:MM. %2</source>
        <translation>«&#xa0;%1&#xa0;» dépasse une journée&#xa0;: utilisez daily@HH:MM. %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>every day at %1</source>
        <translation>tous les jours à %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>toutes les %n minute</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>toutes les %n heure</numerusform>
            <numerusform>toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 h %2 min</source>
        <translation>toutes les %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ScheduleUnits</name>
    <message>
        <location filename="../app/core/ScheduleUnits.cpp" line="+282"/>
        <source>A schedule needs a valid interval, a connection name and the CLI&apos;s path.</source>
        <translation>Une planification nécessite un intervalle valide, un nom de connexion et le chemin de la CLI.</translation>
    </message>
</context>
<context>
    <name>SecretBinding</name>
    <message>
        <location filename="../app/core/SecretBinding.cpp" line="+90"/>
        <source>the OAuth Token URL</source>
        <translation>l&apos;URL de jeton OAuth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SCIM host</source>
        <translation>l&apos;hôte SCIM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the OAuth Account ID</source>
        <translation>l&apos;ID de compte OAuth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the OAuth Client ID</source>
        <translation>l&apos;ID client OAuth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the LDAP URL</source>
        <translation>l&apos;URL LDAP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bind DN</source>
        <translation>le DN de liaison</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The LDAP bind password of &quot;%1&quot; was removed from the keychain because %2 changed: a password is only sent to the directory it was entered for. Enter the password again before the next sync.</source>
        <translation>Le mot de passe de liaison LDAP de «&#xa0;%1&#xa0;» a été retiré du trousseau, car %2 a changé&#xa0;: un mot de passe n&apos;est envoyé qu&apos;à l&apos;annuaire pour lequel il a été saisi. Saisissez de nouveau le mot de passe avant la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client secret of &quot;%1&quot; was removed from the keychain because %2 changed: a secret is only sent to the endpoint it was entered for. Enter the client secret again, then test the connection.</source>
        <translation>Le secret client de «&#xa0;%1&#xa0;» a été retiré du trousseau, car %2 a changé&#xa0;: un secret n&apos;est envoyé qu&apos;au point de terminaison pour lequel il a été saisi. Saisissez de nouveau le secret client, puis testez la connexion.</translation>
    </message>
</context>
<context>
    <name>SyncLogLine</name>
    <message>
        <location filename="../app/sync/SyncLogLine.cpp" line="+11"/>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <location filename="../app/sync/SyncPlanner.cpp" line="+324"/>
        <source>Not provisioned: %1</source>
        <translation>Non provisionné&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than one source user maps to the Zoom username %1; make it unique in the source.</source>
        <translation>Plusieurs utilisateurs de la source correspondent au nom d&apos;utilisateur Zoom %1&#xa0;; rendez-le unique dans la source.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../app/sync/SyncLogLine.cpp" line="+7"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the source</source>
        <translation>Lecture de la source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing Zoom users</source>
        <translation>Liste des utilisateurs Zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying changes</source>
        <translation>Application des modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
</context>
<context>
    <name>UndoPlanner</name>
    <message>
        <location filename="../app/sync/UndoPlanner.cpp" line="+22"/>
        <source>It failed in that run: nothing was changed.</source>
        <translation>Il a échoué lors de cette exécution&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was held for approval in that run: nothing was changed.</source>
        <translation>Il était en attente d&apos;approbation lors de cette exécution&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was only planned: nothing was changed.</source>
        <translation>Il était seulement prévu&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was skipped in that run: nothing was changed.</source>
        <translation>Il a été ignoré lors de cette exécution&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changed again by run %1; not undone.</source>
        <translation>Modifié de nouveau par l&apos;exécution %1&#xa0;; non annulé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account was deleted in Zoom; a deleted account cannot be brought back.</source>
        <translation>Le compte a été supprimé dans Zoom&#xa0;; un compte supprimé ne peut pas être restauré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No longer linked to a Zoom account (deleted there or forgotten); nothing to undo.</source>
        <translation>N&apos;est plus lié à un compte Zoom (supprimé dans Zoom ou oublié)&#xa0;; rien à annuler.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo of run %1.</source>
        <translation>Annulation de l&apos;exécution %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing to reverse: that run changed no attribute Zoom keeps.</source>
        <translation>Rien à annuler&#xa0;: cette exécution n&apos;a modifié aucun attribut conservé par Zoom.</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <location filename="../app/directory/UserFilter.cpp" line="+35"/>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>n&apos;est pas égal à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is present</source>
        <translation>est présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is absent</source>
        <translation>est absent</translation>
    </message>
</context>
<context>
    <name>UserSource</name>
    <message>
        <location filename="../app/directory/UserSource.cpp" line="+21"/>
        <source>no key value: the record was skipped</source>
        <translation>aucune valeur de clé&#xa0;: l&apos;enregistrement a été ignoré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate key &quot;%1&quot; (first used at %2): the record was skipped</source>
        <translation>clé en double «&#xa0;%1&#xa0;» (utilisée d&apos;abord à %2)&#xa0;: l&apos;enregistrement a été ignoré</translation>
    </message>
</context>
<context>
    <name>ZoomAttribute</name>
    <message>
        <location filename="../app/directory/ZoomAttribute.cpp" line="+16"/>
        <source>The user&apos;s unique username and Zoom login. Required; must be an email address.</source>
        <translation>Nom d&apos;utilisateur unique et identifiant de connexion Zoom de l&apos;utilisateur. Obligatoire&#xa0;; doit être une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user&apos;s first name.</source>
        <translation>Prénom de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s last name.</source>
        <translation>Nom de famille de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s email address (work).</source>
        <translation>Adresse e-mail (professionnelle) de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s work phone, sent as +1 5125550123.</source>
        <translation>Téléphone professionnel de l&apos;utilisateur, envoyé au format +1 5125550123.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the Zoom account is active. By default, active unless the directory says disabled.</source>
        <translation>Indique si le compte Zoom est actif. Par défaut, actif sauf si l&apos;annuaire indique qu&apos;il est désactivé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic, Licensed or On-Prem (Pro and Corp are accepted as old names). Zoom is retiring this field.</source>
        <translation>Basic, Licensed ou On-Prem (Pro et Corp sont acceptés comme anciens noms). Zoom retire progressivement ce champ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles held by the user, such as Student or Engineer.</source>
        <translation>Rôles de l&apos;utilisateur, par exemple Student ou Engineer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user&apos;s title, such as Manager or CEO.</source>
        <translation>Fonction de l&apos;utilisateur, par exemple Manager ou CEO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s department or work group, such as Marketing.</source>
        <translation>Service ou groupe de travail de l&apos;utilisateur, par exemple Marketing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user&apos;s organization, typically a company or school.</source>
        <translation>Organisation de l&apos;utilisateur, généralement une entreprise ou une école.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user&apos;s locale for dates, times and numbers, such as en-US.</source>
        <translation>Paramètres régionaux de l&apos;utilisateur pour les dates, heures et nombres, par exemple en-US.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given Name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family Name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User Type</source>
        <translation>Type d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locale</source>
        <translation>Paramètres régionaux</translation>
    </message>
</context>
<context>
    <name>ZoomFailureClassifier</name>
    <message>
        <location filename="../app/scim/ZoomFailureClassifier.cpp" line="+23"/>
        <source>Zoom&apos;s answer: &quot;%1&quot;.</source>
        <translation>Réponse de Zoom&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the %1 in the connection&apos;s settings.</source>
        <translation>Corrigez %1 dans les paramètres de la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host &quot;%1&quot; in the %2 could not be found.</source>
        <translation>L&apos;hôte «&#xa0;%1&#xa0;» indiqué dans %2 est introuvable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the %1 for typos (Zoom&apos;s are https://zoom.us/oauth/token and https://api.zoom.us/scim2) and that this computer can resolve internet names (DNS, proxy settings).</source>
        <translation>Vérifiez que %1 ne contient pas de faute de frappe (celles de Zoom sont https://zoom.us/oauth/token et https://api.zoom.us/scim2) et que cet ordinateur peut résoudre les noms Internet (DNS, paramètres de proxy).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1 (the %2): the connection was refused or the network is unreachable.</source>
        <translation>Impossible de se connecter à %1 (%2)&#xa0;: la connexion a été refusée ou le réseau est inaccessible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the %1&apos;s host and port, and that the firewall or proxy lets this computer reach it over HTTPS.</source>
        <translation>Vérifiez l&apos;hôte et le port de %1, et que le pare-feu ou le proxy permet à cet ordinateur de l&apos;atteindre en HTTPS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 failed: its TLS certificate is not trusted or does not match.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: son certificat TLS n&apos;est pas approuvé ou ne correspond pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the %1 points to Zoom. If your network inspects HTTPS traffic, install its root certificate among the system&apos;s trusted certificates; ProvisionDesk never ignores certificate errors.</source>
        <translation>Vérifiez que %1 pointe vers Zoom. Si votre réseau inspecte le trafic HTTPS, installez son certificat racine parmi les certificats approuvés du système&#xa0;; ProvisionDesk n&apos;ignore jamais les erreurs de certificat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network and proxy, then test again; if Zoom is slow right now, try later.</source>
        <translation>Vérifiez le réseau et le proxy, puis testez de nouveau&#xa0;; si Zoom est lent en ce moment, réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and proxy settings, then test again.</source>
        <translation>Vérifiez la connexion réseau et les paramètres de proxy, puis testez de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 answered with a redirect to %2, which ProvisionDesk does not follow.</source>
        <translation>%1 a répondu par une redirection vers %2, que ProvisionDesk ne suit pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the final address as the %1 (Zoom&apos;s are https://zoom.us/oauth/token and https://api.zoom.us/scim2). A redirect to a sign-in page means a proxy or portal wants you to sign in first.</source>
        <translation>Saisissez l&apos;adresse finale comme %1 (celles de Zoom sont https://zoom.us/oauth/token et https://api.zoom.us/scim2). Une redirection vers une page de connexion signifie qu&apos;un proxy ou un portail vous demande d&apos;abord de vous connecter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom&apos;s daily API limit for this app is used up (HTTP 429).</source>
        <translation>La limite quotidienne d&apos;API de Zoom pour cette application est épuisée (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom asks to wait more than 5 minutes before the next request (HTTP 429).</source>
        <translation>Zoom demande d&apos;attendre plus de 5 minutes avant la prochaine requête (HTTP 429).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test again after %1 (UTC). Another tool using the same app shares its limits.</source>
        <translation>Testez de nouveau après %1 (UTC). Un autre outil utilisant la même application partage ses limites.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test again tomorrow. Another tool using the same app shares its limits.</source>
        <translation>Testez de nouveau demain. Un autre outil utilisant la même application partage ses limites.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom is rate-limiting requests from this app (HTTP 429).</source>
        <translation>Zoom limite le débit des requêtes de cette application (HTTP 429).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and test again. If it persists, another tool may be using up the same app&apos;s API limits.</source>
        <translation>Attendez une minute et testez de nouveau. Si le problème persiste, un autre outil épuise peut-être les limites d&apos;API de la même application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 answered with a web page or other non-JSON content (HTTP %2), not with Zoom&apos;s API.</source>
        <translation>%1 a répondu par une page web ou un autre contenu non JSON (HTTP %2), et non par l&apos;API de Zoom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the %1. A web page usually means a wrong address, or a proxy or captive portal between this computer and Zoom.</source>
        <translation>Vérifiez %1. Une page web signifie généralement une adresse erronée, ou un proxy ou un portail captif entre cet ordinateur et Zoom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom answered with a server error (HTTP %1), also after retrying.</source>
        <translation>Zoom a répondu par une erreur serveur (HTTP %1), même après de nouvelles tentatives.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problem is on Zoom&apos;s side or a proxy&apos;s: test again later and check https://status.zoom.us.</source>
        <translation>Le problème vient de Zoom ou d&apos;un proxy&#xa0;: testez de nouveau plus tard et consultez https://status.zoom.us.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token URL %1 does not exist (HTTP %2).</source>
        <translation>L&apos;URL de jeton %1 n&apos;existe pas (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use https://zoom.us/oauth/token as the token URL, with no query string.</source>
        <translation>Utilisez https://zoom.us/oauth/token comme URL de jeton, sans chaîne de requête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Zoom app is deactivated (Zoom code 4717).</source>
        <translation>L&apos;application Zoom est désactivée (code Zoom 4717).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Zoom App Marketplace, open Manage &gt; Created apps, select the Server-to-Server OAuth app and activate it (activation needs the Information page completed).</source>
        <translation>Dans le Zoom App Marketplace, ouvrez Manage &gt; Created apps, sélectionnez l&apos;application Server-to-Server OAuth et activez-la (l&apos;activation nécessite que la page Information soit remplie).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom refused the account_credentials grant.</source>
        <translation>Zoom a refusé l&apos;octroi account_credentials.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This usually means the Account ID, Client ID and Client Secret belong to a General (OAuth) app, not a Server-to-Server OAuth app. Create a Server-to-Server OAuth app in the Zoom App Marketplace and use its credentials.</source>
        <translation>Cela signifie généralement que l&apos;Account ID, le Client ID et le Client Secret appartiennent à une application General (OAuth), et non à une application Server-to-Server OAuth. Créez une application Server-to-Server OAuth dans le Zoom App Marketplace et utilisez ses identifiants.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom rejected the client ID or client secret.</source>
        <translation>Zoom a rejeté l&apos;ID client ou le secret client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID and Client Secret again from the app&apos;s App Credentials page in the Zoom App Marketplace; if the secret was regenerated, only the new one works.</source>
        <translation>Copiez de nouveau le Client ID et le Client Secret depuis la page App Credentials de l&apos;application dans le Zoom App Marketplace&#xa0;; si le secret a été régénéré, seul le nouveau fonctionne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom accepted the client ID and secret but not the account ID &quot;%1&quot;.</source>
        <translation>Zoom a accepté l&apos;ID client et le secret, mais pas l&apos;ID de compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the Account ID from the same app&apos;s App Credentials page.</source>
        <translation>Copiez l&apos;Account ID depuis la page App Credentials de la même application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token request failed: %1</source>
        <translation>La demande de jeton a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the token URL, account ID, client ID and client secret against the app&apos;s App Credentials page.</source>
        <translation>Comparez l&apos;URL de jeton, l&apos;ID de compte, l&apos;ID client et le secret client avec la page App Credentials de l&apos;application.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SCIM URL</source>
        <translation>URL SCIM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCIM URL %1 does not exist (HTTP %2).</source>
        <translation>L&apos;URL SCIM %1 n&apos;existe pas (HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use https://api.zoom.us/scim2 as the SCIM URL.</source>
        <translation>Utilisez https://api.zoom.us/scim2 comme URL SCIM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom rejected the access token it had just issued (HTTP 401), also after a new one.</source>
        <translation>Zoom a rejeté le jeton d&apos;accès qu&apos;il venait d&apos;émettre (HTTP 401), même après en avoir obtenu un nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program may be requesting tokens for the same app, which invalidates earlier ones: give ProvisionDesk its own Server-to-Server OAuth app, then test again.</source>
        <translation>Un autre programme demande peut-être des jetons pour la même application, ce qui invalide les précédents&#xa0;: donnez à ProvisionDesk sa propre application Server-to-Server OAuth, puis testez de nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app&apos;s access token does not include the SCIM scope (Zoom code 4711).</source>
        <translation>Le jeton d&apos;accès de l&apos;application n&apos;inclut pas l&apos;étendue SCIM (code Zoom 4711).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the app&apos;s Scopes page add &quot;scim2&quot; (granular: &quot;scim2:admin&quot;), save, reactivate the app if asked, and test again.</source>
        <translation>Sur la page Scopes de l&apos;application, ajoutez «&#xa0;scim2&#xa0;» (granulaire&#xa0;: «&#xa0;scim2:admin&#xa0;»), enregistrez, réactivez l&apos;application si cela vous est demandé, puis testez de nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Zoom account cannot use SCIM provisioning: %1</source>
        <translation>Le compte Zoom ne peut pas utiliser le provisionnement SCIM&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCIM needs a Business or Education plan, an approved vanity URL and Single Sign-On enabled. Ask the Zoom account owner to complete these (Admin &gt; Advanced &gt; Single Sign-On), then test again.</source>
        <translation>SCIM nécessite un forfait Business ou Education, une URL personnalisée (vanity URL) approuvée et l&apos;authentification unique (SSO) activée. Demandez au propriétaire du compte Zoom de les mettre en place (Admin &gt; Advanced &gt; Single Sign-On), puis testez de nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom refused access to the SCIM API (HTTP 403).</source>
        <translation>Zoom a refusé l&apos;accès à l&apos;API SCIM (HTTP 403).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app&apos;s creator must be an account Owner or Admin allowed to manage users: check Role Management in Zoom and the app&apos;s scopes.</source>
        <translation>Le créateur de l&apos;application doit être un propriétaire ou un administrateur du compte autorisé à gérer les utilisateurs&#xa0;: vérifiez la gestion des rôles dans Zoom et les étendues de l&apos;application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SCIM URL answered, but not with a SCIM user list.</source>
        <translation>L&apos;URL SCIM a répondu, mais pas avec une liste d&apos;utilisateurs SCIM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the SCIM URL is https://api.zoom.us/scim2.</source>
        <translation>Vérifiez que l&apos;URL SCIM est https://api.zoom.us/scim2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCIM API refused the request: %1</source>
        <translation>L&apos;API SCIM a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the SCIM URL and the app&apos;s scopes; the details show Zoom&apos;s own words.</source>
        <translation>Vérifiez l&apos;URL SCIM et les étendues de l&apos;application&#xa0;; les détails reprennent les termes exacts de Zoom.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+36"/>
        <source>Provisions users from a directory into Zoom.</source>
        <translation>Provisionne les utilisateurs d&apos;un annuaire dans Zoom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the database in DIR (default: $PROVISIONDESK_DATA_DIR, else the platform&apos;s application data folder).</source>
        <translation>Conserver la base de données dans DIR (par défaut&#xa0;: $PROVISIONDESK_DATA_DIR, sinon le dossier de données d&apos;application de la plateforme).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colours: dark, light or system (default: $PROVISIONDESK_PALETTE, else system).</source>
        <translation>Couleurs&#xa0;: dark, light ou system (par défaut&#xa0;: $PROVISIONDESK_PALETTE, sinon system).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--palette takes dark, light or system.</source>
        <translation>--palette accepte dark, light ou system.</translation>
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
        <translation>utilisation&#xa0;: connection import FILE [--secret-env VAR] [--source-secret-env VAR] [--impact [--json]]</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/SyncCommand.cpp" line="+64"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 n&apos;est pas un JSON valide&#xa0;: %2 à la position %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must hold one JSON object (see docs/connection-file.md).</source>
        <translation>%1 doit contenir un seul objet JSON (voir docs/connection-file.md).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not imported:
%2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Updated connection &quot;%1&quot;.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» mise à jour.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported connection &quot;%1&quot;.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» importée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass --secret-env VAR to &quot;connection import&quot; to store a new one, or to each test and sync.</source>
        <translation>Passez --secret-env VAR à «&#xa0;connection import&#xa0;» pour en enregistrer un nouveau, ou à chaque test et synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass --source-secret-env VAR to &quot;connection import&quot; to store a new one, or to each sync.</source>
        <translation>Passez --source-secret-env VAR à «&#xa0;connection import&#xa0;» pour en enregistrer un nouveau, ou à chaque synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client secret was stored; pass --secret-env VAR here or to each test and sync.</source>
        <translation>Aucun secret client n&apos;a été enregistré&#xa0;; passez --secret-env VAR ici ou à chaque test et synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection stays disabled until &quot;connection test&quot; passes.</source>
        <translation>La connexion reste désactivée tant que «&#xa0;connection test&#xa0;» n&apos;a pas réussi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no rule</source>
        <translation>aucune règle</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No connections. Create one in the app or with &quot;connection import FILE&quot;.</source>
        <translation>Aucune connexion. Créez-en une dans l&apos;application ou avec «&#xa0;connection import FILE&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last run %1 %2</source>
        <translation>dernière exécution %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never run</source>
        <translation>jamais exécutée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name exactly one connection</source>
        <translation>indiquez exactement une connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/SyncCommand.cpp" line="+154"/>
        <location filename="../app/cli/TestConnectionCommand.cpp" line="+71"/>
        <source>no connection is named &quot;%1&quot;</source>
        <translation>aucune connexion ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted connection &quot;%1&quot; and its secrets.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» et ses secrets supprimés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it has not passed a connection test since it was last changed</source>
        <translation>elle n’a réussi aucun test de connexion depuis sa dernière modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its last connection test failed (%1)</source>
        <translation>son dernier test de connexion a échoué (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; was not enabled: %2. Run &quot;connection test %1&quot; and fix what it reports first.</source>
        <translation>« %1 » n’a pas été activée : %2. Lancez d’abord « connection test %1 » et corrigez ce qu’il signale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is already enabled.</source>
        <translation>« %1 » est déjà activée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is already disabled.</source>
        <translation>« %1 » est déjà désactivée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; could not be changed: %2</source>
        <translation>« %1 » n’a pas pu être modifiée : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enabled &quot;%1&quot;: syncs may run.</source>
        <translation>« %1 » activée : les synchronisations peuvent s’exécuter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled &quot;%1&quot;: syncs are refused until it is enabled again.</source>
        <translation>« %1 » désactivée : les synchronisations sont refusées jusqu’à sa réactivation.</translation>
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
        <translation>simulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full</source>
        <translation>complète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incremental</source>
        <translation>incrémentielle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Users: Impacted %1, Success %2, Unsynced %3, Partially synced %4, Failed %5</source>
        <translation>Utilisateurs&#xa0;: impactés %1, réussis %2, non synchronisés %3, partiellement synchronisés %4, en échec %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no run %1 in the history</source>
        <translation>l&apos;historique ne contient pas d&apos;exécution %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1 of &quot;%2&quot;, started %3 from the %4, %5</source>
        <translation>Exécution %1 de «&#xa0;%2&#xa0;», démarrée %3 via %4, %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome: %1, finished %2 (%3)</source>
        <translation>Résultat&#xa0;: %1, terminée %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message: %1</source>
        <translation>Message&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1, updated %2, removed %3, failed %4; %5 events</source>
        <translation>Créés %1, mis à jour %2, supprimés %3, en échec %4&#xa0;; %5 événements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP requests: %1</source>
        <translation>Requêtes HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>SOURCE KEY</source>
        <translation>CLÉ SOURCE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>OPERATION</source>
        <translation>OPÉRATION</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
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
        <translation>DÉTAIL</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Showing %1 of %2 events; --limit 0 shows all.</source>
        <translation>Affichage de %1 événements sur %2&#xa0;; --limit 0 les affiche tous.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No history for &quot;%1&quot;.</source>
        <translation>Aucun historique pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of %1, newest first:</source>
        <translation>Historique de %1, les plus récents d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+54"/>
        <source>CONNECTION</source>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>RUN</source>
        <translation>EXÉCUTION</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Connection &quot;%1&quot;: last sync %2 (%3)</source>
        <translation>Connexion «&#xa0;%1&#xa0;»&#xa0;: dernière synchronisation %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no run yet</source>
        <translation>aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No runs in the history yet.</source>
        <translation>Aucune exécution dans l&apos;historique pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>STARTED</source>
        <translation>DÉMARRÉE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>CRÉÉS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATED</source>
        <translation>MIS À JOUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REMOVED</source>
        <translation>SUPPRIMÉS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>EN ÉCHEC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUESTS</source>
        <translation>REQUÊTES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 runs; --limit N shows more, --run ID shows one.</source>
        <translation>Affichage de %1 exécutions sur %2&#xa0;; --limit N en affiche davantage, --run ID en affiche une seule.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no connection is named &quot;%1&quot;, and the history knows none by that name</source>
        <translation>aucune connexion ne s&apos;appelle «&#xa0;%1&#xa0;», et l&apos;historique n&apos;en connaît aucune sous ce nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: history [NAME] [--run ID] [--user USERNAME] [--limit N] [--json]</source>
        <translation>utilisation&#xa0;: history [NAME] [--run ID] [--user USERNAME] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give --run or --user, not both</source>
        <translation>indiquez --run ou --user, pas les deux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit takes a number (0 for no limit)</source>
        <translation>--limit attend un nombre (0 pour aucune limite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--run takes a run number, as listed by &quot;history&quot;</source>
        <translation>--run attend un numéro d&apos;exécution, tel que listé par «&#xa0;history&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--user takes a username or source key</source>
        <translation>--user attend un nom d&apos;utilisateur ou une clé source</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="-172"/>
        <source>%1 Or pass it with --%2 VAR.</source>
        <translation>%1 Ou passez-le avec --%2 VAR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not the JSON that `sync %2 --dry-run --json` prints%3</source>
        <translation>%1 n&apos;est pas le JSON qu&apos;affiche `sync %2 --dry-run --json`%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be used to approve removals: %2</source>
        <translation>%1 ne peut pas servir à approuver des suppressions&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lists no held removals: there is nothing to approve</source>
        <translation>%1 ne liste aucune suppression retenue&#xa0;: il n&apos;y a rien à approuver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is the plan of run %2 of &quot;%3&quot;, not of &quot;%4&quot;</source>
        <translation>%1 est le plan de l&apos;exécution %2 de «&#xa0;%3&#xa0;», et non de «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Pre-flight forecast:</source>
        <translation>Prévision avant exécution&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1: %2. %3</source>
        <translation>Exécution %1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  held: %1 %2</source>
        <translation>  retenu&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  approval of %1 (Zoom ID %2): no longer planned the same way (now %3 %4, Zoom ID %5); review again.</source>
        <translation>  approbation de %1 (ID Zoom %2)&#xa0;: n&apos;est plus prévu de la même façon (désormais %3 %4, ID Zoom %5)&#xa0;; vérifiez de nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: not in the source&apos;s scope and not managed, so nothing was done for: %1</source>
        <translation>avertissement&#xa0;: hors du périmètre de la source et non géré, donc rien n&apos;a été fait pour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>usage: sync NAME [--dry-run] [--full] [--only KEY[,KEY…] | --retry-failed [--run ID]] [--approve-removals FILE] [--undo RUN_ID] [--secret-env VAR] [--json]</source>
        <translation>utilisation&#xa0;: sync NAME [--dry-run] [--full] [--only KEY[,KEY…] | --retry-failed [--run ID]] [--approve-removals FILE] [--undo RUN_ID] [--secret-env VAR] [--json]</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1. Nothing was synced.</source>
        <translation>%1. Rien n&apos;a été synchronisé.</translation>
    </message>
    <message>
        <location filename="../app/cli/TestConnectionCommand.cpp" line="-37"/>
        <source>Connection &quot;%1&quot;: test passed. %2</source>
        <translation>Connexion «&#xa0;%1&#xa0;»&#xa0;: test réussi. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;%1&quot;: test failed (%2).</source>
        <translation>Connexion «&#xa0;%1&#xa0;»&#xa0;: échec du test (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the test result was not recorded: %1</source>
        <translation>le résultat du test n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: connection test NAME [--secret-env VAR] [--json]</source>
        <translation>utilisation&#xa0;: connection test NAME [--secret-env VAR] [--json]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no client secret is stored for &quot;%1&quot;; pass --secret-env VAR</source>
        <translation>aucun secret client n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;; passez --secret-env VAR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the client secret from %1: %2</source>
        <translation>impossible de lire le secret client depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; changed while its client secret was read; run the test again.</source>
        <translation>«&#xa0;%1&#xa0;» a changé pendant la lecture de son secret client&#xa0;; relancez le test.</translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionJson.cpp" line="+30"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>« %1 » doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <location filename="../app/directory/CsvSource.cpp" line="+22"/>
        <source>The CSV file %1 cannot be read.</source>
        <translation>Le fichier CSV %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file exists and that ProvisionDesk may read it.</source>
        <translation>Vérifiez que le fichier existe et que ProvisionDesk a le droit de le lire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No CSV file is chosen.</source>
        <translation>Aucun fichier CSV n&apos;est choisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to read people from.</source>
        <translation>Choisissez le fichier depuis lequel lire les personnes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file %1 is empty.</source>
        <translation>Le fichier CSV %1 est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first row must name the columns, for example: employeeId,email,givenName,familyName.</source>
        <translation>La première ligne doit nommer les colonnes, par exemple&#xa0;: employeeId,email,givenName,familyName.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header row of %1 cannot be read.</source>
        <translation>La ligne d&apos;en-tête de %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the first row of the file.</source>
        <translation>Corrigez la première ligne du fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns %1 and %2 are both called &quot;%3&quot;.</source>
        <translation>Les colonnes %1 et %2 s&apos;appellent toutes deux «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give every column its own name.</source>
        <translation>Donnez à chaque colonne un nom distinct.</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryJson.cpp" line="+27"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» est manquant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an ISO 8601 time: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure ISO 8601&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryTypes.cpp" line="+140"/>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove (disable)</source>
        <translation>Suppression (désactivation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove (delete)</source>
        <translation>Suppression (effacement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopt</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly failed</source>
        <translation>Échec partiel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removals held</source>
        <translation>Suppressions retenues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncPlanner.cpp" line="-206"/>
        <source>Disabled in the source, but &quot;Enable users disable&quot; is off.</source>
        <translation>Désactivé dans la source, mais «&#xa0;Activer la désactivation des utilisateurs&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enabled again in the source, but &quot;Enable users updation&quot; is off.</source>
        <translation>Réactivé dans la source, mais «&#xa0;Activer la mise à jour des utilisateurs&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in the source, but &quot;Enable users updation&quot; is off.</source>
        <translation>Modifié dans la source, mais «&#xa0;Activer la mise à jour des utilisateurs&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changed in Zoom outside ProvisionDesk; set back to the source&apos;s values.</source>
        <translation>Modifié dans Zoom en dehors de ProvisionDesk&#xa0;; les valeurs de la source ont été rétablies.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The Zoom account %1 is already linked to source user %2; two people cannot share one account. Make the Username unique in the source.</source>
        <translation>Le compte Zoom %1 est déjà lié à l&apos;utilisateur source %2&#xa0;; deux personnes ne peuvent pas partager un compte. Rendez le nom d&apos;utilisateur unique dans la source.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Linked; disabled in the source, but &quot;Enable users disable&quot; is off, so the account stays active.</source>
        <translation>Lié&#xa0;; désactivé dans la source, mais «&#xa0;Activer la désactivation des utilisateurs&#xa0;» est désactivé, le compte reste donc actif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked; the account is inactive in Zoom, but &quot;Enable users updation&quot; is off, so it stays inactive.</source>
        <translation>Lié&#xa0;; le compte est inactif dans Zoom, mais «&#xa0;Activer la mise à jour des utilisateurs&#xa0;» est désactivé, il reste donc inactif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disabled in the source and not in Zoom: not created.</source>
        <translation>Désactivé dans la source et absent de Zoom&#xa0;: non créé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in Zoom, but &quot;Enable users creation&quot; is off.</source>
        <translation>Absent de Zoom, mais «&#xa0;Activer la création des utilisateurs&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No longer in the source or the rule, but &quot;Enable users deprovision&quot; is off: the Zoom account stays.</source>
        <translation>N&apos;est plus dans la source ni dans la règle, mais «&#xa0;Activer le déprovisionnement des utilisateurs&#xa0;» est désactivé&#xa0;: le compte Zoom est conservé.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImpactCommand.cpp" line="+32"/>
        <source>Impact on &quot;%1&quot; (nothing was saved, nothing sent to Zoom):</source>
        <translation>Impact sur «&#xa0;%1&#xa0;» (rien n&apos;a été enregistré ni envoyé à Zoom)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This edit changes nothing for the people the connection manages.</source>
        <translation>Cette modification ne change rien pour les personnes gérées par la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was: nothing</source>
        <translation>avant&#xa0;: rien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was: %1</source>
        <translation>avant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> held for approval</source>
        <translation> retenu pour approbation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The impact could not be computed: %1 Nothing was saved.</source>
        <translation>L&apos;impact n&apos;a pas pu être calculé&#xa0;: %1 Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="+36"/>
        <source>schedule takes one connection name</source>
        <translation>schedule attend un seul nom de connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one of --print, --install and --remove</source>
        <translation>choisissez une seule option parmi --print, --install et --remove</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be systemd, launchd or windows</source>
        <translation>--format doit valoir systemd, launchd ou windows</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format goes with --print; --install and --remove use this system&apos;s scheduler (%1)</source>
        <translation>--format s&apos;utilise avec --print&#xa0;; --install et --remove utilisent le planificateur de ce système (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--every is required: 15m, 1h, 2h30m or daily@HH:MM</source>
        <translation>--every est obligatoire&#xa0;: 15m, 1h, 2h30m ou daily@HH:MM</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/StatusCommand.cpp" line="+157"/>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation>aucune connexion ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; syncs %2.</source>
        <translation>«&#xa0;%1&#xa0;» se synchronise %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="-111"/>
        <source>no connections to check</source>
        <translation>aucune connexion à vérifier</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n connection(s): </source>
        <translation>
            <numerusform>%n connexion&#xa0;: </numerusform>
            <numerusform>%n connexions&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>status takes at most one connection name</source>
        <translation>status attend au plus un nom de connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the database: %1</source>
        <translation>impossible d&apos;ouvrir la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the connections: %1</source>
        <translation>impossible de lire les connexions&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pd::ApprovedRemoval</name>
    <message>
        <location filename="../app/sync/ApprovedRemoval.cpp" line="+49"/>
        <source>it has no &quot;held&quot; list; give the JSON that `sync NAME --dry-run --json` printed</source>
        <translation>elle ne contient pas de liste «&#xa0;held&#xa0;»&#xa0;; fournissez le JSON affiché par `sync NAME --dry-run --json`</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>held entry %1 needs sourceKey, userName, zoomId and an operation of remove-disable, remove-delete or disable</source>
        <translation>l&apos;entrée retenue %1 nécessite sourceKey, userName, zoomId et une opération remove-disable, remove-delete ou disable</translation>
    </message>
</context>
<context>
    <name>pd::AttributeMapping</name>
    <message>
        <location filename="../app/directory/AttributeMapping.cpp" line="+162"/>
        <source>unknown Zoom attribute &quot;%1&quot; (known: %2)</source>
        <translation>attribut Zoom inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be an object such as {&quot;attribute&quot;: &quot;mail&quot;}</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet tel que {&quot;attribute&quot;: &quot;mail&quot;}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; must have exactly one of &quot;attribute&quot;, &quot;constant&quot; or &quot;expression&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit avoir exactement une clé parmi «&#xa0;attribute&#xa0;», «&#xa0;constant&#xa0;» ou «&#xa0;expression&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown key &quot;%1&quot; (use &quot;attribute&quot;, &quot;constant&quot; or &quot;expression&quot;)</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» (utilisez «&#xa0;attribute&#xa0;», «&#xa0;constant&#xa0;» ou «&#xa0;expression&#xa0;»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names no attribute</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucun attribut</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Username and Email come from different source attributes. Zoom reads only the username when it creates a user (POST) and sets both username and email from it, and reads only the email when it updates a user (PUT) and sets both from that. Map both to the same source attribute to avoid inconsistent provisioning.</source>
        <translation>Le nom d&apos;utilisateur et l&apos;e-mail proviennent d&apos;attributs source différents. Zoom ne lit que le nom d&apos;utilisateur lorsqu&apos;il crée un utilisateur (POST) et en déduit le nom d&apos;utilisateur et l&apos;e-mail, et ne lit que l&apos;e-mail lorsqu&apos;il met à jour un utilisateur (PUT) et en déduit les deux. Associez-les au même attribut source pour éviter un provisionnement incohérent.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is required: map it to the attribute that holds the user&apos;s email address.</source>
        <translation>%1 est obligatoire&#xa0;: associez-le à l&apos;attribut qui contient l&apos;adresse e-mail de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1: the source has no attribute &quot;%2&quot;</source>
        <translation>%1&#xa0;: la source n&apos;a pas d&apos;attribut «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Username cannot be a constant: every user needs their own.</source>
        <translation>Le nom d&apos;utilisateur ne peut pas être une constante&#xa0;: chaque utilisateur a besoin du sien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false</translation>
    </message>
</context>
<context>
    <name>pd::AuthenticationEditor</name>
    <message>
        <location filename="../ui/editors/AuthenticationEditor.cpp" line="+38"/>
        <location line="+70"/>
        <location line="+73"/>
        <source>SCIM URL</source>
        <translation>URL SCIM</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Authentication Method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <location line="+73"/>
        <source>OAuth Token URL</source>
        <translation>URL de jeton OAuth</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>OAuth Account ID</source>
        <translation>ID de compte OAuth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth Client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth Client Secret</source>
        <translation>Secret client OAuth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>Enregistré dans le trousseau&#xa0;; laissez vide pour le conserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For Server-to-Server OAuth apps.</source>
        <translation>Pour les applications Server-to-Server OAuth.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;SCIM URL:</source>
        <translation>URL &amp;SCIM&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication &amp;Method:</source>
        <translation>&amp;Méthode d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth &amp;Token URL:</source>
        <translation>URL de &amp;jeton OAuth&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth &amp;Account ID:</source>
        <translation>ID de &amp;compte OAuth&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth &amp;Client ID:</source>
        <translation>ID c&amp;lient OAuth&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Client S&amp;ecret:</source>
        <translation>S&amp;ecret client OAuth&#xa0;:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Changing %1 removes the stored client secret when you save: a secret is only sent to the endpoint it was entered for. Enter the client secret for the new settings.</source>
        <translation>Modifier %1 supprime le secret client enregistré lorsque vous enregistrez&#xa0;: un secret n&apos;est envoyé qu&apos;au point de terminaison pour lequel il a été saisi. Saisissez le secret client correspondant aux nouveaux paramètres.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The Account ID is required.</source>
        <translation>L&apos;ID de compte est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Client ID is required.</source>
        <translation>L&apos;ID client est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Client Secret is required.</source>
        <translation>Le secret client est obligatoire.</translation>
    </message>
</context>
<context>
    <name>pd::AuthenticationPage</name>
    <message>
        <location filename="../ui/wizard/AuthenticationPage.cpp" line="+16"/>
        <source>Configure authentication</source>
        <translation>Configurer l&apos;authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the SCIM URL and the credentials of your Zoom Server-to-Server OAuth app.</source>
        <translation>Saisissez l&apos;URL SCIM et les identifiants de votre application Zoom Server-to-Server OAuth.</translation>
    </message>
</context>
<context>
    <name>pd::ClearedAttributes</name>
    <message>
        <location filename="../app/sync/ClearedAttributes.cpp" line="+73"/>
        <source>Given Name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family Name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Type</source>
        <translation>Type d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Emptied in the source but kept in Zoom, which does not let these be removed through SCIM: %1. Change them in Zoom if they must go.</source>
        <translation>Vidés dans la source mais conservés dans Zoom, qui ne permet pas de les supprimer via SCIM&#xa0;: %1. Modifiez-les dans Zoom s&apos;ils doivent disparaître.</translation>
    </message>
</context>
<context>
    <name>pd::CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+31"/>
        <source>ProvisionDesk: provision users from a directory into Zoom.</source>
        <translation>ProvisionDesk&#xa0;: provisionne les utilisateurs d&apos;un annuaire dans Zoom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use DIR for the database instead of the default.</source>
        <translation>Utiliser DIR pour la base de données au lieu de l&apos;emplacement par défaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print machine-readable JSON.</source>
        <translation>Produire une sortie JSON lisible par une machine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the Zoom client secret from environment variable VAR.</source>
        <translation>Lire le secret client Zoom depuis la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the LDAP bind password from environment variable VAR.</source>
        <translation>Lire le mot de passe de liaison LDAP depuis la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the sync and show it; change nothing.</source>
        <translation>Planifier la synchronisation et l&apos;afficher&#xa0;; ne rien modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full resync: list every Zoom user and compare.</source>
        <translation>Resynchronisation complète&#xa0;: lister tous les utilisateurs Zoom et comparer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync: reverse what run ID of this connection changed, then disable the connection.</source>
        <translation>sync&#xa0;: annuler ce que l&apos;exécution ID de cette connexion a modifié, puis désactiver la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply the held removals listed in FILE (the JSON of an earlier `sync NAME --dry-run --json`, &quot;-&quot; for standard input), only while each is still planned the same way.</source>
        <translation>Appliquer les suppressions retenues listées dans FILE (le JSON d&apos;un précédent `sync NAME --dry-run --json`, «&#xa0;-&#xa0;» pour l&apos;entrée standard), uniquement tant que chacune est toujours prévue de la même façon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: only these source keys (comma-separated; may be repeated); nobody else is touched.</source>
        <translation>sync&#xa0;: uniquement ces clés source (séparées par des virgules&#xa0;; option répétable)&#xa0;; personne d&apos;autre n&apos;est touché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync: only the users the latest run with failures (or --run ID) failed.</source>
        <translation>sync&#xa0;: uniquement les utilisateurs en échec lors de la dernière exécution comportant des échecs (ou de --run ID).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the run with this ID (sync --retry-failed: retry its failed users).</source>
        <translation>Afficher l&apos;exécution portant cet ID (sync --retry-failed&#xa0;: relancer ses utilisateurs en échec).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the history of this user.</source>
        <translation>Afficher l&apos;historique de cet utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection import: show what the file would change for managed users; save nothing.</source>
        <translation>connection import&#xa0;: afficher ce que le fichier modifierait pour les utilisateurs gérés&#xa0;; ne rien enregistrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most N entries.</source>
        <translation>Afficher au plus N entrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule: how often to sync: 15m, 1h, 2h30m (5 minutes at least) or daily@HH:MM.</source>
        <translation>schedule&#xa0;: fréquence de synchronisation&#xa0;: 15m, 1h, 2h30m (5 minutes au minimum) ou daily@HH:MM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule: print the scheduler files instead of installing them.</source>
        <translation>schedule&#xa0;: afficher les fichiers du planificateur au lieu de les installer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule --print: systemd, launchd or windows (default: this system&apos;s).</source>
        <translation>schedule --print&#xa0;: systemd, launchd ou windows (par défaut&#xa0;: celui de ce système).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule: write the scheduler files and enable them.</source>
        <translation>schedule&#xa0;: écrire les fichiers du planificateur et les activer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule: disable the schedule and delete its files.</source>
        <translation>schedule&#xa0;: désactiver la planification et supprimer ses fichiers.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage:
  provisiondesk-cli [--data-dir DIR] --version
</source>
        <translation>Utilisation&#xa0;:
  provisiondesk-cli [--data-dir DIR] --version
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionDetailsPanel</name>
    <message>
        <location filename="../ui/window/ConnectionDetailsPanel.cpp" line="+32"/>
        <source>Select a connection to see its details.</source>
        <translation>Sélectionnez une connexion pour afficher ses détails.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn provisioning for this connection on or off</source>
        <translation>Activer ou désactiver le provisionnement pour cette connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection can be enabled only after a connection test passes</source>
        <translation>Une connexion ne peut être activée qu&apos;après la réussite d&apos;un test de connexion</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionHealthBanner</name>
    <message>
        <location filename="../ui/actions/ConnectionHealthBanner.cpp" line="+20"/>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionJson</name>
    <message>
        <location filename="../app/core/ConnectionJson.cpp" line="+34"/>
        <source>&quot;%1&quot; must be &quot;disable&quot; or &quot;delete&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir «&#xa0;disable&#xa0;» ou «&#xa0;delete&#xa0;»</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;removalGuard.percent&quot; must be between 0 and %1 (it is %2): a guard that lets more than half of the managed users be removed unreviewed guards nothing</source>
        <translation>«&#xa0;removalGuard.percent&#xa0;» doit être compris entre 0 et %1 (il vaut %2)&#xa0;: un garde-fou qui laisse supprimer plus de la moitié des utilisateurs gérés sans vérification ne protège rien</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; looks like a secret. Connection files never hold secrets: pass the client secret with --secret-env VAR (and an LDAP password with --source-secret-env VAR) so it goes to the keychain.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à un secret. Les fichiers de connexion ne contiennent jamais de secrets&#xa0;: passez le secret client avec --secret-env VAR (et un mot de passe LDAP avec --source-secret-env VAR) pour qu&apos;il soit placé dans le trousseau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;name&quot; is required</source>
        <translation>«&#xa0;name&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;authentication&quot; is required</source>
        <translation>«&#xa0;authentication&#xa0;» est obligatoire</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionListModel</name>
    <message>
        <location filename="../ui/window/ConnectionListModel.cpp" line="+69"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity Store</source>
        <translation>Magasin d&apos;identités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionSaver</name>
    <message>
        <location filename="../ui/common/ConnectionSaver.cpp" line="+36"/>
        <source>Keeping the secret for this session only is not possible with %1.</source>
        <translation>Impossible de conserver le secret pour cette session uniquement avec %1.</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionService</name>
    <message>
        <location filename="../app/core/ConnectionService.cpp" line="+39"/>
        <source>LDAP bind password</source>
        <translation>mot de passe de liaison LDAP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A connection named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Client Secret is required.</source>
        <translation>Le secret client est obligatoire.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The authentication settings changed; test the connection again.</source>
        <translation>Les paramètres d&apos;authentification ont changé&#xa0;; testez de nouveau la connexion.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; was not saved: its endpoint changed, so its stored %2 must be removed first, and the keychain could not remove it: %3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été enregistrée&#xa0;: son point de terminaison a changé, son %2 enregistré doit donc d&apos;abord être supprimé, et le trousseau n&apos;a pas pu le supprimer&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&quot;%1&quot; was saved, but its new %2 was not stored in the keychain: %3 Enter it again.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistrée, mais son nouveau %2 n&apos;a pas été stocké dans le trousseau&#xa0;: %3 Saisissez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection was not deleted because its secret could not be removed from the keychain: %1</source>
        <translation>La connexion n&apos;a pas été supprimée, car son secret n&apos;a pas pu être retiré du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionStore</name>
    <message>
        <location filename="../app/core/ConnectionStore.cpp" line="+147"/>
        <location line="+20"/>
        <source>A connection named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+21"/>
        <source>Cannot save the connection: %1</source>
        <translation>Impossible d&apos;enregistrer la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot delete the connection: %1</source>
        <translation>Impossible de supprimer la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>The connection no longer exists.</source>
        <translation>La connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&quot;%1&quot; cannot be enabled until a connection test passes. Edit it and run Test connection.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être activée tant qu&apos;un test de connexion n&apos;a pas réussi. Modifiez-la et lancez Tester la connexion.</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionSummaryView</name>
    <message>
        <location filename="../ui/editors/ConnectionSummaryView.cpp" line="+17"/>
        <source>Identity store:</source>
        <translation>Magasin d&apos;identités&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCIM URL:</source>
        <translation>URL SCIM&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication Method:</source>
        <translation>Méthode d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Token URL:</source>
        <translation>URL de jeton OAuth&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Account ID:</source>
        <translation>ID de compte OAuth&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Client ID:</source>
        <translation>ID client OAuth&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Client Secret:</source>
        <translation>Secret client OAuth&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User actions:</source>
        <translation>Actions utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test:</source>
        <translation>Test de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionSyncSummaryWidget</name>
    <message>
        <location filename="../ui/history/ConnectionSyncSummaryWidget.cpp" line="+35"/>
        <source>View history</source>
        <translation>Afficher l&apos;historique</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Impacted</source>
        <translation>Impactés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users the rule targets: the four columns on the right added up.</source>
        <translation>Utilisateurs ciblés par la règle&#xa0;: somme des quatre colonnes de droite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fully synced: the last operation on the user succeeded.</source>
        <translation>Entièrement synchronisés&#xa0;: la dernière opération sur l&apos;utilisateur a réussi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsynced</source>
        <translation>Non synchronisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account in Zoom and not synced: creation is off, or the user cannot be provisioned.</source>
        <translation>Aucun compte dans Zoom et non synchronisé&#xa0;: la création est désactivée, ou l&apos;utilisateur ne peut pas être provisionné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially synced</source>
        <translation>Partiellement synchronisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Zoom account exists but may be out of sync: an update, disable or removal was skipped or is held.</source>
        <translation>Le compte Zoom existe mais n&apos;est peut-être pas à jour&#xa0;: une mise à jour, une désactivation ou une suppression a été ignorée ou est retenue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last operation on the user failed; see the user&apos;s history.</source>
        <translation>La dernière opération sur l&apos;utilisateur a échoué&#xa0;; consultez l&apos;historique de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sync: %1 (%2)</source>
        <translation>Dernière synchronisation&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionTestRunner</name>
    <message>
        <location filename="../ui/common/ConnectionTestRunner.cpp" line="+22"/>
        <source>This build of ProvisionDesk cannot test connections.</source>
        <translation>Cette version de ProvisionDesk ne peut pas tester les connexions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the connection as invalid now and test it with a build that includes the Zoom tester.</source>
        <translation>Enregistrez la connexion comme non valide maintenant et testez-la avec une version qui inclut le testeur Zoom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No Client Secret is stored for this connection.</source>
        <translation>Aucun secret client n&apos;est enregistré pour cette connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the connection and enter the OAuth Client Secret again.</source>
        <translation>Modifiez la connexion et saisissez de nouveau le secret client OAuth.</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionValidator</name>
    <message>
        <location filename="../app/core/ConnectionValidator.cpp" line="+28"/>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (100 characters at most).</source>
        <translation>Le nom est trop long (100 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a valid URL: enter it as https://host/path.</source>
        <translation>%1 n&apos;est pas une URL valide&#xa0;: saisissez-la sous la forme https://hôte/chemin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must use https://; plain http:// is allowed only to this computer (localhost).</source>
        <translation>%1 doit utiliser https://&#xa0;; http:// simple n&apos;est autorisé que vers cet ordinateur (localhost).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must start with https://.</source>
        <translation>%1 doit commencer par https://.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The description is too long (1000 characters at most).</source>
        <translation>La description est trop longue (1000 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown identity store &quot;%1&quot;; only &quot;zoom&quot; is supported.</source>
        <translation>Magasin d&apos;identités «&#xa0;%1&#xa0;» inconnu&#xa0;; seul «&#xa0;zoom&#xa0;» est pris en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCIM URL</source>
        <translation>URL SCIM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown authentication method &quot;%1&quot;; use &quot;oauth-s2s&quot;.</source>
        <translation>Méthode d&apos;authentification «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez «&#xa0;oauth-s2s&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Token URL</source>
        <translation>URL de jeton OAuth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Account ID is required.</source>
        <translation>L&apos;ID de compte est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Client ID is required.</source>
        <translation>L&apos;ID client est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user actions contradict each other: &quot;disable&quot; needs &quot;update&quot;, Remove Action &quot;Disable&quot; needs &quot;disable&quot;, and &quot;deprovision on rule deletion&quot; needs &quot;deprovision&quot;.</source>
        <translation>Les actions utilisateur se contredisent&#xa0;: «&#xa0;désactivation&#xa0;» nécessite «&#xa0;mise à jour&#xa0;», l&apos;action de suppression «&#xa0;Désactiver&#xa0;» nécessite «&#xa0;désactivation&#xa0;», et «&#xa0;déprovisionner à la suppression de la règle&#xa0;» nécessite «&#xa0;déprovisionnement&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests per second must be between 0 and 1000.</source>
        <translation>Le nombre de requêtes par seconde doit être compris entre 0 et 1000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concurrency must be between 1 and 32.</source>
        <translation>La simultanéité doit être comprise entre 1 et 32.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The removal guard percentage must be between 0 and %1 (it is %2): above half, a broken export could remove most users unreviewed.</source>
        <translation>Le pourcentage du garde-fou de suppression doit être compris entre 0 et %1 (il vaut %2)&#xa0;: au-delà de la moitié, un export défectueux pourrait supprimer la plupart des utilisateurs sans vérification.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours without a successful sync must be between 0 (not checked) and 8760 (a year).</source>
        <translation>Le nombre d&apos;heures sans synchronisation réussie doit être compris entre 0 (non vérifié) et 8760 (un an).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The removal guard count cannot be negative.</source>
        <translation>Le seuil du garde-fou de suppression ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>pd::CsvSource</name>
    <message>
        <location filename="../app/directory/CsvSource.cpp" line="+62"/>
        <source>No key column is chosen.</source>
        <translation>Aucune colonne de clé n&apos;est choisie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no column &quot;%1&quot; to use as the key.</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;%1&#xa0;» à utiliser comme clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Choose one of the columns: %1.</source>
        <translation>Choisissez l&apos;une des colonnes&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The file has no column &quot;%1&quot; to tell disabled people.</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;%1&#xa0;» pour indiquer les personnes désactivées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la ligne a %1 champs, mais l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the row was skipped</source>
        <translation>%1&#xa0;: la ligne a été ignorée</translation>
    </message>
</context>
<context>
    <name>pd::Database</name>
    <message>
        <location filename="../app/core/Database.cpp" line="+52"/>
        <source>Cannot create the data folder %1. Check that you may write there, or choose another folder with --data-dir.</source>
        <translation>Impossible de créer le dossier de données %1. Vérifiez que vous avez le droit d&apos;y écrire, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder %1 is not writable. Check its permissions, or choose another folder with --data-dir.</source>
        <translation>Le dossier de données %1 n&apos;est pas accessible en écriture. Vérifiez ses autorisations, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database %1 is damaged or is not a ProvisionDesk database (%2). It was left unchanged. Move it aside to start afresh, or restore it from a backup.</source>
        <translation>La base de données %1 est endommagée ou n&apos;est pas une base de données ProvisionDesk (%2). Elle n&apos;a pas été modifiée. Déplacez-la ailleurs pour repartir de zéro, ou restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot configure the database %1: %2</source>
        <translation>Impossible de configurer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot update the database %1 to this version of ProvisionDesk: %2</source>
        <translation>Impossible de mettre à jour la base de données %1 vers cette version de ProvisionDesk&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pd::EditConnectionDialog</name>
    <message>
        <location filename="../ui/window/EditConnectionDialog.cpp" line="+52"/>
        <source>Edit Connection: %1</source>
        <translation>Modifier la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection settings</source>
        <translation>Paramètres de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection settings sections</source>
        <translation>Sections des paramètres de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication</source>
        <translation>&amp;Authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Actions</source>
        <translation>Actions &amp;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help for this tab</source>
        <translation>Aide pour cet onglet</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The authentication settings changed; test the connection again.</source>
        <translation>Les paramètres d&apos;authentification ont changé&#xa0;; testez de nouveau la connexion.</translation>
    </message>
</context>
<context>
    <name>pd::EventsModel</name>
    <message>
        <location filename="../ui/history/EventsModel.cpp" line="+185"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source key</source>
        <translation>Clé source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes (old → new)</source>
        <translation>Modifications (ancien → nouveau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>pd::Expression</name>
    <message>
        <location filename="../app/directory/Expression.cpp" line="+160"/>
        <source>the expression is longer than %1 characters</source>
        <translation>l&apos;expression dépasse %1 caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression is empty</source>
        <translation>l&apos;expression est vide</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no attribute is named</source>
        <translation>aucun attribut n&apos;est indiqué</translation>
    </message>
</context>
<context>
    <name>pd::ExpressionError</name>
    <message>
        <location line="-31"/>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pd::FieldErrorLabel</name>
    <message>
        <location filename="../ui/widgets/FieldErrorLabel.cpp" line="+38"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pd::HelpViewer</name>
    <message>
        <location filename="../ui/help/HelpViewer.cpp" line="+26"/>
        <source>ProvisionDesk Help</source>
        <translation>Aide de ProvisionDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close help</source>
        <translation>Fermer l’aide</translation>
    </message>
</context>
<context>
    <name>pd::HistoryFilterBar</name>
    <message>
        <location filename="../ui/history/HistoryFilterBar.cpp" line="+19"/>
        <source>Show dry runs</source>
        <translation>Afficher les simulations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From this day</source>
        <translation>À partir de ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to and including this day</source>
        <translation>Jusqu&apos;à ce jour inclus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pd::HistoryImporter</name>
    <message>
        <location filename="../app/history/HistoryImporter.cpp" line="+43"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON non valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a ProvisionDesk history export</source>
        <translation>n&apos;est pas un export d&apos;historique ProvisionDesk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>type inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the header row is not that of a ProvisionDesk history export</source>
        <translation>la ligne d&apos;en-tête n&apos;est pas celle d&apos;un export d&apos;historique ProvisionDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record %1 has %2 fields instead of %3</source>
        <translation>l&apos;enregistrement %1 a %2 champs au lieu de %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+7"/>
        <source>record %1: %2</source>
        <translation>enregistrement %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pd::HistoryJson</name>
    <message>
        <location filename="../app/history/HistoryJson.cpp" line="+78"/>
        <source>unknown trigger &quot;%1&quot;</source>
        <translation>déclencheur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>résultat inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>opération inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown result &quot;%1&quot;</source>
        <translation>résultat inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>pd::HistoryRecorder</name>
    <message>
        <location filename="../app/history/HistoryRecorder.cpp" line="+74"/>
        <source>The run stopped before it finished.</source>
        <translation>L&apos;exécution s&apos;est arrêtée avant la fin.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run %1 is still open: finish it before starting another.</source>
        <translation>L&apos;exécution %1 est toujours ouverte&#xa0;: terminez-la avant d&apos;en démarrer une autre.</translation>
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
        <translation>Impossible d&apos;écrire l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Cannot create the run&apos;s lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou de l&apos;exécution %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An event was recorded outside a run; it was dropped.</source>
        <translation>Un événement a été enregistré en dehors d&apos;une exécution&#xa0;; il a été abandonné.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>No run is open.</source>
        <translation>Aucune exécution n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run cannot finish as running.</source>
        <translation>Une exécution ne peut pas se terminer à l&apos;état «&#xa0;en cours&#xa0;».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The run was interrupted: ProvisionDesk stopped before it finished. The users listed were handled; the next sync completes the rest.</source>
        <translation>L&apos;exécution a été interrompue&#xa0;: ProvisionDesk s&apos;est arrêté avant la fin. Les utilisateurs listés ont été traités&#xa0;; la prochaine synchronisation traitera le reste.</translation>
    </message>
</context>
<context>
    <name>pd::HistoryWindow</name>
    <message>
        <location filename="../ui/history/HistoryWindow.cpp" line="+52"/>
        <source>Provisioning history</source>
        <translation>Historique de provisionnement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Runs</source>
        <translation>&amp;Exécutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;timeline</source>
        <translation>&amp;Chronologie de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs list…</source>
        <translation>Liste des exécutions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export runs</source>
        <translation>Exporter les exécutions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected run&apos;s events…</source>
        <translation>Événements de l&apos;exécution sélectionnée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export run %1</source>
        <translation>Exporter l&apos;exécution %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User timeline…</source>
        <translation>Chronologie de l&apos;utilisateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the history of %1</source>
        <translation>Exporter l&apos;historique de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save runs or events as CSV (spreadsheets) or JSON</source>
        <translation>Enregistrer les exécutions ou les événements au format CSV (tableurs) ou JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Keep history:</source>
        <translation>&amp;Conserver l’historique&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud identity providers keep 7 to 30 days; ProvisionDesk keeps everything unless you choose a limit here.</source>
        <translation>Les fournisseurs d&apos;identité cloud conservent 7 à 30 jours&#xa0;; ProvisionDesk conserve tout, sauf si vous choisissez une limite ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forever</source>
        <translation>Indéfiniment</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+8"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete older history?</source>
        <translation>Supprimer l&apos;historique plus ancien&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Runs that started more than %n day(s) ago, and every event in them, will be deleted now and after each sync. This cannot be undone. The sync summary keeps each user&apos;s state.</source>
        <translation>
            <numerusform>Les exécutions démarrées il y a plus de %n jour, ainsi que tous leurs événements, seront supprimées maintenant et après chaque synchronisation. Cette opération est irréversible. Le résumé de synchronisation conserve l&apos;état de chaque utilisateur.</numerusform>
            <numerusform>Les exécutions démarrées il y a plus de %n jours, ainsi que tous leurs événements, seront supprimées maintenant et après chaque synchronisation. Cette opération est irréversible. Le résumé de synchronisation conserve l&apos;état de chaque utilisateur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete older runs</source>
        <translation>Supprimer les anciennes exécutions</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not change how long the history is kept.</source>
        <translation>Impossible de modifier la durée de conservation de l&apos;historique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is kept forever.</source>
        <translation>L&apos;historique est conservé indéfiniment.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Runs older than %n day(s) are deleted after each sync; %1 deleted now.</source>
        <translation>
            <numerusform>Les exécutions de plus de %n jour sont supprimées après chaque synchronisation&#xa0;; %1 supprimée(s) maintenant.</numerusform>
            <numerusform>Les exécutions de plus de %n jours sont supprimées après chaque synchronisation&#xa0;; %1 supprimée(s) maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No runs match. Syncs made from the app or the CLI appear here.</source>
        <translation>Aucune exécution ne correspond. Les synchronisations lancées depuis l&apos;application ou la CLI apparaissent ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 runs loaded</source>
        <translation>%1 exécutions chargées sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV pour tableurs (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the export failed</source>
        <translation>l&apos;exportation a échoué</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: %2</translation>
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
        <translation>Utilisateurs Zoom via SCIM 2.0 et Server-to-Server OAuth</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the identity store that ProvisionDesk creates, updates and deprovisions users in. Click a tile to select it.</source>
        <translation>Choisissez le magasin d&apos;identités dans lequel ProvisionDesk crée, met à jour et déprovisionne les utilisateurs. Cliquez sur une vignette pour la sélectionner.</translation>
    </message>
</context>
<context>
    <name>pd::IdentityStorePage</name>
    <message>
        <location filename="../ui/wizard/IdentityStorePage.cpp" line="+16"/>
        <source>Select identity store</source>
        <translation>Sélectionner le magasin d&apos;identités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where should ProvisionDesk provision users?</source>
        <translation>Où ProvisionDesk doit-il provisionner les utilisateurs&#xa0;?</translation>
    </message>
</context>
<context>
    <name>pd::IdentityStoreTile</name>
    <message>
        <location filename="../ui/widgets/IdentityStoreTile.cpp" line="+78"/>
        <source>✓ Selected</source>
        <translation>✓ Sélectionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
</context>
<context>
    <name>pd::ImpactCommand</name>
    <message>
        <location filename="../app/cli/ImpactCommand.cpp" line="+24"/>
        <source>no connection is named &quot;%1&quot;: --impact compares the file with the connection it would update. Nothing was saved.</source>
        <translation>aucune connexion ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: --impact compare le fichier avec la connexion qu&apos;il mettrait à jour. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file changes the LDAP URL or bind DN; the stored password is not sent there. Pass --source-secret-env VAR.</source>
        <translation>Le fichier modifie l&apos;URL LDAP ou le DN de liaison&#xa0;; le mot de passe enregistré n&apos;y est pas envoyé. Passez --source-secret-env VAR.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Or pass it with --source-secret-env VAR.</source>
        <translation>%1 Ou passez-le avec --source-secret-env VAR.</translation>
    </message>
</context>
<context>
    <name>pd::ImpactDialog</name>
    <message>
        <location filename="../ui/actions/ImpactDialog.cpp" line="+31"/>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact of This Edit — %1</source>
        <translation>Impact de cette modification — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact of this edit</source>
        <translation>Impact de cette modification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing impact</source>
        <translation>Calcul de l&apos;impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People this edit affects</source>
        <translation>Personnes concernées par cette modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source key</source>
        <translation>Clé source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Would now</source>
        <translation>Désormais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without the edit</source>
        <translation>Sans la modification</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computed from the source and what this connection manages; nothing was sent to Zoom.</source>
        <translation>Calculé à partir de la source et de ce que gère cette connexion&#xa0;; rien n&apos;a été envoyé à Zoom.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Computing impact…</source>
        <translation>Calcul de l&apos;impact…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The impact of this edit could not be computed: %1</source>
        <translation>L&apos;impact de cette modification n&apos;a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (held)</source>
        <translation> (retenu)</translation>
    </message>
</context>
<context>
    <name>pd::KeychainSecretStore</name>
    <message>
        <location filename="../app/core/KeychainSecretStore.cpp" line="+37"/>
        <source>The keychain holds no secret for this connection. Enter it again and save.</source>
        <translation>Le trousseau ne contient aucun secret pour cette connexion. Saisissez-le de nouveau et enregistrez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available on this computer (%1). On Linux, install and unlock GNOME Keyring or KWallet.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur (%1). Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access to the keychain was refused (%1). Allow it and try again.</source>
        <translation>L&apos;accès au trousseau a été refusé (%1). Autorisez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain is locked and could not be unlocked (%1). Unlock the login keyring (for example in Passwords and Keys) and retry.</source>
        <translation>Le trousseau est verrouillé et n&apos;a pas pu être déverrouillé (%1). Déverrouillez le trousseau de connexion (par exemple dans Mots de passe et clés) et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain service could be reached (%1). On Linux, ProvisionDesk needs the Secret Service (GNOME Keyring or KWallet) running in your desktop session.</source>
        <translation>Aucun service de trousseau n&apos;a pu être joint (%1). Sous Linux, ProvisionDesk a besoin du Secret Service (GNOME Keyring ou KWallet) en cours d&apos;exécution dans votre session de bureau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>pd::LanguageMenu</name>
    <message>
        <location filename="../ui/window/LanguageMenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProvisionDesk and provisiondesk-cli use the new language from their next start.</source>
        <translation>ProvisionDesk et provisiondesk-cli utiliseront la nouvelle langue à leur prochain démarrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PROVISIONDESK_LANG is set in the environment; it overrides this choice while it is set.</source>
        <translation>PROVISIONDESK_LANG est défini dans l’environnement&#xa0;; tant qu’il l’est, il prime sur ce choix.</translation>
    </message>
</context>
<context>
    <name>pd::LdapSettings</name>
    <message>
        <location filename="../app/directory/LdapSettings.cpp" line="+58"/>
        <source>The directory URL must look like ldaps://dc1.example.com or ldap://ldap.example.com.</source>
        <translation>L&apos;URL de l&apos;annuaire doit ressembler à ldaps://dc1.example.com ou ldap://ldap.example.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>StartTLS is for ldap:// URLs; ldaps:// is already encrypted.</source>
        <translation>StartTLS est destiné aux URL ldap://&#xa0;; ldaps:// est déjà chiffré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain ldap:// would send the password and everyone&apos;s data unencrypted. Use ldaps:// or turn on StartTLS.</source>
        <translation>Un ldap:// simple enverrait le mot de passe et les données de tout le monde en clair. Utilisez ldaps:// ou activez StartTLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the base DN in &quot;Base DN&quot;, not in the URL.</source>
        <translation>Indiquez le DN de base dans «&#xa0;DN de base&#xa0;», pas dans l&apos;URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base DN is required, for example ou=People,dc=example,dc=com.</source>
        <translation>Le DN de base est obligatoire, par exemple ou=People,dc=example,dc=com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LDAP filter must be enclosed in parentheses, with a ) for every (, for example (&amp;(objectClass=person)(mail=*)).</source>
        <translation>Le filtre LDAP doit être entre parenthèses, avec une ) pour chaque (, par exemple (&amp;(objectClass=person)(mail=*)).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page size must be between 1 and 5000.</source>
        <translation>La taille de page doit être comprise entre 1 et 5000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Le délai d&apos;expiration doit être compris entre 1 et 600 secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the attribute that marks disabled people.</source>
        <translation>Indiquez l&apos;attribut qui signale les personnes désactivées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an attribute name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;attribut.</translation>
    </message>
</context>
<context>
    <name>pd::LdapSource</name>
    <message>
        <location filename="../app/directory/LdapSource.cpp" line="+119"/>
        <source>The directory server %1 port %2 cannot be reached.</source>
        <translation>Le serveur d&apos;annuaire %1 (port %2) est injoignable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the server name and port, that the server is running, and that no firewall blocks the connection.</source>
        <translation>Vérifiez le nom et le port du serveur, que le serveur est en marche et qu&apos;aucun pare-feu ne bloque la connexion.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>The secure connection to %1 failed.</source>
        <translation>La connexion sécurisée à %1 a échoué.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The server&apos;s certificate must be trusted and issued for &quot;%1&quot;. Add your CA&apos;s certificate as &quot;CA certificate&quot; if a private CA issued it. Certificate checks cannot be turned off.</source>
        <translation>Le certificat du serveur doit être approuvé et émis pour «&#xa0;%1&#xa0;». Ajoutez le certificat de votre autorité de certification dans «&#xa0;Certificat de l&apos;AC&#xa0;» si une AC privée l&apos;a émis. Les vérifications de certificat ne peuvent pas être désactivées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory server %1 does not answer.</source>
        <translation>Le serveur d&apos;annuaire %1 ne répond pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name and port, and that it speaks LDAP on that port.</source>
        <translation>Vérifiez le nom et le port du serveur, et qu&apos;il parle LDAP sur ce port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server must support StartTLS with a trusted certificate issued for &quot;%1&quot;; or use ldaps://. Add your CA&apos;s certificate if a private CA issued it.</source>
        <translation>Le serveur doit prendre en charge StartTLS avec un certificat approuvé émis pour «&#xa0;%1&#xa0;»&#xa0;; sinon, utilisez ldaps://. Ajoutez le certificat de votre AC si une AC privée l&apos;a émis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate must be trusted and issued for &quot;%1&quot;. Add your CA&apos;s certificate if a private CA issued it.</source>
        <translation>Le certificat du serveur doit être approuvé et émis pour «&#xa0;%1&#xa0;». Ajoutez le certificat de votre AC si une AC privée l&apos;a émis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The directory refused the bind DN &quot;%1&quot; with this password.</source>
        <translation>L&apos;annuaire a refusé le DN de liaison «&#xa0;%1&#xa0;» avec ce mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the bind DN (on Active Directory also user@domain works) and enter the password again.</source>
        <translation>Vérifiez le DN de liaison (sur Active Directory, user@domaine fonctionne aussi) et saisissez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base DN &quot;%1&quot; does not exist on %2.</source>
        <translation>Le DN de base «&#xa0;%1&#xa0;» n&apos;existe pas sur %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, for example ou=People,dc=example,dc=com.</source>
        <translation>Vérifiez l&apos;orthographe, par exemple ou=People,dc=example,dc=com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LDAP filter &quot;%1&quot; is not valid.</source>
        <translation>Le filtre LDAP «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it like (&amp;(objectClass=person)(mail=*)): every condition in parentheses.</source>
        <translation>Écrivez-le comme (&amp;(objectClass=person)(mail=*))&#xa0;: chaque condition entre parenthèses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not support paged searches.</source>
        <translation>%1 ne prend pas en charge les recherches paginées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProvisionDesk needs the paged results control (RFC 2696) to read large directories.</source>
        <translation>ProvisionDesk a besoin du contrôle de résultats paginés (RFC 2696) pour lire les grands annuaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory server %1 did not answer in time.</source>
        <translation>Le serveur d&apos;annuaire %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, raise the timeout, or narrow the base DN or filter.</source>
        <translation>Réessayez, augmentez le délai d&apos;expiration, ou restreignez le DN de base ou le filtre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The directory server %1 reported an error.</source>
        <translation>Le serveur d&apos;annuaire %1 a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the details; the directory&apos;s administrator can tell what it means.</source>
        <translation>Consultez les détails&#xa0;; l&apos;administrateur de l&apos;annuaire peut en expliquer le sens.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix the directory settings.</source>
        <translation>Corrigez les paramètres de l&apos;annuaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bind password; it is kept in the system keychain.</source>
        <translation>Saisissez le mot de passe de liaison&#xa0;; il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Le fichier de certificat d&apos;AC %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PEM file of the CA that issued the directory server&apos;s certificate.</source>
        <translation>Choisissez le fichier PEM de l&apos;AC qui a émis le certificat du serveur d&apos;annuaire.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the entry has no %1 value and was skipped</source>
        <translation>l&apos;entrée n&apos;a pas de valeur %1 et a été ignorée</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the directory referred part of the search to %1, which is not followed: people there were not read. Point the base DN at the server that holds them, or narrow it.</source>
        <translation>l&apos;annuaire a renvoyé une partie de la recherche vers %1, ce qui n&apos;est pas suivi&#xa0;: les personnes qui s&apos;y trouvent n&apos;ont pas été lues. Pointez le DN de base vers le serveur qui les contient, ou restreignez-le.</translation>
    </message>
</context>
<context>
    <name>pd::MappingEditor</name>
    <message>
        <location filename="../ui/rule/MappingEditor.cpp" line="+60"/>
        <source>For each Zoom attribute, choose where its value comes from. Attributes that are not mapped are never sent. Expressions: lower(mail), trim(givenName) + &apos; &apos; + sn, default(department, &apos;Staff&apos;), map(license, &apos;Pro&apos; =&gt; &apos;Licensed&apos;, else =&gt; &apos;Basic&apos;).</source>
        <translation>Pour chaque attribut Zoom, choisissez la provenance de sa valeur. Les attributs non associés ne sont jamais envoyés. Expressions&#xa0;: lower(mail), trim(givenName) + &apos; &apos; + sn, default(department, &apos;Staff&apos;), map(license, &apos;Pro&apos; =&gt; &apos;Licensed&apos;, else =&gt; &apos;Basic&apos;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Zoom attribute&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attribut Zoom&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;From&lt;/b&gt;</source>
        <translation>&lt;b&gt;Provenance&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Source attribute, value or expression&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attribut source, valeur ou expression&lt;/b&gt;</translation>
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
SCIM&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not mapped</source>
        <translation>Non associé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 comes from</source>
        <translation>Provenance de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 source</source>
        <translation>Source de %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>e.g. 1</source>
        <translation>p. ex. 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default country code for phone numbers</source>
        <translation>Indicatif pays par défaut pour les numéros de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use defaults for this source</source>
        <translation>Utiliser les valeurs par défaut pour cette source</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default &amp;country code for phones without +:</source>
        <translation>Indicatif &amp;pays par défaut pour les téléphones sans +&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>source attribute</source>
        <translation>attribut source</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expression, e.g. lower(mail)</source>
        <translation>expression, p. ex. lower(mail)</translation>
    </message>
</context>
<context>
    <name>pd::MessageBanner</name>
    <message>
        <location filename="../ui/widgets/MessageBanner.cpp" line="+38"/>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>pd::NameEditor</name>
    <message>
        <location filename="../ui/editors/NameEditor.cpp" line="+27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Zoom (production)</source>
        <translation>Par exemple&#xa0;: Zoom (production)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: what this connection provisions, and for whom</source>
        <translation>Facultatif&#xa0;: ce que provisionne cette connexion, et pour qui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name appears in the list of connections on the Provisioning page.</source>
        <translation>Le nom apparaît dans la liste des connexions de la page Provisionnement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The description is too long (%1 characters at most).</source>
        <translation>La description est trop longue (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A connection named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Une connexion nommée «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>pd::NamePage</name>
    <message>
        <location filename="../ui/wizard/NamePage.cpp" line="+18"/>
        <source>Name and description</source>
        <translation>Nom et description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name this provisioning connection so that you can find it in the list.</source>
        <translation>Nommez cette connexion de provisionnement pour la retrouver dans la liste.</translation>
    </message>
</context>
<context>
    <name>pd::NewConnectionWizard</name>
    <message>
        <location filename="../ui/wizard/NewConnectionWizard.cpp" line="+27"/>
        <location line="+1"/>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identity store</source>
        <translation>Magasin d&apos;identités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User actions</source>
        <translation>Actions utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help for this step</source>
        <translation>Aide pour cette étape</translation>
    </message>
</context>
<context>
    <name>pd::OutboundRule</name>
    <message>
        <location filename="../app/directory/OutboundRule.cpp" line="+59"/>
        <source>the default country code is 1 to 3 digits, such as 1 or 44</source>
        <translation>l&apos;indicatif pays par défaut comporte 1 à 3 chiffres, par exemple 1 ou 44</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The connection &quot;%1&quot; has no outbound rule yet.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» n&apos;a pas encore de règle sortante.</translation>
    </message>
</context>
<context>
    <name>pd::ProvisioningActions</name>
    <message>
        <location filename="../ui/actions/ProvisioningActions.cpp" line="+37"/>
        <source>Outbound &amp;Rule…</source>
        <translation>&amp;Règle sortante…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the outbound rule</source>
        <translation>Modifier la règle sortante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynchroniser…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now, dry run or full resync</source>
        <translation>Synchroniser maintenant, simulation ou resynchronisation complète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisioning history of this connection</source>
        <translation>Historique de provisionnement de cette connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;chedule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync on this computer&apos;s own scheduler</source>
        <translation>Synchroniser avec le planificateur de cet ordinateur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync summary</source>
        <translation>Résumé de synchronisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outbound Rule — %1</source>
        <translation>Règle sortante — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete Rule…</source>
        <translation>S&amp;upprimer la règle…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+19"/>
        <source>Outbound Rule</source>
        <translation>Règle sortante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule was saved, but the LDAP password was not: %1</source>
        <translation>La règle a été enregistrée, mais pas le mot de passe LDAP&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Outbound Rule</source>
        <translation>Supprimer la règle sortante</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Provision Now</source>
        <translation>Provisionner maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That connection no longer exists, so there is nothing to sync.</source>
        <translation>Cette connexion n&apos;existe plus, il n&apos;y a donc rien à synchroniser.</translation>
    </message>
</context>
<context>
    <name>pd::ProvisioningWindow</name>
    <message>
        <location filename="../ui/window/ProvisioningWindow.cpp" line="+59"/>
        <source>Provisioning — ProvisionDesk</source>
        <translation>Provisionnement — ProvisionDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No connections yet</source>
        <translation>Aucune connexion pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A connection tells ProvisionDesk which Zoom account to provision users into, and how to sign in to it.</source>
        <translation>Une connexion indique à ProvisionDesk dans quel compte Zoom provisionner les utilisateurs, et comment s&apos;y connecter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Connection</source>
        <translation>&amp;Nouvelle connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Co&amp;nnections</source>
        <translation>Co&amp;nnexions</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ProvisionDesk</source>
        <translation>À &amp;propos de ProvisionDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Kept for this session only (no keychain); enter it again after a restart</source>
        <translation>Conservé pour cette session uniquement (pas de trousseau)&#xa0;; saisissez-le de nouveau après un redémarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>Saved connection &quot;%1&quot;.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authentication settings of &quot;%1&quot; changed, so it is untested and cannot be enabled until a connection test passes. Test it now?</source>
        <translation>Les paramètres d&apos;authentification de «&#xa0;%1&#xa0;» ont changé&#xa0;: elle n&apos;est donc pas testée et ne peut pas être activée tant qu&apos;un test de connexion n&apos;a pas réussi. La tester maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test Now</source>
        <translation>&amp;Tester maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the connection &quot;%1&quot;?</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its client secret is removed from the keychain too. Users already provisioned in Zoom are not changed.</source>
        <translation>Son secret client est également retiré du trousseau. Les utilisateurs déjà provisionnés dans Zoom ne sont pas modifiés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted connection &quot;%1&quot; and its secrets.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» et ses secrets supprimés.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing &quot;%1&quot;…</source>
        <translation>Test de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connection successful. %1</source>
        <translation>Connexion réussie. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection failed. %1</source>
        <translation>Échec du test de connexion. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is valid.</source>
        <translation>«&#xa0;%1&#xa0;» est valide.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is invalid.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is enabled.</source>
        <translation>«&#xa0;%1&#xa0;» est activée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is disabled.</source>
        <translation>«&#xa0;%1&#xa0;» est désactivée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About ProvisionDesk</source>
        <translation>À propos de ProvisionDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ProvisionDesk %1&lt;/b&gt;&lt;p&gt;Provisions users from a directory into Zoom through SCIM 2.0 and Server-to-Server OAuth.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ProvisionDesk %1&lt;/b&gt;&lt;p&gt;Provisionne les utilisateurs d&apos;un annuaire dans Zoom via SCIM 2.0 et Server-to-Server OAuth.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pd::RuleDeletion</name>
    <message>
        <location filename="../app/directory/RuleDeletion.cpp" line="+24"/>
        <source>Delete the outbound rule? The %n Zoom user(s) it manages stay in Zoom as they are; nothing more is synced for them.</source>
        <translation>Supprimer la règle sortante&#xa0;? Les %n utilisateurs Zoom qu&apos;elle gère restent dans Zoom tels quels&#xa0;; plus rien n&apos;est synchronisé pour eux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule deleted; %n managed user(s) left in Zoom.</source>
        <translation>Règle supprimée&#xa0;; %n utilisateur(s) géré(s) laissé(s) dans Zoom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the outbound rule? &quot;Deprovision on rule deletion&quot; is on, so the %n Zoom user(s) it manages will be DELETED from Zoom. Zoom may delete their meetings, webinars and recordings too. This cannot be undone.</source>
        <translation>Supprimer la règle sortante&#xa0;? «&#xa0;Déprovisionner à la suppression de la règle&#xa0;» est activé&#xa0;: les %n utilisateur(s) Zoom qu&apos;elle gère seront donc SUPPRIMÉS de Zoom. Zoom peut également supprimer leurs réunions, webinaires et enregistrements. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule deleted; %n managed user(s) handed to the sync engine for deletion.</source>
        <translation>Règle supprimée&#xa0;; %n utilisateur(s) géré(s) confié(s) au moteur de synchronisation pour suppression.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the outbound rule? &quot;Deprovision on rule deletion&quot; is on, so the %n Zoom user(s) it manages will be deactivated in Zoom. They keep their settings and can be reactivated.</source>
        <translation>Supprimer la règle sortante&#xa0;? «&#xa0;Déprovisionner à la suppression de la règle&#xa0;» est activé&#xa0;: les %n utilisateur(s) Zoom qu&apos;elle gère seront donc désactivés dans Zoom. Ils conservent leurs paramètres et peuvent être réactivés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule deleted; %n managed user(s) handed to the sync engine for deactivation.</source>
        <translation>Règle supprimée&#xa0;; %n utilisateur(s) géré(s) confié(s) au moteur de synchronisation pour désactivation.</translation>
    </message>
</context>
<context>
    <name>pd::RuleEditor</name>
    <message>
        <location filename="../ui/rule/RuleEditor.cpp" line="+26"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;filter</source>
        <translation>&amp;Filtre utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute &amp;mapping</source>
        <translation>&amp;Mappage des attributs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;rule</source>
        <translation>Tester la &amp;règle</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The stored rule could not be read; saving replaces it.
%1</source>
        <translation>La règle enregistrée n&apos;a pas pu être lue&#xa0;; l&apos;enregistrement la remplacera.
%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The attribute mapping has errors; they are shown under the attributes.</source>
        <translation>Le mappage des attributs contient des erreurs&#xa0;; elles sont indiquées sous les attributs.</translation>
    </message>
</context>
<context>
    <name>pd::RuleEvaluator</name>
    <message>
        <location filename="../app/directory/RuleEvaluator.cpp" line="+130"/>
        <source>the username %1 is also used by %2; Zoom would treat them as one account</source>
        <translation>le nom d&apos;utilisateur %1 est aussi utilisé par %2&#xa0;; Zoom les traiterait comme un seul compte</translation>
    </message>
</context>
<context>
    <name>pd::RulePreviewPanel</name>
    <message>
        <location filename="../ui/rule/RulePreviewPanel.cpp" line="+58"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source attributes</source>
        <translation>Attributs source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create request body</source>
        <translation>Corps de la requête de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update request body</source>
        <translation>Corps de la requête de mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;vision now</source>
        <translation>Pro&amp;visionner maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name, email, key or any value</source>
        <translation>nom, e-mail, clé ou toute autre valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person in the source</source>
        <translation>Rechercher une personne dans la source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source attributes:</source>
        <translation>Attributs source&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provision now</source>
        <translation>Provisionner maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync just this person to Zoom now with the saved rule; nobody else is touched.</source>
        <translation>Synchroniser uniquement cette personne vers Zoom maintenant avec la règle enregistrée&#xa0;; personne d&apos;autre n&apos;est touché.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create: POST /Users</source>
        <translation>Création&#xa0;: POST /Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update: PUT /Users/{id}</source>
        <translation>Mise à jour&#xa0;: PUT /Users/{id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find people in the source to see exactly what would be sent to Zoom for them. Nothing is sent.</source>
        <translation>Recherchez des personnes dans la source pour voir exactement ce qui serait envoyé à Zoom pour elles. Rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Searching...</source>
        <translation>Recherche...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nobody matches.</source>
        <translation>Personne ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s) shown.</source>
        <translation>
            <numerusform>%n personne affichée.</numerusform>
            <numerusform>%n personnes affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>key: %1</source>
        <translation>clé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled: %1</source>
        <translation>désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out of scope: %1. Nothing would be sent.</source>
        <translation>Hors périmètre&#xa0;: %1. Rien ne serait envoyé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid: this person would not be sent until the problems below are fixed.</source>
        <translation>Non valide&#xa0;: cette personne ne sera pas envoyée tant que les problèmes ci-dessous ne sont pas corrigés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope: this is what Zoom would receive.</source>
        <translation>Dans le périmètre&#xa0;: voici ce que Zoom recevrait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope, inactive: Zoom would receive this with active false.</source>
        <translation>Dans le périmètre, inactif&#xa0;: Zoom recevrait ceci avec active à false.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The rule has unsaved changes: Provision now syncs with the saved rule, so save it first.</source>
        <translation>La règle contient des modifications non enregistrées&#xa0;: Provisionner maintenant synchronise avec la règle enregistrée, enregistrez-la donc d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>pd::RuleRunModel</name>
    <message>
        <location filename="../ui/rule/RuleRunModel.cpp" line="+30"/>
        <source>In scope</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of scope</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (inactive)</source>
        <translation> (inactif)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>pd::RuleSummaryView</name>
    <message>
        <location filename="../ui/window/RuleSummaryView.cpp" line="+23"/>
        <source>Outbound rule</source>
        <translation>Règle sortante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope:</source>
        <translation>Dans le périmètre&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule source</source>
        <translation>Source de la règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in scope at the last sync</source>
        <translation>Personnes dans le périmètre lors de la dernière synchronisation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CSV file %1</source>
        <translation>Fichier CSV %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAP %1, base DN %2</source>
        <translation>LDAP %1, DN de base %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No outbound rule yet: set one with “Outbound Rule…”.</source>
        <translation>Pas encore de règle sortante&#xa0;: définissez-en une avec «&#xa0;Règle sortante…&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisée</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n people at the last sync (%1)</source>
        <translation>
            <numerusform>%n personne lors de la dernière synchronisation (%1)</numerusform>
            <numerusform>%n personnes lors de la dernière synchronisation (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RuleTestPanel</name>
    <message>
        <location filename="../ui/rule/RuleTestPanel.cpp" line="+24"/>
        <source>&amp;Test rule</source>
        <translation>&amp;Tester la règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exporter en CSV...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runs the rule over the whole source and shows what would happen to each person. Nothing is sent to Zoom.</source>
        <translation>Applique la règle à toute la source et montre ce qui arriverait à chaque personne. Rien n&apos;est envoyé à Zoom.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test rule results</source>
        <translation>Résultats du test de la règle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the source...</source>
        <translation>Lecture de la source...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 in scope (%2 inactive), %3 out of scope, %4 invalid; %5 with warnings.</source>
        <translation>%1 dans le périmètre (%2 inactifs), %3 hors périmètre, %4 non valides&#xa0;; %5 avec avertissements.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping has errors, so nobody can be provisioned: %1</source>
        <translation>Le mappage contient des erreurs, personne ne peut donc être provisionné&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export test results</source>
        <translation>Exporter les résultats du test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pd::RunDetailPanel</name>
    <message>
        <location filename="../ui/history/RunDetailPanel.cpp" line="+29"/>
        <source>Events of the run</source>
        <translation>Événements de l’exécution</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Double-click a user to see their history across all runs.</source>
        <translation>Double-cliquez sur un utilisateur pour voir son historique sur toutes les exécutions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo This Run…</source>
        <translation>&amp;Annuler cette exécution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, then reverse what this run changed in Zoom (the connection is then disabled).</source>
        <translation>Prévisualiser, puis annuler ce que cette exécution a modifié dans Zoom (la connexion est ensuite désactivée).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a run to see what it did to each user.</source>
        <translation>Sélectionnez une exécution pour voir ce qu&apos;elle a fait à chaque utilisateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>full resync</source>
        <translation>resynchronisation complète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incremental</source>
        <translation>incrémentielle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dry run: nothing was changed</source>
        <translation>simulation&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · from the %3 · %4&lt;br&gt;Started %5 · finished %6 · %7 · %8&lt;br&gt;Created %9 · updated %10 · removed %11 · failed %12 · %13 events · HTTP requests: %14</source>
        <translation>&lt;b&gt;Exécution %1&lt;/b&gt; · %2 · via %3 · %4&lt;br&gt;Démarrée %5 · terminée %6 · %7 · %8&lt;br&gt;Créés %9 · mis à jour %10 · supprimés %11 · en échec %12 · %13 événements · requêtes HTTP&#xa0;: %14</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 events loaded; scroll for more</source>
        <translation>%1 événements chargés sur %2&#xa0;; faites défiler pour en voir plus</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RunRetryBar</name>
    <message>
        <location filename="../ui/history/RunRetryBar.cpp" line="+23"/>
        <location line="+73"/>
        <source>Retry &amp;failed users</source>
        <translation>Relancer les utilisateurs en &amp;échec</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+76"/>
        <source>Pro&amp;vision selected now</source>
        <translation>Pro&amp;visionner la sélection maintenant</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Retry failed users</source>
        <translation>Relancer les utilisateurs en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync every user this run failed again now, and nobody else.</source>
        <translation>Synchroniser de nouveau maintenant tous les utilisateurs en échec lors de cette exécution, et personne d&apos;autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision selected now</source>
        <translation>Provisionner la sélection maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select failed rows, then sync just those users now.</source>
        <translation>Sélectionnez des lignes en échec, puis synchronisez uniquement ces utilisateurs maintenant.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Retry &amp;failed users (%1)</source>
        <translation>Relancer les utilisateurs en &amp;échec (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pro&amp;vision selected now (%1)</source>
        <translation>Pro&amp;visionner la sélection maintenant (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user failed in this run.</source>
        <translation>Aucun utilisateur n&apos;a échoué lors de cette exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select failed rows to provision just those users.</source>
        <translation>Sélectionnez des lignes en échec pour provisionner uniquement ces utilisateurs.</translation>
    </message>
</context>
<context>
    <name>pd::RunsChartView</name>
    <message>
        <location filename="../ui/history/RunsChartView.cpp" line="+23"/>
        <source>wk %1</source>
        <translation>sem. %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed or disabled</source>
        <translation>Supprimés ou désactivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs in this period</source>
        <translation>Aucune exécution sur cette période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes per %1</source>
        <translation>Modifications par %1</translation>
    </message>
</context>
<context>
    <name>pd::RunsModel</name>
    <message>
        <location filename="../ui/history/RunsModel.cpp" line="+22"/>
        <source>Dry run, full</source>
        <translation>Simulation, complète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full resync</source>
        <translation>Resynchronisation complète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incremental</source>
        <translation>Incrémentielle</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP requests: %1</source>
        <translation>Requêtes HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Users created in Zoom</source>
        <translation>Utilisateurs créés dans Zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users updated, reactivated or adopted (linked to an existing Zoom account)</source>
        <translation>Utilisateurs mis à jour, réactivés ou adoptés (liés à un compte Zoom existant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users disabled or removed (by the Remove Action)</source>
        <translation>Utilisateurs désactivés ou supprimés (par l&apos;action de suppression)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations Zoom or the network refused</source>
        <translation>Opérations refusées par Zoom ou par le réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every user the run touched, skipped or planned</source>
        <translation>Tous les utilisateurs touchés, ignorés ou prévus par l&apos;exécution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>pd::SavePage</name>
    <message>
        <location filename="../ui/wizard/SavePage.cpp" line="+27"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the connection, then click Save. The Client Secret goes to the system keychain.</source>
        <translation>Vérifiez la connexion, puis cliquez sur Enregistrer. Le secret client est placé dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the connection</source>
        <translation>Enregistrement de la connexion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>•••••••• (goes to the system keychain)</source>
        <translation>•••••••• (placé dans le trousseau du système)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection test passed. After saving, turn the connection on with the toggle in its details panel.</source>
        <translation>Le test de connexion a réussi. Après l&apos;enregistrement, activez la connexion avec l&apos;interrupteur de son panneau de détails.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection will be saved as invalid: it cannot be enabled or synced until a connection test passes.</source>
        <translation>La connexion sera enregistrée comme non valide&#xa0;: elle ne pourra être ni activée ni synchronisée tant qu&apos;un test de connexion n&apos;aura pas réussi.</translation>
    </message>
</context>
<context>
    <name>pd::SaveProblemPanel</name>
    <message>
        <location filename="../ui/widgets/SaveProblemPanel.cpp" line="+16"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep for This Session Only</source>
        <translation>&amp;Conserver pour cette session uniquement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry saving</source>
        <translation>Réessayer l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the secret for this session only</source>
        <translation>Conserver le secret pour cette session uniquement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1

ProvisionDesk never writes secrets to disk. You can keep the Client Secret for this session only: the connection is saved, and you enter the secret again after restarting ProvisionDesk.</source>
        <translation>%1

ProvisionDesk n&apos;écrit jamais de secrets sur le disque. Vous pouvez conserver le secret client pour cette session uniquement&#xa0;: la connexion est enregistrée, et vous saisirez de nouveau le secret après avoir redémarré ProvisionDesk.</translation>
    </message>
</context>
<context>
    <name>pd::ScheduleDialog</name>
    <message>
        <location filename="../ui/actions/ScheduleDialog.cpp" line="+33"/>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule — %1</source>
        <translation>Planification — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 hours</source>
        <translation>Toutes les 2 heures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 12 hours</source>
        <translation>Toutes les 12 heures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every day at…</source>
        <translation>Tous les jours à…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd user timer (Linux)</source>
        <translation>Minuteur utilisateur systemd (Linux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launchd agent (macOS)</source>
        <translation>Agent launchd (macOS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task Scheduler (Windows)</source>
        <translation>Planificateur de tâches (Windows)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview format</source>
        <translation>Format de l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduler files</source>
        <translation>Fichiers du planificateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync &quot;%1&quot; on this computer&apos;s own scheduler, also while ProvisionDesk is closed. Each run is a provisiondesk-cli sync, recorded in the history like any other; monitor it with provisiondesk-cli status.</source>
        <translation>Synchroniser «&#xa0;%1&#xa0;» avec le planificateur de cet ordinateur, même lorsque ProvisionDesk est fermé. Chaque exécution est un provisiondesk-cli sync, enregistré dans l&apos;historique comme les autres&#xa0;; surveillez-la avec provisiondesk-cli status.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sync:</source>
        <translation>&amp;Synchroniser&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview for:</source>
        <translation>&amp;Aperçu pour&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the files for this system&apos;s scheduler and enable them</source>
        <translation>Écrire les fichiers pour le planificateur de ce système et les activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the schedule and delete its files</source>
        <translation>Désactiver la planification et supprimer ses fichiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provisiondesk-cli was not found next to ProvisionDesk: install it to schedule syncs.</source>
        <translation>provisiondesk-cli est introuvable à côté de ProvisionDesk&#xa0;: installez-le pour planifier des synchronisations.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failed. </source>
        <translation>Échec. </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Install writes these files and enables them; Remove disables and deletes them.</source>
        <translation>Installer écrit ces fichiers et les active&#xa0;; Retirer les désactive et les supprime.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview only: Install and Remove use this system&apos;s scheduler (%1).</source>
        <translation>Aperçu uniquement&#xa0;: Installer et Retirer utilisent le planificateur de ce système (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removing…</source>
        <translation>Retrait…</translation>
    </message>
</context>
<context>
    <name>pd::ScheduleInstaller</name>
    <message>
        <location filename="../app/core/ScheduleInstaller.cpp" line="+18"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>No schedule of &quot;%1&quot; is installed (%2).</source>
        <translation>Aucune planification de «&#xa0;%1&#xa0;» n&apos;est installée (%2).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not available here; run this yourself where it is: %2</source>
        <translation>%1 n&apos;est pas disponible ici&#xa0;; exécutez vous-même cette commande là où il l&apos;est&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ran %1</source>
        <translation>%1 exécuté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ran %1 (it did not succeed, which is fine here: %2)</source>
        <translation>%1 exécuté (sans succès, ce qui est normal ici&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not succeed: %2</source>
        <translation>%1 n&apos;a pas réussi&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this yourself in your session: %1</source>
        <translation>Exécutez vous-même ceci dans votre session&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot start %1: %2. Run this yourself: %3</source>
        <translation>Impossible de démarrer %1&#xa0;: %2. Exécutez vous-même&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pd::ScimClient</name>
    <message>
        <location filename="../app/scim/ScimClient.cpp" line="+229"/>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the answer is JSON but not a SCIM ListResponse</source>
        <translation>la réponse est du JSON, mais pas une ListResponse SCIM</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the server answered startIndex %1 when asked for %2</source>
        <translation>le serveur a répondu startIndex %1 alors que %2 était demandé</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the page at startIndex %1 repeats %n user(s) already listed</source>
        <translation>
            <numerusform>la page à startIndex %1 répète %n utilisateur déjà listé</numerusform>
            <numerusform>la page à startIndex %1 répète %n utilisateurs déjà listés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server listed %1 users but reports totalResults %2</source>
        <translation>le serveur a listé %1 utilisateurs mais indique totalResults %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the user list does not add up: %1</source>
        <translation>la liste des utilisateurs est incohérente&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>cancelled after %n page(s)</source>
        <translation>
            <numerusform>annulé après %n page</numerusform>
            <numerusform>annulé après %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>409 after a retried create; checking whether the first attempt created the user</source>
        <translation>409 après une création relancée&#xa0;; vérification que la première tentative n&apos;a pas déjà créé l&apos;utilisateur</translation>
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
        <translation>HTTP %1 (code %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: redirect to %1</source>
        <translation>&#xa0;: redirection vers %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no location)</source>
        <translation>(pas d&apos;emplacement)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (%1; no further requests before %2 UTC)</source>
        <translation> (%1&#xa0;; aucune autre requête avant %2 UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily limit</source>
        <translation>limite quotidienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>long wait</source>
        <translation>attente longue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (daily limit; no further requests today)</source>
        <translation> (limite quotidienne&#xa0;; aucune autre requête aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (an HTML page, not JSON)</source>
        <translation> (une page HTML, pas du JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: empty or unexpected body</source>
        <translation>&#xa0;: corps vide ou inattendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS: %1</source>
        <translation>TLS&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pd::ScimTransport</name>
    <message>
        <location filename="../app/scim/ScimTransport.cpp" line="+30"/>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>not a valid URL: %1</source>
        <translation>URL non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only https:// URLs are used: %1</source>
        <translation>seules les URL https:// sont utilisées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain http:// is used only to this computer; use https:// for %1</source>
        <translation>http:// simple n&apos;est utilisé que vers cet ordinateur&#xa0;; utilisez https:// pour %1</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the answer is larger than %1; it was not read</source>
        <translation>la réponse dépasse %1&#xa0;; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>%1 -&gt; %2 (%3 ms, attempt %4)</source>
        <translation>%1 -&gt; %2 (%3 ms, tentative %4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>access token rejected; requesting a new one and retrying once</source>
        <translation>jeton d&apos;accès rejeté&#xa0;; demande d&apos;un nouveau jeton et nouvelle tentative unique</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>giving up after %n attempt(s)</source>
        <translation>
            <numerusform>abandon après %n tentative</numerusform>
            <numerusform>abandon après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>retrying in %1 ms</source>
        <translation>nouvelle tentative dans %1 ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cancelled: no further requests</source>
        <translation>annulé&#xa0;: plus aucune requête</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no further requests in this run: %1</source>
        <translation>plus aucune requête lors de cette exécution&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cancelled before the request was sent</source>
        <translation>annulé avant l&apos;envoi de la requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled instead of retrying after: %1</source>
        <translation>annulé au lieu d&apos;une nouvelle tentative après&#xa0;: %1</translation>
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
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
</context>
<context>
    <name>pd::SourceSettings</name>
    <message>
        <location filename="../app/directory/SourceSettings.cpp" line="+68"/>
        <source>Choose the CSV file to read people from.</source>
        <translation>Choisissez le fichier CSV depuis lequel lire les personnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the key column: a value that stays the same for a person, such as an employee number.</source>
        <translation>Choisissez la colonne clé&#xa0;: une valeur qui reste la même pour une personne, comme un matricule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which value of &quot;%1&quot; marks a disabled person.</source>
        <translation>Indiquez quelle valeur de «&#xa0;%1&#xa0;» signale une personne désactivée.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&quot;%1&quot; must be &quot;auto&quot;, &quot;comma&quot;, &quot;semicolon&quot; or &quot;tab&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir «&#xa0;auto&#xa0;», «&#xa0;comma&#xa0;», «&#xa0;semicolon&#xa0;» ou «&#xa0;tab&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; must be &quot;ldap&quot; or &quot;activeDirectory&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir «&#xa0;ldap&#xa0;» ou «&#xa0;activeDirectory&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be &quot;base&quot;, &quot;one&quot; or &quot;sub&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir «&#xa0;base&#xa0;», «&#xa0;one&#xa0;» ou «&#xa0;sub&#xa0;»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; must be &quot;csv&quot; or &quot;ldap&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir «&#xa0;csv&#xa0;» ou «&#xa0;ldap&#xa0;»</translation>
    </message>
</context>
<context>
    <name>pd::SourceSettingsEditor</name>
    <message>
        <location filename="../ui/rule/SourceSettingsEditor.cpp" line="+59"/>
        <source>CSV &amp;file</source>
        <translation>Fichier C&amp;SV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LDAP or Active Directory</source>
        <translation>&amp;LDAP ou Active Directory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test source</source>
        <translation>&amp;Tester la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read people from:</source>
        <translation>Lire les personnes depuis&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sample of the source&apos;s people</source>
        <translation>Échantillon des personnes de la source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that cannot be used</source>
        <translation>Lignes inutilisables</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/path/to/people.csv</source>
        <translation>/chemin/vers/people.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>Délimiteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Délimiteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key column</source>
        <translation>Colonne clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column whose value never changes for a person, such as an employee number. It links each row to the same Zoom user run after run.</source>
        <translation>Une colonne dont la valeur ne change jamais pour une personne, comme un matricule. Elle relie chaque ligne au même utilisateur Zoom d&apos;une exécution à l&apos;autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key column:</source>
        <translation>Colonne &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled when column</source>
        <translation>Colonne de désactivation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled when value</source>
        <translation>Valeur de désactivation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Disabled</source>
        <translation>p. ex. Disabled</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+70"/>
        <source>Disabled &amp;when:</source>
        <translation>Désactivé &amp;quand&#xa0;:</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>e&amp;quals</source>
        <translation>é&amp;gal à</translation>
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
        <translation>Type d&apos;annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory &amp;type:</source>
        <translation>&amp;Type d&apos;annuaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ldaps://dc1.example.com</source>
        <translation>ldaps://dc1.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Start&amp;TLS</source>
        <translation>Utiliser Start&amp;TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind DN</source>
        <translation>DN de liaison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cn=svc-zoom,ou=Service,dc=example,dc=com (empty: anonymous)</source>
        <translation>cn=svc-zoom,ou=Service,dc=example,dc=com (vide&#xa0;: anonyme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind DN:</source>
        <translation>DN de l&amp;iaison&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bind password</source>
        <translation>Mot de passe de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind &amp;password:</source>
        <translation>Mot de &amp;passe de liaison&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base DN</source>
        <translation>DN de base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ou=People,dc=example,dc=com</source>
        <translation>ou=People,dc=example,dc=com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry only</source>
        <translation>Cette entrée uniquement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One level below</source>
        <translation>Un niveau en dessous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole subtree</source>
        <translation>Sous-arborescence entière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Portée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base &amp;DN:</source>
        <translation>&amp;DN de base&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LDAP filter</source>
        <translation>Filtre LDAP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LDAP &amp;filter:</source>
        <translation>&amp;Filtre LDAP&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes to read</source>
        <translation>Attributs à lire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all (or: mail, givenName, sn, title)</source>
        <translation>tous (ou&#xa0;: mail, givenName, sn, title)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attributes:</source>
        <translation>&amp;Attributs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key attribute</source>
        <translation>Attribut clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key attribute:</source>
        <translation>Attribut &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not detected</source>
        <translation>Non détecté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AD: userAccountControl says disabled</source>
        <translation>AD&#xa0;: userAccountControl indique désactivé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute equals value</source>
        <translation>L&apos;attribut est égal à la valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled when</source>
        <translation>Désactivé quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled attribute</source>
        <translation>Attribut de désactivation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>attribute</source>
        <translation>attribut</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Disabled value</source>
        <translation>Valeur de désactivation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificate</source>
        <translation>Certificat de l&apos;AC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional: PEM of your private CA</source>
        <translation>facultatif&#xa0;: PEM de votre AC privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the CA certificate</source>
        <translation>Choisir le certificat de l&apos;AC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l&apos;A&amp;C&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entries per page; timeout</source>
        <translation>entrées par page&#xa0;; délai d&apos;expiration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pa&amp;ging:</source>
        <translation>Pa&amp;gination&#xa0;:</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Enter the bind password.</source>
        <translation>Saisissez le mot de passe de liaison.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source could not be read.</source>
        <translation>La source n&apos;a pas pu être lue.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n person(s) found, %1 disabled; %2 row(s) could not be used. Read in %3 s.</source>
        <translation>
            <numerusform>%n personne trouvée, %1 désactivée(s)&#xa0;; %2 ligne(s) inutilisable(s). Lu en %3 s.</numerusform>
            <numerusform>%n personnes trouvées, %1 désactivée(s)&#xa0;; %2 ligne(s) inutilisable(s). Lu en %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>pd::StrictJson</name>
    <message>
        <location filename="../app/directory/StrictJson.cpp" line="+35"/>
        <location line="+63"/>
        <source>&quot;%1&quot; is required</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de chaînes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>pd::SyncCommand</name>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="+27"/>
        <source>To approve held removals, run `sync %1 --dry-run --json &gt; plan.json`, review its held list, then `sync %1 --approve-removals plan.json`: only the removals listed there are applied, and only while they are still planned the same way.</source>
        <translation>Pour approuver des suppressions retenues, exécutez `sync %1 --dry-run --json &gt; plan.json`, vérifiez sa liste held, puis `sync %1 --approve-removals plan.json`&#xa0;: seules les suppressions qui y sont listées sont appliquées, et uniquement tant qu&apos;elles sont toujours prévues de la même façon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--approve-removals needs the FILE of removals you reviewed. %1</source>
        <translation>--approve-removals nécessite le fichier FILE des suppressions que vous avez vérifiées. %1</translation>
    </message>
</context>
<context>
    <name>pd::SyncEvents</name>
    <message>
        <location filename="../app/sync/SyncEvents.cpp" line="+67"/>
        <source>Zoom reports this user as not in this account: the invitation is still pending, or the email belongs to another Zoom account (%1).</source>
        <translation>Zoom indique que cet utilisateur n&apos;est pas dans ce compte&#xa0;: l&apos;invitation est toujours en attente, ou l&apos;e-mail appartient à un autre compte Zoom (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the run was stopped.</source>
        <translation>Non envoyé&#xa0;: l&apos;exécution a été arrêtée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: Zoom&apos;s %1 stopped the run (%2). The next sync after that time does it.</source>
        <translation>Non appliqué&#xa0;: la %1 de Zoom a arrêté l&apos;exécution (%2). La prochaine synchronisation après cette heure s&apos;en chargera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily request limit</source>
        <translation>limite quotidienne de requêtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rate limit</source>
        <translation>limite de débit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom kept answering &quot;too many requests&quot; after every retry (%1). Lower the connection&apos;s requests per second.</source>
        <translation>Zoom a continué de répondre «&#xa0;trop de requêtes&#xa0;» après chaque nouvelle tentative (%1). Réduisez le nombre de requêtes par seconde de la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom answered with a web page instead of SCIM JSON (%1): a proxy or a wrong SCIM URL?</source>
        <translation>Zoom a répondu par une page web au lieu de JSON SCIM (%1)&#xa0;: un proxy ou une URL SCIM erronée&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source&apos;s Username is %1, but the Zoom account keeps %2: Zoom does not change usernames through SCIM, so the account stays linked by its Zoom ID and no second account is made. To rename it, change the user&apos;s email in Zoom (User Management, Edit user), or change the source back.</source>
        <translation>Le nom d&apos;utilisateur de la source est %1, mais le compte Zoom conserve %2&#xa0;: Zoom ne modifie pas les noms d&apos;utilisateur via SCIM, le compte reste donc lié par son ID Zoom et aucun second compte n&apos;est créé. Pour le renommer, modifiez l&apos;e-mail de l&apos;utilisateur dans Zoom (Gestion des utilisateurs, Modifier l&apos;utilisateur), ou rétablissez la valeur dans la source.</translation>
    </message>
</context>
<context>
    <name>pd::SyncExecutor</name>
    <message>
        <location filename="../app/sync/SyncExecutor.cpp" line="+103"/>
        <source>An earlier, interrupted create had reached Zoom; linked it.</source>
        <translation>Une création antérieure interrompue avait atteint Zoom&#xa0;; le compte a été lié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Linked the existing Zoom account.</source>
        <translation>Le compte Zoom existant a été lié.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Never created in Zoom; nothing to remove.</source>
        <translation>Jamais créé dans Zoom&#xa0;; rien à supprimer.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Already in this Zoom account; linked instead of creating.</source>
        <translation>Déjà dans ce compte Zoom&#xa0;; lié au lieu d&apos;être créé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already holds a Zoom account outside this account (Zoom: &quot;%2&quot;). Zoom cannot adopt it through provisioning: ask the user to change the email of that account, or remove it from the rule.</source>
        <translation>%1 possède déjà un compte Zoom en dehors de ce compte (Zoom&#xa0;: «&#xa0;%2&#xa0;»). Zoom ne peut pas l&apos;adopter via le provisionnement&#xa0;: demandez à l&apos;utilisateur de changer l&apos;e-mail de ce compte, ou retirez-le de la règle.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Zoom does not deactivate users with the Admin role. Make %1 a Member in Zoom first, or take them out of the rule&apos;s scope.</source>
        <translation>Zoom ne désactive pas les utilisateurs ayant le rôle Administrateur. Attribuez d&apos;abord le rôle Membre à %1 dans Zoom, ou sortez-le du périmètre de la règle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Already deleted in Zoom.</source>
        <translation>Déjà supprimé dans Zoom.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No longer in Zoom (deleted there).</source>
        <translation>N&apos;est plus dans Zoom (supprimé dans Zoom).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer in Zoom (deleted there); the next sync provisions the user again.</source>
        <translation>N&apos;est plus dans Zoom (supprimé dans Zoom)&#xa0;; la prochaine synchronisation provisionnera de nouveau l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot record progress in the database (%1). The run stops so that nothing is done without a record.</source>
        <translation>Impossible d&apos;enregistrer la progression dans la base de données (%1). L&apos;exécution s&apos;arrête pour que rien ne soit fait sans trace.</translation>
    </message>
</context>
<context>
    <name>pd::SyncHeldView</name>
    <message>
        <location filename="../ui/sync/SyncHeldView.cpp" line="+21"/>
        <source>Select a&amp;ll</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;none</source>
        <translation>&amp;Ne rien sélectionner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Held removals</source>
        <translation>Suppressions retenues</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select every held user</source>
        <translation>Sélectionner tous les utilisateurs retenus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the selection of held users</source>
        <translation>Effacer la sélection des utilisateurs retenus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected removals</source>
        <translation>Approuver les suppressions sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve all held removals</source>
        <translation>Approuver toutes les suppressions retenues</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing is held. When a sync would remove or disable more users than the removal guard allows, it holds them here for your approval and applies everything else.</source>
        <translation>Rien n&apos;est retenu. Lorsqu&apos;une synchronisation supprimerait ou désactiverait plus d&apos;utilisateurs que le garde-fou de suppression ne l&apos;autorise, elle les retient ici pour votre approbation et applique tout le reste.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Remove Action is Delete: approved users are deleted from Zoom with their meetings and recordings.</source>
        <translation>L&apos;action de suppression est Supprimer&#xa0;: les utilisateurs approuvés sont supprimés de Zoom avec leurs réunions et leurs enregistrements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Remove Action is Disable: approved users are deactivated in Zoom and can be reactivated later.</source>
        <translation>L&apos;action de suppression est Désactiver&#xa0;: les utilisateurs approuvés sont désactivés dans Zoom et pourront être réactivés plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sync would hold removals or disables for approval: %1. %2 Run Sync now to review and approve them.</source>
        <translation>Une synchronisation retiendrait des suppressions ou désactivations pour approbation&#xa0;: %1. %2 Lancez Synchroniser maintenant pour les vérifier et les approuver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held by the removal guard: %1 removals or disables. Every other change was applied. Check the users to release and approve them. %2</source>
        <translation>Retenues par le garde-fou de suppression&#xa0;: %1 suppressions ou désactivations. Toutes les autres modifications ont été appliquées. Cochez les utilisateurs à libérer et approuvez-les. %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approve &amp;selected (%1)…</source>
        <translation>Approuver la &amp;sélection (%1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve all (%1)…</source>
        <translation>&amp;Approuver tout (%1)…</translation>
    </message>
</context>
<context>
    <name>pd::SyncLogModel</name>
    <message>
        <location filename="../ui/sync/SyncLogModel.cpp" line="+28"/>
        <source>Earlier lines not shown: %1 (the log keeps the newest %2).</source>
        <translation>Lignes antérieures non affichées&#xa0;: %1 (le journal conserve les %2 plus récentes).</translation>
    </message>
</context>
<context>
    <name>pd::SyncLogView</name>
    <message>
        <location filename="../ui/sync/SyncLogView.cpp" line="+34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve to file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log level to show</source>
        <translation>Niveau de journal à afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information, warnings and errors</source>
        <translation>Informations, avertissements et erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, with debug details</source>
        <translation>Tout, avec les détails de débogage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;arch:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in the log, e.g. a user name</source>
        <translation>Texte du journal, p. ex. un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected log lines</source>
        <translation>Copier les lignes de journal sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the log to a file</source>
        <translation>Enregistrer le journal dans un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves every line the log keeps, at all levels.</source>
        <translation>Enregistre toutes les lignes conservées par le journal, à tous les niveaux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Showing %1 of %2 lines</source>
        <translation>Affichage de %1 lignes sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped: %1</source>
        <translation>abandonnées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings: %1</source>
        <translation>avertissements&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>errors: %1</source>
        <translation>erreurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot save the log to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le journal dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the sync log</source>
        <translation>Enregistrer le journal de synchronisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log files (*.log);;Text files (*.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log);;Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>pd::SyncPanel</name>
    <message>
        <location filename="../ui/sync/SyncPanel.cpp" line="+44"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dry run</source>
        <translation>Si&amp;mulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full resync</source>
        <translation>Resynchronisation &amp;complète</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+410"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the outbound rule to Zoom: create, update, disable and remove what changed.</source>
        <translation>Appliquer la règle sortante à Zoom&#xa0;: créer, mettre à jour, désactiver et supprimer ce qui a changé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a sync and show every change, user by user, without sending anything.</source>
        <translation>Planifier une synchronisation et afficher chaque modification, utilisateur par utilisateur, sans rien envoyer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full resync</source>
        <translation>Resynchronisation complète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every Zoom user again and compare each one, not only what changed in the source.</source>
        <translation>Lister de nouveau tous les utilisateurs Zoom et les comparer un par un, pas seulement ce qui a changé dans la source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops sending new requests; requests in flight finish and are recorded.</source>
        <translation>Arrête l&apos;envoi de nouvelles requêtes&#xa0;; les requêtes en cours se terminent et sont enregistrées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync results</source>
        <translation>Résultats de la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+238"/>
        <source>&amp;Held removals</source>
        <translation>Suppressions &amp;retenues</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>There is no connection to sync.</source>
        <translation>Aucune connexion à synchroniser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has not passed a connection test. Run Test connection and fix what it reports, then sync.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas réussi de test de connexion. Lancez Tester la connexion et corrigez ce qu&apos;il signale, puis synchronisez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is disabled, so nothing is sent to Zoom. Enable it to sync; a dry run shows what a sync would change.</source>
        <translation>«&#xa0;%1&#xa0;» est désactivée&#xa0;: rien n&apos;est donc envoyé à Zoom. Activez-la pour synchroniser&#xa0;; une simulation montre ce qu&apos;une synchronisation modifierait.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The outbound rule of &quot;%1&quot; cannot be used yet: %2 Open Outbound rule to fix it.</source>
        <translation>La règle sortante de «&#xa0;%1&#xa0;» n&apos;est pas encore utilisable&#xa0;: %2 Ouvrez Règle sortante pour la corriger.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+25"/>
        <location line="+49"/>
        <source>A sync of &quot;%1&quot; is already running.</source>
        <translation>Une synchronisation de «&#xa0;%1&#xa0;» est déjà en cours.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Deprovision Users</source>
        <translation>Déprovisionner les utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovision every user that &quot;%1&quot; manages in Zoom?</source>
        <translation>Déprovisionner tous les utilisateurs que «&#xa0;%1&#xa0;» gère dans Zoom&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Remove Action is Delete: every managed user is deleted from Zoom with their meetings, recordings and settings. This cannot be undone.</source>
        <translation>L&apos;action de suppression est Supprimer&#xa0;: chaque utilisateur géré est supprimé de Zoom avec ses réunions, enregistrements et paramètres. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Remove Action is Disable: every managed user is deactivated in Zoom and can be reactivated later.</source>
        <translation>L&apos;action de suppression est Désactiver&#xa0;: chaque utilisateur géré est désactivé dans Zoom et pourra être réactivé plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source is not read and the removal guard does not hold these.</source>
        <translation>La source n&apos;est pas lue et le garde-fou de suppression ne retient pas ces utilisateurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete all users</source>
        <translation>&amp;Supprimer tous les utilisateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable all users</source>
        <translation>&amp;Désactiver tous les utilisateurs</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n user(s) will be deleted from Zoom (Remove Action: Delete). Deleting destroys their meetings, recordings and settings; it cannot be undone.</source>
        <translation>
            <numerusform>%n utilisateur sera supprimé de Zoom (action de suppression&#xa0;: Supprimer). La suppression détruit ses réunions, enregistrements et paramètres&#xa0;; elle est irréversible.</numerusform>
            <numerusform>%n utilisateurs seront supprimés de Zoom (action de suppression&#xa0;: Supprimer). La suppression détruit leurs réunions, enregistrements et paramètres&#xa0;; elle est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s) will be deactivated in Zoom (Remove Action: Disable); they can be reactivated later.</source>
        <translation>
            <numerusform>%n utilisateur sera désactivé dans Zoom (action de suppression&#xa0;: Désactiver)&#xa0;; il pourra être réactivé plus tard.</numerusform>
            <numerusform>%n utilisateurs seront désactivés dans Zoom (action de suppression&#xa0;: Désactiver)&#xa0;; ils pourront être réactivés plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) disabled in the source will be deactivated in Zoom.</source>
        <translation>
            <numerusform>%n utilisateur désactivé dans la source sera désactivé dans Zoom.</numerusform>
            <numerusform>%n utilisateurs désactivés dans la source seront désactivés dans Zoom.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync runs now; other changes are applied as usual.</source>
        <translation>La synchronisation s&apos;exécute maintenant&#xa0;; les autres modifications sont appliquées normalement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve Removals</source>
        <translation>Approuver les suppressions</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Approve %n held removal(s) and sync now?</source>
        <translation>
            <numerusform>Approuver %n suppression retenue et synchroniser maintenant&#xa0;?</numerusform>
            <numerusform>Approuver %n suppressions retenues et synchroniser maintenant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve and delete</source>
        <translation>&amp;Approuver et supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approve and sync</source>
        <translation>&amp;Approuver et synchroniser</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading secrets</source>
        <translation>Lecture des secrets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the client secret from %1…</source>
        <translation>Lecture du secret client depuis %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the client secret</source>
        <translation>le secret client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the directory bind password…</source>
        <translation>Lecture du mot de passe de liaison de l&apos;annuaire…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the directory bind password</source>
        <translation>le mot de passe de liaison de l&apos;annuaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1 of &quot;%2&quot;: %3 Edit the connection to enter it again. Nothing was changed in Zoom.</source>
        <translation>Impossible de lire %1 de «&#xa0;%2&#xa0;»&#xa0;: %3 Modifiez la connexion pour le saisir de nouveau. Rien n&apos;a été modifié dans Zoom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync is already running.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled before the sync started; nothing was changed in Zoom.</source>
        <translation>Annulée avant le démarrage de la synchronisation&#xa0;; rien n&apos;a été modifié dans Zoom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping: no new request is sent; requests in flight finish first.</source>
        <translation>Arrêt&#xa0;: aucune nouvelle requête n&apos;est envoyée&#xa0;; les requêtes en cours se terminent d&apos;abord.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Held removals (%1)</source>
        <translation>Suppressions &amp;retenues (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a connection whose last test passed can sync. Run Test connection first.</source>
        <translation>Seule une connexion dont le dernier test a réussi peut être synchronisée. Lancez d&apos;abord Tester la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This connection is disabled: enable it to sync. A dry run shows what a sync would change without sending anything.</source>
        <translation>Cette connexion est désactivée&#xa0;: activez-la pour synchroniser. Une simulation montre ce qu&apos;une synchronisation modifierait, sans rien envoyer.</translation>
    </message>
</context>
<context>
    <name>pd::SyncPlanModel</name>
    <message>
        <location filename="../ui/sync/SyncPlanModel.cpp" line="+63"/>
        <source>%1 (held)</source>
        <translation>%1 (retenu)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source key</source>
        <translation>Clé source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>pd::SyncPlanView</name>
    <message>
        <location filename="../ui/sync/SyncPlanView.cpp" line="+26"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+103"/>
        <source>Pre-flight forecast</source>
        <translation>Prévision avant exécution</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in the plan</source>
        <translation>Rechercher dans le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User, operation, reason or attribute</source>
        <translation>Utilisateur, opération, raison ou attribut</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>Export the plan as CSV</source>
        <translation>Exporter le plan en CSV</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+129"/>
        <source>Export the plan as JSON</source>
        <translation>Exporter le plan en JSON</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Planned operations</source>
        <translation>Opérations prévues</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Start a dry run to see what a sync would change, user by user. Nothing is sent to Zoom.</source>
        <translation>Lancez une simulation pour voir ce qu&apos;une synchronisation modifierait, utilisateur par utilisateur. Rien n&apos;est envoyé à Zoom.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>changes to send: %1</source>
        <translation>modifications à envoyer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped: %1</source>
        <translation>ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held for approval: %1</source>
        <translation>retenus pour approbation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already in sync: %1</source>
        <translation>déjà synchronisés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run — %1. Nothing was sent to Zoom.</source>
        <translation>Simulation — %1. Rien n&apos;a été envoyé à Zoom.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot export the plan to %1: %2</source>
        <translation>Impossible d&apos;exporter le plan vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>pd::SyncProgressView</name>
    <message>
        <location filename="../ui/sync/SyncProgressView.cpp" line="+16"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Dry run finished</source>
        <translation>Simulation terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>finished at %1</source>
        <translation>terminée à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took %1</source>
        <translation>durée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>records read: %1</source>
        <translation>enregistrements lus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom users listed: %1</source>
        <translation>utilisateurs Zoom listés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>changes: %1 of %2</source>
        <translation>modifications&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 requests/s</source>
        <translation>%1 requêtes/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed %1</source>
        <translation>écoulé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pd::SyncSelection</name>
    <message>
        <location filename="../app/cli/SyncSelection.cpp" line="+51"/>
        <source>--only and --retry-failed cannot be combined</source>
        <translation>--only et --retry-failed ne peuvent pas être combinés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--only needs at least one source key, e.g. --only KEY1,KEY2</source>
        <translation>--only nécessite au moins une clé source, p. ex. --only KEY1,KEY2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--run needs a run ID (a positive number), not &quot;%1&quot;</source>
        <translation>--run nécessite un ID d&apos;exécution (un nombre positif), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no run %1. Nothing was synced.</source>
        <translation>il n&apos;y a pas d&apos;exécution %1. Rien n&apos;a été synchronisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run %1 is a run of &quot;%2&quot;, not of &quot;%3&quot;. Nothing was synced.</source>
        <translation>l&apos;exécution %1 appartient à «&#xa0;%2&#xa0;», et non à «&#xa0;%3&#xa0;». Rien n&apos;a été synchronisé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no run of &quot;%1&quot; has failed users: there is nothing to retry. Nothing was synced.</source>
        <translation>aucune exécution de «&#xa0;%1&#xa0;» ne comporte d&apos;utilisateurs en échec&#xa0;: il n&apos;y a rien à relancer. Rien n&apos;a été synchronisé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run %1 has no failed users: there is nothing to retry. Nothing was synced.</source>
        <translation>l&apos;exécution %1 ne comporte aucun utilisateur en échec&#xa0;: il n&apos;y a rien à relancer. Rien n&apos;a été synchronisé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Retrying the %n failed user(s) of run %1: %2</source>
        <translation>Nouvelle tentative pour les %n utilisateur(s) en échec de l&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing only %n user(s): %1</source>
        <translation>Synchronisation de %n utilisateur(s) uniquement&#xa0;: %1</translation>
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
        <translation>Aucune exécution pour l&apos;instant. Synchroniser maintenant applique la règle à Zoom&#xa0;; Simulation montre ce qu&apos;elle modifierait.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No request was sent to Zoom.</source>
        <translation>Aucune requête n&apos;a été envoyée à Zoom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests to Zoom: %1  ·  total: %2</source>
        <translation>Requêtes vers Zoom&#xa0;: %1  ·  total&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run: %1</source>
        <translation>Simulation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run #%1</source>
        <translation>exécution nº %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Source records: %1  ·  in scope: %2  ·  already in sync: %3</source>
        <translation>Enregistrements source&#xa0;: %1  ·  dans le périmètre&#xa0;: %2  ·  déjà synchronisés&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held for approval: %1</source>
        <translation>Retenus pour approbation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pd::SyncUndo</name>
    <message>
        <location filename="../app/cli/SyncUndo.cpp" line="+37"/>
        <source>--undo needs the ID of a run (see `history %1`), not &quot;%2&quot;</source>
        <translation>--undo nécessite l&apos;ID d&apos;une exécution (voir `history %1`), pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--undo does not go with --%1: an undo reverses one run and reads no source</source>
        <translation>--undo ne s&apos;utilise pas avec --%1&#xa0;: une annulation inverse une exécution et ne lit aucune source</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no run %1</source>
        <translation>il n&apos;y a pas d&apos;exécution %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1 belongs to &quot;%2&quot;, not to &quot;%3&quot;</source>
        <translation>l&apos;exécution %1 appartient à «&#xa0;%2&#xa0;», et non à «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run %1 was a dry run: it changed nothing to undo</source>
        <translation>l&apos;exécution %1 était une simulation&#xa0;: elle n&apos;a rien modifié à annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run %1 is still running</source>
        <translation>l&apos;exécution %1 est toujours en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Nothing was changed.</source>
        <translation>. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  would undo: %1 %2%3</source>
        <translation>  annulerait&#xa0;: %1 %2%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  undo: %1 %2%3</source>
        <translation>  annulation&#xa0;: %1 %2%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  not undone: %1 %2: %3</source>
        <translation>  non annulé&#xa0;: %1 %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pd::SyncWindow</name>
    <message>
        <location filename="../ui/sync/SyncWindow.cpp" line="+66"/>
        <source>Sync — %1</source>
        <translation>Synchronisation — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Action: %1</source>
        <translation>Action de suppression&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removals off (Enable users deprovision is No)</source>
        <translation>Suppressions désactivées (Activer le déprovisionnement des utilisateurs est à Non)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removal guard: more than %1 % or %2 users</source>
        <translation>garde-fou de suppression&#xa0;: plus de %1 % ou %2 utilisateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requests/s, %2 at a time</source>
        <translation>%1 requêtes/s, %2 à la fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stopping the sync. The window closes once the requests in flight have finished.</source>
        <translation>Arrêt de la synchronisation. La fenêtre se fermera une fois les requêtes en cours terminées.</translation>
    </message>
</context>
<context>
    <name>pd::SyncWorker</name>
    <message>
        <location filename="../app/sync/SyncWorker.cpp" line="+126"/>
        <source>The rule was deleted: every user this connection manages gets the Remove Action.</source>
        <translation>La règle a été supprimée&#xa0;: l&apos;action de suppression s&apos;applique à chaque utilisateur géré par cette connexion.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection no longer exists.</source>
        <translation>La connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; changed while the sync was starting (%2); its secret was read for the old settings and is not sent to the new ones. Nothing was changed in Zoom: start the sync again.</source>
        <translation>«&#xa0;%1&#xa0;» a changé pendant le démarrage de la synchronisation (%2)&#xa0;; son secret a été lu pour les anciens paramètres et n&apos;est pas envoyé aux nouveaux. Rien n&apos;a été modifié dans Zoom&#xa0;: relancez la synchronisation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another sync of &quot;%1&quot; is running (process %2). Wait for it to finish.</source>
        <translation>Une autre synchronisation de «&#xa0;%1&#xa0;» est en cours (processus %2). Attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot start a run: %1</source>
        <translation>Impossible de démarrer une exécution&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run of &quot;%1&quot;: nothing will be changed in Zoom.</source>
        <translation>Simulation de «&#xa0;%1&#xa0;»&#xa0;: rien ne sera modifié dans Zoom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync of &quot;%1&quot; started.</source>
        <translation>Synchronisation de «&#xa0;%1&#xa0;» démarrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has not passed a connection test. Run Test connection and fix what it reports first.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas réussi de test de connexion. Lancez d&apos;abord Tester la connexion et corrigez ce qu&apos;il signale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is disabled. Enable it to sync, or start a dry run to preview.</source>
        <translation>«&#xa0;%1&#xa0;» est désactivée. Activez-la pour synchroniser, ou lancez une simulation pour prévisualiser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client secret is available for &quot;%1&quot;.</source>
        <translation>Aucun secret client n&apos;est disponible pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The outbound rule cannot be used: %1</source>
        <translation>La règle sortante ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped while reading the source; nothing was changed in Zoom.</source>
        <translation>Arrêté pendant la lecture de la source&#xa0;; rien n&apos;a été modifié dans Zoom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source could not be read: %1 %2 Nothing was changed in Zoom.</source>
        <translation>La source n&apos;a pas pu être lue&#xa0;: %1 %2 Rien n&apos;a été modifié dans Zoom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Source %1: %2</source>
        <translation>Source %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Only %n selected user(s) will be provisioned.</source>
        <translation>
            <numerusform>Seul %n utilisateur sélectionné sera provisionné.</numerusform>
            <numerusform>Seuls %n utilisateurs sélectionnés seront provisionnés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 source users: %2 in scope, %3 out of scope, %4 invalid.</source>
        <translation>%1 utilisateurs source&#xa0;: %2 dans le périmètre, %3 hors périmètre, %4 non valides.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read which users this connection manages (%1). Nothing was changed in Zoom; a run without that record could duplicate or miss accounts.</source>
        <translation>Impossible de lire quels utilisateurs cette connexion gère (%1). Rien n&apos;a été modifié dans Zoom&#xa0;; une exécution sans cet enregistrement pourrait dupliquer ou manquer des comptes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>First sync: listing Zoom users to link existing accounts…</source>
        <translation>Première synchronisation&#xa0;: liste des utilisateurs Zoom pour lier les comptes existants…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full resync: listing Zoom users…</source>
        <translation>Resynchronisation complète&#xa0;: liste des utilisateurs Zoom…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped while listing Zoom users; nothing was changed in Zoom.</source>
        <translation>Arrêté pendant la liste des utilisateurs Zoom&#xa0;; rien n&apos;a été modifié dans Zoom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot list Zoom users: %1. Nothing was changed in Zoom.</source>
        <translation>Impossible de lister les utilisateurs Zoom&#xa0;: %1. Rien n&apos;a été modifié dans Zoom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom has %1 users.</source>
        <translation>Zoom compte %1 utilisateurs.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Plan: %1; %2 already in sync.</source>
        <translation>Plan&#xa0;: %1&#xa0;; %2 déjà synchronisés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source returned no users in scope while %1 are managed: all %2 removals or disables are held. Check the export or the filter; approve only if everyone really left.</source>
        <translation>La source n&apos;a renvoyé aucun utilisateur dans le périmètre alors que %1 sont gérés&#xa0;: les %2 suppressions ou désactivations sont toutes retenues. Vérifiez l&apos;export ou le filtre&#xa0;; n&apos;approuvez que si tout le monde est réellement parti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The removal guard holds %1 removals or disables (more than %2 of %3 managed users). Review them and approve to apply.</source>
        <translation>Le garde-fou de suppression retient %1 suppressions ou désactivations (plus de %2 des %3 utilisateurs gérés). Vérifiez-les et approuvez-les pour les appliquer.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Dry run: %n change(s) planned; nothing was sent.</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n modification prévue&#xa0;; rien n&apos;a été envoyé.</numerusform>
            <numerusform>Simulation&#xa0;: %n modifications prévues&#xa0;; rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped before any change was sent.</source>
        <translation>Arrêté avant l&apos;envoi de toute modification.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncWorkerApply.cpp" line="+30"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Skip %1: %2</source>
        <translation>Ignoré %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held %1 %2</source>
        <translation>Retenu&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would %1 %2</source>
        <translation>Prévu&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zoom holds %1 for source user %2 (%3); the link was brought up to date.</source>
        <translation>Zoom conserve %1 pour l&apos;utilisateur source %2 (%3)&#xa0;; le lien a été mis à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot record what Zoom holds in the database (%1). Nothing was changed in Zoom.</source>
        <translation>Impossible d&apos;enregistrer dans la base de données ce que contient Zoom (%1). Rien n&apos;a été modifié dans Zoom.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncWorker.cpp" line="+34"/>
        <source>(The history could not record the end of this run: %1)</source>
        <translation>(L&apos;historique n&apos;a pas pu enregistrer la fin de cette exécution&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncWorkerUndo.cpp" line="+42"/>
        <source>Undo of run %1.</source>
        <translation>Annulation de l&apos;exécution %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no run %1.</source>
        <translation>Il n&apos;y a pas d&apos;exécution %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 belongs to &quot;%2&quot;, not to &quot;%3&quot;.</source>
        <translation>L&apos;exécution %1 appartient à «&#xa0;%2&#xa0;», et non à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 was a dry run: it changed nothing.</source>
        <translation>L&apos;exécution %1 était une simulation&#xa0;: elle n&apos;a rien modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 is still running.</source>
        <translation>L&apos;exécution %1 est toujours en cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo of run %1: %2 Nothing was changed in Zoom.</source>
        <translation>Annulation de l&apos;exécution %1&#xa0;: %2 Rien n&apos;a été modifié dans Zoom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo of run %1: cannot read the history or the managed users (%2). Nothing was changed in Zoom.</source>
        <translation>Annulation de l&apos;exécution %1&#xa0;: impossible de lire l&apos;historique ou les utilisateurs gérés (%2). Rien n&apos;a été modifié dans Zoom.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Undo plan: %n change(s) to reverse</source>
        <translation>
            <numerusform>Plan d&apos;annulation&#xa0;: %n modification à inverser</numerusform>
            <numerusform>Plan d&apos;annulation&#xa0;: %n modifications à inverser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+22"/>
        <source>%n item(s) cannot be undone.</source>
        <translation>
            <numerusform>%n élément ne peut pas être annulé.</numerusform>
            <numerusform>%n éléments ne peuvent pas être annulés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 in run %2 not undone: %3</source>
        <translation>%1 de l&apos;exécution %2 non annulé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo of run %1 (dry run): %2; %3 Nothing was sent, and the connection stays as it is.</source>
        <translation>Annulation de l&apos;exécution %1 (simulation)&#xa0;: %2&#xa0;; %3 Rien n&apos;a été envoyé, et la connexion reste en l&apos;état.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) to reverse</source>
        <translation>
            <numerusform>%n modification à inverser</numerusform>
            <numerusform>%n modifications à inverser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Undo of run %1: nothing to reverse; %n item(s) cannot be undone. Nothing was sent.</source>
        <translation>
            <numerusform>Annulation de l&apos;exécution %1&#xa0;: rien à inverser&#xa0;; %n élément ne peut pas être annulé. Rien n&apos;a été envoyé.</numerusform>
            <numerusform>Annulation de l&apos;exécution %1&#xa0;: rien à inverser&#xa0;; %n éléments ne peuvent pas être annulés. Rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo of run %1: stopped before any change was sent.</source>
        <translation>Annulation de l&apos;exécution %1&#xa0;: arrêtée avant l&apos;envoi de toute modification.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo of run %1: %2</source>
        <translation>Annulation de l&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) could not be undone (see the run&apos;s events).</source>
        <translation>
            <numerusform>%n élément n&apos;a pas pu être annulé (voir les événements de l&apos;exécution).</numerusform>
            <numerusform>%n éléments n&apos;ont pas pu être annulés (voir les événements de l&apos;exécution).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is now disabled so that the next sync does not redo the change: fix the source, then enable the connection.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant désactivée afin que la prochaine synchronisation ne refasse pas la modification&#xa0;: corrigez la source, puis activez la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disable &quot;%1&quot; before the next sync (it could not be disabled: %2), or the next sync redoes the change.</source>
        <translation>Désactivez «&#xa0;%1&#xa0;» avant la prochaine synchronisation (elle n&apos;a pas pu être désactivée&#xa0;: %2), sinon la prochaine synchronisation refera la modification.</translation>
    </message>
</context>
<context>
    <name>pd::TestConnectionFailedDialog</name>
    <message>
        <location filename="../ui/wizard/TestConnectionFailedDialog.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Test Connection Failed</source>
        <translation>Échec du test de connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ProvisionDesk could not connect to Zoom.</source>
        <translation>ProvisionDesk n&apos;a pas pu se connecter à Zoom.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HTTP status %1
%2</source>
        <translation>Statut HTTP %1
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details from the server:</source>
        <translation>&amp;Détails fournis par le serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details from the server</source>
        <translation>Détails fournis par le serveur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue to save the connection as invalid: it cannot be enabled or synced until a connection test passes. Cancel to go back and correct the authentication settings.</source>
        <translation>Continuez pour enregistrer la connexion comme non valide&#xa0;: elle ne pourra être ni activée ni synchronisée tant qu&apos;un test de connexion n&apos;aura pas réussi. Annulez pour revenir en arrière et corriger les paramètres d&apos;authentification.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel and correct the settings</source>
        <translation>Annuler et corriger les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with an invalid connection</source>
        <translation>Continuer avec une connexion non valide</translation>
    </message>
</context>
<context>
    <name>pd::TestConnectionPage</name>
    <message>
        <location filename="../ui/wizard/TestConnectionPage.cpp" line="+33"/>
        <source>&amp;Test Again</source>
        <translation>&amp;Tester de nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProvisionDesk checks that it can sign in to Zoom and read users with these settings.</source>
        <translation>ProvisionDesk vérifie qu&apos;il peut se connecter à Zoom et lire les utilisateurs avec ces paramètres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection again</source>
        <translation>Tester de nouveau la connexion</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Not tested yet</source>
        <translation>Pas encore testée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requesting an access token from %1 and reading users from %2.</source>
        <translation>Demande d&apos;un jeton d&apos;accès à %1 et lecture des utilisateurs depuis %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection successful</source>
        <translation>Connexion réussie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test connection failed</source>
        <translation>Échec du test de connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection will be saved as invalid</source>
        <translation>La connexion sera enregistrée comme non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It cannot be enabled or synced until a connection test passes.
%1</source>
        <translation>Elle ne pourra être ni activée ni synchronisée tant qu&apos;un test de connexion n&apos;aura pas réussi.
%1</translation>
    </message>
</context>
<context>
    <name>pd::UndoRunDialog</name>
    <message>
        <location filename="../ui/sync/UndoRunDialog.cpp" line="+37"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore and deactivate</source>
        <translation>Restaurer et désactiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore and reactivate</source>
        <translation>Restaurer et réactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore attributes</source>
        <translation>Restaurer les attributs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo Run %1</source>
        <translation>Annuler l&apos;exécution %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Undo run %1 of &quot;%2&quot;&lt;/b&gt; (%3)&lt;br&gt;Reactivates whom it deactivated, puts back the attribute values it overwrote and deactivates (never deletes) whom it created. Applying it also &lt;b&gt;disables the connection&lt;/b&gt;, so the next scheduled sync does not redo the change until the source is fixed.</source>
        <translation>&lt;b&gt;Annuler l&apos;exécution %1 de «&#xa0;%2&#xa0;»&lt;/b&gt; (%3)&lt;br&gt;Réactive les utilisateurs qu&apos;elle a désactivés, rétablit les valeurs d&apos;attributs qu&apos;elle a écrasées et désactive (sans jamais les supprimer) les utilisateurs qu&apos;elle a créés. Cette annulation &lt;b&gt;désactive également la connexion&lt;/b&gt;, afin que la prochaine synchronisation planifiée ne refasse pas la modification tant que la source n&apos;est pas corrigée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo status</source>
        <translation>État de l&apos;annulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Will be reversed</source>
        <translation>Sera annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Cannot be undone</source>
        <translation>Impossible à annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The run&apos;s change</source>
        <translation>Modification de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo Run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo Run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; no longer exists, so its runs cannot be undone.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe plus, ses exécutions ne peuvent donc pas être annulées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the client secret…</source>
        <translation>Lecture du secret client…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the client secret of &quot;%1&quot;: %2 Nothing was changed.</source>
        <translation>Impossible de lire le secret client de «&#xa0;%1&#xa0;»&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Working out what the undo would change (a dry run: nothing is sent)…</source>
        <translation>Calcul de ce que l&apos;annulation modifierait (une simulation&#xa0;: rien n&apos;est envoyé)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undoing run %1…</source>
        <translation>Annulation de l&apos;exécution %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another run is still in progress here.</source>
        <translation>Une autre exécution est toujours en cours ici.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing can be undone: see the list below.</source>
        <translation>Rien ne peut être annulé&#xa0;: voir la liste ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) will be reversed.</source>
        <translation>
            <numerusform>%n modification sera inversée.</numerusform>
            <numerusform>%n modifications seront inversées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) cannot be undone.</source>
        <translation>
            <numerusform>%n élément ne peut pas être annulé.</numerusform>
            <numerusform>%n éléments ne peuvent pas être annulés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot be undone (%1)</source>
        <translation>Impossible à annuler (%1)</translation>
    </message>
</context>
<context>
    <name>pd::UserActionsEditor</name>
    <message>
        <location filename="../ui/editors/UserActionsEditor.cpp" line="+43"/>
        <source>Enable users &amp;creation</source>
        <translation>Activer la &amp;création des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users &amp;updation</source>
        <translation>Activer la &amp;mise à jour des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users &amp;disable</source>
        <translation>Activer la &amp;désactivation des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users de&amp;provision</source>
        <translation>Activer le dé&amp;provisionnement des utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;isable</source>
        <translation>Désact&amp;iver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprovision on &amp;rule deletion</source>
        <translation>Déprovisionner à la suppression de la &amp;règle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enable users creation</source>
        <translation>Activer la création des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users updation</source>
        <translation>Activer la mise à jour des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users disable</source>
        <translation>Activer la désactivation des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users deprovision</source>
        <translation>Activer le déprovisionnement des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Action: Disable</source>
        <translation>Action de suppression&#xa0;: Désactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Action: Delete</source>
        <translation>Action de suppression&#xa0;: Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovision on rule deletion</source>
        <translation>Déprovisionner à la suppression de la règle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Action:</source>
        <translation>Action de suppression&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deprovisions the connection&apos;s users when its outbound rule is deleted.</source>
        <translation>Déprovisionne les utilisateurs de la connexion lorsque sa règle sortante est supprimée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User Actions</source>
        <translation>Actions utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creates a user in Zoom when the user appears in the source directory.</source>
        <translation>Crée un utilisateur dans Zoom lorsqu&apos;il apparaît dans l&apos;annuaire source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates the user&apos;s attributes in Zoom when they change in the source.</source>
        <translation>Met à jour les attributs de l&apos;utilisateur dans Zoom lorsqu&apos;ils changent dans la source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disables the user in Zoom when the user is disabled in the source.</source>
        <translation>Désactive l&apos;utilisateur dans Zoom lorsqu&apos;il est désactivé dans la source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the user from Zoom when the user leaves the source.</source>
        <translation>Supprime l&apos;utilisateur de Zoom lorsqu&apos;il quitte la source.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enable users deprovision was turned off: its Remove Action &quot;Disable&quot; needs Enable users disable. Turn deprovisioning on again to deprovision by deleting.</source>
        <translation>«&#xa0;Activer le déprovisionnement des utilisateurs&#xa0;» a été désactivé&#xa0;: son action de suppression «&#xa0;Désactiver&#xa0;» nécessite «&#xa0;Activer la désactivation des utilisateurs&#xa0;». Réactivez le déprovisionnement pour déprovisionner par suppression.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable users disable was turned off: it needs Enable users updation.</source>
        <translation>«&#xa0;Activer la désactivation des utilisateurs&#xa0;» a été désactivé&#xa0;: cette option nécessite «&#xa0;Activer la mise à jour des utilisateurs&#xa0;».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Disable keeps the user&apos;s data in Zoom and can be undone; Delete cannot.</source>
        <translation>Désactiver conserve les données de l&apos;utilisateur dans Zoom et peut être annulé&#xa0;; Supprimer ne le peut pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Action is only available with Enable users disable; without it, deprovisioned users are deleted.</source>
        <translation>L&apos;action de suppression n&apos;est disponible qu&apos;avec «&#xa0;Activer la désactivation des utilisateurs&#xa0;»&#xa0;; sans cette option, les utilisateurs déprovisionnés sont supprimés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete removes users from Zoom permanently, with their meetings, webinars, cloud recordings and settings; it cannot be undone. Disable is reversible: it signs the user out and frees the license, and everything is kept for a later re-activation.</source>
        <translation>Supprimer retire définitivement les utilisateurs de Zoom, avec leurs réunions, webinaires, enregistrements dans le cloud et paramètres&#xa0;; cette opération est irréversible. Désactiver est réversible&#xa0;: l&apos;utilisateur est déconnecté, sa licence est libérée et tout est conservé pour une réactivation ultérieure.</translation>
    </message>
</context>
<context>
    <name>pd::UserActionsPage</name>
    <message>
        <location filename="../ui/wizard/UserActionsPage.cpp" line="+16"/>
        <source>User actions</source>
        <translation>Actions utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what ProvisionDesk may change in Zoom.</source>
        <translation>Choisissez ce que ProvisionDesk peut modifier dans Zoom.</translation>
    </message>
</context>
<context>
    <name>pd::UserFilter</name>
    <message>
        <location filename="../app/directory/UserFilter.cpp" line="+93"/>
        <source>matches none of: %1</source>
        <translation>ne correspond à aucune des conditions&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not %1 (no value)</source>
        <translation>pas %1 (aucune valeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not %1 (value &quot;%2&quot;)</source>
        <translation>pas %1 (valeur «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+33"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&quot;%1.match&quot; must be &quot;all&quot; or &quot;any&quot;</source>
        <translation>«&#xa0;%1.match&#xa0;» doit valoir «&#xa0;all&#xa0;» ou «&#xa0;any&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1.conditions&quot; must be a list</source>
        <translation>«&#xa0;%1.conditions&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1.attribute&quot; must name an attribute</source>
        <translation>«&#xa0;%1.attribute&#xa0;» doit désigner un attribut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1.operator&quot; must be one of %2</source>
        <translation>«&#xa0;%1.operator&#xa0;» doit être l&apos;une des valeurs suivantes&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1.value&quot; must be a string</source>
        <translation>«&#xa0;%1.value&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1.value&quot; has no meaning for &quot;%2&quot;</source>
        <translation>«&#xa0;%1.value&#xa0;» n&apos;a pas de sens pour «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>pd::UserFilterEditor</name>
    <message>
        <location filename="../ui/rule/UserFilterEditor.cpp" line="+31"/>
        <source>All of these conditions (and)</source>
        <translation>Toutes ces conditions (et)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any of these conditions (or)</source>
        <translation>L&apos;une de ces conditions (ou)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people who match the filter are provisioned. With no condition, everyone in the source is. Comparisons ignore case; on multi-valued attributes any value counts. @disabled and @key can be used as attributes too.</source>
        <translation>Seules les personnes qui correspondent au filtre sont provisionnées. Sans condition, toutes les personnes de la source le sont. Les comparaisons ignorent la casse&#xa0;; pour les attributs multivalués, n&apos;importe quelle valeur compte. @disabled et @key peuvent aussi être utilisés comme attributs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provision people who &amp;match</source>
        <translation>Provisionner les personnes qui &amp;correspondent à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add condition</source>
        <translation>&amp;Ajouter une condition</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>Retirer la condition</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Condition %1 names no attribute.</source>
        <translation>La condition %1 ne désigne aucun attribut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone in the source is in scope.</source>
        <translation>Toutes les personnes de la source sont dans le périmètre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope: people whose %1.</source>
        <translation>Dans le périmètre&#xa0;: les personnes dont %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This filter also has %n nested group(s) from the connection file; they are kept as they are.</source>
        <translation>
            <numerusform>Ce filtre comporte aussi %n groupe imbriqué provenant du fichier de connexion&#xa0;; il est conservé tel quel.</numerusform>
            <numerusform>Ce filtre comporte aussi %n groupes imbriqués provenant du fichier de connexion&#xa0;; ils sont conservés tels quels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::UserTimelinePanel</name>
    <message>
        <location filename="../ui/history/UserTimelinePanel.cpp" line="+32"/>
        <source>Pro&amp;vision now</source>
        <translation>Pro&amp;visionner maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user&apos;s events</source>
        <translation>Événements de l’utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username (email) or source key</source>
        <translation>Nom d&apos;utilisateur (e-mail) ou clé source</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show history</source>
        <translation>Afficher l&apos;historique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provision now</source>
        <translation>Provisionner maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Every change ProvisionDesk made to one user, in every run and connection.</source>
        <translation>Toutes les modifications apportées par ProvisionDesk à un utilisateur, dans toutes les exécutions et connexions.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Sync %1 (source key %2) of &quot;%3&quot; now, and nobody else.</source>
        <translation>Synchroniser maintenant %1 (clé source %2) de «&#xa0;%3&#xa0;», et personne d&apos;autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a user&apos;s history first; the selected event (else the newest) says which connection and source key to sync.</source>
        <translation>Affichez d&apos;abord l&apos;historique d&apos;un utilisateur&#xa0;; l&apos;événement sélectionné (sinon le plus récent) indique quelle connexion et quelle clé source synchroniser.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No history for &quot;%1&quot;. Check the spelling, or try the source key.</source>
        <translation>Aucun historique pour «&#xa0;%1&#xa0;». Vérifiez l&apos;orthographe, ou essayez la clé source.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of %1: %2 of %3 events, newest first</source>
        <translation>Historique de %1&#xa0;: %2 événements sur %3, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of %1: %2 events, newest first</source>
        <translation>Historique de %1&#xa0;: %2 événements, les plus récents d&apos;abord</translation>
    </message>
</context>
<context>
    <name>pd::WizardStepList</name>
    <message>
        <location filename="../ui/wizard/WizardStepList.cpp" line="+14"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Step %1 of %2: %3, current</source>
        <translation>Étape %1 sur %2&#xa0;: %3, en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pd::ZoomAppHelpPanel</name>
    <message>
        <location filename="../ui/widgets/ZoomAppHelpPanel.cpp" line="+9"/>
        <source>Help: creating the Zoom Server-to-Server OAuth app</source>
        <translation>Aide&#xa0;: créer l&apos;application Zoom Server-to-Server OAuth</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the app in Zoom</source>
        <translation>Créer l&apos;application dans Zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You need a Zoom Owner or Admin account; SCIM needs a Business or Education account with an approved vanity URL and single sign-on enabled.</source>
        <translation>Vous avez besoin d&apos;un compte Zoom Propriétaire ou Administrateur&#xa0;; SCIM nécessite un compte Business ou Education avec une URL personnalisée (vanity URL) approuvée et l&apos;authentification unique (SSO) activée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to the &lt;a href=&quot;https://marketplace.zoom.us/&quot;&gt;Zoom App Marketplace&lt;/a&gt; as an administrator.</source>
        <translation>Connectez-vous au &lt;a href=&quot;https://marketplace.zoom.us/&quot;&gt;Zoom App Marketplace&lt;/a&gt; en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click &lt;b&gt;Develop&lt;/b&gt;, then &lt;b&gt;Build App&lt;/b&gt;.</source>
        <translation>Cliquez sur &lt;b&gt;Develop&lt;/b&gt;, puis sur &lt;b&gt;Build App&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &lt;b&gt;Server-to-Server OAuth&lt;/b&gt; tile, click &lt;b&gt;Create&lt;/b&gt;, enter an app name and click &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>Sur la vignette &lt;b&gt;Server-to-Server OAuth&lt;/b&gt;, cliquez sur &lt;b&gt;Create&lt;/b&gt;, saisissez un nom d&apos;application et cliquez sur &lt;b&gt;Create&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the &lt;b&gt;Account ID&lt;/b&gt;, &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; from the &lt;b&gt;App credentials&lt;/b&gt; tab into this form.</source>
        <translation>Copiez l&apos;&lt;b&gt;Account ID&lt;/b&gt;, le &lt;b&gt;Client ID&lt;/b&gt; et le &lt;b&gt;Client Secret&lt;/b&gt; de l&apos;onglet &lt;b&gt;App credentials&lt;/b&gt; dans ce formulaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Information&lt;/b&gt; tab, enter a short description, the company name and the developer contact; click &lt;b&gt;Continue&lt;/b&gt;.</source>
        <translation>Dans l&apos;onglet &lt;b&gt;Information&lt;/b&gt;, saisissez une courte description, le nom de l&apos;entreprise et le contact du développeur&#xa0;; cliquez sur &lt;b&gt;Continue&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Scopes&lt;/b&gt; tab, click &lt;b&gt;Add Scopes&lt;/b&gt; and add the scopes below.</source>
        <translation>Dans l&apos;onglet &lt;b&gt;Scopes&lt;/b&gt;, cliquez sur &lt;b&gt;Add Scopes&lt;/b&gt; et ajoutez les étendues ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click &lt;b&gt;Done&lt;/b&gt;, &lt;b&gt;Continue&lt;/b&gt;, then &lt;b&gt;Activate your app&lt;/b&gt; on the &lt;b&gt;Activation&lt;/b&gt; page.</source>
        <translation>Cliquez sur &lt;b&gt;Done&lt;/b&gt;, &lt;b&gt;Continue&lt;/b&gt;, puis sur &lt;b&gt;Activate your app&lt;/b&gt; dans la page &lt;b&gt;Activation&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scopes</source>
        <translation>Étendues (scopes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call Zoom SCIM2 API</source>
        <translation>Appeler l&apos;API SCIM2 de Zoom (Call Zoom SCIM2 API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View and manage sub account&apos;s user information</source>
        <translation>Afficher et gérer les informations utilisateur des sous-comptes (View and manage sub account&apos;s user information)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View all user information</source>
        <translation>Afficher toutes les informations utilisateur (View all user information)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View users information and manage users</source>
        <translation>Afficher les informations des utilisateurs et gérer les utilisateurs (View users information and manage users)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View and manage sub accounts</source>
        <translation>Afficher et gérer les sous-comptes (View and manage sub accounts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View account info</source>
        <translation>Afficher les informations du compte (View account info)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View and manage account info</source>
        <translation>Afficher et gérer les informations du compte (View and manage account info)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apps with granular scopes need &lt;tt&gt;scim2:admin&lt;/tt&gt; instead of &lt;tt&gt;scim2&lt;/tt&gt;. Zoom&apos;s older JWT app type is deprecated; use a Server-to-Server OAuth app.</source>
        <translation>Les applications à étendues granulaires nécessitent &lt;tt&gt;scim2:admin&lt;/tt&gt; au lieu de &lt;tt&gt;scim2&lt;/tt&gt;. L&apos;ancien type d&apos;application JWT de Zoom est obsolète&#xa0;; utilisez une application Server-to-Server OAuth.</translation>
    </message>
</context>
<context>
    <name>pd::ZoomConnectionTester</name>
    <message>
        <location filename="../app/scim/ZoomConnectionTester.cpp" line="+32"/>
        <source>The token URL</source>
        <translation>L&apos;URL de jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SCIM URL</source>
        <translation>L&apos;URL SCIM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account ID is empty.</source>
        <translation>L&apos;ID de compte est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client ID is empty.</source>
        <translation>L&apos;ID client est vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the connection&apos;s settings; the Zoom app&apos;s App Credentials page shows the account ID and client ID.</source>
        <translation>Corrigez les paramètres de la connexion&#xa0;; la page App Credentials de l&apos;application Zoom indique l&apos;ID de compte et l&apos;ID client.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client secret is available for this connection.</source>
        <translation>Aucun secret client n&apos;est disponible pour cette connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client secret from the Zoom app&apos;s App Credentials page.</source>
        <translation>Saisissez le secret client indiqué sur la page App Credentials de l&apos;application Zoom.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Zoom issued an access token and the SCIM API answered: %n user(s) in the account.</source>
        <translation>
            <numerusform>Zoom a émis un jeton d&apos;accès et l&apos;API SCIM a répondu&#xa0;: %n utilisateur dans le compte.</numerusform>
            <numerusform>Zoom a émis un jeton d&apos;accès et l&apos;API SCIM a répondu&#xa0;: %n utilisateurs dans le compte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom issued an access token and the SCIM API answered.</source>
        <translation>Zoom a émis un jeton d&apos;accès et l&apos;API SCIM a répondu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token scope: %1; %2 ms</source>
        <translation>étendue du jeton&#xa0;: %1&#xa0;; %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not stated)</source>
        <translation>(non indiquée)</translation>
    </message>
</context>
<context>
    <name>pd::ZoomUserMapper</name>
    <message>
        <location filename="../app/directory/ZoomUserMapper.cpp" line="+140"/>
        <source>%1 has %2 values; the first, &quot;%3&quot;, is used</source>
        <translation>%1 a %2 valeurs&#xa0;; la première, «&#xa0;%3&#xa0;», est utilisée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2; it is not sent</source>
        <translation>%1&#xa0;: %2&#xa0;; la valeur n&apos;est pas envoyée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no value; every Zoom user needs an email address as username</source>
        <translation>aucune valeur&#xa0;; chaque utilisateur Zoom a besoin d&apos;une adresse e-mail comme nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email &quot;%1&quot; differs from Username &quot;%2&quot;: Zoom uses the username when it creates the user and the email when it updates one.</source>
        <translation>L&apos;e-mail «&#xa0;%1&#xa0;» diffère du nom d&apos;utilisateur «&#xa0;%2&#xa0;»&#xa0;: Zoom utilise le nom d&apos;utilisateur lorsqu&apos;il crée l&apos;utilisateur et l&apos;e-mail lorsqu&apos;il le met à jour.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no value; expected true or false</source>
        <translation>aucune valeur&#xa0;; true ou false attendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false</translation>
    </message>
</context>
<context>
    <name>pd::ZoomValues</name>
    <message>
        <location filename="../app/directory/ZoomValues.cpp" line="+52"/>
        <source>&quot;%1&quot; has an extension; Zoom takes the number only</source>
        <translation>«&#xa0;%1&#xa0;» comporte un numéro de poste&#xa0;; Zoom ne prend que le numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; has no country code; write it as +1 512 555 0123 or set a default country code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;indicatif pays&#xa0;; écrivez-le sous la forme +1 512 555 0123 ou définissez un indicatif pays par défaut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; does not start with a country code</source>
        <translation>«&#xa0;%1&#xa0;» ne commence pas par un indicatif pays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; does not have the length of a phone number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas la longueur d&apos;un numéro de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a North American number: +1 needs 10 more digits</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro nord-américain&#xa0;: +1 doit être suivi de 10 chiffres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a Zoom user type; use Basic, Licensed or On-Prem (Pro and Corp are accepted)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;utilisateur Zoom&#xa0;; utilisez Basic, Licensed ou On-Prem (Pro et Corp sont acceptés)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a locale; use a language and country such as en-US or de-DE</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de paramètres régionaux&#xa0;; utilisez une langue et un pays, par exemple en-US ou fr-FR</translation>
    </message>
</context>
<context>
    <name>pd::expression::Parser</name>
    <message>
        <location filename="../app/directory/ExpressionParser.cpp" line="+38"/>
        <source>unexpected %1; join parts with +</source>
        <translation>élément inattendu&#xa0;: %1&#xa0;; reliez les parties avec +</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>end of the expression</source>
        <translation>fin de l&apos;expression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text &apos;%1&apos;</source>
        <translation>texte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attribute &quot;%1&quot;</source>
        <translation>attribut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>unknown escape \%1 (use \\, \&apos;, \&quot;, \n or \t)</source>
        <translation>séquence d&apos;échappement inconnue \%1 (utilisez \\, \&apos;, \&quot;, \n ou \t)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text that starts here is missing its closing %1</source>
        <translation>il manque le %1 fermant au texte qui commence ici</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the attribute name that starts here is missing its closing }</source>
        <translation>il manque l&apos;accolade fermante } au nom d&apos;attribut qui commence ici</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{} names no attribute</source>
        <translation>{} ne désigne aucun attribut</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>put numbers in quotes: &apos;%1&apos;</source>
        <translation>mettez les nombres entre guillemets&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>caractère inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the expression is nested too deeply</source>
        <translation>l&apos;expression est trop profondément imbriquée</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unknown @%1 (known: @key, @enabled, @disabled)</source>
        <translation>@%1 inconnu (connus&#xa0;: @key, @enabled, @disabled)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected ) to close the ( at column %1</source>
        <translation>) attendue pour fermer la ( de la colonne %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>else =&gt; ... belongs inside map()</source>
        <translation>else =&gt; ... doit figurer dans map()</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an attribute, &apos;text&apos; or a function, found %1</source>
        <translation>attribut, &apos;texte&apos; ou fonction attendu&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, found %1</source>
        <translation>&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown function %1() (known: %2)</source>
        <translation>fonction %1() inconnue (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected , or ) in %1()</source>
        <translation>, ou ) attendu dans %1()</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1() takes %2 arguments, not %3</source>
        <translation>%1() attend %2 arguments, pas %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>map() needs at least one &apos;from&apos; =&gt; &apos;to&apos; pair</source>
        <translation>map() nécessite au moins une paire &apos;de&apos; =&gt; &apos;vers&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace() needs text to look for</source>
        <translation>replace() nécessite le texte à rechercher</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>map() pairs look like &apos;from&apos; =&gt; &apos;to&apos; (or else =&gt; &apos;to&apos;), found %1</source>
        <translation>les paires de map() s&apos;écrivent &apos;de&apos; =&gt; &apos;vers&apos; (ou else =&gt; &apos;vers&apos;)&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>map() has two else =&gt; parts</source>
        <translation>map() contient deux parties else =&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected =&gt; after %1</source>
        <translation>=&gt; attendu après %1</translation>
    </message>
</context>
</TS>
