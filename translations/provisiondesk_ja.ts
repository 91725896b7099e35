<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+9"/>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 names the environment variable %2, which is unset or empty.</source>
        <translation>--%1 は環境変数 %2 を指定していますが、その変数は未設定または空です。</translation>
    </message>
</context>
<context>
    <name>ConnectionHealth</name>
    <message>
        <location filename="../app/history/ConnectionHealth.cpp" line="+75"/>
        <source>the database is not open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The connection is enabled but its last connection test failed: %1</source>
        <translation>接続は有効ですが、前回の接続テストに失敗しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason recorded</source>
        <translation>理由は記録されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection is enabled but has not passed a connection test.</source>
        <translation>接続は有効ですが、接続テストにまだ合格していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No client secret is stored in the keychain: syncs cannot sign in. Edit the connection and enter the secret again.</source>
        <translation>キーチェーンにクライアントシークレットが保存されていないため、同期でサインインできません。接続を編集してシークレットを再入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history could not be read: %1</source>
        <translation>履歴を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last sync (run %1, %2)</source>
        <translation>前回の同期 (実行 %1、%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed%2</source>
        <translation>%1 が失敗しました%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 partly failed: %n user(s) failed.</source>
        <translation>
            <numerusform>%1 は一部失敗しました: %n 人のユーザーが失敗しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was interrupted before it finished; the next sync continues from there.</source>
        <translation>%1 は完了前に中断されました。次回の同期はそこから続行します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removals have been held for approval since %1 (run %2), more than a day: review and approve them, or fix the source.</source>
        <translation>%1 (実行 %2) から 1 日以上、削除が承認待ちで保留されています。確認して承認するか、ソースを修正してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No successful sync for %1 hours (since %2; the limit is %3 hours).</source>
        <translation>%1 時間、同期が成功していません (%2 以降。上限は %3 時間です)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No successful sync yet, %1 hours after the connection was created (the limit is %2 hours).</source>
        <translation>接続の作成から %1 時間が経過しましたが、まだ同期が成功していません (上限は %2 時間です)。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disabled: not checked.</source>
        <translation>無効: チェックしていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last sync (run %1, %2) ended: %3.</source>
        <translation>前回の同期 (実行 %1、%2) の結果: %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not synced yet.</source>
        <translation>まだ同期されていません。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/directory/CsvReader.cpp" line="+147"/>
        <source>the quoted field that starts on line %1 is never closed</source>
        <translation>%1 行目から始まる引用符付きフィールドが閉じられていません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unexpected text after a closing quote in field %1</source>
        <translation>フィールド %1 で閉じ引用符の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the row is not valid UTF-8 (save the file as &quot;CSV UTF-8&quot;)</source>
        <translation>行が有効な UTF-8 ではありません (ファイルを「CSV UTF-8」形式で保存してください)</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../ui/common/DisplayText.cpp" line="+11"/>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OAuth Bearer Token</source>
        <translation>OAuth ベアラートークン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable users creation: %1</source>
        <translation>ユーザーの作成を有効にする: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users updation: %1</source>
        <translation>ユーザーの更新を有効にする: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users disable: %1</source>
        <translation>ユーザーの無効化を有効にする: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users deprovision: %1</source>
        <translation>ユーザーのプロビジョニング解除を有効にする: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Action: %1</source>
        <translation>削除アクション: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovision on rule deletion: %1</source>
        <translation>ルール削除時にプロビジョニング解除: %1</translation>
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
        <translation>まだテストされていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, tested %2</source>
        <translation>%1、テスト日時 %2</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../app/history/AttributeChange.cpp" line="+55"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../app/history/CsvCodec.cpp" line="+101"/>
        <source>the file ends inside a quoted field</source>
        <translation>引用符付きフィールドの途中でファイルが終わっています</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>text after a closing quote</source>
        <translation>閉じ引用符の後にテキストがあります</translation>
    </message>
</context>
<context>
    <name>HistoryStyle</name>
    <message>
        <location filename="../ui/history/HistoryStyle.cpp" line="+78"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>ImpactForecast</name>
    <message>
        <location filename="../app/sync/ImpactForecast.cpp" line="+36"/>
        <source>The outbound rule cannot be used: %1</source>
        <translation>アウトバウンドルールを使用できません: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source could not be read: %1 %2</source>
        <translation>ソースを読み取れませんでした: %1 %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cannot read which users this connection manages: %1</source>
        <translation>この接続が管理するユーザーを読み取れません: %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>This edit would create %1, update %2, disable %3, remove %4.</source>
        <translation>この編集により、作成 %1、更新 %2、無効化 %3、削除 %4 が行われます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No longer planned: %1.</source>
        <translation>予定から外れたもの: %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The removal guard would hold %n of them for approval.</source>
        <translation>
            <numerusform>そのうち %n 件は削除ガードにより承認待ちで保留されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <location filename="../app/core/MemorySecretStore.cpp" line="+10"/>
        <source>memory, for this session only</source>
        <translation>メモリ (このセッションのみ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No keychain is available on this computer.</source>
        <translation>このコンピューターで利用できるキーチェーンがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain is locked.</source>
        <translation>キーチェーンがロックされています。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No secret is stored for this connection.</source>
        <translation>この接続のシークレットは保存されていません。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../app/core/Migrations.cpp" line="+167"/>
        <source>the database was written by a newer ProvisionDesk (schema %1, this build knows up to %2). Update ProvisionDesk.</source>
        <translation>データベースは新しいバージョンの ProvisionDesk で書き込まれています (スキーマ %1、このビルドは %2 まで対応)。ProvisionDesk を更新してください。</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <location filename="../app/scim/OAuthTokenSource.cpp" line="+93"/>
        <source>the answer holds no access_token</source>
        <translation>応答に access_token が含まれていません</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../app/sync/Preflight.cpp" line="+168"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 requests/second</source>
        <translation>%1 リクエスト/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an unlimited rate</source>
        <translation>無制限のレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection&apos;s rate (%1) is above what Zoom allows: %2 requests/second for SCIM (&quot;Medium&quot; on Business plans; older Zoom documents say %3 per endpoint, so the real limit is uncertain). Expect 429 answers and waits; lower the rate in the connection.</source>
        <translation>接続のレート (%1) が Zoom の許容値を超えています: SCIM は %2 リクエスト/秒です (Business プランでは「Medium」。古い Zoom のドキュメントではエンドポイントごとに %3 とされており、実際の上限は不確かです)。429 応答と待機が発生する見込みです。接続のレートを下げてください。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Adopted (already in Zoom): %1</source>
        <translation>引き継ぎ (既に Zoom に存在): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created: %1</source>
        <translation>作成: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left alone (in Zoom, not in the source): unknown until Zoom is listed (first sync or full resync)</source>
        <translation>変更なし (Zoom にあり、ソースにない): Zoom のユーザー一覧を取得するまで不明 (初回同期または完全再同期)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left alone (in Zoom, not in the source): %1</source>
        <translation>変更なし (Zoom にあり、ソースにない): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive accounts to reactivate: %1</source>
        <translation>再有効化する非アクティブなアカウント: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Admins and owners Zoom will not deactivate: %1</source>
        <translation>Zoom が無効化しない管理者とオーナー: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usernames claimed by two or more people: %1</source>
        <translation>2 人以上が使用しているユーザー名: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usernames differing only in case: %1</source>
        <translation>大文字と小文字だけが異なるユーザー名: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Estimated duration: about %1 (%n request(s) at %2/s, %3 at a time; an estimate)</source>
        <translation>
            <numerusform>推定所要時間: 約 %1 (%n 件のリクエスト、%2/秒、同時 %3 件。推定値)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightConfirm</name>
    <message>
        <location filename="../ui/sync/PreflightConfirm.cpp" line="+22"/>
        <source>First Sync — %1</source>
        <translation>初回同期 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first sync of &quot;%1&quot;. The dry run forecasts:</source>
        <translation>「%1」の初回同期です。ドライランの予測は次のとおりです:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue Sync</source>
        <translation>同期を続行(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RemovalGuardPolicy</name>
    <message>
        <location filename="../app/sync/RemovalGuardPolicy.cpp" line="+53"/>
        <source>Held: the source returned no users in scope; a truncated export or a wrong filter must not remove all %1 managed users. Check the source, or approve to apply.</source>
        <translation>保留: ソースから対象範囲内のユーザーが返されませんでした。途中で切れたエクスポートや誤ったフィルターによって、管理対象のユーザー %1 人全員を削除するわけにはいきません。ソースを確認するか、承認して適用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held by the removal guard: this run would remove or disable %1 of %2 managed users (more than %3). Approve to apply.</source>
        <translation>削除ガードにより保留: この実行では管理対象ユーザー %2 人のうち %1 人が削除または無効化されます (上限 %3 人を超過)。承認して適用してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held: the source had unreadable entries, so this user may only look removed. Approve to apply.</source>
        <translation>保留: ソースに読み取れないエントリがあったため、このユーザーは削除されたように見えているだけの可能性があります。承認して適用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The approval of %1 (Zoom ID %2) no longer matches: it is no longer planned the same way; review again.</source>
        <translation>%1 (Zoom ID %2) の承認はもう一致しません: 計画内容が変わりました。再度確認してください。</translation>
    </message>
</context>
<context>
    <name>RunConclusion</name>
    <message>
        <location filename="../app/sync/RunConclusion.cpp" line="+14"/>
        <source>later</source>
        <translation>後で</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Zoom&apos;s %1 stopped the run after %n change(s); nothing more was sent. Sync again after %2: the next run continues from here.</source>
        <translation>
            <numerusform>Zoom の%1により、%n 件の変更の後で実行が停止しました。これ以上は送信していません。%2 以降に再度同期してください。次回の実行はここから続行します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily request limit</source>
        <translation>1 日あたりのリクエスト上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limit (Retry-After too long)</source>
        <translation>レート制限 (Retry-After が長すぎます)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Stopped by request after %n change(s); the next sync continues from here.</source>
        <translation>
            <numerusform>要求により %n 件の変更後に停止しました。次回の同期はここから続行します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) applied</source>
        <translation>
            <numerusform>%n 件の変更を適用</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2; %3</source>
        <translation>%1、%2。%3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removal(s) held for approval.</source>
        <translation>
            <numerusform>%n 件の削除が承認待ちで保留されています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n user(s) failed (see the log and history).</source>
        <translation>
            <numerusform>%n 人のユーザーが失敗しました(ログと履歴を参照)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n 件の変更を適用しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleSpec</name>
    <message>
        <location filename="../app/core/ScheduleSpec.cpp" line="+10"/>
        <source>Use 15m, 1h, 2h30m (at least %1 minutes, at most 24 hours) or daily@HH:MM.</source>
        <translation>15m、1h、2h30m (%1 分以上 24 時間以下) または daily@HH:MM を使用してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a time of day (00:00 to 23:59). %2</source>
        <translation>「%1」は時刻 (00:00～23:59) ではありません。%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a schedule. %2</source>
        <translation>「%1」はスケジュールではありません。%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: the minutes after the hours must be below 60. %2</source>
        <translation>「%1」: 時間の後の分は 60 未満にする必要があります。%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is too often: syncs must be at least %2 minutes apart. %3</source>
        <translation>「%1」は頻度が高すぎます: 同期の間隔は %2 分以上空ける必要があります。%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is longer than a day: use daily@HH:MM. %2</source>
        <translation>「%1」は 1 日より長いです: daily@HH:MM を使用してください。%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>every day at %1</source>
        <translation>毎日 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>%n 時間ごと</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 h %2 min</source>
        <translation>%1 時間 %2 分ごと</translation>
    </message>
</context>
<context>
    <name>ScheduleUnits</name>
    <message>
        <location filename="../app/core/ScheduleUnits.cpp" line="+282"/>
        <source>A schedule needs a valid interval, a connection name and the CLI&apos;s path.</source>
        <translation>スケジュールには、有効な間隔、接続名、CLI のパスが必要です。</translation>
    </message>
</context>
<context>
    <name>SecretBinding</name>
    <message>
        <location filename="../app/core/SecretBinding.cpp" line="+90"/>
        <source>the OAuth Token URL</source>
        <translation>OAuth トークン URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SCIM host</source>
        <translation>SCIM ホスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the OAuth Account ID</source>
        <translation>OAuth アカウント ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the OAuth Client ID</source>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the LDAP URL</source>
        <translation>LDAP URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bind DN</source>
        <translation>バインド DN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 and %2</source>
        <translation>%1と%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The LDAP bind password of &quot;%1&quot; was removed from the keychain because %2 changed: a password is only sent to the directory it was entered for. Enter the password again before the next sync.</source>
        <translation>%2 が変更されたため、「%1」の LDAP バインドパスワードをキーチェーンから削除しました。パスワードは、入力されたときのディレクトリにのみ送信されます。次回の同期の前にパスワードを再入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client secret of &quot;%1&quot; was removed from the keychain because %2 changed: a secret is only sent to the endpoint it was entered for. Enter the client secret again, then test the connection.</source>
        <translation>%2 が変更されたため、「%1」のクライアントシークレットをキーチェーンから削除しました。シークレットは、入力されたときのエンドポイントにのみ送信されます。クライアントシークレットを再入力してから、接続をテストしてください。</translation>
    </message>
</context>
<context>
    <name>SyncLogLine</name>
    <message>
        <location filename="../app/sync/SyncLogLine.cpp" line="+11"/>
        <source>debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <location filename="../app/sync/SyncPlanner.cpp" line="+324"/>
        <source>Not provisioned: %1</source>
        <translation>プロビジョニングされていません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More than one source user maps to the Zoom username %1; make it unique in the source.</source>
        <translation>複数のソースユーザーが Zoom ユーザー名 %1 に対応付けられています。ソース側で一意にしてください。</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../app/sync/SyncLogLine.cpp" line="+7"/>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the source</source>
        <translation>ソースを読み取り中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listing Zoom users</source>
        <translation>Zoom ユーザーを一覧表示中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning</source>
        <translation>計画中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying changes</source>
        <translation>変更を適用中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing</source>
        <translation>終了処理中</translation>
    </message>
</context>
<context>
    <name>UndoPlanner</name>
    <message>
        <location filename="../app/sync/UndoPlanner.cpp" line="+22"/>
        <source>It failed in that run: nothing was changed.</source>
        <translation>その実行で失敗しました: 何も変更されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was held for approval in that run: nothing was changed.</source>
        <translation>その実行では承認待ちで保留されました: 何も変更されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was only planned: nothing was changed.</source>
        <translation>計画されただけです: 何も変更されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was skipped in that run: nothing was changed.</source>
        <translation>その実行ではスキップされました: 何も変更されていません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changed again by run %1; not undone.</source>
        <translation>実行 %1 で再度変更されたため、元に戻していません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account was deleted in Zoom; a deleted account cannot be brought back.</source>
        <translation>Zoom でアカウントが削除されました。削除されたアカウントは復元できません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No longer linked to a Zoom account (deleted there or forgotten); nothing to undo.</source>
        <translation>Zoom アカウントとのリンクがありません (Zoom 側で削除されたか、リンクが解除されました)。元に戻すものはありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo of run %1.</source>
        <translation>実行 %1 の取り消し。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing to reverse: that run changed no attribute Zoom keeps.</source>
        <translation>元に戻すものはありません: その実行では Zoom が保持する属性は変更されていません。</translation>
    </message>
</context>
<context>
    <name>UserFilter</name>
    <message>
        <location filename="../app/directory/UserFilter.cpp" line="+35"/>
        <source>equals</source>
        <translation>等しい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>等しくない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>含む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>で始まる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>で終わる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is present</source>
        <translation>存在する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is absent</source>
        <translation>存在しない</translation>
    </message>
</context>
<context>
    <name>UserSource</name>
    <message>
        <location filename="../app/directory/UserSource.cpp" line="+21"/>
        <source>no key value: the record was skipped</source>
        <translation>キー値がありません: レコードをスキップしました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate key &quot;%1&quot; (first used at %2): the record was skipped</source>
        <translation>キー「%1」が重複しています (最初の使用箇所: %2): レコードをスキップしました</translation>
    </message>
</context>
<context>
    <name>ZoomAttribute</name>
    <message>
        <location filename="../app/directory/ZoomAttribute.cpp" line="+16"/>
        <source>The user&apos;s unique username and Zoom login. Required; must be an email address.</source>
        <translation>ユーザーの一意のユーザー名で、Zoom のログイン ID です。必須。メールアドレスである必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user&apos;s first name.</source>
        <translation>ユーザーの名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s last name.</source>
        <translation>ユーザーの姓。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s email address (work).</source>
        <translation>ユーザーのメールアドレス (勤務先)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s work phone, sent as +1 5125550123.</source>
        <translation>ユーザーの勤務先電話番号。+1 5125550123 の形式で送信されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the Zoom account is active. By default, active unless the directory says disabled.</source>
        <translation>Zoom アカウントがアクティブかどうか。既定では、ディレクトリで無効とされていない限りアクティブです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic, Licensed or On-Prem (Pro and Corp are accepted as old names). Zoom is retiring this field.</source>
        <translation>Basic、Licensed、On-Prem のいずれか (旧名称の Pro と Corp も使用可)。このフィールドは Zoom で廃止予定です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles held by the user, such as Student or Engineer.</source>
        <translation>ユーザーが持つロール (Student、Engineer など)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user&apos;s title, such as Manager or CEO.</source>
        <translation>ユーザーの役職 (Manager、CEO など)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user&apos;s department or work group, such as Marketing.</source>
        <translation>ユーザーの部署またはワークグループ (Marketing など)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user&apos;s organization, typically a company or school.</source>
        <translation>ユーザーの組織 (通常は会社または学校)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user&apos;s locale for dates, times and numbers, such as en-US.</source>
        <translation>日付、時刻、数値の表示に使うユーザーのロケール (en-US など)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given Name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family Name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User Type</source>
        <translation>ユーザータイプ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locale</source>
        <translation>ロケール</translation>
    </message>
</context>
<context>
    <name>ZoomFailureClassifier</name>
    <message>
        <location filename="../app/scim/ZoomFailureClassifier.cpp" line="+23"/>
        <source>Zoom&apos;s answer: &quot;%1&quot;.</source>
        <translation>Zoom の応答: 「%1」。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The test was cancelled.</source>
        <translation>テストはキャンセルされました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the %1 in the connection&apos;s settings.</source>
        <translation>接続の設定で%1を修正してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host &quot;%1&quot; in the %2 could not be found.</source>
        <translation>%2のホスト「%1」が見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the %1 for typos (Zoom&apos;s are https://zoom.us/oauth/token and https://api.zoom.us/scim2) and that this computer can resolve internet names (DNS, proxy settings).</source>
        <translation>%1に入力ミスがないか (Zoom の値は https://zoom.us/oauth/token と https://api.zoom.us/scim2 です)、またこのコンピューターがインターネットの名前を解決できるか (DNS、プロキシ設定) を確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not connect to %1 (the %2): the connection was refused or the network is unreachable.</source>
        <translation>%1 (%2) に接続できませんでした: 接続が拒否されたか、ネットワークに到達できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the %1&apos;s host and port, and that the firewall or proxy lets this computer reach it over HTTPS.</source>
        <translation>%1のホストとポートを確認し、ファイアウォールやプロキシがこのコンピューターから HTTPS での接続を許可していることを確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to %1 failed: its TLS certificate is not trusted or does not match.</source>
        <translation>%1 へのセキュリティで保護された接続に失敗しました: TLS 証明書が信頼されていないか、一致しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the %1 points to Zoom. If your network inspects HTTPS traffic, install its root certificate among the system&apos;s trusted certificates; ProvisionDesk never ignores certificate errors.</source>
        <translation>%1が Zoom を指していることを確認してください。ネットワークで HTTPS 通信を検査している場合は、そのルート証明書をシステムの信頼された証明書に追加してください。ProvisionDesk が証明書エラーを無視することはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network and proxy, then test again; if Zoom is slow right now, try later.</source>
        <translation>ネットワークとプロキシを確認してから、再度テストしてください。Zoom が現在遅い場合は、後で試してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed: %2.</source>
        <translation>%1 への接続に失敗しました: %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection and proxy settings, then test again.</source>
        <translation>ネットワーク接続とプロキシ設定を確認してから、再度テストしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 answered with a redirect to %2, which ProvisionDesk does not follow.</source>
        <translation>%1が %2 へのリダイレクトを返しましたが、ProvisionDesk はリダイレクトをたどりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another address</source>
        <translation>別のアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the final address as the %1 (Zoom&apos;s are https://zoom.us/oauth/token and https://api.zoom.us/scim2). A redirect to a sign-in page means a proxy or portal wants you to sign in first.</source>
        <translation>%1には最終的なアドレスを入力してください (Zoom の値は https://zoom.us/oauth/token と https://api.zoom.us/scim2 です)。サインインページへのリダイレクトは、プロキシやポータルが先にサインインを求めていることを意味します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom&apos;s daily API limit for this app is used up (HTTP 429).</source>
        <translation>このアプリの Zoom の 1 日あたりの API 上限に達しました (HTTP 429)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom asks to wait more than 5 minutes before the next request (HTTP 429).</source>
        <translation>Zoom から、次のリクエストまで 5 分以上待つよう求められています (HTTP 429)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test again after %1 (UTC). Another tool using the same app shares its limits.</source>
        <translation>%1 (UTC) 以降に再度テストしてください。同じアプリを使用する他のツールとは上限が共有されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test again tomorrow. Another tool using the same app shares its limits.</source>
        <translation>明日再度テストしてください。同じアプリを使用する他のツールとは上限が共有されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom is rate-limiting requests from this app (HTTP 429).</source>
        <translation>Zoom がこのアプリからのリクエストをレート制限しています (HTTP 429)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and test again. If it persists, another tool may be using up the same app&apos;s API limits.</source>
        <translation>1 分待ってから再度テストしてください。解決しない場合は、他のツールが同じアプリの API 上限を使い切っている可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 answered with a web page or other non-JSON content (HTTP %2), not with Zoom&apos;s API.</source>
        <translation>%1が Zoom の API ではなく、Web ページなど JSON 以外の内容を返しました (HTTP %2)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the %1. A web page usually means a wrong address, or a proxy or captive portal between this computer and Zoom.</source>
        <translation>%1を確認してください。Web ページが返される場合、通常はアドレスの誤りか、このコンピューターと Zoom の間にプロキシやキャプティブポータルがあることを意味します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom answered with a server error (HTTP %1), also after retrying.</source>
        <translation>再試行後も、Zoom がサーバーエラーを返しました (HTTP %1)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problem is on Zoom&apos;s side or a proxy&apos;s: test again later and check https://status.zoom.us.</source>
        <translation>問題は Zoom 側またはプロキシ側にあります。後で再度テストし、https://status.zoom.us を確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>token URL</source>
        <translation>トークン URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token URL %1 does not exist (HTTP %2).</source>
        <translation>トークン URL %1 は存在しません (HTTP %2)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use https://zoom.us/oauth/token as the token URL, with no query string.</source>
        <translation>トークン URL には、クエリ文字列なしで https://zoom.us/oauth/token を使用してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Zoom app is deactivated (Zoom code 4717).</source>
        <translation>Zoom アプリが無効化されています (Zoom コード 4717)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Zoom App Marketplace, open Manage &gt; Created apps, select the Server-to-Server OAuth app and activate it (activation needs the Information page completed).</source>
        <translation>Zoom App Marketplace で Manage &gt; Created apps を開き、Server-to-Server OAuth アプリを選択して有効化してください (有効化には Information ページの入力が必要です)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom refused the account_credentials grant.</source>
        <translation>Zoom が account_credentials グラントを拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This usually means the Account ID, Client ID and Client Secret belong to a General (OAuth) app, not a Server-to-Server OAuth app. Create a Server-to-Server OAuth app in the Zoom App Marketplace and use its credentials.</source>
        <translation>通常、アカウント ID、クライアント ID、クライアントシークレットが Server-to-Server OAuth アプリではなく、General (OAuth) アプリのものであることを意味します。Zoom App Marketplace で Server-to-Server OAuth アプリを作成し、その認証情報を使用してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom rejected the client ID or client secret.</source>
        <translation>Zoom がクライアント ID またはクライアントシークレットを拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Client ID and Client Secret again from the app&apos;s App Credentials page in the Zoom App Marketplace; if the secret was regenerated, only the new one works.</source>
        <translation>Zoom App Marketplace のアプリの App Credentials ページから、クライアント ID とクライアントシークレットを再度コピーしてください。シークレットを再生成した場合は、新しいものだけが有効です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom accepted the client ID and secret but not the account ID &quot;%1&quot;.</source>
        <translation>Zoom はクライアント ID とシークレットを受け入れましたが、アカウント ID「%1」は受け入れませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the Account ID from the same app&apos;s App Credentials page.</source>
        <translation>同じアプリの App Credentials ページからアカウント ID をコピーしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token request failed: %1</source>
        <translation>トークンのリクエストに失敗しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the token URL, account ID, client ID and client secret against the app&apos;s App Credentials page.</source>
        <translation>トークン URL、アカウント ID、クライアント ID、クライアントシークレットを、アプリの App Credentials ページと照合してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SCIM URL</source>
        <translation>SCIM URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCIM URL %1 does not exist (HTTP %2).</source>
        <translation>SCIM URL %1 は存在しません (HTTP %2)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use https://api.zoom.us/scim2 as the SCIM URL.</source>
        <translation>SCIM URL には https://api.zoom.us/scim2 を使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom rejected the access token it had just issued (HTTP 401), also after a new one.</source>
        <translation>Zoom は発行したばかりのアクセストークンを拒否しました (HTTP 401)。新しいトークンでも同様です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program may be requesting tokens for the same app, which invalidates earlier ones: give ProvisionDesk its own Server-to-Server OAuth app, then test again.</source>
        <translation>別のプログラムが同じアプリのトークンを要求しているため、以前のトークンが無効になった可能性があります。ProvisionDesk 専用の Server-to-Server OAuth アプリを用意してから、再度テストしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app&apos;s access token does not include the SCIM scope (Zoom code 4711).</source>
        <translation>アプリのアクセストークンに SCIM スコープが含まれていません (Zoom コード 4711)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the app&apos;s Scopes page add &quot;scim2&quot; (granular: &quot;scim2:admin&quot;), save, reactivate the app if asked, and test again.</source>
        <translation>アプリの Scopes ページで「scim2」(詳細なスコープの場合は「scim2:admin」) を追加して保存し、求められた場合はアプリを再度有効化してから、再度テストしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Zoom account cannot use SCIM provisioning: %1</source>
        <translation>この Zoom アカウントでは SCIM プロビジョニングを使用できません: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCIM needs a Business or Education plan, an approved vanity URL and Single Sign-On enabled. Ask the Zoom account owner to complete these (Admin &gt; Advanced &gt; Single Sign-On), then test again.</source>
        <translation>SCIM には Business または Education プラン、承認済みのバニティ URL、シングルサインオンの有効化が必要です。Zoom アカウントのオーナーにこれらを完了するよう依頼してから (管理者 &gt; 詳細 &gt; シングルサインオン)、再度テストしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom refused access to the SCIM API (HTTP 403).</source>
        <translation>Zoom が SCIM API へのアクセスを拒否しました (HTTP 403)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app&apos;s creator must be an account Owner or Admin allowed to manage users: check Role Management in Zoom and the app&apos;s scopes.</source>
        <translation>アプリの作成者は、ユーザーを管理できるアカウントのオーナーまたは管理者である必要があります。Zoom の役割管理とアプリのスコープを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SCIM URL answered, but not with a SCIM user list.</source>
        <translation>SCIM URL から応答がありましたが、SCIM のユーザー一覧ではありませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the SCIM URL is https://api.zoom.us/scim2.</source>
        <translation>SCIM URL が https://api.zoom.us/scim2 であることを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCIM API refused the request: %1</source>
        <translation>SCIM API がリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the SCIM URL and the app&apos;s scopes; the details show Zoom&apos;s own words.</source>
        <translation>SCIM URL とアプリのスコープを確認してください。詳細には Zoom 自身のメッセージが表示されます。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+36"/>
        <source>Provisions users from a directory into Zoom.</source>
        <translation>ディレクトリから Zoom にユーザーをプロビジョニングします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the database in DIR (default: $PROVISIONDESK_DATA_DIR, else the platform&apos;s application data folder).</source>
        <translation>データベースを DIR に保存します (既定: $PROVISIONDESK_DATA_DIR、未設定の場合はプラットフォームのアプリケーションデータフォルダー)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colours: dark, light or system (default: $PROVISIONDESK_PALETTE, else system).</source>
        <translation>配色: dark、light または system (既定: $PROVISIONDESK_PALETTE、なければ system)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--palette takes dark, light or system.</source>
        <translation>--palette には dark、light、system のいずれかを指定します。</translation>
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
        <translation>使用法: connection import FILE [--secret-env VAR] [--source-secret-env VAR] [--impact [--json]]</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/SyncCommand.cpp" line="+64"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 は有効な JSON ではありません: オフセット %3 で %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must hold one JSON object (see docs/connection-file.md).</source>
        <translation>%1 には JSON オブジェクトを 1 つだけ含める必要があります (docs/connection-file.md を参照)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not imported:
%2</source>
        <translation>%1 はインポートされませんでした:
%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Updated connection &quot;%1&quot;.</source>
        <translation>接続「%1」を更新しました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported connection &quot;%1&quot;.</source>
        <translation>接続「%1」をインポートしました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass --secret-env VAR to &quot;connection import&quot; to store a new one, or to each test and sync.</source>
        <translation>新しいシークレットを保存するには「connection import」に --secret-env VAR を指定するか、テストと同期のたびに指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass --source-secret-env VAR to &quot;connection import&quot; to store a new one, or to each sync.</source>
        <translation>新しいシークレットを保存するには「connection import」に --source-secret-env VAR を指定するか、同期のたびに指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client secret was stored; pass --secret-env VAR here or to each test and sync.</source>
        <translation>クライアントシークレットは保存されていません。ここで、またはテストと同期のたびに --secret-env VAR を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection stays disabled until &quot;connection test&quot; passes.</source>
        <translation>「connection test」に合格するまで、接続は無効のままです。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no rule</source>
        <translation>ルールなし</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No connections. Create one in the app or with &quot;connection import FILE&quot;.</source>
        <translation>接続がありません。アプリで作成するか、「connection import FILE」で作成してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last run %1 %2</source>
        <translation>前回の実行 %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name exactly one connection</source>
        <translation>接続を 1 つだけ指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/SyncCommand.cpp" line="+154"/>
        <location filename="../app/cli/TestConnectionCommand.cpp" line="+71"/>
        <source>no connection is named &quot;%1&quot;</source>
        <translation>「%1」という名前の接続はありません</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted connection &quot;%1&quot; and its secrets.</source>
        <translation>接続「%1」とそのシークレットを削除しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it has not passed a connection test since it was last changed</source>
        <translation>最後の変更以降、接続テストに合格していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its last connection test failed (%1)</source>
        <translation>前回の接続テストが失敗しました (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; was not enabled: %2. Run &quot;connection test %1&quot; and fix what it reports first.</source>
        <translation>「%1」は有効化されませんでした: %2。先に「connection test %1」を実行し、報告された問題を修正してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is already enabled.</source>
        <translation>「%1」はすでに有効です。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is already disabled.</source>
        <translation>「%1」はすでに無効です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; could not be changed: %2</source>
        <translation>「%1」を変更できませんでした: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enabled &quot;%1&quot;: syncs may run.</source>
        <translation>「%1」を有効にしました: 同期を実行できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled &quot;%1&quot;: syncs are refused until it is enabled again.</source>
        <translation>「%1」を無効にしました: 再び有効にするまで同期は拒否されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+37"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>dry run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incremental</source>
        <translation>増分</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Users: Impacted %1, Success %2, Unsynced %3, Partially synced %4, Failed %5</source>
        <translation>ユーザー: 影響あり %1、成功 %2、未同期 %3、一部同期 %4、失敗 %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no run %1 in the history</source>
        <translation>履歴に実行 %1 はありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1 of &quot;%2&quot;, started %3 from the %4, %5</source>
        <translation>「%2」の実行 %1、%3 に%4から開始、%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome: %1, finished %2 (%3)</source>
        <translation>結果: %1、%2 に終了 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1, updated %2, removed %3, failed %4; %5 events</source>
        <translation>作成 %1、更新 %2、削除 %3、失敗 %4、イベント %5 件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP requests: %1</source>
        <translation>HTTP リクエスト: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>TIME</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>USER</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>SOURCE KEY</source>
        <translation>ソースキー</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>OPERATION</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>RESULT</source>
        <translation>結果</translation>
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
        <translation>詳細</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Showing %1 of %2 events; --limit 0 shows all.</source>
        <translation>%2 件中 %1 件のイベントを表示しています。--limit 0 ですべて表示します。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No history for &quot;%1&quot;.</source>
        <translation>「%1」の履歴はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of %1, newest first:</source>
        <translation>%1 の履歴 (新しい順):</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+54"/>
        <source>CONNECTION</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>RUN</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Connection &quot;%1&quot;: last sync %2 (%3)</source>
        <translation>接続「%1」: 前回の同期 %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no run yet</source>
        <translation>実行はまだありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No runs in the history yet.</source>
        <translation>履歴にまだ実行がありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BY</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODE</source>
        <translation>モード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATED</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REMOVED</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUESTS</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 runs; --limit N shows more, --run ID shows one.</source>
        <translation>%2 件中 %1 件の実行を表示しています。--limit N でさらに表示、--run ID で 1 件を表示します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no connection is named &quot;%1&quot;, and the history knows none by that name</source>
        <translation>「%1」という名前の接続はなく、履歴にもその名前はありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: history [NAME] [--run ID] [--user USERNAME] [--limit N] [--json]</source>
        <translation>使用法: history [NAME] [--run ID] [--user USERNAME] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give --run or --user, not both</source>
        <translation>--run と --user はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit takes a number (0 for no limit)</source>
        <translation>--limit には数値を指定します (0 で無制限)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--run takes a run number, as listed by &quot;history&quot;</source>
        <translation>--run には「history」で表示される実行番号を指定します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--user takes a username or source key</source>
        <translation>--user にはユーザー名またはソースキーを指定します</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="-172"/>
        <source>%1 Or pass it with --%2 VAR.</source>
        <translation>%1 または --%2 VAR で指定してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not the JSON that `sync %2 --dry-run --json` prints%3</source>
        <translation>%1 は `sync %2 --dry-run --json` が出力する JSON ではありません%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be used to approve removals: %2</source>
        <translation>%1 は削除の承認に使用できません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lists no held removals: there is nothing to approve</source>
        <translation>%1 には保留中の削除がありません: 承認するものはありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is the plan of run %2 of &quot;%3&quot;, not of &quot;%4&quot;</source>
        <translation>%1 は「%4」ではなく「%3」の実行 %2 の計画です</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Pre-flight forecast:</source>
        <translation>事前予測:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1: %2. %3</source>
        <translation>実行 %1: %2。%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  held: %1 %2</source>
        <translation>  保留: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  approval of %1 (Zoom ID %2): no longer planned the same way (now %3 %4, Zoom ID %5); review again.</source>
        <translation>  %1 (Zoom ID %2) の承認: 計画内容が変わりました (現在は %3 %4、Zoom ID %5)。再度確認してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: not in the source&apos;s scope and not managed, so nothing was done for: %1</source>
        <translation>警告: ソースの対象範囲外で管理対象でもないため、次のユーザーには何も行いませんでした: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>usage: sync NAME [--dry-run] [--full] [--only KEY[,KEY…] | --retry-failed [--run ID]] [--approve-removals FILE] [--undo RUN_ID] [--secret-env VAR] [--json]</source>
        <translation>使用法: sync NAME [--dry-run] [--full] [--only KEY[,KEY…] | --retry-failed [--run ID]] [--approve-removals FILE] [--undo RUN_ID] [--secret-env VAR] [--json]</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1. Nothing was synced.</source>
        <translation>%1。何も同期されませんでした。</translation>
    </message>
    <message>
        <location filename="../app/cli/TestConnectionCommand.cpp" line="-37"/>
        <source>Connection &quot;%1&quot;: test passed. %2</source>
        <translation>接続「%1」: テストに合格しました。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;%1&quot;: test failed (%2).</source>
        <translation>接続「%1」: テストに失敗しました (%2)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix: %1</source>
        <translation>修正方法: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the test result was not recorded: %1</source>
        <translation>テスト結果は記録されませんでした: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: connection test NAME [--secret-env VAR] [--json]</source>
        <translation>使用法: connection test NAME [--secret-env VAR] [--json]</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no client secret is stored for &quot;%1&quot;; pass --secret-env VAR</source>
        <translation>「%1」のクライアントシークレットが保存されていません。--secret-env VAR を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the client secret from %1: %2</source>
        <translation>%1 からクライアントシークレットを読み取れません: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; changed while its client secret was read; run the test again.</source>
        <translation>クライアントシークレットの読み取り中に「%1」が変更されました。テストを再度実行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionJson.cpp" line="+30"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー「%1」</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>「%1」は true または false である必要があります</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列である必要があります</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>「%1」は数値である必要があります</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>「%1」は整数である必要があります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>「%1」はオブジェクトである必要があります</translation>
    </message>
    <message>
        <location filename="../app/directory/CsvSource.cpp" line="+22"/>
        <source>The CSV file %1 cannot be read.</source>
        <translation>CSV ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file exists and that ProvisionDesk may read it.</source>
        <translation>ファイルが存在し、ProvisionDesk が読み取れることを確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No CSV file is chosen.</source>
        <translation>CSV ファイルが選択されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file to read people from.</source>
        <translation>ユーザーの読み取り元ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file %1 is empty.</source>
        <translation>CSV ファイル %1 は空です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first row must name the columns, for example: employeeId,email,givenName,familyName.</source>
        <translation>1 行目には列名を指定する必要があります (例: employeeId,email,givenName,familyName)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header row of %1 cannot be read.</source>
        <translation>%1 のヘッダー行を読み取れません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the first row of the file.</source>
        <translation>ファイルの 1 行目を修正してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns %1 and %2 are both called &quot;%3&quot;.</source>
        <translation>列 %1 と %2 の両方が「%3」という名前です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give every column its own name.</source>
        <translation>各列に固有の名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryJson.cpp" line="+27"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>「%1」がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an ISO 8601 time: %2</source>
        <translation>「%1」は ISO 8601 形式の時刻ではありません: %2</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryTypes.cpp" line="+140"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>再有効化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove (disable)</source>
        <translation>削除 (無効化)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove (delete)</source>
        <translation>削除 (消去)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopt</source>
        <translation>引き継ぎ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>計画済み</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly failed</source>
        <translation>一部失敗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removals held</source>
        <translation>削除を保留</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncPlanner.cpp" line="-206"/>
        <source>Disabled in the source, but &quot;Enable users disable&quot; is off.</source>
        <translation>ソースで無効化されていますが、「ユーザーの無効化を有効にする」がオフです。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enabled again in the source, but &quot;Enable users updation&quot; is off.</source>
        <translation>ソースで再度有効化されていますが、「ユーザーの更新を有効にする」がオフです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed in the source, but &quot;Enable users updation&quot; is off.</source>
        <translation>ソースで変更されていますが、「ユーザーの更新を有効にする」がオフです。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changed in Zoom outside ProvisionDesk; set back to the source&apos;s values.</source>
        <translation>ProvisionDesk 以外で Zoom 上で変更されていたため、ソースの値に戻しました。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The Zoom account %1 is already linked to source user %2; two people cannot share one account. Make the Username unique in the source.</source>
        <translation>Zoom アカウント %1 は既にソースユーザー %2 にリンクされています。2 人で 1 つのアカウントを共有することはできません。ソース側でユーザー名を一意にしてください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Linked; disabled in the source, but &quot;Enable users disable&quot; is off, so the account stays active.</source>
        <translation>リンク済み。ソースで無効化されていますが、「ユーザーの無効化を有効にする」がオフのため、アカウントはアクティブのままです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked; the account is inactive in Zoom, but &quot;Enable users updation&quot; is off, so it stays inactive.</source>
        <translation>リンク済み。Zoom でアカウントが非アクティブですが、「ユーザーの更新を有効にする」がオフのため、非アクティブのままです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disabled in the source and not in Zoom: not created.</source>
        <translation>ソースで無効化されており Zoom に存在しないため、作成しませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in Zoom, but &quot;Enable users creation&quot; is off.</source>
        <translation>Zoom に存在しませんが、「ユーザーの作成を有効にする」がオフです。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No longer in the source or the rule, but &quot;Enable users deprovision&quot; is off: the Zoom account stays.</source>
        <translation>ソースまたはルールの対象から外れましたが、「ユーザーのプロビジョニング解除を有効にする」がオフのため、Zoom アカウントは残ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/ImpactCommand.cpp" line="+32"/>
        <source>Impact on &quot;%1&quot; (nothing was saved, nothing sent to Zoom):</source>
        <translation>「%1」への影響 (何も保存されておらず、Zoom にも何も送信されていません):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This edit changes nothing for the people the connection manages.</source>
        <translation>この編集は、接続が管理するユーザーに何の変更も加えません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was: nothing</source>
        <translation>以前: なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was: %1</source>
        <translation>以前: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> held for approval</source>
        <translation> (承認待ちで保留)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The impact could not be computed: %1 Nothing was saved.</source>
        <translation>影響を計算できませんでした: %1 何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ScheduleCommand.cpp" line="+36"/>
        <source>schedule takes one connection name</source>
        <translation>schedule には接続名を 1 つ指定します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one of --print, --install and --remove</source>
        <translation>--print、--install、--remove のいずれか 1 つを選択してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be systemd, launchd or windows</source>
        <translation>--format は systemd、launchd、windows のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format goes with --print; --install and --remove use this system&apos;s scheduler (%1)</source>
        <translation>--format は --print と一緒に使用します。--install と --remove はこのシステムのスケジューラー (%1) を使用します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--every is required: 15m, 1h, 2h30m or daily@HH:MM</source>
        <translation>--every は必須です: 15m、1h、2h30m または daily@HH:MM</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/StatusCommand.cpp" line="+157"/>
        <source>there is no connection named &quot;%1&quot;</source>
        <translation>「%1」という名前の接続はありません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; syncs %2.</source>
        <translation>「%1」は %2 に同期します。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="-111"/>
        <source>no connections to check</source>
        <translation>チェックする接続がありません</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n connection(s): </source>
        <translation>
            <numerusform>%n 件の接続: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>status takes at most one connection name</source>
        <translation>status に指定できる接続名は 1 つまでです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the database: %1</source>
        <translation>データベースを開けません: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the connections: %1</source>
        <translation>接続を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>pd::ApprovedRemoval</name>
    <message>
        <location filename="../app/sync/ApprovedRemoval.cpp" line="+49"/>
        <source>it has no &quot;held&quot; list; give the JSON that `sync NAME --dry-run --json` printed</source>
        <translation>「held」リストがありません。`sync NAME --dry-run --json` が出力した JSON を指定してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>held entry %1 needs sourceKey, userName, zoomId and an operation of remove-disable, remove-delete or disable</source>
        <translation>保留エントリ %1 には sourceKey、userName、zoomId と、remove-disable、remove-delete、disable のいずれかの operation が必要です</translation>
    </message>
</context>
<context>
    <name>pd::AttributeMapping</name>
    <message>
        <location filename="../app/directory/AttributeMapping.cpp" line="+162"/>
        <source>unknown Zoom attribute &quot;%1&quot; (known: %2)</source>
        <translation>不明な Zoom 属性「%1」(既知の属性: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be an object such as {&quot;attribute&quot;: &quot;mail&quot;}</source>
        <translation>「%1」は {&quot;attribute&quot;: &quot;mail&quot;} のようなオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; must have exactly one of &quot;attribute&quot;, &quot;constant&quot; or &quot;expression&quot;</source>
        <translation>「%1」には「attribute」「constant」「expression」のいずれか 1 つだけが必要です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown key &quot;%1&quot; (use &quot;attribute&quot;, &quot;constant&quot; or &quot;expression&quot;)</source>
        <translation>不明なキー「%1」(「attribute」「constant」「expression」を使用してください)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列である必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names no attribute</source>
        <translation>「%1」は属性を指定していません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Username and Email come from different source attributes. Zoom reads only the username when it creates a user (POST) and sets both username and email from it, and reads only the email when it updates a user (PUT) and sets both from that. Map both to the same source attribute to avoid inconsistent provisioning.</source>
        <translation>ユーザー名とメールが異なるソース属性から取得されています。Zoom はユーザーの作成時 (POST) にはユーザー名だけを読み取ってユーザー名とメールの両方に設定し、更新時 (PUT) にはメールだけを読み取って両方に設定します。プロビジョニングの不整合を避けるため、両方を同じソース属性に対応付けてください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is required: map it to the attribute that holds the user&apos;s email address.</source>
        <translation>%1 は必須です: ユーザーのメールアドレスを保持する属性に対応付けてください。</translation>
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
        <translation>%1: ソースに属性「%2」はありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Username cannot be a constant: every user needs their own.</source>
        <translation>ユーザー名は定数にできません: ユーザーごとに固有の値が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>「%1」はメールアドレスではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>「%1」は true でも false でもありません</translation>
    </message>
</context>
<context>
    <name>pd::AuthenticationEditor</name>
    <message>
        <location filename="../ui/editors/AuthenticationEditor.cpp" line="+38"/>
        <location line="+70"/>
        <location line="+73"/>
        <source>SCIM URL</source>
        <translation>SCIM URL</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Authentication Method</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+65"/>
        <location line="+73"/>
        <source>OAuth Token URL</source>
        <translation>OAuth トークン URL</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>OAuth Account ID</source>
        <translation>OAuth アカウント ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth Client ID</source>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth Client Secret</source>
        <translation>OAuth クライアントシークレット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>キーチェーンに保存されています。変更しない場合は空のままにしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For Server-to-Server OAuth apps.</source>
        <translation>Server-to-Server OAuth アプリ用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;SCIM URL:</source>
        <translation>SCIM URL(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication &amp;Method:</source>
        <translation>認証方式(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth &amp;Token URL:</source>
        <translation>OAuth トークン URL(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth &amp;Account ID:</source>
        <translation>OAuth アカウント ID(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth &amp;Client ID:</source>
        <translation>OAuth クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Client S&amp;ecret:</source>
        <translation>OAuth クライアントシークレット(&amp;E):</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Changing %1 removes the stored client secret when you save: a secret is only sent to the endpoint it was entered for. Enter the client secret for the new settings.</source>
        <translation>%1を変更すると、保存時に保存済みのクライアントシークレットが削除されます。シークレットは、入力されたときのエンドポイントにのみ送信されます。新しい設定用のクライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The Account ID is required.</source>
        <translation>アカウント ID は必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Client ID is required.</source>
        <translation>クライアント ID は必須です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Client Secret is required.</source>
        <translation>クライアントシークレットは必須です。</translation>
    </message>
</context>
<context>
    <name>pd::AuthenticationPage</name>
    <message>
        <location filename="../ui/wizard/AuthenticationPage.cpp" line="+16"/>
        <source>Configure authentication</source>
        <translation>認証の構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the SCIM URL and the credentials of your Zoom Server-to-Server OAuth app.</source>
        <translation>SCIM URL と、Zoom の Server-to-Server OAuth アプリの認証情報を入力してください。</translation>
    </message>
</context>
<context>
    <name>pd::ClearedAttributes</name>
    <message>
        <location filename="../app/sync/ClearedAttributes.cpp" line="+73"/>
        <source>Given Name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family Name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Type</source>
        <translation>ユーザータイプ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Emptied in the source but kept in Zoom, which does not let these be removed through SCIM: %1. Change them in Zoom if they must go.</source>
        <translation>ソースでは空になりましたが、Zoom では SCIM で削除できないため保持されています: %1。削除が必要な場合は Zoom で変更してください。</translation>
    </message>
</context>
<context>
    <name>pd::CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+31"/>
        <source>ProvisionDesk: provision users from a directory into Zoom.</source>
        <translation>ProvisionDesk: ディレクトリから Zoom にユーザーをプロビジョニングします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use DIR for the database instead of the default.</source>
        <translation>データベースに既定の場所ではなく DIR を使用します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print machine-readable JSON.</source>
        <translation>機械で読み取り可能な JSON を出力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the Zoom client secret from environment variable VAR.</source>
        <translation>Zoom のクライアントシークレットを環境変数 VAR から読み取ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the LDAP bind password from environment variable VAR.</source>
        <translation>LDAP バインドパスワードを環境変数 VAR から読み取ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the sync and show it; change nothing.</source>
        <translation>同期を計画して表示します。何も変更しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full resync: list every Zoom user and compare.</source>
        <translation>完全再同期: すべての Zoom ユーザーを一覧表示して比較します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync: reverse what run ID of this connection changed, then disable the connection.</source>
        <translation>sync: この接続の実行 ID で変更された内容を元に戻し、接続を無効にします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply the held removals listed in FILE (the JSON of an earlier `sync NAME --dry-run --json`, &quot;-&quot; for standard input), only while each is still planned the same way.</source>
        <translation>FILE に記載された保留中の削除を適用します (以前の `sync NAME --dry-run --json` の JSON、標準入力の場合は &quot;-&quot;)。各削除が同じ計画のままである場合に限ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync: only these source keys (comma-separated; may be repeated); nobody else is touched.</source>
        <translation>sync: 指定したソースキーのみ (カンマ区切り。複数回指定可)。他のユーザーには触れません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sync: only the users the latest run with failures (or --run ID) failed.</source>
        <translation>sync: 失敗があった最新の実行 (または --run ID) で失敗したユーザーのみ。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the run with this ID (sync --retry-failed: retry its failed users).</source>
        <translation>この ID の実行を表示します (sync --retry-failed: その実行で失敗したユーザーを再試行します)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the history of this user.</source>
        <translation>このユーザーの履歴を表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection import: show what the file would change for managed users; save nothing.</source>
        <translation>connection import: ファイルによって管理対象ユーザーに生じる変更を表示します。何も保存しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show at most N entries.</source>
        <translation>最大 N 件を表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule: how often to sync: 15m, 1h, 2h30m (5 minutes at least) or daily@HH:MM.</source>
        <translation>schedule: 同期の頻度: 15m、1h、2h30m (5 分以上) または daily@HH:MM。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule: print the scheduler files instead of installing them.</source>
        <translation>schedule: スケジューラーファイルをインストールせずに出力します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule --print: systemd, launchd or windows (default: this system&apos;s).</source>
        <translation>schedule --print: systemd、launchd、windows (既定: このシステムのもの)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule: write the scheduler files and enable them.</source>
        <translation>schedule: スケジューラーファイルを書き込み、有効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule: disable the schedule and delete its files.</source>
        <translation>schedule: スケジュールを無効にし、そのファイルを削除します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage:
  provisiondesk-cli [--data-dir DIR] --version
</source>
        <translation>使用法:
  provisiondesk-cli [--data-dir DIR] --version
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionDetailsPanel</name>
    <message>
        <location filename="../ui/window/ConnectionDetailsPanel.cpp" line="+32"/>
        <source>Select a connection to see its details.</source>
        <translation>接続を選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Enabled</source>
        <translation>有効(&amp;E)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Testing the connection</source>
        <translation>接続をテスト中</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;dit…</source>
        <translation>編集(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit connection</source>
        <translation>接続の編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete connection</source>
        <translation>接続の削除</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn provisioning for this connection on or off</source>
        <translation>この接続のプロビジョニングをオンまたはオフにします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection can be enabled only after a connection test passes</source>
        <translation>接続は、接続テストに合格した後でのみ有効にできます</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionHealthBanner</name>
    <message>
        <location filename="../ui/actions/ConnectionHealthBanner.cpp" line="+20"/>
        <source>Connection status</source>
        <translation>接続の状態</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionJson</name>
    <message>
        <location filename="../app/core/ConnectionJson.cpp" line="+34"/>
        <source>&quot;%1&quot; must be &quot;disable&quot; or &quot;delete&quot;</source>
        <translation>「%1」は &quot;disable&quot; または &quot;delete&quot; である必要があります</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;removalGuard.percent&quot; must be between 0 and %1 (it is %2): a guard that lets more than half of the managed users be removed unreviewed guards nothing</source>
        <translation>&quot;removalGuard.percent&quot; は 0 から %1 の間である必要があります (現在は %2)。管理対象ユーザーの半数を超える削除を確認なしで許可するガードは、何も保護しません</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; looks like a secret. Connection files never hold secrets: pass the client secret with --secret-env VAR (and an LDAP password with --source-secret-env VAR) so it goes to the keychain.</source>
        <translation>「%1」はシークレットのようです。接続ファイルにシークレットを含めることはできません。クライアントシークレットは --secret-env VAR で (LDAP パスワードは --source-secret-env VAR で) 指定し、キーチェーンに保存されるようにしてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;name&quot; is required</source>
        <translation>&quot;name&quot; は必須です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;authentication&quot; is required</source>
        <translation>&quot;authentication&quot; は必須です</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionListModel</name>
    <message>
        <location filename="../ui/window/ConnectionListModel.cpp" line="+69"/>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity Store</source>
        <translation>アイデンティティストア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionSaver</name>
    <message>
        <location filename="../ui/common/ConnectionSaver.cpp" line="+36"/>
        <source>Keeping the secret for this session only is not possible with %1.</source>
        <translation>%1 では、このセッションのみシークレットを保持することはできません。</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionService</name>
    <message>
        <location filename="../app/core/ConnectionService.cpp" line="+39"/>
        <source>LDAP bind password</source>
        <translation>LDAP バインドパスワード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A connection named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>「%1」という名前の接続は既に存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Client Secret is required.</source>
        <translation>クライアントシークレットは必須です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The authentication settings changed; test the connection again.</source>
        <translation>認証設定が変更されました。接続を再度テストしてください。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; was not saved: its endpoint changed, so its stored %2 must be removed first, and the keychain could not remove it: %3</source>
        <translation>「%1」は保存されませんでした: エンドポイントが変更されたため、保存済みの%2を先に削除する必要がありますが、キーチェーンから削除できませんでした: %3</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&quot;%1&quot; was saved, but its new %2 was not stored in the keychain: %3 Enter it again.</source>
        <translation>「%1」は保存されましたが、新しい%2はキーチェーンに保存されませんでした: %3 再度入力してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection was not deleted because its secret could not be removed from the keychain: %1</source>
        <translation>シークレットをキーチェーンから削除できなかったため、接続は削除されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionStore</name>
    <message>
        <location filename="../app/core/ConnectionStore.cpp" line="+147"/>
        <location line="+20"/>
        <source>A connection named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>「%1」という名前の接続は既に存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+21"/>
        <source>Cannot save the connection: %1</source>
        <translation>接続を保存できません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection &quot;%1&quot; no longer exists.</source>
        <translation>接続「%1」は存在しなくなりました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot delete the connection: %1</source>
        <translation>接続を削除できません: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>The connection no longer exists.</source>
        <translation>接続は存在しなくなりました。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&quot;%1&quot; cannot be enabled until a connection test passes. Edit it and run Test connection.</source>
        <translation>「%1」は、接続テストに合格するまで有効にできません。編集して接続テストを実行してください。</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionSummaryView</name>
    <message>
        <location filename="../ui/editors/ConnectionSummaryView.cpp" line="+17"/>
        <source>Identity store:</source>
        <translation>アイデンティティストア:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCIM URL:</source>
        <translation>SCIM URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication Method:</source>
        <translation>認証方式:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Token URL:</source>
        <translation>OAuth トークン URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Account ID:</source>
        <translation>OAuth アカウント ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Client ID:</source>
        <translation>OAuth クライアント ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Client Secret:</source>
        <translation>OAuth クライアントシークレット:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User actions:</source>
        <translation>ユーザーアクション:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test:</source>
        <translation>接続テスト:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionSyncSummaryWidget</name>
    <message>
        <location filename="../ui/history/ConnectionSyncSummaryWidget.cpp" line="+35"/>
        <source>View history</source>
        <translation>履歴を表示</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Impacted</source>
        <translation>影響あり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users the rule targets: the four columns on the right added up.</source>
        <translation>ルールの対象ユーザー: 右側の 4 列の合計です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fully synced: the last operation on the user succeeded.</source>
        <translation>完全に同期済み: ユーザーに対する最後の操作が成功しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsynced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account in Zoom and not synced: creation is off, or the user cannot be provisioned.</source>
        <translation>Zoom にアカウントがなく、同期されていません: 作成がオフになっているか、ユーザーをプロビジョニングできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially synced</source>
        <translation>一部同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Zoom account exists but may be out of sync: an update, disable or removal was skipped or is held.</source>
        <translation>Zoom アカウントは存在しますが、同期されていない可能性があります: 更新、無効化、または削除がスキップされたか、保留されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last operation on the user failed; see the user&apos;s history.</source>
        <translation>ユーザーに対する最後の操作が失敗しました。ユーザーの履歴を参照してください。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not synced yet.</source>
        <translation>まだ同期されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sync: %1 (%2)</source>
        <translation>前回の同期: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionTestRunner</name>
    <message>
        <location filename="../ui/common/ConnectionTestRunner.cpp" line="+22"/>
        <source>This build of ProvisionDesk cannot test connections.</source>
        <translation>このビルドの ProvisionDesk では接続をテストできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the connection as invalid now and test it with a build that includes the Zoom tester.</source>
        <translation>今は接続を無効として保存し、Zoom テスターを含むビルドでテストしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No Client Secret is stored for this connection.</source>
        <translation>この接続にはクライアントシークレットが保存されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the connection and enter the OAuth Client Secret again.</source>
        <translation>接続を編集し、OAuth クライアントシークレットを再入力してください。</translation>
    </message>
</context>
<context>
    <name>pd::ConnectionValidator</name>
    <message>
        <location filename="../app/core/ConnectionValidator.cpp" line="+28"/>
        <source>A name is required.</source>
        <translation>名前は必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (100 characters at most).</source>
        <translation>名前が長すぎます (最大 100 文字)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a valid URL: enter it as https://host/path.</source>
        <translation>%1 は有効な URL ではありません: https://host/path の形式で入力してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must use https://; plain http:// is allowed only to this computer (localhost).</source>
        <translation>%1 には https:// を使用する必要があります。http:// はこのコンピューター (localhost) への接続にのみ使用できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must start with https://.</source>
        <translation>%1 は https:// で始まる必要があります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The description is too long (1000 characters at most).</source>
        <translation>説明が長すぎます (最大 1000 文字)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown identity store &quot;%1&quot;; only &quot;zoom&quot; is supported.</source>
        <translation>不明なアイデンティティストア「%1」です。サポートされているのは &quot;zoom&quot; のみです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCIM URL</source>
        <translation>SCIM URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown authentication method &quot;%1&quot;; use &quot;oauth-s2s&quot;.</source>
        <translation>不明な認証方式「%1」です。&quot;oauth-s2s&quot; を使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth Token URL</source>
        <translation>OAuth トークン URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Account ID is required.</source>
        <translation>アカウント ID は必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Client ID is required.</source>
        <translation>クライアント ID は必須です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user actions contradict each other: &quot;disable&quot; needs &quot;update&quot;, Remove Action &quot;Disable&quot; needs &quot;disable&quot;, and &quot;deprovision on rule deletion&quot; needs &quot;deprovision&quot;.</source>
        <translation>ユーザーアクションが互いに矛盾しています:「無効化」には「更新」が、削除アクション「無効化」には「無効化」が、「ルール削除時にプロビジョニング解除」には「プロビジョニング解除」が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests per second must be between 0 and 1000.</source>
        <translation>1 秒あたりのリクエスト数は 0 から 1000 の間である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concurrency must be between 1 and 32.</source>
        <translation>同時実行数は 1 から 32 の間である必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The removal guard percentage must be between 0 and %1 (it is %2): above half, a broken export could remove most users unreviewed.</source>
        <translation>削除ガードの割合は 0 から %1 の間である必要があります (現在は %2)。半分を超えると、壊れたエクスポートによって大半のユーザーが確認なしで削除される可能性があります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours without a successful sync must be between 0 (not checked) and 8760 (a year).</source>
        <translation>同期が成功していない時間は、0 (チェックしない) から 8760 (1 年) の間である必要があります。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The removal guard count cannot be negative.</source>
        <translation>削除ガードの件数に負の値は指定できません。</translation>
    </message>
</context>
<context>
    <name>pd::CsvSource</name>
    <message>
        <location filename="../app/directory/CsvSource.cpp" line="+62"/>
        <source>No key column is chosen.</source>
        <translation>キー列が選択されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no column &quot;%1&quot; to use as the key.</source>
        <translation>ファイルにキーとして使用する列「%1」がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Choose one of the columns: %1.</source>
        <translation>次の列のいずれかを選択してください: %1。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The file has no column &quot;%1&quot; to tell disabled people.</source>
        <translation>ファイルに、無効なユーザーを識別する列「%1」がありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the row has %1 fields but the header has %2</source>
        <translation>行のフィールド数は %1 ですが、ヘッダーは %2 です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the row was skipped</source>
        <translation>%1: 行をスキップしました</translation>
    </message>
</context>
<context>
    <name>pd::Database</name>
    <message>
        <location filename="../app/core/Database.cpp" line="+52"/>
        <source>Cannot create the data folder %1. Check that you may write there, or choose another folder with --data-dir.</source>
        <translation>データフォルダー %1 を作成できません。書き込み権限があることを確認するか、--data-dir で別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder %1 is not writable. Check its permissions, or choose another folder with --data-dir.</source>
        <translation>データフォルダー %1 に書き込めません。アクセス許可を確認するか、--data-dir で別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database %1 is damaged or is not a ProvisionDesk database (%2). It was left unchanged. Move it aside to start afresh, or restore it from a backup.</source>
        <translation>データベース %1 が破損しているか、ProvisionDesk のデータベースではありません (%2)。変更はしていません。最初からやり直すには別の場所に移動するか、バックアップから復元してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot configure the database %1: %2</source>
        <translation>データベース %1 を構成できません: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot update the database %1 to this version of ProvisionDesk: %2</source>
        <translation>データベース %1 をこのバージョンの ProvisionDesk 用に更新できません: %2</translation>
    </message>
</context>
<context>
    <name>pd::EditConnectionDialog</name>
    <message>
        <location filename="../ui/window/EditConnectionDialog.cpp" line="+52"/>
        <source>Edit Connection: %1</source>
        <translation>接続の編集: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection settings</source>
        <translation>接続の設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection settings sections</source>
        <translation>接続の設定セクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication</source>
        <translation>認証(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Actions</source>
        <translation>ユーザーアクション(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help for this tab</source>
        <translation>このタブのヘルプ</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The authentication settings changed; test the connection again.</source>
        <translation>認証設定が変更されました。接続を再度テストしてください。</translation>
    </message>
</context>
<context>
    <name>pd::EventsModel</name>
    <message>
        <location filename="../ui/history/EventsModel.cpp" line="+185"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source key</source>
        <translation>ソースキー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes (old → new)</source>
        <translation>変更内容 (旧 → 新)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>pd::Expression</name>
    <message>
        <location filename="../app/directory/Expression.cpp" line="+160"/>
        <source>the expression is longer than %1 characters</source>
        <translation>式が %1 文字を超えています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression is empty</source>
        <translation>式が空です</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no attribute is named</source>
        <translation>属性が指定されていません</translation>
    </message>
</context>
<context>
    <name>pd::ExpressionError</name>
    <message>
        <location line="-31"/>
        <source>column %1: %2</source>
        <translation>%1 列目: %2</translation>
    </message>
</context>
<context>
    <name>pd::FieldErrorLabel</name>
    <message>
        <location filename="../ui/widgets/FieldErrorLabel.cpp" line="+38"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>pd::HelpViewer</name>
    <message>
        <location filename="../ui/help/HelpViewer.cpp" line="+26"/>
        <source>ProvisionDesk Help</source>
        <translation>ProvisionDesk ヘルプ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close help</source>
        <translation>ヘルプを閉じる</translation>
    </message>
</context>
<context>
    <name>pd::HistoryFilterBar</name>
    <message>
        <location filename="../ui/history/HistoryFilterBar.cpp" line="+19"/>
        <source>Show dry runs</source>
        <translation>ドライランを表示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All connections</source>
        <translation>すべての接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connection:</source>
        <translation>接続(&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From this day</source>
        <translation>この日から</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to and including this day</source>
        <translation>この日まで (この日を含む)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
</context>
<context>
    <name>pd::HistoryImporter</name>
    <message>
        <location filename="../app/history/HistoryImporter.cpp" line="+43"/>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>有効な JSON ではありません: オフセット %2 で %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a ProvisionDesk history export</source>
        <translation>ProvisionDesk の履歴エクスポートではありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>不明な種類「%1」</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the header row is not that of a ProvisionDesk history export</source>
        <translation>ヘッダー行が ProvisionDesk の履歴エクスポートのものではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>record %1 has %2 fields instead of %3</source>
        <translation>レコード %1 のフィールド数が %3 ではなく %2 です</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+7"/>
        <source>record %1: %2</source>
        <translation>レコード %1: %2</translation>
    </message>
</context>
<context>
    <name>pd::HistoryJson</name>
    <message>
        <location filename="../app/history/HistoryJson.cpp" line="+78"/>
        <source>unknown trigger &quot;%1&quot;</source>
        <translation>不明なトリガー「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>不明な結果「%1」</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>不明な操作「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown result &quot;%1&quot;</source>
        <translation>不明な結果「%1」</translation>
    </message>
</context>
<context>
    <name>pd::HistoryRecorder</name>
    <message>
        <location filename="../app/history/HistoryRecorder.cpp" line="+74"/>
        <source>The run stopped before it finished.</source>
        <translation>実行は完了前に停止しました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run %1 is still open: finish it before starting another.</source>
        <translation>実行 %1 がまだ開いています。別の実行を開始する前に終了してください。</translation>
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
        <translation>履歴を書き込めません: %1</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Cannot create the run&apos;s lock file %1.</source>
        <translation>実行のロックファイル %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An event was recorded outside a run; it was dropped.</source>
        <translation>実行外でイベントが記録されたため、破棄しました。</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>No run is open.</source>
        <translation>開いている実行はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run cannot finish as running.</source>
        <translation>実行を「実行中」のまま終了することはできません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The run was interrupted: ProvisionDesk stopped before it finished. The users listed were handled; the next sync completes the rest.</source>
        <translation>実行は中断されました: ProvisionDesk が完了前に停止しました。一覧のユーザーは処理済みです。次回の同期で残りが完了します。</translation>
    </message>
</context>
<context>
    <name>pd::HistoryWindow</name>
    <message>
        <location filename="../ui/history/HistoryWindow.cpp" line="+52"/>
        <source>Provisioning history</source>
        <translation>プロビジョニング履歴</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Runs</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;timeline</source>
        <translation>ユーザーのタイムライン(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity</source>
        <translation>アクティビティ(&amp;A)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs list…</source>
        <translation>実行の一覧…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export runs</source>
        <translation>実行のエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected run&apos;s events…</source>
        <translation>選択した実行のイベント…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export run %1</source>
        <translation>実行 %1 のエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User timeline…</source>
        <translation>ユーザーのタイムライン…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the history of %1</source>
        <translation>%1 の履歴のエクスポート</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save runs or events as CSV (spreadsheets) or JSON</source>
        <translation>実行またはイベントを CSV (スプレッドシート用) または JSON として保存します</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Keep history:</source>
        <translation>履歴の保持期間(&amp;K):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloud identity providers keep 7 to 30 days; ProvisionDesk keeps everything unless you choose a limit here.</source>
        <translation>クラウドの ID プロバイダーは 7～30 日間保持します。ProvisionDesk は、ここで上限を選択しない限りすべてを保持します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forever</source>
        <translation>無期限</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+8"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete older history?</source>
        <translation>古い履歴を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Runs that started more than %n day(s) ago, and every event in them, will be deleted now and after each sync. This cannot be undone. The sync summary keeps each user&apos;s state.</source>
        <translation>
            <numerusform>%n 日より前に開始された実行と、そのすべてのイベントが、今すぐおよび各同期の後に削除されます。この操作は元に戻せません。同期の概要には各ユーザーの状態が保持されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete older runs</source>
        <translation>古い実行を削除</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not change how long the history is kept.</source>
        <translation>履歴の保持期間を変更できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history is kept forever.</source>
        <translation>履歴は無期限に保持されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Runs older than %n day(s) are deleted after each sync; %1 deleted now.</source>
        <translation>
            <numerusform>%n 日より古い実行は各同期の後に削除されます。今回 %1 件を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>No runs match. Syncs made from the app or the CLI appear here.</source>
        <translation>一致する実行はありません。アプリまたは CLI から行った同期がここに表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 runs loaded</source>
        <translation>%2 件中 %1 件の実行を読み込みました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>スプレッドシート用 CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export to %1: %2</source>
        <translation>%1 にエクスポートできませんでした: %2</translation>
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
        <translation>SCIM 2.0 と Server-to-Server OAuth による Zoom ユーザー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the identity store that ProvisionDesk creates, updates and deprovisions users in. Click a tile to select it.</source>
        <translation>ProvisionDesk がユーザーを作成、更新、プロビジョニング解除するアイデンティティストアを選択してください。タイルをクリックして選択します。</translation>
    </message>
</context>
<context>
    <name>pd::IdentityStorePage</name>
    <message>
        <location filename="../ui/wizard/IdentityStorePage.cpp" line="+16"/>
        <source>Select identity store</source>
        <translation>アイデンティティストアの選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where should ProvisionDesk provision users?</source>
        <translation>ProvisionDesk でユーザーをどこにプロビジョニングしますか?</translation>
    </message>
</context>
<context>
    <name>pd::IdentityStoreTile</name>
    <message>
        <location filename="../ui/widgets/IdentityStoreTile.cpp" line="+78"/>
        <source>✓ Selected</source>
        <translation>✓ 選択済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select</source>
        <translation>選択</translation>
    </message>
</context>
<context>
    <name>pd::ImpactCommand</name>
    <message>
        <location filename="../app/cli/ImpactCommand.cpp" line="+24"/>
        <source>no connection is named &quot;%1&quot;: --impact compares the file with the connection it would update. Nothing was saved.</source>
        <translation>「%1」という名前の接続はありません: --impact はファイルを更新対象の接続と比較します。何も保存されていません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file changes the LDAP URL or bind DN; the stored password is not sent there. Pass --source-secret-env VAR.</source>
        <translation>ファイルによって LDAP URL またはバインド DN が変更されるため、保存済みのパスワードはそこへは送信されません。--source-secret-env VAR を指定してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Or pass it with --source-secret-env VAR.</source>
        <translation>%1 または --source-secret-env VAR で指定してください。</translation>
    </message>
</context>
<context>
    <name>pd::ImpactDialog</name>
    <message>
        <location filename="../ui/actions/ImpactDialog.cpp" line="+31"/>
        <source>&amp;Save Anyway</source>
        <translation>このまま保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact of This Edit — %1</source>
        <translation>この編集の影響 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact of this edit</source>
        <translation>この編集の影響</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computing impact</source>
        <translation>影響を計算中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People this edit affects</source>
        <translation>この編集の影響を受けるユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source key</source>
        <translation>ソースキー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Would now</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without the edit</source>
        <translation>変更しない場合</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computed from the source and what this connection manages; nothing was sent to Zoom.</source>
        <translation>ソースとこの接続の管理対象から計算しました。Zoom には何も送信していません。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Computing impact…</source>
        <translation>影響を計算中…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The impact of this edit could not be computed: %1</source>
        <translation>この編集の影響を計算できませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (held)</source>
        <translation> (保留)</translation>
    </message>
</context>
<context>
    <name>pd::KeychainSecretStore</name>
    <message>
        <location filename="../app/core/KeychainSecretStore.cpp" line="+37"/>
        <source>The keychain holds no secret for this connection. Enter it again and save.</source>
        <translation>キーチェーンにこの接続のシークレットがありません。再度入力して保存してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available on this computer (%1). On Linux, install and unlock GNOME Keyring or KWallet.</source>
        <translation>このコンピューターで利用できるキーチェーンがありません (%1)。Linux では GNOME Keyring または KWallet をインストールしてロックを解除してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access to the keychain was refused (%1). Allow it and try again.</source>
        <translation>キーチェーンへのアクセスが拒否されました (%1)。アクセスを許可してから再試行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain is locked and could not be unlocked (%1). Unlock the login keyring (for example in Passwords and Keys) and retry.</source>
        <translation>キーチェーンがロックされており、ロックを解除できませんでした (%1)。ログインキーリングのロックを解除して (「パスワードと鍵」などで) 再試行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>キーチェーンがアクセスを拒否しました (%1)。ロックを解除してから再試行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain service could be reached (%1). On Linux, ProvisionDesk needs the Secret Service (GNOME Keyring or KWallet) running in your desktop session.</source>
        <translation>キーチェーンサービスに接続できませんでした (%1)。Linux では、ProvisionDesk にはデスクトップセッションで実行中の Secret Service (GNOME Keyring または KWallet) が必要です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain reported an error: %1</source>
        <translation>キーチェーンがエラーを報告しました: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
</context>
<context>
    <name>pd::LanguageMenu</name>
    <message>
        <location filename="../ui/window/LanguageMenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System Default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProvisionDesk and provisiondesk-cli use the new language from their next start.</source>
        <translation>ProvisionDesk と provisiondesk-cli は、次回の起動から新しい言語を使用します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PROVISIONDESK_LANG is set in the environment; it overrides this choice while it is set.</source>
        <translation>環境変数 PROVISIONDESK_LANG が設定されています。設定されている間は、この選択より優先されます。</translation>
    </message>
</context>
<context>
    <name>pd::LdapSettings</name>
    <message>
        <location filename="../app/directory/LdapSettings.cpp" line="+58"/>
        <source>The directory URL must look like ldaps://dc1.example.com or ldap://ldap.example.com.</source>
        <translation>ディレクトリの URL は ldaps://dc1.example.com や ldap://ldap.example.com のような形式である必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>StartTLS is for ldap:// URLs; ldaps:// is already encrypted.</source>
        <translation>StartTLS は ldap:// URL 用です。ldaps:// は既に暗号化されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain ldap:// would send the password and everyone&apos;s data unencrypted. Use ldaps:// or turn on StartTLS.</source>
        <translation>暗号化なしの ldap:// では、パスワードと全員のデータが暗号化されずに送信されます。ldaps:// を使用するか、StartTLS をオンにしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the base DN in &quot;Base DN&quot;, not in the URL.</source>
        <translation>ベース DN は URL ではなく「ベース DN」に入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base DN is required, for example ou=People,dc=example,dc=com.</source>
        <translation>ベース DN は必須です (例: ou=People,dc=example,dc=com)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The LDAP filter must be enclosed in parentheses, with a ) for every (, for example (&amp;(objectClass=person)(mail=*)).</source>
        <translation>LDAP フィルターは括弧で囲み、すべての ( に対応する ) が必要です (例: (&amp;(objectClass=person)(mail=*)))。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page size must be between 1 and 5000.</source>
        <translation>ページサイズは 1 から 5000 の間である必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>タイムアウトは 1 から 600 秒の間である必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the attribute that marks disabled people.</source>
        <translation>無効なユーザーを示す属性を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an attribute name.</source>
        <translation>「%1」は属性名ではありません。</translation>
    </message>
</context>
<context>
    <name>pd::LdapSource</name>
    <message>
        <location filename="../app/directory/LdapSource.cpp" line="+119"/>
        <source>The directory server %1 port %2 cannot be reached.</source>
        <translation>ディレクトリサーバー %1 のポート %2 に接続できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the server name and port, that the server is running, and that no firewall blocks the connection.</source>
        <translation>サーバー名とポート、サーバーが稼働していること、ファイアウォールが接続をブロックしていないことを確認してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>The secure connection to %1 failed.</source>
        <translation>%1 へのセキュリティで保護された接続に失敗しました。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The server&apos;s certificate must be trusted and issued for &quot;%1&quot;. Add your CA&apos;s certificate as &quot;CA certificate&quot; if a private CA issued it. Certificate checks cannot be turned off.</source>
        <translation>サーバーの証明書は信頼されており、「%1」に対して発行されている必要があります。プライベート CA が発行した場合は、その CA の証明書を「CA 証明書」として追加してください。証明書のチェックはオフにできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory server %1 does not answer.</source>
        <translation>ディレクトリサーバー %1 から応答がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name and port, and that it speaks LDAP on that port.</source>
        <translation>サーバー名とポート、およびそのポートで LDAP が使用されていることを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server must support StartTLS with a trusted certificate issued for &quot;%1&quot;; or use ldaps://. Add your CA&apos;s certificate if a private CA issued it.</source>
        <translation>サーバーは、「%1」に対して発行された信頼済み証明書で StartTLS をサポートしている必要があります。または ldaps:// を使用してください。プライベート CA が発行した場合は、その CA の証明書を追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate must be trusted and issued for &quot;%1&quot;. Add your CA&apos;s certificate if a private CA issued it.</source>
        <translation>サーバーの証明書は信頼されており、「%1」に対して発行されている必要があります。プライベート CA が発行した場合は、その CA の証明書を追加してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The directory refused the bind DN &quot;%1&quot; with this password.</source>
        <translation>ディレクトリがこのパスワードでのバインド DN「%1」を拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the bind DN (on Active Directory also user@domain works) and enter the password again.</source>
        <translation>バインド DN を確認し (Active Directory では user@domain も使用できます)、パスワードを再入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base DN &quot;%1&quot; does not exist on %2.</source>
        <translation>ベース DN「%1」は %2 に存在しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, for example ou=People,dc=example,dc=com.</source>
        <translation>綴りを確認してください (例: ou=People,dc=example,dc=com)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LDAP filter &quot;%1&quot; is not valid.</source>
        <translation>LDAP フィルター「%1」は無効です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it like (&amp;(objectClass=person)(mail=*)): every condition in parentheses.</source>
        <translation>(&amp;(objectClass=person)(mail=*)) のように、各条件を括弧で囲んで記述してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not support paged searches.</source>
        <translation>%1 はページ検索をサポートしていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProvisionDesk needs the paged results control (RFC 2696) to read large directories.</source>
        <translation>ProvisionDesk が大規模なディレクトリを読み取るには、ページ結果コントロール (RFC 2696) が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory server %1 did not answer in time.</source>
        <translation>ディレクトリサーバー %1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, raise the timeout, or narrow the base DN or filter.</source>
        <translation>再試行するか、タイムアウトを延ばすか、ベース DN またはフィルターを絞り込んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The directory server %1 reported an error.</source>
        <translation>ディレクトリサーバー %1 がエラーを報告しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the details; the directory&apos;s administrator can tell what it means.</source>
        <translation>詳細を参照してください。意味はディレクトリの管理者に確認できます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix the directory settings.</source>
        <translation>ディレクトリ設定を修正してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is stored for &quot;%1&quot;.</source>
        <translation>「%1」のパスワードが保存されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bind password; it is kept in the system keychain.</source>
        <translation>バインドパスワードを入力してください。システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>CA 証明書ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the PEM file of the CA that issued the directory server&apos;s certificate.</source>
        <translation>ディレクトリサーバーの証明書を発行した CA の PEM ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the entry has no %1 value and was skipped</source>
        <translation>エントリに %1 の値がないため、スキップしました</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the directory referred part of the search to %1, which is not followed: people there were not read. Point the base DN at the server that holds them, or narrow it.</source>
        <translation>ディレクトリが検索の一部を %1 に照会 (リフェラル) しましたが、それはたどりません: そこにいるユーザーは読み取られていません。ベース DN をそのユーザーを保持するサーバーに向けるか、範囲を絞り込んでください。</translation>
    </message>
</context>
<context>
    <name>pd::MappingEditor</name>
    <message>
        <location filename="../ui/rule/MappingEditor.cpp" line="+60"/>
        <source>For each Zoom attribute, choose where its value comes from. Attributes that are not mapped are never sent. Expressions: lower(mail), trim(givenName) + &apos; &apos; + sn, default(department, &apos;Staff&apos;), map(license, &apos;Pro&apos; =&gt; &apos;Licensed&apos;, else =&gt; &apos;Basic&apos;).</source>
        <translation>Zoom 属性ごとに、値の取得元を選択してください。対応付けられていない属性は送信されません。式の例: lower(mail)、trim(givenName) + &apos; &apos; + sn、default(department, &apos;Staff&apos;)、map(license, &apos;Pro&apos; =&gt; &apos;Licensed&apos;, else =&gt; &apos;Basic&apos;)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Zoom attribute&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zoom 属性&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;From&lt;/b&gt;</source>
        <translation>&lt;b&gt;取得元&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Source attribute, value or expression&lt;/b&gt;</source>
        <translation>&lt;b&gt;ソース属性、値、または式&lt;/b&gt;</translation>
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
        <translation>対応付けなし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Constant</source>
        <translation>定数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expression</source>
        <translation>式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 comes from</source>
        <translation>%1 の取得元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 source</source>
        <translation>%1 のソース</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>e.g. 1</source>
        <translation>例: 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default country code for phone numbers</source>
        <translation>電話番号の既定の国番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use defaults for this source</source>
        <translation>このソースの既定値を使用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default &amp;country code for phones without +:</source>
        <translation>+ なしの電話番号の既定の国番号(&amp;C):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>source attribute</source>
        <translation>ソース属性</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expression, e.g. lower(mail)</source>
        <translation>式 (例: lower(mail))</translation>
    </message>
</context>
<context>
    <name>pd::MessageBanner</name>
    <message>
        <location filename="../ui/widgets/MessageBanner.cpp" line="+38"/>
        <location line="+1"/>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>pd::NameEditor</name>
    <message>
        <location filename="../ui/editors/NameEditor.cpp" line="+27"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Zoom (production)</source>
        <translation>例: Zoom (本番)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: what this connection provisions, and for whom</source>
        <translation>任意: この接続が何を誰に対してプロビジョニングするか</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name appears in the list of connections on the Provisioning page.</source>
        <translation>名前は、プロビジョニングページの接続一覧に表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The description is too long (%1 characters at most).</source>
        <translation>説明が長すぎます (最大 %1 文字)。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A connection named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>「%1」という名前の接続は既に存在します。別の名前を選択してください。</translation>
    </message>
</context>
<context>
    <name>pd::NamePage</name>
    <message>
        <location filename="../ui/wizard/NamePage.cpp" line="+18"/>
        <source>Name and description</source>
        <translation>名前と説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name this provisioning connection so that you can find it in the list.</source>
        <translation>一覧で見つけられるよう、このプロビジョニング接続に名前を付けてください。</translation>
    </message>
</context>
<context>
    <name>pd::NewConnectionWizard</name>
    <message>
        <location filename="../ui/wizard/NewConnectionWizard.cpp" line="+27"/>
        <location line="+1"/>
        <source>New Connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Identity store</source>
        <translation>アイデンティティストア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User actions</source>
        <translation>ユーザーアクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help for this step</source>
        <translation>この手順のヘルプ</translation>
    </message>
</context>
<context>
    <name>pd::OutboundRule</name>
    <message>
        <location filename="../app/directory/OutboundRule.cpp" line="+59"/>
        <source>the default country code is 1 to 3 digits, such as 1 or 44</source>
        <translation>既定の国番号は 1～3 桁の数字です (1 や 44 など)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The connection &quot;%1&quot; has no outbound rule yet.</source>
        <translation>接続「%1」にはまだアウトバウンドルールがありません。</translation>
    </message>
</context>
<context>
    <name>pd::ProvisioningActions</name>
    <message>
        <location filename="../ui/actions/ProvisioningActions.cpp" line="+37"/>
        <source>Outbound &amp;Rule…</source>
        <translation>アウトバウンドルール(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the outbound rule</source>
        <translation>アウトバウンドルールを編集します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync…</source>
        <translation>同期(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now, dry run or full resync</source>
        <translation>今すぐ同期、ドライラン、または完全再同期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provisioning history of this connection</source>
        <translation>この接続のプロビジョニング履歴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;chedule…</source>
        <translation>スケジュール(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync on this computer&apos;s own scheduler</source>
        <translation>このコンピューター自体のスケジューラーで同期します</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync summary</source>
        <translation>同期の概要</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Outbound Rule — %1</source>
        <translation>アウトバウンドルール — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delete Rule…</source>
        <translation>ルールを削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+19"/>
        <source>Outbound Rule</source>
        <translation>アウトバウンドルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule was saved, but the LDAP password was not: %1</source>
        <translation>ルールは保存されましたが、LDAP パスワードは保存されませんでした: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Outbound Rule</source>
        <translation>アウトバウンドルールの削除</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Provision Now</source>
        <translation>今すぐプロビジョニング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That connection no longer exists, so there is nothing to sync.</source>
        <translation>その接続は存在しなくなったため、同期するものはありません。</translation>
    </message>
</context>
<context>
    <name>pd::ProvisioningWindow</name>
    <message>
        <location filename="../ui/window/ProvisioningWindow.cpp" line="+59"/>
        <source>Provisioning — ProvisionDesk</source>
        <translation>プロビジョニング — ProvisionDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No connections yet</source>
        <translation>接続はまだありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A connection tells ProvisionDesk which Zoom account to provision users into, and how to sign in to it.</source>
        <translation>接続は、ProvisionDesk がどの Zoom アカウントにユーザーをプロビジョニングし、どのようにサインインするかを指定します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Connection</source>
        <translation>新しい接続(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Co&amp;nnections</source>
        <translation>接続(&amp;N)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;New Connection…</source>
        <translation>新しい接続(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ProvisionDesk</source>
        <translation>ProvisionDesk について(&amp;A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Kept for this session only (no keychain); enter it again after a restart</source>
        <translation>このセッションのみ保持 (キーチェーンなし)。再起動後に再入力してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in %1</source>
        <translation>%1 に保存済み</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>Saved connection &quot;%1&quot;.</source>
        <translation>接続「%1」を保存しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test Connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authentication settings of &quot;%1&quot; changed, so it is untested and cannot be enabled until a connection test passes. Test it now?</source>
        <translation>「%1」の認証設定が変更されたため、未テストの状態になり、接続テストに合格するまで有効にできません。今すぐテストしますか?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Test Now</source>
        <translation>今すぐテスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete Connection</source>
        <translation>接続の削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the connection &quot;%1&quot;?</source>
        <translation>接続「%1」を削除しますか?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its client secret is removed from the keychain too. Users already provisioned in Zoom are not changed.</source>
        <translation>クライアントシークレットもキーチェーンから削除されます。既に Zoom にプロビジョニングされたユーザーは変更されません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleted connection &quot;%1&quot; and its secrets.</source>
        <translation>接続「%1」とそのシークレットを削除しました。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing &quot;%1&quot;…</source>
        <translation>「%1」をテストしています…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connection successful. %1</source>
        <translation>接続に成功しました。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection failed. %1</source>
        <translation>接続テストに失敗しました。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is valid.</source>
        <translation>「%1」は有効です。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is invalid.</source>
        <translation>「%1」は無効です。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is enabled.</source>
        <translation>「%1」を有効にしました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is disabled.</source>
        <translation>「%1」を無効にしました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About ProvisionDesk</source>
        <translation>ProvisionDesk について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ProvisionDesk %1&lt;/b&gt;&lt;p&gt;Provisions users from a directory into Zoom through SCIM 2.0 and Server-to-Server OAuth.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ProvisionDesk %1&lt;/b&gt;&lt;p&gt;SCIM 2.0 と Server-to-Server OAuth を使用して、ディレクトリから Zoom にユーザーをプロビジョニングします。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pd::RuleDeletion</name>
    <message>
        <location filename="../app/directory/RuleDeletion.cpp" line="+24"/>
        <source>Delete the outbound rule? The %n Zoom user(s) it manages stay in Zoom as they are; nothing more is synced for them.</source>
        <translation>アウトバウンドルールを削除しますか? ルールが管理する %n 人の Zoom ユーザーはそのまま Zoom に残り、以降は同期されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule deleted; %n managed user(s) left in Zoom.</source>
        <translation>ルールを削除しました。管理対象だった %n 人のユーザーは Zoom に残っています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the outbound rule? &quot;Deprovision on rule deletion&quot; is on, so the %n Zoom user(s) it manages will be DELETED from Zoom. Zoom may delete their meetings, webinars and recordings too. This cannot be undone.</source>
        <translation>アウトバウンドルールを削除しますか?「ルール削除時にプロビジョニング解除」がオンのため、ルールが管理する %n 人の Zoom ユーザーは Zoom から削除されます。Zoom はそのユーザーのミーティング、ウェビナー、レコーディングも削除する場合があります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule deleted; %n managed user(s) handed to the sync engine for deletion.</source>
        <translation>ルールを削除しました。管理対象の %n 人のユーザーを削除のため同期エンジンに引き渡しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the outbound rule? &quot;Deprovision on rule deletion&quot; is on, so the %n Zoom user(s) it manages will be deactivated in Zoom. They keep their settings and can be reactivated.</source>
        <translation>アウトバウンドルールを削除しますか?「ルール削除時にプロビジョニング解除」がオンのため、ルールが管理する %n 人の Zoom ユーザーは Zoom で無効化されます。設定は保持され、再度有効化できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule deleted; %n managed user(s) handed to the sync engine for deactivation.</source>
        <translation>ルールを削除しました。管理対象の %n 人のユーザーを無効化のため同期エンジンに引き渡しました。</translation>
    </message>
</context>
<context>
    <name>pd::RuleEditor</name>
    <message>
        <location filename="../ui/rule/RuleEditor.cpp" line="+26"/>
        <source>&amp;Source</source>
        <translation>ソース(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;filter</source>
        <translation>ユーザーフィルター(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute &amp;mapping</source>
        <translation>属性マッピング(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;rule</source>
        <translation>ルールのテスト(&amp;R)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The stored rule could not be read; saving replaces it.
%1</source>
        <translation>保存済みのルールを読み取れませんでした。保存すると置き換えられます。
%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The attribute mapping has errors; they are shown under the attributes.</source>
        <translation>属性マッピングにエラーがあります。各属性の下に表示されています。</translation>
    </message>
</context>
<context>
    <name>pd::RuleEvaluator</name>
    <message>
        <location filename="../app/directory/RuleEvaluator.cpp" line="+130"/>
        <source>the username %1 is also used by %2; Zoom would treat them as one account</source>
        <translation>ユーザー名 %1 は %2 でも使用されています。Zoom では 1 つのアカウントとして扱われます</translation>
    </message>
</context>
<context>
    <name>pd::RulePreviewPanel</name>
    <message>
        <location filename="../ui/rule/RulePreviewPanel.cpp" line="+58"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source attributes</source>
        <translation>ソース属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create request body</source>
        <translation>作成リクエストの本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update request body</source>
        <translation>更新リクエストの本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;vision now</source>
        <translation>今すぐプロビジョニング(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name, email, key or any value</source>
        <translation>名前、メール、キー、または任意の値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person in the source</source>
        <translation>ソース内のユーザーを検索</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People found</source>
        <translation>見つかったユーザー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source attributes:</source>
        <translation>ソース属性:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provision now</source>
        <translation>今すぐプロビジョニング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync just this person to Zoom now with the saved rule; nobody else is touched.</source>
        <translation>保存済みのルールで、このユーザーだけを今すぐ Zoom に同期します。他のユーザーには触れません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create: POST /Users</source>
        <translation>作成: POST /Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update: PUT /Users/{id}</source>
        <translation>更新: PUT /Users/{id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find people in the source to see exactly what would be sent to Zoom for them. Nothing is sent.</source>
        <translation>ソース内のユーザーを検索すると、そのユーザーについて Zoom に送信される内容を正確に確認できます。何も送信されません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Searching...</source>
        <translation>検索しています...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nobody matches.</source>
        <translation>一致するユーザーはいません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s) shown.</source>
        <translation>
            <numerusform>%n 人を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>key: %1</source>
        <translation>キー: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled: %1</source>
        <translation>無効: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out of scope: %1. Nothing would be sent.</source>
        <translation>対象範囲外: %1。何も送信されません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid: this person would not be sent until the problems below are fixed.</source>
        <translation>無効: 以下の問題が修正されるまで、このユーザーは送信されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope: this is what Zoom would receive.</source>
        <translation>対象範囲内: Zoom が受け取る内容は次のとおりです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope, inactive: Zoom would receive this with active false.</source>
        <translation>対象範囲内、非アクティブ: Zoom は active が false の状態でこの内容を受け取ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The rule has unsaved changes: Provision now syncs with the saved rule, so save it first.</source>
        <translation>ルールに未保存の変更があります。「今すぐプロビジョニング」は保存済みのルールで同期するため、先に保存してください。</translation>
    </message>
</context>
<context>
    <name>pd::RuleRunModel</name>
    <message>
        <location filename="../ui/rule/RuleRunModel.cpp" line="+30"/>
        <source>In scope</source>
        <translation>対象範囲内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of scope</source>
        <translation>対象範囲外</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (inactive)</source>
        <translation> (非アクティブ)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>pd::RuleSummaryView</name>
    <message>
        <location filename="../ui/window/RuleSummaryView.cpp" line="+23"/>
        <source>Outbound rule</source>
        <translation>アウトバウンドルール</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule source</source>
        <translation>ルールのソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in scope at the last sync</source>
        <translation>前回の同期時の対象者数</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CSV file %1</source>
        <translation>CSV ファイル %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAP %1, base DN %2</source>
        <translation>LDAP %1、ベース DN %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No outbound rule yet: set one with “Outbound Rule…”.</source>
        <translation>アウトバウンドルールはまだありません:「アウトバウンドルール…」で設定してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the history…</source>
        <translation>履歴を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n people at the last sync (%1)</source>
        <translation>
            <numerusform>前回の同期で %n 人 (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RuleTestPanel</name>
    <message>
        <location filename="../ui/rule/RuleTestPanel.cpp" line="+24"/>
        <source>&amp;Test rule</source>
        <translation>ルールのテスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV...</source>
        <translation>CSV のエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Runs the rule over the whole source and shows what would happen to each person. Nothing is sent to Zoom.</source>
        <translation>ソース全体にルールを適用し、各ユーザーがどうなるかを表示します。Zoom には何も送信されません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope</source>
        <translation>対象範囲内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope</source>
        <translation>対象範囲外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test rule results</source>
        <translation>ルールのテスト結果</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the source...</source>
        <translation>ソースを読み取っています...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 in scope (%2 inactive), %3 out of scope, %4 invalid; %5 with warnings.</source>
        <translation>対象範囲内 %1 人 (非アクティブ %2 人)、対象範囲外 %3 人、無効 %4 人、警告あり %5 人。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping has errors, so nobody can be provisioned: %1</source>
        <translation>マッピングにエラーがあるため、誰もプロビジョニングできません: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export test results</source>
        <translation>テスト結果のエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>pd::RunDetailPanel</name>
    <message>
        <location filename="../ui/history/RunDetailPanel.cpp" line="+29"/>
        <source>Events of the run</source>
        <translation>この実行のイベント</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Double-click a user to see their history across all runs.</source>
        <translation>ユーザーをダブルクリックすると、すべての実行にわたるそのユーザーの履歴が表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo This Run…</source>
        <translation>この実行を元に戻す(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, then reverse what this run changed in Zoom (the connection is then disabled).</source>
        <translation>この実行で Zoom に加えた変更をプレビューしてから元に戻します (その後、接続は無効になります)。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a run to see what it did to each user.</source>
        <translation>実行を選択すると、各ユーザーに対して行った内容が表示されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>full resync</source>
        <translation>完全再同期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incremental</source>
        <translation>増分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dry run: nothing was changed</source>
        <translation>ドライラン: 何も変更されていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · from the %3 · %4&lt;br&gt;Started %5 · finished %6 · %7 · %8&lt;br&gt;Created %9 · updated %10 · removed %11 · failed %12 · %13 events · HTTP requests: %14</source>
        <translation>&lt;b&gt;実行 %1&lt;/b&gt; · %2 · %3から · %4&lt;br&gt;開始 %5 · 終了 %6 · %7 · %8&lt;br&gt;作成 %9 · 更新 %10 · 削除 %11 · 失敗 %12 · イベント %13 件 · HTTP リクエスト: %14</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not yet</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 events loaded; scroll for more</source>
        <translation>%2 件中 %1 件のイベントを読み込みました。スクロールするとさらに表示されます</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 件のイベント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RunRetryBar</name>
    <message>
        <location filename="../ui/history/RunRetryBar.cpp" line="+23"/>
        <location line="+73"/>
        <source>Retry &amp;failed users</source>
        <translation>失敗したユーザーを再試行(&amp;F)</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+76"/>
        <source>Pro&amp;vision selected now</source>
        <translation>選択したユーザーを今すぐプロビジョニング(&amp;V)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Retry failed users</source>
        <translation>失敗したユーザーを再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync every user this run failed again now, and nobody else.</source>
        <translation>この実行で失敗したすべてのユーザーを今すぐ再同期します。他のユーザーには触れません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provision selected now</source>
        <translation>選択したユーザーを今すぐプロビジョニング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select failed rows, then sync just those users now.</source>
        <translation>失敗した行を選択すると、そのユーザーだけを今すぐ同期します。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Retry &amp;failed users (%1)</source>
        <translation>失敗したユーザーを再試行(&amp;F) (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pro&amp;vision selected now (%1)</source>
        <translation>選択したユーザーを今すぐプロビジョニング(&amp;V) (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user failed in this run.</source>
        <translation>この実行で失敗したユーザーはいません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select failed rows to provision just those users.</source>
        <translation>失敗した行を選択すると、そのユーザーだけをプロビジョニングできます。</translation>
    </message>
</context>
<context>
    <name>pd::RunsChartView</name>
    <message>
        <location filename="../ui/history/RunsChartView.cpp" line="+23"/>
        <source>wk %1</source>
        <translation>第 %1 週</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed or disabled</source>
        <translation>削除または無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs in this period</source>
        <translation>この期間に実行はありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes per %1</source>
        <translation>%1あたりの変更数</translation>
    </message>
</context>
<context>
    <name>pd::RunsModel</name>
    <message>
        <location filename="../ui/history/RunsModel.cpp" line="+22"/>
        <source>Dry run, full</source>
        <translation>ドライラン、完全</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full resync</source>
        <translation>完全再同期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incremental</source>
        <translation>増分</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP requests: %1</source>
        <translation>HTTP リクエスト: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Users created in Zoom</source>
        <translation>Zoom で作成されたユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users updated, reactivated or adopted (linked to an existing Zoom account)</source>
        <translation>更新、再有効化、または引き継ぎ (既存の Zoom アカウントにリンク) されたユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users disabled or removed (by the Remove Action)</source>
        <translation>無効化または削除されたユーザー (削除アクションによる)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations Zoom or the network refused</source>
        <translation>Zoom またはネットワークが拒否した操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every user the run touched, skipped or planned</source>
        <translation>実行で処理、スキップ、または計画されたすべてのユーザー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>実行元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>pd::SavePage</name>
    <message>
        <location filename="../ui/wizard/SavePage.cpp" line="+27"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the connection, then click Save. The Client Secret goes to the system keychain.</source>
        <translation>接続の内容を確認してから [保存] をクリックしてください。クライアントシークレットはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the connection</source>
        <translation>接続を保存中</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>•••••••• (goes to the system keychain)</source>
        <translation>•••••••• (システムのキーチェーンに保存)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection test passed. After saving, turn the connection on with the toggle in its details panel.</source>
        <translation>接続テストに合格しました。保存後、詳細パネルのトグルで接続をオンにしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection will be saved as invalid: it cannot be enabled or synced until a connection test passes.</source>
        <translation>接続は無効として保存されます: 接続テストに合格するまで、有効化や同期はできません。</translation>
    </message>
</context>
<context>
    <name>pd::SaveProblemPanel</name>
    <message>
        <location filename="../ui/widgets/SaveProblemPanel.cpp" line="+16"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep for This Session Only</source>
        <translation>このセッションのみ保持(&amp;K)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry saving</source>
        <translation>保存を再試行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the secret for this session only</source>
        <translation>このセッションのみシークレットを保持</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1

ProvisionDesk never writes secrets to disk. You can keep the Client Secret for this session only: the connection is saved, and you enter the secret again after restarting ProvisionDesk.</source>
        <translation>%1

ProvisionDesk がシークレットをディスクに書き込むことはありません。クライアントシークレットをこのセッションのみ保持することができます: 接続は保存され、ProvisionDesk の再起動後にシークレットを再入力します。</translation>
    </message>
</context>
<context>
    <name>pd::ScheduleDialog</name>
    <message>
        <location filename="../ui/actions/ScheduleDialog.cpp" line="+33"/>
        <source>&amp;Install</source>
        <translation>インストール(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule — %1</source>
        <translation>スケジュール — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every 15 minutes</source>
        <translation>15 分ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 minutes</source>
        <translation>30 分ごと</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every hour</source>
        <translation>1 時間ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 hours</source>
        <translation>2 時間ごと</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 6 hours</source>
        <translation>6 時間ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 12 hours</source>
        <translation>12 時間ごと</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every day at…</source>
        <translation>毎日指定時刻…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>頻度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of day</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd user timer (Linux)</source>
        <translation>systemd ユーザータイマー (Linux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launchd agent (macOS)</source>
        <translation>launchd エージェント (macOS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task Scheduler (Windows)</source>
        <translation>タスク スケジューラ (Windows)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview format</source>
        <translation>プレビュー形式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduler files</source>
        <translation>スケジューラーファイル</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync &quot;%1&quot; on this computer&apos;s own scheduler, also while ProvisionDesk is closed. Each run is a provisiondesk-cli sync, recorded in the history like any other; monitor it with provisiondesk-cli status.</source>
        <translation>ProvisionDesk を閉じている間も、このコンピューター自体のスケジューラーで「%1」を同期します。各実行は provisiondesk-cli sync で、他の実行と同様に履歴に記録されます。provisiondesk-cli status で監視してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sync:</source>
        <translation>同期(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview for:</source>
        <translation>プレビュー対象(&amp;P):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the files for this system&apos;s scheduler and enable them</source>
        <translation>このシステムのスケジューラー用ファイルを書き込み、有効にします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the schedule and delete its files</source>
        <translation>スケジュールを無効にし、そのファイルを削除します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provisiondesk-cli was not found next to ProvisionDesk: install it to schedule syncs.</source>
        <translation>ProvisionDesk と同じ場所に provisiondesk-cli が見つかりませんでした: 同期をスケジュールするにはインストールしてください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failed. </source>
        <translation>失敗しました。 </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Install writes these files and enables them; Remove disables and deletes them.</source>
        <translation>[インストール] はこれらのファイルを書き込んで有効にします。[削除] は無効にしてファイルを削除します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview only: Install and Remove use this system&apos;s scheduler (%1).</source>
        <translation>プレビューのみ: [インストール] と [削除] はこのシステムのスケジューラー (%1) を使用します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Installing…</source>
        <translation>インストール中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removing…</source>
        <translation>削除中…</translation>
    </message>
</context>
<context>
    <name>pd::ScheduleInstaller</name>
    <message>
        <location filename="../app/core/ScheduleInstaller.cpp" line="+18"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>No schedule of &quot;%1&quot; is installed (%2).</source>
        <translation>「%1」のスケジュールはインストールされていません (%2)。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot delete %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not available here; run this yourself where it is: %2</source>
        <translation>%1 はここでは利用できません。利用できる環境で次を自分で実行してください: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ran %1</source>
        <translation>%1 を実行しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ran %1 (it did not succeed, which is fine here: %2)</source>
        <translation>%1 を実行しました (成功しませんでしたが、ここでは問題ありません: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not succeed: %2</source>
        <translation>%1 は成功しませんでした: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this yourself in your session: %1</source>
        <translation>ご自分のセッションで次を実行してください: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot start %1: %2. Run this yourself: %3</source>
        <translation>%1 を開始できません: %2。次を自分で実行してください: %3</translation>
    </message>
</context>
<context>
    <name>pd::ScimClient</name>
    <message>
        <location filename="../app/scim/ScimClient.cpp" line="+229"/>
        <source>the answer is not a JSON object</source>
        <translation>応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the answer is JSON but not a SCIM ListResponse</source>
        <translation>応答は JSON ですが、SCIM の ListResponse ではありません</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the server answered startIndex %1 when asked for %2</source>
        <translation>%2 を要求したのに、サーバーは startIndex %1 を返しました</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the page at startIndex %1 repeats %n user(s) already listed</source>
        <translation>
            <numerusform>startIndex %1 のページに、既に一覧表示された %n 人のユーザーが重複しています</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server listed %1 users but reports totalResults %2</source>
        <translation>サーバーは %1 人のユーザーを一覧表示しましたが、totalResults は %2 と報告しています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the user list does not add up: %1</source>
        <translation>ユーザー一覧の件数が合いません: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>cancelled after %n page(s)</source>
        <translation>
            <numerusform>%n ページ後にキャンセルされました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>409 after a retried create; checking whether the first attempt created the user</source>
        <translation>作成の再試行後に 409 が返されました。最初の試行でユーザーが作成されたかどうかを確認しています</translation>
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
        <translation>HTTP %1 (コード %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: redirect to %1</source>
        <translation>: %1 へのリダイレクト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no location)</source>
        <translation>(Location なし)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (%1; no further requests before %2 UTC)</source>
        <translation> (%1。%2 UTC まで以降のリクエストは行いません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily limit</source>
        <translation>1 日あたりの上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>long wait</source>
        <translation>長い待機時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (daily limit; no further requests today)</source>
        <translation> (1 日あたりの上限。本日はこれ以上リクエストを行いません)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (an HTML page, not JSON)</source>
        <translation> (JSON ではなく HTML ページ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: empty or unexpected body</source>
        <translation>: 本文が空か、予期しない内容です</translation>
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
        <translation>有効な URL ではありません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only https:// URLs are used: %1</source>
        <translation>https:// の URL のみ使用します: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain http:// is used only to this computer; use https:// for %1</source>
        <translation>http:// はこのコンピューターへの接続にのみ使用します。%1 には https:// を使用してください</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the answer is larger than %1; it was not read</source>
        <translation>応答が %1 を超えているため、読み取りませんでした</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>%1 -&gt; %2 (%3 ms, attempt %4)</source>
        <translation>%1 -&gt; %2 (%3 ms、試行 %4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>access token rejected; requesting a new one and retrying once</source>
        <translation>アクセストークンが拒否されました。新しいトークンを要求して 1 回だけ再試行します</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>giving up after %n attempt(s)</source>
        <translation>
            <numerusform>%n 回試行した後で中止します</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>retrying in %1 ms</source>
        <translation>%1 ms 後に再試行します</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cancelled: no further requests</source>
        <translation>キャンセル: 以降のリクエストは行いません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no further requests in this run: %1</source>
        <translation>この実行では以降のリクエストを行いません: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cancelled before the request was sent</source>
        <translation>リクエストの送信前にキャンセルされました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled instead of retrying after: %1</source>
        <translation>次のエラー後に再試行せずキャンセルしました: %1</translation>
    </message>
</context>
<context>
    <name>pd::SecretLineEdit</name>
    <message>
        <location filename="../ui/widgets/SecretLineEdit.cpp" line="+35"/>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide %1</source>
        <translation>%1 を非表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
</context>
<context>
    <name>pd::SourceSettings</name>
    <message>
        <location filename="../app/directory/SourceSettings.cpp" line="+68"/>
        <source>Choose the CSV file to read people from.</source>
        <translation>ユーザーの読み取り元となる CSV ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the key column: a value that stays the same for a person, such as an employee number.</source>
        <translation>キー列を選択してください: 社員番号など、その人について変わらない値です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which value of &quot;%1&quot; marks a disabled person.</source>
        <translation>「%1」のどの値が無効なユーザーを示すかを指定してください。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&quot;%1&quot; must be &quot;auto&quot;, &quot;comma&quot;, &quot;semicolon&quot; or &quot;tab&quot;</source>
        <translation>「%1」は &quot;auto&quot;、&quot;comma&quot;、&quot;semicolon&quot;、&quot;tab&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; must be &quot;ldap&quot; or &quot;activeDirectory&quot;</source>
        <translation>「%1」は &quot;ldap&quot; または &quot;activeDirectory&quot; である必要があります</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be &quot;base&quot;, &quot;one&quot; or &quot;sub&quot;</source>
        <translation>「%1」は &quot;base&quot;、&quot;one&quot;、&quot;sub&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; must be &quot;csv&quot; or &quot;ldap&quot;</source>
        <translation>「%1」は &quot;csv&quot; または &quot;ldap&quot; である必要があります</translation>
    </message>
</context>
<context>
    <name>pd::SourceSettingsEditor</name>
    <message>
        <location filename="../ui/rule/SourceSettingsEditor.cpp" line="+59"/>
        <source>CSV &amp;file</source>
        <translation>CSV ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LDAP or Active Directory</source>
        <translation>LDAP または Active Directory(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test source</source>
        <translation>ソースのテスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Read people from:</source>
        <translation>ユーザーの読み取り元:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sample of the source&apos;s people</source>
        <translation>ソースのユーザーのサンプル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that cannot be used</source>
        <translation>使用できない行</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/path/to/people.csv</source>
        <translation>/path/to/people.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the CSV file</source>
        <translation>CSV ファイルの選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (,)</source>
        <translation>カンマ (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;)</source>
        <translation>セミコロン (;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key column</source>
        <translation>キー列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column whose value never changes for a person, such as an employee number. It links each row to the same Zoom user run after run.</source>
        <translation>社員番号など、その人について値が変わらない列です。各行を、実行をまたいで同じ Zoom ユーザーに関連付けます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key column:</source>
        <translation>キー列(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled when column</source>
        <translation>無効と判定する列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled when value</source>
        <translation>無効と判定する値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Disabled</source>
        <translation>例: Disabled</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>equals</source>
        <translation>が次と等しい</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+70"/>
        <source>Disabled &amp;when:</source>
        <translation>無効とする条件(&amp;W):</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>e&amp;quals</source>
        <translation>等しい(&amp;Q)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LDAP (OpenLDAP, 389 DS, ...)</source>
        <translation>LDAP (OpenLDAP、389 DS など)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory type</source>
        <translation>ディレクトリの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory &amp;type:</source>
        <translation>ディレクトリの種類(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ldaps://dc1.example.com</source>
        <translation>ldaps://dc1.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Start&amp;TLS</source>
        <translation>StartTLS を使用(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server &amp;URL:</source>
        <translation>サーバー URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind DN</source>
        <translation>バインド DN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cn=svc-zoom,ou=Service,dc=example,dc=com (empty: anonymous)</source>
        <translation>cn=svc-zoom,ou=Service,dc=example,dc=com (空欄: 匿名)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind DN:</source>
        <translation>バインド DN(&amp;B):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bind password</source>
        <translation>バインドパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind &amp;password:</source>
        <translation>バインドパスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base DN</source>
        <translation>ベース DN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ou=People,dc=example,dc=com</source>
        <translation>ou=People,dc=example,dc=com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry only</source>
        <translation>このエントリのみ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One level below</source>
        <translation>1 レベル下</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole subtree</source>
        <translation>サブツリー全体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sc&amp;ope:</source>
        <translation>スコープ(&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base &amp;DN:</source>
        <translation>ベース DN(&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LDAP filter</source>
        <translation>LDAP フィルター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LDAP &amp;filter:</source>
        <translation>LDAP フィルター(&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes to read</source>
        <translation>読み取る属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all (or: mail, givenName, sn, title)</source>
        <translation>すべて (または: mail, givenName, sn, title)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attributes:</source>
        <translation>属性(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key attribute</source>
        <translation>キー属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key attribute:</source>
        <translation>キー属性(&amp;K):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not detected</source>
        <translation>検出されません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AD: userAccountControl says disabled</source>
        <translation>AD: userAccountControl が無効を示す</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute equals value</source>
        <translation>属性が値と等しい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled when</source>
        <translation>無効とする条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled attribute</source>
        <translation>無効を示す属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Disabled value</source>
        <translation>無効を示す値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional: PEM of your private CA</source>
        <translation>任意: プライベート CA の PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the CA certificate</source>
        <translation>CA 証明書の選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;CA certificate:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page size</source>
        <translation>ページサイズ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entries per page; timeout</source>
        <translation>1 ページあたりのエントリ数、タイムアウト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pa&amp;ging:</source>
        <translation>ページング(&amp;G):</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Enter the bind password.</source>
        <translation>バインドパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reading %1...</source>
        <translation>%1 を読み取っています...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source could not be read.</source>
        <translation>ソースを読み取れませんでした。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n person(s) found, %1 disabled; %2 row(s) could not be used. Read in %3 s.</source>
        <translation>
            <numerusform>%n 人が見つかりました (無効 %1 人)。使用できない行が %2 行あります。読み取り時間 %3 秒。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>pd::StrictJson</name>
    <message>
        <location filename="../app/directory/StrictJson.cpp" line="+35"/>
        <location line="+63"/>
        <source>&quot;%1&quot; is required</source>
        <translation>「%1」は必須です</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>「%1」は文字列である必要があります</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>「%1」は true または false である必要があります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>「%1」は整数である必要があります</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>「%1」は文字列のリストである必要があります</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>「%1」はオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー「%1」</translation>
    </message>
</context>
<context>
    <name>pd::SyncCommand</name>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="+27"/>
        <source>To approve held removals, run `sync %1 --dry-run --json &gt; plan.json`, review its held list, then `sync %1 --approve-removals plan.json`: only the removals listed there are applied, and only while they are still planned the same way.</source>
        <translation>保留中の削除を承認するには、`sync %1 --dry-run --json &gt; plan.json` を実行して held リストを確認してから、`sync %1 --approve-removals plan.json` を実行してください。適用されるのはそこに記載された削除のみで、同じ計画のままである場合に限ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--approve-removals needs the FILE of removals you reviewed. %1</source>
        <translation>--approve-removals には確認済みの削除の FILE が必要です。%1</translation>
    </message>
</context>
<context>
    <name>pd::SyncEvents</name>
    <message>
        <location filename="../app/sync/SyncEvents.cpp" line="+67"/>
        <source>Zoom reports this user as not in this account: the invitation is still pending, or the email belongs to another Zoom account (%1).</source>
        <translation>Zoom はこのユーザーがこのアカウントに存在しないと報告しています: 招待が保留中か、メールアドレスが別の Zoom アカウントに属しています (%1)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the run was stopped.</source>
        <translation>送信されていません: 実行が停止されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: Zoom&apos;s %1 stopped the run (%2). The next sync after that time does it.</source>
        <translation>適用されていません: Zoom の%1により実行が停止しました (%2)。その時刻以降の次回の同期で適用されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily request limit</source>
        <translation>1 日あたりのリクエスト上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom kept answering &quot;too many requests&quot; after every retry (%1). Lower the connection&apos;s requests per second.</source>
        <translation>再試行するたびに Zoom が「リクエストが多すぎます」と応答し続けました (%1)。接続の 1 秒あたりのリクエスト数を下げてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom answered with a web page instead of SCIM JSON (%1): a proxy or a wrong SCIM URL?</source>
        <translation>Zoom が SCIM の JSON ではなく Web ページを返しました (%1): プロキシまたは SCIM URL の誤りではありませんか?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source&apos;s Username is %1, but the Zoom account keeps %2: Zoom does not change usernames through SCIM, so the account stays linked by its Zoom ID and no second account is made. To rename it, change the user&apos;s email in Zoom (User Management, Edit user), or change the source back.</source>
        <translation>ソースのユーザー名は %1 ですが、Zoom アカウントは %2 のままです: Zoom は SCIM でユーザー名を変更しないため、アカウントは Zoom ID でリンクされたままとなり、2 つ目のアカウントは作成されません。名前を変更するには、Zoom でユーザーのメールアドレスを変更する (ユーザー管理 &gt; ユーザーの編集) か、ソースを元に戻してください。</translation>
    </message>
</context>
<context>
    <name>pd::SyncExecutor</name>
    <message>
        <location filename="../app/sync/SyncExecutor.cpp" line="+103"/>
        <source>An earlier, interrupted create had reached Zoom; linked it.</source>
        <translation>以前に中断された作成が Zoom に届いていたため、リンクしました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Linked the existing Zoom account.</source>
        <translation>既存の Zoom アカウントをリンクしました。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Never created in Zoom; nothing to remove.</source>
        <translation>Zoom で作成されていないため、削除するものはありません。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Already in this Zoom account; linked instead of creating.</source>
        <translation>既にこの Zoom アカウントに存在するため、作成せずにリンクしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already holds a Zoom account outside this account (Zoom: &quot;%2&quot;). Zoom cannot adopt it through provisioning: ask the user to change the email of that account, or remove it from the rule.</source>
        <translation>%1 はこのアカウント外の Zoom アカウントを既に保持しています (Zoom:「%2」)。Zoom はプロビジョニングでそれを取り込むことはできません: そのアカウントのメールアドレスを変更するようユーザーに依頼するか、ルールから除外してください。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Zoom does not deactivate users with the Admin role. Make %1 a Member in Zoom first, or take them out of the rule&apos;s scope.</source>
        <translation>Zoom は管理者の役割を持つユーザーを無効化しません。先に Zoom で %1 をメンバーにするか、ルールの対象範囲から外してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Already deleted in Zoom.</source>
        <translation>既に Zoom で削除されています。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No longer in Zoom (deleted there).</source>
        <translation>Zoom に存在しなくなりました (Zoom 側で削除)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer in Zoom (deleted there); the next sync provisions the user again.</source>
        <translation>Zoom に存在しなくなりました (Zoom 側で削除)。次回の同期でユーザーを再度プロビジョニングします。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot record progress in the database (%1). The run stops so that nothing is done without a record.</source>
        <translation>データベースに進捗を記録できません (%1)。記録なしで何かが行われることのないよう、実行を停止します。</translation>
    </message>
</context>
<context>
    <name>pd::SyncHeldView</name>
    <message>
        <location filename="../ui/sync/SyncHeldView.cpp" line="+21"/>
        <source>Select a&amp;ll</source>
        <translation>すべて選択(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;none</source>
        <translation>選択解除(&amp;N)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Held removals</source>
        <translation>保留中の削除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select every held user</source>
        <translation>保留中のユーザーをすべて選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the selection of held users</source>
        <translation>保留中のユーザーの選択を解除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected removals</source>
        <translation>選択した削除を承認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve all held removals</source>
        <translation>保留中の削除をすべて承認</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing is held. When a sync would remove or disable more users than the removal guard allows, it holds them here for your approval and applies everything else.</source>
        <translation>保留中のものはありません。同期で削除ガードの許容数を超えるユーザーが削除または無効化される場合、それらのユーザーはここで承認待ちとして保留され、それ以外の変更はすべて適用されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Remove Action is Delete: approved users are deleted from Zoom with their meetings and recordings.</source>
        <translation>削除アクションは「削除」です: 承認されたユーザーは、ミーティングやレコーディングとともに Zoom から削除されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Remove Action is Disable: approved users are deactivated in Zoom and can be reactivated later.</source>
        <translation>削除アクションは「無効化」です: 承認されたユーザーは Zoom で無効化され、後で再有効化できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sync would hold removals or disables for approval: %1. %2 Run Sync now to review and approve them.</source>
        <translation>同期で削除または無効化が承認待ちとして保留されます: %1。%2 [今すぐ同期] を実行して確認し、承認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held by the removal guard: %1 removals or disables. Every other change was applied. Check the users to release and approve them. %2</source>
        <translation>削除ガードにより保留: %1 件の削除または無効化。その他の変更はすべて適用されました。解除するユーザーにチェックを付けて承認してください。%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approve &amp;selected (%1)…</source>
        <translation>選択したものを承認(&amp;S) (%1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve all (%1)…</source>
        <translation>すべて承認(&amp;A) (%1)…</translation>
    </message>
</context>
<context>
    <name>pd::SyncLogModel</name>
    <message>
        <location filename="../ui/sync/SyncLogModel.cpp" line="+28"/>
        <source>Earlier lines not shown: %1 (the log keeps the newest %2).</source>
        <translation>以前の行は表示されていません: %1 (ログには最新の %2 行が保持されます)。</translation>
    </message>
</context>
<context>
    <name>pd::SyncLogView</name>
    <message>
        <location filename="../ui/sync/SyncLogView.cpp" line="+34"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve to file…</source>
        <translation>ファイルに保存(&amp;V)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log level to show</source>
        <translation>表示するログレベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information, warnings and errors</source>
        <translation>情報、警告、エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, with debug details</source>
        <translation>すべて (デバッグ詳細を含む)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;arch:</source>
        <translation>検索(&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the log</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in the log, e.g. a user name</source>
        <translation>ログ内のテキスト (例: ユーザー名)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected log lines</source>
        <translation>選択したログ行をコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the log to a file</source>
        <translation>ログをファイルに保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves every line the log keeps, at all levels.</source>
        <translation>ログが保持しているすべてのレベルのすべての行を保存します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync log</source>
        <translation>同期ログ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Showing %1 of %2 lines</source>
        <translation>%2 行中 %1 行を表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dropped: %1</source>
        <translation>破棄: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>errors: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot save the log to %1: %2</source>
        <translation>ログを %1 に保存できません: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the sync log</source>
        <translation>同期ログの保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log files (*.log);;Text files (*.txt);;All files (*)</source>
        <translation>ログファイル (*.log);;テキストファイル (*.txt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>pd::SyncPanel</name>
    <message>
        <location filename="../ui/sync/SyncPanel.cpp" line="+44"/>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dry run</source>
        <translation>ドライラン(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full resync</source>
        <translation>完全再同期(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+410"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="-407"/>
        <source>Last run</source>
        <translation>前回の実行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the outbound rule to Zoom: create, update, disable and remove what changed.</source>
        <translation>アウトバウンドルールを Zoom に適用します: 変更されたものを作成、更新、無効化、削除します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a sync and show every change, user by user, without sending anything.</source>
        <translation>同期を計画し、何も送信せずに、すべての変更をユーザーごとに表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full resync</source>
        <translation>完全再同期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every Zoom user again and compare each one, not only what changed in the source.</source>
        <translation>ソースで変更されたものだけでなく、すべての Zoom ユーザーを再度一覧表示して 1 人ずつ比較します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the sync</source>
        <translation>同期のキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops sending new requests; requests in flight finish and are recorded.</source>
        <translation>新しいリクエストの送信を停止します。処理中のリクエストは完了し、記録されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync results</source>
        <translation>同期結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>計画(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+238"/>
        <source>&amp;Held removals</source>
        <translation>保留中の削除(&amp;H)</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>There is no connection to sync.</source>
        <translation>同期する接続がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has not passed a connection test. Run Test connection and fix what it reports, then sync.</source>
        <translation>「%1」は接続テストに合格していません。接続テストを実行して報告された問題を修正してから、同期してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is disabled, so nothing is sent to Zoom. Enable it to sync; a dry run shows what a sync would change.</source>
        <translation>「%1」は無効なため、Zoom には何も送信されません。同期するには有効にしてください。ドライランでは、同期で何が変更されるかを確認できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The outbound rule of &quot;%1&quot; cannot be used yet: %2 Open Outbound rule to fix it.</source>
        <translation>「%1」のアウトバウンドルールはまだ使用できません: %2 アウトバウンドルールを開いて修正してください。</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+25"/>
        <location line="+49"/>
        <source>A sync of &quot;%1&quot; is already running.</source>
        <translation>「%1」の同期は既に実行中です。</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Deprovision Users</source>
        <translation>ユーザーのプロビジョニング解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovision every user that &quot;%1&quot; manages in Zoom?</source>
        <translation>「%1」が Zoom で管理しているすべてのユーザーをプロビジョニング解除しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Remove Action is Delete: every managed user is deleted from Zoom with their meetings, recordings and settings. This cannot be undone.</source>
        <translation>削除アクションは「削除」です: 管理対象のすべてのユーザーが、ミーティング、レコーディング、設定とともに Zoom から削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Remove Action is Disable: every managed user is deactivated in Zoom and can be reactivated later.</source>
        <translation>削除アクションは「無効化」です: 管理対象のすべてのユーザーが Zoom で無効化され、後で再有効化できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source is not read and the removal guard does not hold these.</source>
        <translation>ソースは読み取られず、削除ガードはこれらを保留しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete all users</source>
        <translation>すべてのユーザーを削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable all users</source>
        <translation>すべてのユーザーを無効化(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n user(s) will be deleted from Zoom (Remove Action: Delete). Deleting destroys their meetings, recordings and settings; it cannot be undone.</source>
        <translation>
            <numerusform>%n 人のユーザーが Zoom から削除されます (削除アクション: 削除)。削除すると、ミーティング、レコーディング、設定が失われます。この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s) will be deactivated in Zoom (Remove Action: Disable); they can be reactivated later.</source>
        <translation>
            <numerusform>%n 人のユーザーが Zoom で無効化されます (削除アクション: 無効化)。後で再有効化できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) disabled in the source will be deactivated in Zoom.</source>
        <translation>
            <numerusform>ソースで無効化された %n 人のユーザーが Zoom で無効化されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync runs now; other changes are applied as usual.</source>
        <translation>同期は今すぐ実行されます。その他の変更は通常どおり適用されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve Removals</source>
        <translation>削除の承認</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Approve %n held removal(s) and sync now?</source>
        <translation>
            <numerusform>保留中の %n 件の削除を承認して、今すぐ同期しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve and delete</source>
        <translation>承認して削除(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approve and sync</source>
        <translation>承認して同期(&amp;A)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading secrets</source>
        <translation>シークレットの読み取り</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the client secret from %1…</source>
        <translation>%1 からクライアントシークレットを読み取っています…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the directory bind password…</source>
        <translation>ディレクトリのバインドパスワードを読み取っています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the directory bind password</source>
        <translation>ディレクトリのバインドパスワード</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1 of &quot;%2&quot;: %3 Edit the connection to enter it again. Nothing was changed in Zoom.</source>
        <translation>「%2」の%1を読み取れません: %3 接続を編集して再入力してください。Zoom では何も変更されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync is already running.</source>
        <translation>同期は既に実行中です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled before the sync started; nothing was changed in Zoom.</source>
        <translation>同期の開始前にキャンセルされました。Zoom では何も変更されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping: no new request is sent; requests in flight finish first.</source>
        <translation>停止中: 新しいリクエストは送信されません。処理中のリクエストが先に完了します。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Held removals (%1)</source>
        <translation>保留中の削除(&amp;H) (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a connection whose last test passed can sync. Run Test connection first.</source>
        <translation>同期できるのは、前回のテストに合格した接続だけです。先に接続テストを実行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This connection is disabled: enable it to sync. A dry run shows what a sync would change without sending anything.</source>
        <translation>この接続は無効です。同期するには有効にしてください。ドライランでは、何も送信せずに同期で何が変更されるかを確認できます。</translation>
    </message>
</context>
<context>
    <name>pd::SyncPlanModel</name>
    <message>
        <location filename="../ui/sync/SyncPlanModel.cpp" line="+63"/>
        <source>%1 (held)</source>
        <translation>%1 (保留)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source key</source>
        <translation>ソースキー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
</context>
<context>
    <name>pd::SyncPlanView</name>
    <message>
        <location filename="../ui/sync/SyncPlanView.cpp" line="+26"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV のエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;JSON…</source>
        <translation>JSON のエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+103"/>
        <source>Pre-flight forecast</source>
        <translation>事前予測</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in the plan</source>
        <translation>計画内を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User, operation, reason or attribute</source>
        <translation>ユーザー、操作、理由、または属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>Export the plan as CSV</source>
        <translation>計画を CSV としてエクスポート</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+129"/>
        <source>Export the plan as JSON</source>
        <translation>計画を JSON としてエクスポート</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Planned operations</source>
        <translation>計画された操作</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Start a dry run to see what a sync would change, user by user. Nothing is sent to Zoom.</source>
        <translation>ドライランを開始すると、同期で何が変更されるかをユーザーごとに確認できます。Zoom には何も送信されません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>changes to send: %1</source>
        <translation>送信する変更: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held for approval: %1</source>
        <translation>承認待ちで保留: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already in sync: %1</source>
        <translation>同期済み: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run — %1. Nothing was sent to Zoom.</source>
        <translation>ドライラン — %1。Zoom には何も送信されていません。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot export the plan to %1: %2</source>
        <translation>計画を %1 にエクスポートできません: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
</context>
<context>
    <name>pd::SyncProgressView</name>
    <message>
        <location filename="../ui/sync/SyncProgressView.cpp" line="+16"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync progress</source>
        <translation>同期の進捗</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Dry run finished</source>
        <translation>ドライラン完了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>finished at %1</source>
        <translation>%1 に完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took %1</source>
        <translation>所要時間 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>records read: %1</source>
        <translation>読み取ったレコード: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom users listed: %1</source>
        <translation>一覧表示した Zoom ユーザー: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>changes: %1 of %2</source>
        <translation>変更: %2 件中 %1 件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 requests/s</source>
        <translation>%1 リクエスト/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed %1</source>
        <translation>経過時間 %1</translation>
    </message>
</context>
<context>
    <name>pd::SyncSelection</name>
    <message>
        <location filename="../app/cli/SyncSelection.cpp" line="+51"/>
        <source>--only and --retry-failed cannot be combined</source>
        <translation>--only と --retry-failed は組み合わせられません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--only needs at least one source key, e.g. --only KEY1,KEY2</source>
        <translation>--only には少なくとも 1 つのソースキーが必要です (例: --only KEY1,KEY2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--run needs a run ID (a positive number), not &quot;%1&quot;</source>
        <translation>--run には「%1」ではなく実行 ID (正の数) が必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no run %1. Nothing was synced.</source>
        <translation>実行 %1 はありません。何も同期されませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run %1 is a run of &quot;%2&quot;, not of &quot;%3&quot;. Nothing was synced.</source>
        <translation>実行 %1 は「%3」ではなく「%2」の実行です。何も同期されませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no run of &quot;%1&quot; has failed users: there is nothing to retry. Nothing was synced.</source>
        <translation>「%1」の実行に失敗したユーザーはいません: 再試行するものはありません。何も同期されませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run %1 has no failed users: there is nothing to retry. Nothing was synced.</source>
        <translation>実行 %1 に失敗したユーザーはいません: 再試行するものはありません。何も同期されませんでした。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Retrying the %n failed user(s) of run %1: %2</source>
        <translation>実行 %1 で失敗した %n 人のユーザーを再試行しています: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing only %n user(s): %1</source>
        <translation>%n 人のユーザーのみを同期しています: %1</translation>
    </message>
</context>
<context>
    <name>pd::SyncSummaryView</name>
    <message>
        <location filename="../ui/sync/SyncSummaryView.cpp" line="+126"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>No run yet. Sync now applies the rule to Zoom; Dry run shows what it would change.</source>
        <translation>まだ実行はありません。[今すぐ同期] はルールを Zoom に適用し、[ドライラン] は何が変更されるかを表示します。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No request was sent to Zoom.</source>
        <translation>Zoom にはリクエストを送信していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests to Zoom: %1  ·  total: %2</source>
        <translation>Zoom へのリクエスト: %1  ·  合計: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run: %1</source>
        <translation>ドライラン: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run #%1</source>
        <translation>実行 #%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Source records: %1  ·  in scope: %2  ·  already in sync: %3</source>
        <translation>ソースレコード: %1  ·  対象範囲内: %2  ·  同期済み: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held for approval: %1</source>
        <translation>承認待ちで保留: %1</translation>
    </message>
</context>
<context>
    <name>pd::SyncUndo</name>
    <message>
        <location filename="../app/cli/SyncUndo.cpp" line="+37"/>
        <source>--undo needs the ID of a run (see `history %1`), not &quot;%2&quot;</source>
        <translation>--undo には「%2」ではなく実行の ID が必要です (`history %1` を参照)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--undo does not go with --%1: an undo reverses one run and reads no source</source>
        <translation>--undo は --%1 と併用できません: 取り消しは 1 つの実行を元に戻すもので、ソースは読み取りません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no run %1</source>
        <translation>実行 %1 はありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1 belongs to &quot;%2&quot;, not to &quot;%3&quot;</source>
        <translation>実行 %1 は「%3」ではなく「%2」のものです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run %1 was a dry run: it changed nothing to undo</source>
        <translation>実行 %1 はドライランでした: 元に戻す変更はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run %1 is still running</source>
        <translation>実行 %1 はまだ実行中です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Nothing was changed.</source>
        <translation>。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  would undo: %1 %2%3</source>
        <translation>  元に戻す予定: %1 %2%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>  undo: %1 %2%3</source>
        <translation>  元に戻す: %1 %2%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  not undone: %1 %2: %3</source>
        <translation>  元に戻していない: %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>pd::SyncWindow</name>
    <message>
        <location filename="../ui/sync/SyncWindow.cpp" line="+66"/>
        <source>Sync — %1</source>
        <translation>同期 — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Action: %1</source>
        <translation>削除アクション: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removals off (Enable users deprovision is No)</source>
        <translation>削除はオフ (「ユーザーのプロビジョニング解除を有効にする」がいいえ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removal guard: more than %1 % or %2 users</source>
        <translation>削除ガード: %1 % または %2 人を超える場合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requests/s, %2 at a time</source>
        <translation>%1 リクエスト/秒、同時 %2 件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stopping the sync. The window closes once the requests in flight have finished.</source>
        <translation>同期を停止しています。処理中のリクエストが完了するとウィンドウが閉じます。</translation>
    </message>
</context>
<context>
    <name>pd::SyncWorker</name>
    <message>
        <location filename="../app/sync/SyncWorker.cpp" line="+126"/>
        <source>The rule was deleted: every user this connection manages gets the Remove Action.</source>
        <translation>ルールが削除されました: この接続が管理するすべてのユーザーに削除アクションが適用されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection no longer exists.</source>
        <translation>接続は存在しなくなりました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; changed while the sync was starting (%2); its secret was read for the old settings and is not sent to the new ones. Nothing was changed in Zoom: start the sync again.</source>
        <translation>同期の開始中に「%1」が変更されました (%2)。シークレットは以前の設定用に読み取られたため、新しい設定には送信されません。Zoom では何も変更されていません: 同期を再度開始してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another sync of &quot;%1&quot; is running (process %2). Wait for it to finish.</source>
        <translation>「%1」の別の同期が実行中です (プロセス %2)。完了するまでお待ちください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot start a run: %1</source>
        <translation>実行を開始できません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run of &quot;%1&quot;: nothing will be changed in Zoom.</source>
        <translation>「%1」のドライラン: Zoom では何も変更されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync of &quot;%1&quot; started.</source>
        <translation>「%1」の同期を開始しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has not passed a connection test. Run Test connection and fix what it reports first.</source>
        <translation>「%1」は接続テストに合格していません。先に接続テストを実行し、報告された問題を修正してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is disabled. Enable it to sync, or start a dry run to preview.</source>
        <translation>「%1」は無効です。同期するには有効にするか、ドライランを開始してプレビューしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No client secret is available for &quot;%1&quot;.</source>
        <translation>「%1」に利用できるクライアントシークレットがありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The outbound rule cannot be used: %1</source>
        <translation>アウトバウンドルールを使用できません: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>%1 を読み取っています…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped while reading the source; nothing was changed in Zoom.</source>
        <translation>ソースの読み取り中に停止しました。Zoom では何も変更されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source could not be read: %1 %2 Nothing was changed in Zoom.</source>
        <translation>ソースを読み取れませんでした: %1 %2 Zoom では何も変更されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Source %1: %2</source>
        <translation>ソース %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Only %n selected user(s) will be provisioned.</source>
        <translation>
            <numerusform>選択した %n 人のユーザーのみをプロビジョニングします。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 source users: %2 in scope, %3 out of scope, %4 invalid.</source>
        <translation>ソースユーザー %1 人: 対象範囲内 %2 人、対象範囲外 %3 人、無効 %4 人。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read which users this connection manages (%1). Nothing was changed in Zoom; a run without that record could duplicate or miss accounts.</source>
        <translation>この接続が管理するユーザーを読み取れません (%1)。Zoom では何も変更されていません。その記録なしで実行すると、アカウントが重複したり漏れたりする可能性があります。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>First sync: listing Zoom users to link existing accounts…</source>
        <translation>初回同期: 既存のアカウントをリンクするため Zoom ユーザーを一覧表示しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full resync: listing Zoom users…</source>
        <translation>完全再同期: Zoom ユーザーを一覧表示しています…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped while listing Zoom users; nothing was changed in Zoom.</source>
        <translation>Zoom ユーザーの一覧表示中に停止しました。Zoom では何も変更されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot list Zoom users: %1. Nothing was changed in Zoom.</source>
        <translation>Zoom ユーザーを一覧表示できません: %1。Zoom では何も変更されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom has %1 users.</source>
        <translation>Zoom のユーザー数: %1 人。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Plan: %1; %2 already in sync.</source>
        <translation>計画: %1。同期済み %2 人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to do</source>
        <translation>処理するものはありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source returned no users in scope while %1 are managed: all %2 removals or disables are held. Check the export or the filter; approve only if everyone really left.</source>
        <translation>管理対象のユーザーが %1 人いるのに、ソースから対象範囲内のユーザーが返されませんでした: %2 件の削除または無効化をすべて保留しています。エクスポートまたはフィルターを確認し、本当に全員がいなくなった場合にのみ承認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The removal guard holds %1 removals or disables (more than %2 of %3 managed users). Review them and approve to apply.</source>
        <translation>削除ガードにより %1 件の削除または無効化を保留しています (管理対象ユーザー %3 人のうち %2 を超過)。確認してから承認して適用してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Dry run: %n change(s) planned; nothing was sent.</source>
        <translation>
            <numerusform>ドライラン: %n 件の変更を計画しました。何も送信していません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped before any change was sent.</source>
        <translation>変更を送信する前に停止しました。</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncWorkerApply.cpp" line="+30"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Skip %1: %2</source>
        <translation>%1 をスキップ: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held %1 %2</source>
        <translation>%1 %2 を保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would %1 %2</source>
        <translation>%1 %2 の予定</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zoom holds %1 for source user %2 (%3); the link was brought up to date.</source>
        <translation>Zoom はソースユーザー %2 に対して %1 を保持しています (%3)。リンクを最新の状態に更新しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot record what Zoom holds in the database (%1). Nothing was changed in Zoom.</source>
        <translation>Zoom が保持する内容をデータベースに記録できません (%1)。Zoom では何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncWorker.cpp" line="+34"/>
        <source>(The history could not record the end of this run: %1)</source>
        <translation>(履歴にこの実行の終了を記録できませんでした: %1)</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncWorkerUndo.cpp" line="+42"/>
        <source>Undo of run %1.</source>
        <translation>実行 %1 の取り消し。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no run %1.</source>
        <translation>実行 %1 はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 belongs to &quot;%2&quot;, not to &quot;%3&quot;.</source>
        <translation>実行 %1 は「%3」ではなく「%2」のものです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 was a dry run: it changed nothing.</source>
        <translation>実行 %1 はドライランでした: 何も変更していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 is still running.</source>
        <translation>実行 %1 はまだ実行中です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo of run %1: %2 Nothing was changed in Zoom.</source>
        <translation>実行 %1 の取り消し: %2 Zoom では何も変更されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo of run %1: cannot read the history or the managed users (%2). Nothing was changed in Zoom.</source>
        <translation>実行 %1 の取り消し: 履歴または管理対象ユーザーを読み取れません (%2)。Zoom では何も変更されていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Undo plan: %n change(s) to reverse</source>
        <translation>
            <numerusform>取り消し計画: 元に戻す変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+22"/>
        <source>%n item(s) cannot be undone.</source>
        <translation>
            <numerusform>%n 件の項目は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 in run %2 not undone: %3</source>
        <translation>実行 %2 の %1 は元に戻していません: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo of run %1 (dry run): %2; %3 Nothing was sent, and the connection stays as it is.</source>
        <translation>実行 %1 の取り消し (ドライラン): %2。%3 何も送信しておらず、接続はそのままです。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) to reverse</source>
        <translation>
            <numerusform>元に戻す変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Undo of run %1: nothing to reverse; %n item(s) cannot be undone. Nothing was sent.</source>
        <translation>
            <numerusform>実行 %1 の取り消し: 元に戻すものはありません。%n 件の項目は元に戻せません。何も送信していません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo of run %1: stopped before any change was sent.</source>
        <translation>実行 %1 の取り消し: 変更を送信する前に停止しました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo of run %1: %2</source>
        <translation>実行 %1 の取り消し: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) could not be undone (see the run&apos;s events).</source>
        <translation>
            <numerusform>%n 件の項目を元に戻せませんでした (実行のイベントを参照してください)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is now disabled so that the next sync does not redo the change: fix the source, then enable the connection.</source>
        <translation>次回の同期で変更がやり直されないよう、「%1」を無効にしました: ソースを修正してから、接続を有効にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disable &quot;%1&quot; before the next sync (it could not be disabled: %2), or the next sync redoes the change.</source>
        <translation>次回の同期の前に「%1」を無効にしてください (無効にできませんでした: %2)。そうしないと、次回の同期で変更がやり直されます。</translation>
    </message>
</context>
<context>
    <name>pd::TestConnectionFailedDialog</name>
    <message>
        <location filename="../ui/wizard/TestConnectionFailedDialog.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+5"/>
        <source>Test Connection Failed</source>
        <translation>接続テストの失敗</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ProvisionDesk could not connect to Zoom.</source>
        <translation>ProvisionDesk は Zoom に接続できませんでした。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>HTTP status %1
%2</source>
        <translation>HTTP ステータス %1
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details from the server:</source>
        <translation>サーバーからの詳細(&amp;D):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details from the server</source>
        <translation>サーバーからの詳細</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue to save the connection as invalid: it cannot be enabled or synced until a connection test passes. Cancel to go back and correct the authentication settings.</source>
        <translation>[続行] を選択すると接続は無効として保存され、接続テストに合格するまで有効化や同期はできません。[キャンセル] を選択すると、戻って認証設定を修正できます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel and correct the settings</source>
        <translation>キャンセルして設定を修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>続行(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with an invalid connection</source>
        <translation>無効な接続のまま続行</translation>
    </message>
</context>
<context>
    <name>pd::TestConnectionPage</name>
    <message>
        <location filename="../ui/wizard/TestConnectionPage.cpp" line="+33"/>
        <source>&amp;Test Again</source>
        <translation>再テスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProvisionDesk checks that it can sign in to Zoom and read users with these settings.</source>
        <translation>ProvisionDesk は、これらの設定で Zoom にサインインしてユーザーを読み取れることを確認します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Testing the connection</source>
        <translation>接続をテスト中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection again</source>
        <translation>接続を再度テスト</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Not tested yet</source>
        <translation>まだテストされていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requesting an access token from %1 and reading users from %2.</source>
        <translation>%1 にアクセストークンを要求し、%2 からユーザーを読み取っています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection successful</source>
        <translation>接続に成功しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test connection failed</source>
        <translation>接続テストに失敗しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection will be saved as invalid</source>
        <translation>接続は無効として保存されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It cannot be enabled or synced until a connection test passes.
%1</source>
        <translation>接続テストに合格するまで、有効化や同期はできません。
%1</translation>
    </message>
</context>
<context>
    <name>pd::UndoRunDialog</name>
    <message>
        <location filename="../ui/sync/UndoRunDialog.cpp" line="+37"/>
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore and deactivate</source>
        <translation>復元して無効化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>再有効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore and reactivate</source>
        <translation>復元して再有効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore attributes</source>
        <translation>属性を復元</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo Run %1</source>
        <translation>実行 %1 の取り消し</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Undo run %1 of &quot;%2&quot;&lt;/b&gt; (%3)&lt;br&gt;Reactivates whom it deactivated, puts back the attribute values it overwrote and deactivates (never deletes) whom it created. Applying it also &lt;b&gt;disables the connection&lt;/b&gt;, so the next scheduled sync does not redo the change until the source is fixed.</source>
        <translation>&lt;b&gt;「%2」の実行 %1 を元に戻す&lt;/b&gt; (%3)&lt;br&gt;その実行で無効化したユーザーを再有効化し、上書きした属性値を元に戻し、作成したユーザーを無効化します (削除はしません)。適用すると&lt;b&gt;接続も無効になる&lt;/b&gt;ため、ソースが修正されるまで、次回のスケジュール同期で変更がやり直されることはありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo status</source>
        <translation>取り消しの状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Will be reversed</source>
        <translation>元に戻される変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Cannot be undone</source>
        <translation>元に戻せない項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The run&apos;s change</source>
        <translation>実行による変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo Run</source>
        <translation>実行を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo Run</source>
        <translation>実行を元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; no longer exists, so its runs cannot be undone.</source>
        <translation>「%1」は存在しなくなったため、その実行を元に戻すことはできません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the client secret…</source>
        <translation>クライアントシークレットを読み取っています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the client secret of &quot;%1&quot;: %2 Nothing was changed.</source>
        <translation>「%1」のクライアントシークレットを読み取れません: %2 何も変更されていません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Working out what the undo would change (a dry run: nothing is sent)…</source>
        <translation>取り消しによる変更内容を算出しています (ドライラン: 何も送信しません)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undoing run %1…</source>
        <translation>実行 %1 を元に戻しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another run is still in progress here.</source>
        <translation>ここでは別の実行がまだ進行中です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing can be undone: see the list below.</source>
        <translation>元に戻せるものはありません: 下の一覧を参照してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) will be reversed.</source>
        <translation>
            <numerusform>%n 件の変更が元に戻されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) cannot be undone.</source>
        <translation>
            <numerusform>%n 件の項目は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot be undone (%1)</source>
        <translation>元に戻せません (%1)</translation>
    </message>
</context>
<context>
    <name>pd::UserActionsEditor</name>
    <message>
        <location filename="../ui/editors/UserActionsEditor.cpp" line="+43"/>
        <source>Enable users &amp;creation</source>
        <translation>ユーザーの作成を有効にする(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users &amp;updation</source>
        <translation>ユーザーの更新を有効にする(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users &amp;disable</source>
        <translation>ユーザーの無効化を有効にする(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users de&amp;provision</source>
        <translation>ユーザーのプロビジョニング解除を有効にする(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;isable</source>
        <translation>無効化(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprovision on &amp;rule deletion</source>
        <translation>ルール削除時にプロビジョニング解除(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enable users creation</source>
        <translation>ユーザーの作成を有効にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users updation</source>
        <translation>ユーザーの更新を有効にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users disable</source>
        <translation>ユーザーの無効化を有効にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable users deprovision</source>
        <translation>ユーザーのプロビジョニング解除を有効にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Action: Disable</source>
        <translation>削除アクション: 無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Action: Delete</source>
        <translation>削除アクション: 削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovision on rule deletion</source>
        <translation>ルール削除時にプロビジョニング解除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Action:</source>
        <translation>削除アクション:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deprovisions the connection&apos;s users when its outbound rule is deleted.</source>
        <translation>アウトバウンドルールが削除されたときに、接続のユーザーをプロビジョニング解除します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User Actions</source>
        <translation>ユーザーアクション</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creates a user in Zoom when the user appears in the source directory.</source>
        <translation>ソースディレクトリにユーザーが追加されたときに、Zoom でユーザーを作成します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates the user&apos;s attributes in Zoom when they change in the source.</source>
        <translation>ソースでユーザーの属性が変更されたときに、Zoom でその属性を更新します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disables the user in Zoom when the user is disabled in the source.</source>
        <translation>ソースでユーザーが無効化されたときに、Zoom でユーザーを無効化します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the user from Zoom when the user leaves the source.</source>
        <translation>ユーザーがソースから外れたときに、Zoom からユーザーを削除します。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Enable users deprovision was turned off: its Remove Action &quot;Disable&quot; needs Enable users disable. Turn deprovisioning on again to deprovision by deleting.</source>
        <translation>「ユーザーのプロビジョニング解除を有効にする」をオフにしました: 削除アクション「無効化」には「ユーザーの無効化を有効にする」が必要です。削除によってプロビジョニング解除するには、プロビジョニング解除を再度オンにしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable users disable was turned off: it needs Enable users updation.</source>
        <translation>「ユーザーの無効化を有効にする」をオフにしました: 「ユーザーの更新を有効にする」が必要です。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Disable keeps the user&apos;s data in Zoom and can be undone; Delete cannot.</source>
        <translation>無効化では Zoom にユーザーのデータが残り、元に戻せます。削除は元に戻せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Action is only available with Enable users disable; without it, deprovisioned users are deleted.</source>
        <translation>削除アクションは「ユーザーの無効化を有効にする」がオンの場合にのみ使用できます。オフの場合、プロビジョニング解除されたユーザーは削除されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete removes users from Zoom permanently, with their meetings, webinars, cloud recordings and settings; it cannot be undone. Disable is reversible: it signs the user out and frees the license, and everything is kept for a later re-activation.</source>
        <translation>削除すると、ユーザーはミーティング、ウェビナー、クラウドレコーディング、設定とともに Zoom から完全に削除され、元に戻せません。無効化は元に戻せます: ユーザーはサインアウトされてライセンスが解放され、後で再有効化できるようすべてが保持されます。</translation>
    </message>
</context>
<context>
    <name>pd::UserActionsPage</name>
    <message>
        <location filename="../ui/wizard/UserActionsPage.cpp" line="+16"/>
        <source>User actions</source>
        <translation>ユーザーアクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what ProvisionDesk may change in Zoom.</source>
        <translation>ProvisionDesk が Zoom で変更できる内容を選択してください。</translation>
    </message>
</context>
<context>
    <name>pd::UserFilter</name>
    <message>
        <location filename="../app/directory/UserFilter.cpp" line="+93"/>
        <source>matches none of: %1</source>
        <translation>次のいずれにも一致しません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not %1 (no value)</source>
        <translation>%1 ではありません (値なし)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not %1 (value &quot;%2&quot;)</source>
        <translation>%1 ではありません (値「%2」)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> and </source>
        <translation> かつ </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+33"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー「%1」</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&quot;%1.match&quot; must be &quot;all&quot; or &quot;any&quot;</source>
        <translation>&quot;%1.match&quot; は &quot;all&quot; または &quot;any&quot; である必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1.conditions&quot; must be a list</source>
        <translation>&quot;%1.conditions&quot; はリストである必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be an object</source>
        <translation>「%1」はオブジェクトである必要があります</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1.attribute&quot; must name an attribute</source>
        <translation>&quot;%1.attribute&quot; には属性を指定する必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1.operator&quot; must be one of %2</source>
        <translation>&quot;%1.operator&quot; は %2 のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1.value&quot; must be a string</source>
        <translation>&quot;%1.value&quot; は文字列である必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1.value&quot; has no meaning for &quot;%2&quot;</source>
        <translation>&quot;%1.value&quot; は「%2」では意味を持ちません</translation>
    </message>
</context>
<context>
    <name>pd::UserFilterEditor</name>
    <message>
        <location filename="../ui/rule/UserFilterEditor.cpp" line="+31"/>
        <source>All of these conditions (and)</source>
        <translation>以下のすべての条件 (AND)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any of these conditions (or)</source>
        <translation>以下のいずれかの条件 (OR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>一致条件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only people who match the filter are provisioned. With no condition, everyone in the source is. Comparisons ignore case; on multi-valued attributes any value counts. @disabled and @key can be used as attributes too.</source>
        <translation>フィルターに一致するユーザーのみがプロビジョニングされます。条件がない場合は、ソース内の全員が対象です。比較では大文字と小文字を区別しません。複数値の属性では、いずれかの値が一致すれば対象になります。@disabled と @key も属性として使用できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provision people who &amp;match</source>
        <translation>プロビジョニングするユーザーの一致条件(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add condition</source>
        <translation>条件を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Operator</source>
        <translation>演算子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove condition</source>
        <translation>条件を削除</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Condition %1 names no attribute.</source>
        <translation>条件 %1 で属性が指定されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everyone in the source is in scope.</source>
        <translation>ソース内の全員が対象範囲内です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scope: people whose %1.</source>
        <translation>対象範囲: 条件「%1」に一致するユーザー。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This filter also has %n nested group(s) from the connection file; they are kept as they are.</source>
        <translation>
            <numerusform>このフィルターには接続ファイルからの入れ子のグループも %n 個あります。これらはそのまま保持されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::UserTimelinePanel</name>
    <message>
        <location filename="../ui/history/UserTimelinePanel.cpp" line="+32"/>
        <source>Pro&amp;vision now</source>
        <translation>今すぐプロビジョニング(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user&apos;s events</source>
        <translation>このユーザーのイベント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username (email) or source key</source>
        <translation>ユーザー名 (メール) またはソースキー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show history</source>
        <translation>履歴を表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provision now</source>
        <translation>今すぐプロビジョニング</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>Every change ProvisionDesk made to one user, in every run and connection.</source>
        <translation>ProvisionDesk が 1 人のユーザーに対して行ったすべての変更 (すべての実行と接続)。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Sync %1 (source key %2) of &quot;%3&quot; now, and nobody else.</source>
        <translation>「%3」の %1 (ソースキー %2) だけを今すぐ同期します。他のユーザーには触れません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a user&apos;s history first; the selected event (else the newest) says which connection and source key to sync.</source>
        <translation>先にユーザーの履歴を表示してください。選択したイベント (なければ最新のイベント) によって、同期する接続とソースキーが決まります。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No history for &quot;%1&quot;. Check the spelling, or try the source key.</source>
        <translation>「%1」の履歴はありません。綴りを確認するか、ソースキーで試してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of %1: %2 of %3 events, newest first</source>
        <translation>%1 の履歴: %3 件中 %2 件のイベント (新しい順)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of %1: %2 events, newest first</source>
        <translation>%1 の履歴: %2 件のイベント (新しい順)</translation>
    </message>
</context>
<context>
    <name>pd::WizardStepList</name>
    <message>
        <location filename="../ui/wizard/WizardStepList.cpp" line="+14"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Step %1 of %2: %3, current</source>
        <translation>ステップ %1/%2: %3 (現在)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>pd::ZoomAppHelpPanel</name>
    <message>
        <location filename="../ui/widgets/ZoomAppHelpPanel.cpp" line="+9"/>
        <source>Help: creating the Zoom Server-to-Server OAuth app</source>
        <translation>ヘルプ: Zoom の Server-to-Server OAuth アプリの作成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the app in Zoom</source>
        <translation>Zoom でのアプリの作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You need a Zoom Owner or Admin account; SCIM needs a Business or Education account with an approved vanity URL and single sign-on enabled.</source>
        <translation>Zoom のオーナーまたは管理者のアカウントが必要です。SCIM には、承認済みのバニティ URL とシングルサインオンが有効な Business または Education アカウントが必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to the &lt;a href=&quot;https://marketplace.zoom.us/&quot;&gt;Zoom App Marketplace&lt;/a&gt; as an administrator.</source>
        <translation>管理者として &lt;a href=&quot;https://marketplace.zoom.us/&quot;&gt;Zoom App Marketplace&lt;/a&gt; にサインインします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click &lt;b&gt;Develop&lt;/b&gt;, then &lt;b&gt;Build App&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Develop&lt;/b&gt; をクリックし、&lt;b&gt;Build App&lt;/b&gt; をクリックします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &lt;b&gt;Server-to-Server OAuth&lt;/b&gt; tile, click &lt;b&gt;Create&lt;/b&gt;, enter an app name and click &lt;b&gt;Create&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Server-to-Server OAuth&lt;/b&gt; タイルで &lt;b&gt;Create&lt;/b&gt; をクリックし、アプリ名を入力して &lt;b&gt;Create&lt;/b&gt; をクリックします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the &lt;b&gt;Account ID&lt;/b&gt;, &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; from the &lt;b&gt;App credentials&lt;/b&gt; tab into this form.</source>
        <translation>&lt;b&gt;App credentials&lt;/b&gt; タブから &lt;b&gt;Account ID&lt;/b&gt;、&lt;b&gt;Client ID&lt;/b&gt;、&lt;b&gt;Client Secret&lt;/b&gt; をこのフォームにコピーします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Information&lt;/b&gt; tab, enter a short description, the company name and the developer contact; click &lt;b&gt;Continue&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Information&lt;/b&gt; タブで、簡単な説明、会社名、開発者の連絡先を入力し、&lt;b&gt;Continue&lt;/b&gt; をクリックします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the &lt;b&gt;Scopes&lt;/b&gt; tab, click &lt;b&gt;Add Scopes&lt;/b&gt; and add the scopes below.</source>
        <translation>&lt;b&gt;Scopes&lt;/b&gt; タブで &lt;b&gt;Add Scopes&lt;/b&gt; をクリックし、以下のスコープを追加します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click &lt;b&gt;Done&lt;/b&gt;, &lt;b&gt;Continue&lt;/b&gt;, then &lt;b&gt;Activate your app&lt;/b&gt; on the &lt;b&gt;Activation&lt;/b&gt; page.</source>
        <translation>&lt;b&gt;Done&lt;/b&gt;、&lt;b&gt;Continue&lt;/b&gt; をクリックし、&lt;b&gt;Activation&lt;/b&gt; ページで &lt;b&gt;Activate your app&lt;/b&gt; をクリックします。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call Zoom SCIM2 API</source>
        <translation>Zoom SCIM2 API の呼び出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View and manage sub account&apos;s user information</source>
        <translation>サブアカウントのユーザー情報の表示と管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View all user information</source>
        <translation>すべてのユーザー情報の表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View users information and manage users</source>
        <translation>ユーザー情報の表示とユーザーの管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View and manage sub accounts</source>
        <translation>サブアカウントの表示と管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View account info</source>
        <translation>アカウント情報の表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View and manage account info</source>
        <translation>アカウント情報の表示と管理</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apps with granular scopes need &lt;tt&gt;scim2:admin&lt;/tt&gt; instead of &lt;tt&gt;scim2&lt;/tt&gt;. Zoom&apos;s older JWT app type is deprecated; use a Server-to-Server OAuth app.</source>
        <translation>詳細なスコープ (granular scopes) を使用するアプリでは、&lt;tt&gt;scim2&lt;/tt&gt; の代わりに &lt;tt&gt;scim2:admin&lt;/tt&gt; が必要です。Zoom の古い JWT アプリの種類は非推奨です。Server-to-Server OAuth アプリを使用してください。</translation>
    </message>
</context>
<context>
    <name>pd::ZoomConnectionTester</name>
    <message>
        <location filename="../app/scim/ZoomConnectionTester.cpp" line="+32"/>
        <source>The token URL</source>
        <translation>トークン URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SCIM URL</source>
        <translation>SCIM URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account ID is empty.</source>
        <translation>アカウント ID が空です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client ID is empty.</source>
        <translation>クライアント ID が空です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the connection&apos;s settings; the Zoom app&apos;s App Credentials page shows the account ID and client ID.</source>
        <translation>接続の設定を修正してください。アカウント ID とクライアント ID は Zoom アプリの App Credentials ページに表示されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client secret is available for this connection.</source>
        <translation>この接続に利用できるクライアントシークレットがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client secret from the Zoom app&apos;s App Credentials page.</source>
        <translation>Zoom アプリの App Credentials ページにあるクライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The test was cancelled.</source>
        <translation>テストはキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Zoom issued an access token and the SCIM API answered: %n user(s) in the account.</source>
        <translation>
            <numerusform>Zoom がアクセストークンを発行し、SCIM API が応答しました: アカウント内のユーザーは %n 人です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom issued an access token and the SCIM API answered.</source>
        <translation>Zoom がアクセストークンを発行し、SCIM API が応答しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token scope: %1; %2 ms</source>
        <translation>トークンのスコープ: %1、%2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not stated)</source>
        <translation>(記載なし)</translation>
    </message>
</context>
<context>
    <name>pd::ZoomUserMapper</name>
    <message>
        <location filename="../app/directory/ZoomUserMapper.cpp" line="+140"/>
        <source>%1 has %2 values; the first, &quot;%3&quot;, is used</source>
        <translation>%1 には %2 個の値があります。最初の値「%3」を使用します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2; it is not sent</source>
        <translation>%1: %2。送信されません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no value; every Zoom user needs an email address as username</source>
        <translation>値がありません。すべての Zoom ユーザーにはユーザー名としてメールアドレスが必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>「%1」はメールアドレスではありません</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no value</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email &quot;%1&quot; differs from Username &quot;%2&quot;: Zoom uses the username when it creates the user and the email when it updates one.</source>
        <translation>メール「%1」がユーザー名「%2」と異なります: Zoom はユーザーの作成時にはユーザー名を、更新時にはメールを使用します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no value; expected true or false</source>
        <translation>値がありません。true または false が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is neither true nor false</source>
        <translation>「%1」は true でも false でもありません</translation>
    </message>
</context>
<context>
    <name>pd::ZoomValues</name>
    <message>
        <location filename="../app/directory/ZoomValues.cpp" line="+52"/>
        <source>&quot;%1&quot; has an extension; Zoom takes the number only</source>
        <translation>「%1」には内線番号が含まれています。Zoom では番号のみが使用されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>「%1」は電話番号ではありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; has no country code; write it as +1 512 555 0123 or set a default country code</source>
        <translation>「%1」には国番号がありません。+1 512 555 0123 の形式で記述するか、既定の国番号を設定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; does not start with a country code</source>
        <translation>「%1」は国番号で始まっていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; does not have the length of a phone number</source>
        <translation>「%1」は電話番号の長さではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a North American number: +1 needs 10 more digits</source>
        <translation>「%1」は北米の番号ではありません: +1 の後に 10 桁が必要です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a Zoom user type; use Basic, Licensed or On-Prem (Pro and Corp are accepted)</source>
        <translation>「%1」は Zoom のユーザータイプではありません。Basic、Licensed、On-Prem のいずれかを使用してください (Pro と Corp も使用可)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a locale; use a language and country such as en-US or de-DE</source>
        <translation>「%1」はロケールではありません。en-US や de-DE のように言語と国を指定してください</translation>
    </message>
</context>
<context>
    <name>pd::expression::Parser</name>
    <message>
        <location filename="../app/directory/ExpressionParser.cpp" line="+38"/>
        <source>unexpected %1; join parts with +</source>
        <translation>予期しない%1です。各部分は + で連結してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>end of the expression</source>
        <translation>式の終わり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text &apos;%1&apos;</source>
        <translation>テキスト &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attribute &quot;%1&quot;</source>
        <translation>属性「%1」</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>unknown escape \%1 (use \\, \&apos;, \&quot;, \n or \t)</source>
        <translation>不明なエスケープ \%1 です (\\、\&apos;、\&quot;、\n、\t を使用してください)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text that starts here is missing its closing %1</source>
        <translation>ここから始まるテキストに、閉じる %1 がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the attribute name that starts here is missing its closing }</source>
        <translation>ここから始まる属性名に、閉じる } がありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{} names no attribute</source>
        <translation>{} で属性が指定されていません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>put numbers in quotes: &apos;%1&apos;</source>
        <translation>数値は引用符で囲んでください: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>予期しない文字「%1」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the expression is nested too deeply</source>
        <translation>式の入れ子が深すぎます</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unknown @%1 (known: @key, @enabled, @disabled)</source>
        <translation>不明な @%1 (既知: @key、@enabled、@disabled)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected ) to close the ( at column %1</source>
        <translation>%1 列目の ( を閉じる ) が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>else =&gt; ... belongs inside map()</source>
        <translation>else =&gt; ... は map() の内側に記述します</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an attribute, &apos;text&apos; or a function, found %1</source>
        <translation>属性、&apos;テキスト&apos;、または関数が必要ですが、%1 が見つかりました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, found %1</source>
        <translation>、%1 が見つかりました</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown function %1() (known: %2)</source>
        <translation>不明な関数 %1() (既知: %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected , or ) in %1()</source>
        <translation>%1() 内には , または ) が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1() takes %2 arguments, not %3</source>
        <translation>%1() の引数の数は %2 である必要があります (指定された数: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>map() needs at least one &apos;from&apos; =&gt; &apos;to&apos; pair</source>
        <translation>map() には &apos;from&apos; =&gt; &apos;to&apos; のペアが少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace() needs text to look for</source>
        <translation>replace() には検索するテキストが必要です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>map() pairs look like &apos;from&apos; =&gt; &apos;to&apos; (or else =&gt; &apos;to&apos;), found %1</source>
        <translation>map() のペアは &apos;from&apos; =&gt; &apos;to&apos; (または else =&gt; &apos;to&apos;) の形式ですが、%1 が見つかりました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>map() has two else =&gt; parts</source>
        <translation>map() に else =&gt; の部分が 2 つあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected =&gt; after %1</source>
        <translation>%1 の後に =&gt; が必要です</translation>
    </message>
</context>
</TS>
