<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlertMessage</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>が復旧しました</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>は %1 です</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>遷移</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>チェック: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>ターゲット: %1</translation>
    </message>
    <message>
        <source>Transition: %1 -&gt; %2</source>
        <translation>遷移: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Importance: %1</source>
        <translation>重要度: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>時刻: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>値: %1</translation>
    </message>
    <message>
        <source>-- sent by Opsdeck</source>
        <translation>-- Opsdeck から送信</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 が復旧しました</translation>
    </message>
    <message>
        <source>%1 is %2 (%3)</source>
        <translation>%1 は %2 です(%3)</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>値 %1</translation>
    </message>
    <message>
        <source>a test notification from Opsdeck; nothing is wrong</source>
        <translation>Opsdeck からのテスト通知です。問題は何もありません</translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <source>quiet hours &apos;%1&apos; are not HH:MM-HH:MM (e.g. 22:00-07:00) or off</source>
        <translation>通知停止時間帯 &apos;%1&apos; は HH:MM-HH:MM(例: 22:00-07:00)または off ではありません</translation>
    </message>
    <message>
        <source>the webhook URL is not an http:// or https:// URL with a host</source>
        <translation>Webhook URL がホストを含む http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <source>the SMTP port %1 is not a port (1-65535)</source>
        <translation>SMTP ポート %1 はポート番号(1-65535)ではありません</translation>
    </message>
    <message>
        <source>the SMTP server &apos;%1&apos; is not a host name</source>
        <translation>SMTP サーバー &apos;%1&apos; はホスト名ではありません</translation>
    </message>
    <message>
        <source>the sender address &apos;%1&apos; is not an e-mail address (--smtp-from)</source>
        <translation>送信者アドレス &apos;%1&apos; はメールアドレスではありません(--smtp-from)</translation>
    </message>
    <message>
        <source>no recipient for e-mail (--smtp-to A,B)</source>
        <translation>メールの宛先がありません(--smtp-to A,B)</translation>
    </message>
    <message>
        <source>the recipient &apos;%1&apos; is not an e-mail address (--smtp-to)</source>
        <translation>宛先 &apos;%1&apos; はメールアドレスではありません(--smtp-to)</translation>
    </message>
    <message>
        <source>the saved setting %1 is not valid: %2</source>
        <translation>保存されている設定 %1 は無効です: %2</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>%1 is an RSA key: libssh2 1.10 signs with ssh-rsa (SHA-1), which OpenSSH 8.8 and later refuse; use an ed25519 or ecdsa key (ssh-keygen -t ed25519) and add it to the host&apos;s authorized_keys</source>
        <translation>%1 は RSA 鍵です: libssh2 1.10 は ssh-rsa(SHA-1)で署名しますが、OpenSSH 8.8 以降はこれを拒否します。ed25519 または ecdsa の鍵(ssh-keygen -t ed25519)を使い、ホストの authorized_keys に追加してください</translation>
    </message>
    <message>
        <source>the server broke off before authentication: %1</source>
        <translation>認証の前にサーバーが接続を切断しました: %1</translation>
    </message>
    <message>
        <source>cannot use ssh-agent: %1</source>
        <translation>ssh-agent を使用できません: %1</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>agent key %1</source>
        <translation>エージェントの鍵 %1</translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation>鍵ファイル %1 を読み取れません</translation>
    </message>
    <message>
        <source>cannot load the key %1: %2</source>
        <translation>鍵 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>authentication as %1@%2 failed (the server accepts: %3; tried: %4)</source>
        <translation>%1@%2 としての認証に失敗しました(サーバーが受け付ける方式: %3。試行した方式: %4)</translation>
    </message>
    <message>
        <source>nothing usable</source>
        <translation>使用できる方式がありません</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>give the series prefix P of P.2xx, P.3xx, P.4xx and P.5xx</source>
        <translation>系列 P.2xx、P.3xx、P.4xx、P.5xx のプレフィックス P を指定してください</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>範囲の終了が開始より前です</translation>
    </message>
    <message>
        <source>that asks for more than a million periods; use a longer period</source>
        <translation>期間の数が 100 万を超えます。より長い期間を指定してください</translation>
    </message>
    <message>
        <source>the number of days must be more than zero</source>
        <translation>日数は 0 より大きくなければなりません</translation>
    </message>
</context>
<context>
    <name>BackendJson</name>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: JSON ではありません(バイト %3 で %2)</translation>
    </message>
    <message>
        <source>Graphite render response</source>
        <translation>Graphite render レスポンス</translation>
    </message>
    <message>
        <source>%1: expected a JSON array of series</source>
        <translation>%1: 系列の JSON 配列が必要です</translation>
    </message>
    <message>
        <source>%1: series %2 has no target or datapoints</source>
        <translation>%1: 系列 %2 に target または datapoints がありません</translation>
    </message>
    <message>
        <source>%1: bad datapoint in series %2</source>
        <translation>%1: 系列 %2 に不正なデータポイントがあります</translation>
    </message>
    <message>
        <source>Prometheus query_range response</source>
        <translation>Prometheus query_range レスポンス</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>Prometheus: %1: %2</source>
        <translation>Prometheus: %1: %2</translation>
    </message>
    <message>
        <source>%1: no status &quot;success&quot;</source>
        <translation>%1: status &quot;success&quot; がありません</translation>
    </message>
    <message>
        <source>%1: result type &quot;%2&quot;, expected a matrix</source>
        <translation>%1: 結果の型が &quot;%2&quot; です。matrix が必要です</translation>
    </message>
    <message>
        <source>%1: bad sample in series %2</source>
        <translation>%1: 系列 %2 に不正なサンプルがあります</translation>
    </message>
    <message>
        <source>OpenTSDB query response</source>
        <translation>OpenTSDB クエリレスポンス</translation>
    </message>
    <message>
        <source>OpenTSDB: %1 (code %2)</source>
        <translation>OpenTSDB: %1(コード %2)</translation>
    </message>
    <message>
        <source>%1: series %2 has no metric</source>
        <translation>%1: 系列 %2 に metric がありません</translation>
    </message>
    <message>
        <source>%1: bad data points in series %2</source>
        <translation>%1: 系列 %2 に不正なデータポイントがあります</translation>
    </message>
</context>
<context>
    <name>BlockingKeychain</name>
    <message>
        <source>no D-Bus session bus, so no keychain to reach</source>
        <translation>D-Bus セッションバスがないため、キーチェーンにアクセスできません</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>listening for changes on %1 failed</source>
        <translation>%1 の変更の待ち受けに失敗しました</translation>
    </message>
    <message>
        <source>the connection to %1 for live changes was lost</source>
        <translation>ライブ変更用の %1 への接続が切れました</translation>
    </message>
    <message>
        <source>: the server closed the connection</source>
        <translation>: サーバーが接続を閉じました</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>libpng could not encode the image</source>
        <translation>libpng で画像をエンコードできません</translation>
    </message>
    <message>
        <source>cannot write the PNG: %1</source>
        <translation>PNG を書き込めません: %1</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>SVG を開始できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: use .png, .svg, .pdf or .csv</source>
        <translation>%1 の形式を判別できません: .png、.svg、.pdf、.csv のいずれかを使ってください</translation>
    </message>
    <message>
        <source>a report is a PDF: %1 does not end in .pdf</source>
        <translation>レポートは PDF です: %1 は .pdf で終わっていません</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>n/a</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>最新: %1</translation>
    </message>
    <message>
        <source>Avg: %1</source>
        <translation>平均: %1</translation>
    </message>
    <message>
        <source>Max: %1</source>
        <translation>最大: %1</translation>
    </message>
    <message>
        <source>Min: %1</source>
        <translation>最小: %1</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>この期間のデータはありません</translation>
    </message>
    <message numerus="yes">
        <source>and %n more line(s)</source>
        <translation>
            <numerusform>ほか %n 本の線</numerusform></translation>
    </message>
</context>
<context>
    <name>CheckGate</name>
    <message>
        <source>the gate names no check</source>
        <translation>ゲートにチェックが指定されていません</translation>
    </message>
    <message>
        <source>the gate&apos;s check &apos;%1&apos; does not exist</source>
        <translation>ゲートのチェック &apos;%1&apos; は存在しません</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 は %2 です: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is %3: %4</source>
        <translation>%2 の %1 は %3 です: %4</translation>
    </message>
    <message>
        <source>gate: %1</source>
        <translation>ゲート: %1</translation>
    </message>
    <message>
        <source>gate: %1 ran on none of %2 (a check runs on the machines bound to its node or machine)</source>
        <translation>ゲート: %1 は %2 のどれでも実行されませんでした(チェックは、そのノードまたはマシンにバインドされたマシンで実行されます)</translation>
    </message>
    <message>
        <source>gate: the checks&apos; results could not be recorded: %1</source>
        <translation>ゲート: チェック結果を記録できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CheckLookups</name>
    <message>
        <source>%1 source %2 (%3)</source>
        <translation>%1 ソース %2(%3)</translation>
    </message>
</context>
<context>
    <name>CheckParams</name>
    <message>
        <source>%1 takes a whole number from %2</source>
        <translation>%1 には %2 以上の整数を指定してください</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// URL with a host, not &apos;%2&apos;</source>
        <translation>%1 はホストを含む http:// または https:// の URL でなければなりません(&apos;%2&apos; ではありません)</translation>
    </message>
    <message>
        <source>a metric check takes one of --metric KEY or --series PATH</source>
        <translation>metric チェックには --metric KEY または --series PATH のいずれか一方を指定してください</translation>
    </message>
    <message>
        <source>a metric check&apos;s op is one of %1, not &apos;%2&apos;</source>
        <translation>metric チェックの op は %1 のいずれかです(&apos;%2&apos; ではありません)</translation>
    </message>
    <message>
        <source>a metric check needs a --warning or a --critical value (or both)</source>
        <translation>metric チェックには --warning または --critical の値(または両方)が必要です</translation>
    </message>
    <message>
        <source>a metric check&apos;s warning and critical values are numbers</source>
        <translation>metric チェックの警告値と重大値は数値でなければなりません</translation>
    </message>
    <message>
        <source>with op %1 the warning value must not be past the critical one</source>
        <translation>op %1 では、警告値が重大値を超えてはなりません</translation>
    </message>
    <message>
        <source>agg is one of last, avg, min or max, not &apos;%1&apos;</source>
        <translation>agg は last、avg、min、max のいずれかです(&apos;%1&apos; ではありません)</translation>
    </message>
    <message>
        <source>method is one of %1, not &apos;%2&apos;</source>
        <translation>method は %1 のいずれかです(&apos;%2&apos; ではありません)</translation>
    </message>
    <message>
        <source>status takes a list of HTTP status codes, e.g. 200,301</source>
        <translation>status には HTTP ステータスコードのリストを指定してください(例: 200,301)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP status code (100 to 599)</source>
        <translation>&apos;%1&apos; は HTTP ステータスコード(100 から 599)ではありません</translation>
    </message>
    <message>
        <source>body_regex is not a valid regular expression: %1</source>
        <translation>body_regex は有効な正規表現ではありません: %1</translation>
    </message>
    <message>
        <source>follow_redirects is true or false</source>
        <translation>follow_redirects は true または false です</translation>
    </message>
    <message>
        <source>user is a user name</source>
        <translation>user はユーザー名です</translation>
    </message>
    <message>
        <source>ca_file is the path of a PEM file of CA certificates</source>
        <translation>ca_file には CA 証明書の PEM ファイルのパスを指定します</translation>
    </message>
    <message>
        <source>insecure is true or false</source>
        <translation>insecure は true または false で指定します</translation>
    </message>
    <message>
        <source>a tcp check bound to no machine needs --host</source>
        <translation>マシンにバインドされていない tcp チェックには --host が必要です</translation>
    </message>
    <message>
        <source>a tcp check needs --port from 1 to 65535</source>
        <translation>tcp チェックには 1 から 65535 の --port が必要です</translation>
    </message>
    <message>
        <source>a jenkins check needs --job NAME</source>
        <translation>jenkins チェックには --job NAME が必要です</translation>
    </message>
    <message>
        <source>a nagios check needs --command &apos;CMD ARGS&apos;</source>
        <translation>nagios チェックには --command &apos;CMD ARGS&apos; が必要です</translation>
    </message>
    <message>
        <source>over_ssh is true or false</source>
        <translation>over_ssh は true または false です</translation>
    </message>
    <message>
        <source>a nagios check over SSH runs on machines: give --node PATH or --machine NAME</source>
        <translation>SSH 経由の nagios チェックはマシン上で実行されます: --node PATH または --machine NAME を指定してください</translation>
    </message>
    <message>
        <source>a %1 check takes no &apos;%2&apos; setting</source>
        <translation>%1 チェックには &apos;%2&apos; の設定はありません</translation>
    </message>
    <message>
        <source>--abnormal-after moves machines: give --node PATH or --machine NAME</source>
        <translation>--abnormal-after はマシンを遷移させます: --node PATH または --machine NAME を指定してください</translation>
    </message>
    <message>
        <source>an unreachable check watches machines: give --node PATH or --machine NAME</source>
        <translation>unreachable チェックはマシンを監視します: --node PATH または --machine NAME を指定してください</translation>
    </message>
    <message>
        <source>a lifecycle check watches machines: give --node PATH or --machine NAME</source>
        <translation>ライフサイクルチェックはマシンを監視します: --node PATH または --machine NAME を指定してください</translation>
    </message>
    <message>
        <source>a check needs a --name</source>
        <translation>チェックには --name が必要です</translation>
    </message>
    <message>
        <source>a check&apos;s name cannot be only digits (&apos;%1&apos; reads as an ID)</source>
        <translation>チェックの名前を数字だけにすることはできません(&apos;%1&apos; は ID と解釈されます)</translation>
    </message>
    <message>
        <source>a check is bound to a --node or to a --machine, not both</source>
        <translation>チェックは --node または --machine のどちらか一方にバインドします</translation>
    </message>
    <message>
        <source>a check&apos;s interval is from 1 s to 1 d</source>
        <translation>チェックの間隔は 1 秒から 1 日です</translation>
    </message>
    <message>
        <source>--failures and --passes count from 1</source>
        <translation>--failures と --passes は 1 から数えます</translation>
    </message>
    <message>
        <source>--allowed-hosts counts from 0</source>
        <translation>--allowed-hosts は 0 から数えます</translation>
    </message>
    <message>
        <source>--allowed-hosts is for a check bound to a --node</source>
        <translation>--allowed-hosts は --node にバインドされたチェック用です</translation>
    </message>
</context>
<context>
    <name>CheckProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
</context>
<context>
    <name>CheckRollup</name>
    <message>
        <source>no hosts under the node</source>
        <translation>このノードの配下にホストがありません</translation>
    </message>
    <message>
        <source>%1 of %2 hosts failing (%3 allowed)</source>
        <translation>%2 台中 %1 台のホストが失敗しています(許容 %3 台)</translation>
    </message>
</context>
<context>
    <name>CheckStateStore</name>
    <message>
        <source>check &apos;%1&apos; is not failing: nothing to acknowledge</source>
        <translation>チェック &apos;%1&apos; は失敗していません。確認するものはありません</translation>
    </message>
    <message>
        <source>a silence ends in the future</source>
        <translation>サイレンスの終了は未来の時刻でなければなりません</translation>
    </message>
    <message>
        <source>check &apos;%1&apos; applies to no machine yet: nothing to silence</source>
        <translation>チェック &apos;%1&apos; はまだどのマシンにも適用されていません。サイレンスにするものはありません</translation>
    </message>
</context>
<context>
    <name>CheckStatusStyle</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>passing</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>失敗中</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>メトリクス</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Jenkins</source>
        <translation>Jenkins</translation>
    </message>
    <message>
        <source>Nagios plugin</source>
        <translation>Nagios プラグイン</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
    <message>
        <source>in maintenance until %1</source>
        <translation>%1 までメンテナンス中</translation>
    </message>
    <message>
        <source>in maintenance until %1 (%2)</source>
        <translation>%1 までメンテナンス中(%2)</translation>
    </message>
</context>
<context>
    <name>CheckStore</name>
    <message>
        <source>there is no check %1; see opsdeck check list</source>
        <translation>チェック %1 はありません。opsdeck check list を参照してください</translation>
    </message>
    <message>
        <source>check &apos;%1&apos;</source>
        <translation>チェック &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is already a check named &apos;%1&apos; (id %2)</source>
        <translation>&apos;%1&apos; という名前のチェックは既にあります(id %2)</translation>
    </message>
    <message>
        <source>the new check &apos;%1&apos; could not be read back</source>
        <translation>新しいチェック &apos;%1&apos; を読み戻せませんでした</translation>
    </message>
</context>
<context>
    <name>ChunkCodec</name>
    <message>
        <source>a metrics chunk is damaged (bad header)</source>
        <translation>メトリクスチャンクが破損しています(ヘッダー不正)</translation>
    </message>
    <message>
        <source>a metrics chunk is damaged (truncated)</source>
        <translation>メトリクスチャンクが破損しています(途中で切れています)</translation>
    </message>
</context>
<context>
    <name>ChunkStore</name>
    <message>
        <source>a raw metrics chunk has %1 value columns instead of 1</source>
        <translation>raw メトリクスチャンクの値の列が 1 個ではなく %1 個あります</translation>
    </message>
    <message>
        <source>a rollup metrics chunk has %1 value columns instead of 4</source>
        <translation>ロールアップのメトリクスチャンクの値の列が 4 個ではなく %1 個あります</translation>
    </message>
    <message>
        <source>the series %1 could not be created</source>
        <translation>系列 %1 を作成できませんでした</translation>
    </message>
    <message>
        <source>preparing a statement failed</source>
        <translation>ステートメントの準備に失敗しました</translation>
    </message>
    <message>
        <source>storing samples failed</source>
        <translation>サンプルの保存に失敗しました</translation>
    </message>
    <message>
        <source>a rollup metrics chunk is damaged (a bucket count is not a number)</source>
        <translation>ロールアップのメトリクスチャンクが破損しています(バケット数が数値ではありません)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>only entries at or after TIME (ISO 8601, epoch, -1h, ...)</source>
        <translation>TIME 以降のエントリのみ(ISO 8601、エポック秒、-1h など)</translation>
    </message>
    <message>
        <source>only this kind: machine, node, binding, url, unit, relation, service, pool, import</source>
        <translation>この種類のみ: machine、node、binding、url、unit、relation、service、pool、import</translation>
    </message>
    <message>
        <source>only this machine name or node path</source>
        <translation>このマシン名またはノードパスのみ</translation>
    </message>
    <message>
        <source>only the newest N entries</source>
        <translation>最新の N 件のみ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sample(s) stored</source>
        <translation>
            <numerusform>%1: %n 件のサンプルを保存しました</numerusform></translation>
    </message>
    <message>
        <source>Reads this machine&apos;s /proc into Kurado&apos;s base metrics.</source>
        <translation>このマシンの /proc を Kurado の基本メトリクスとして読み取ります。</translation>
    </message>
    <message>
        <source>one pass: print it as kurado_agent --dump does and store it, then exit</source>
        <translation>1 回だけ実行: kurado_agent --dump と同じ形式で出力して保存し、終了する</translation>
    </message>
    <message>
        <source>time between passes (default 10s)</source>
        <translation>実行間隔(既定値 10s)</translation>
    </message>
    <message>
        <source>collect takes no arguments: %1</source>
        <translation>collect は引数を取りません: %1</translation>
    </message>
    <message>
        <source>--interval has no meaning with --once</source>
        <translation>--interval は --once と同時には意味を持ちません</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1: would add %2, change %3, leave %4 unchanged (dry run: nothing written)</source>
        <translation>%1: 追加 %2 件、変更 %3 件、変更なし %4 件になります(ドライラン: 何も書き込んでいません)</translation>
    </message>
    <message>
        <source>%1: added %2, changed %3, left %4 unchanged</source>
        <translation>%1: 追加 %2 件、変更 %3 件、変更なし %4 件</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;: use %2</source>
        <translation>不明なエクスポート形式 &apos;%1&apos; です。%2 を使用してください</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>%1 に書き込めません(%2)</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>標準出力に書き込めません</translation>
    </message>
    <message>
        <source>show what an import would add and change; write nothing</source>
        <translation>インポートで追加・変更される内容を表示し、何も書き込まない</translation>
    </message>
    <message>
        <source>how import reports: text (default) or json</source>
        <translation>import の報告形式: text(既定値)または json</translation>
    </message>
    <message>
        <source>export into FILE instead of standard output</source>
        <translation>標準出力ではなく FILE にエクスポートする</translation>
    </message>
    <message>
        <source>machine add needs --address ADDR</source>
        <translation>machine add には --address ADDR が必要です</translation>
    </message>
    <message>
        <source>added %1 (%2, pool %3, %4)</source>
        <translation>%1 を追加しました(%2、リソースプール %3、%4)</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;; see `opsdeck machine list`</source>
        <translation>&apos;%1&apos; という名前のマシンはありません。`opsdeck machine list` を参照してください</translation>
    </message>
    <message>
        <source>unit: %1 %2 (%3)</source>
        <translation>ユニット: %1 %2(%3)</translation>
    </message>
    <message>
        <source>history: %1 %2 %3 %4</source>
        <translation>履歴: %1 %2 %3 %4</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;: use %2</source>
        <translation>不明なイベント &apos;%1&apos; です。%2 を使用してください</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(削除済み)</translation>
    </message>
    <message>
        <source>the machine&apos;s address (add)</source>
        <translation>マシンのアドレス(add)</translation>
    </message>
    <message>
        <source>SSH port (add; default 22)</source>
        <translation>SSH ポート(add。既定値 22)</translation>
    </message>
    <message>
        <source>SSH user (add)</source>
        <translation>SSH ユーザー(add)</translation>
    </message>
    <message>
        <source>resource pool (add, set; default &apos;default&apos;), or filter (list)</source>
        <translation>リソースプール(add、set。既定値 &apos;default&apos;)、またはフィルター(list)</translation>
    </message>
    <message>
        <source>comma-separated tags (add, set)</source>
        <translation>カンマ区切りのタグ(add、set)</translation>
    </message>
    <message>
        <source>only machines in this state (list)</source>
        <translation>この状態のマシンのみ(list)</translation>
    </message>
    <message>
        <source>only machines bound at or below this node (list)</source>
        <translation>このノードまたはその配下にバインドされたマシンのみ(list)</translation>
    </message>
    <message>
        <source>P of the series P.2xx, P.3xx, P.4xx, P.5xx</source>
        <translation>系列 P.2xx、P.3xx、P.4xx、P.5xx の P</translation>
    </message>
    <message>
        <source>the machine the series belong to (default: none, pushed paths)</source>
        <translation>系列が属するマシン(既定値: なし。プッシュされたパス)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>end (default now)</source>
        <translation>終了(既定値: 現在)</translation>
    </message>
    <message>
        <source>the last N days, one period a day (the n-day average)</source>
        <translation>直近 N 日間、1 日 1 期間(N 日平均)</translation>
    </message>
    <message>
        <source>one row per period (default: one for the whole range)</source>
        <translation>期間ごとに 1 行(既定値: 範囲全体で 1 行)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>metrics availability needs --series-prefix P</source>
        <translation>metrics availability には --series-prefix P が必要です</translation>
    </message>
    <message>
        <source>give either --from T [--to T] or --days N</source>
        <translation>--from T [--to T] または --days N のいずれかを指定してください</translation>
    </message>
    <message>
        <source>average availability: %1%</source>
        <translation>平均可用性: %1%</translation>
    </message>
    <message>
        <source>ok %1 samples, %2 malformed, %3 ms</source>
        <translation>OK: サンプル %1 件、不正な形式 %2 件、%3 ms</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>polling %1 targets; stop with Ctrl-C</source>
        <translation>%1 個のターゲットをポーリング中です。Ctrl-C で停止します</translation>
    </message>
    <message>
        <source>poll every source once and exit</source>
        <translation>すべてのソースを 1 回ずつポーリングして終了する</translation>
    </message>
    <message>
        <source>requests at once (default 32)</source>
        <translation>同時リクエスト数(既定値 32)</translation>
    </message>
    <message>
        <source>--source goes with --once</source>
        <translation>--source は --once と組み合わせて使用します</translation>
    </message>
    <message>
        <source>no sources to poll; add one with opsdeck source add</source>
        <translation>ポーリングするソースがありません。opsdeck source add で追加してください</translation>
    </message>
    <message>
        <source>the machine&apos;s name</source>
        <translation>マシンの名前</translation>
    </message>
    <message>
        <source>the metric&apos;s key, like loadavg-1 or cpu-user</source>
        <translation>メトリクスのキー(loadavg-1、cpu-user など)</translation>
    </message>
    <message>
        <source>a pushed Graphite path, as received</source>
        <translation>受信したままのプッシュされた Graphite パス</translation>
    </message>
    <message>
        <source>only this source (default: the freshest)</source>
        <translation>このソースのみ(既定値: 最新のもの)</translation>
    </message>
    <message>
        <source>start (ISO 8601, epoch, now, -1h; default -1h)</source>
        <translation>開始(ISO 8601、エポック秒、now、-1h。既定値 -1h)</translation>
    </message>
    <message>
        <source>at most this many points (default: all)</source>
        <translation>最大ポイント数(既定値: すべて)</translation>
    </message>
    <message>
        <source>minmax, lttb or average (default minmax)</source>
        <translation>minmax、lttb、average のいずれか(既定値 minmax)</translation>
    </message>
    <message>
        <source>a cpu-* metric as percent of all CPU time</source>
        <translation>cpu-* メトリクスを全 CPU 時間に対するパーセントで表示</translation>
    </message>
    <message>
        <source>give either --machine NAME --metric KEY or --series PATH</source>
        <translation>--machine NAME --metric KEY または --series PATH のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--metric needs --machine NAME</source>
        <translation>--metric には --machine NAME が必要です</translation>
    </message>
    <message>
        <source>--percent is for cpu-* metrics</source>
        <translation>--percent は cpu-* メトリクス用です</translation>
    </message>
    <message>
        <source>the metric&apos;s key; {param} marks where --param goes</source>
        <translation>メトリクスのキー。{param} は --param が入る位置を示します</translation>
    </message>
    <message>
        <source>the device or interface (eth0, sda)</source>
        <translation>デバイスまたはインターフェース(eth0、sda)</translation>
    </message>
    <message>
        <source>sum, max, min or avg</source>
        <translation>sum、max、min、avg のいずれか</translation>
    </message>
    <message>
        <source>one value per period, like 5m or 1d</source>
        <translation>期間ごとに 1 つの値(5m や 1d など)</translation>
    </message>
    <message>
        <source>metrics report needs --%1</source>
        <translation>metrics report には --%1 が必要です</translation>
    </message>
    <message>
        <source>only this machine&apos;s series</source>
        <translation>このマシンの系列のみ</translation>
    </message>
    <message>
        <source>the metrics cache has no series of machine &apos;%1&apos;</source>
        <translation>メトリクスキャッシュにマシン &apos;%1&apos; の系列がありません</translation>
    </message>
    <message>
        <source>--listen: missing &apos;]&apos; in &apos;%1&apos;</source>
        <translation>--listen: &apos;%1&apos; に &apos;]&apos; がありません</translation>
    </message>
    <message>
        <source>--listen: expected ADDR:PORT, got &apos;%1&apos;</source>
        <translation>--listen: ADDR:PORT が必要ですが &apos;%1&apos; が指定されました</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an IP address</source>
        <translation>--listen: &apos;%1&apos; は IP アドレスではありません</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not a port</source>
        <translation>--listen: &apos;%1&apos; はポートではありません</translation>
    </message>
    <message>
        <source>source name of the series (default graphite-push)</source>
        <translation>系列のソース名(既定値 graphite-push)</translation>
    </message>
    <message>
        <source>receive takes no arguments, only --listen ADDR:PORT</source>
        <translation>receive は引数を取りません。--listen ADDR:PORT のみ指定できます</translation>
    </message>
    <message>
        <source>opsdeck receive: listening on %1 (TCP and UDP), storing into %2; SIGINT or SIGTERM stops</source>
        <translation>opsdeck receive: %1 で待ち受け中(TCP と UDP)、%2 に保存します。SIGINT または SIGTERM で停止します</translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation>不正な形式: %1</translation>
    </message>
    <message>
        <source>the downstream service (unit-level relation)</source>
        <translation>下流のサービス(ユニットレベルのリレーション)</translation>
    </message>
    <message>
        <source>only the downstream&apos;s units at this port</source>
        <translation>このポートの下流ユニットのみ</translation>
    </message>
    <message>
        <source>a third-party endpoint (service-level relation)</source>
        <translation>外部のエンドポイント(サービスレベルのリレーション)</translation>
    </message>
    <message>
        <source>%1 now needs %2</source>
        <translation>%1 は %2 を必要とするようになりました</translation>
    </message>
    <message>
        <source>--step and --as are for graphite, prometheus and opentsdb sources</source>
        <translation>--step と --as は graphite、prometheus、opentsdb ソース用です</translation>
    </message>
    <message>
        <source>added source %1</source>
        <translation>ソース %1 を追加しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source id; see opsdeck source list</source>
        <translation>&apos;%1&apos; はソース ID ではありません。opsdeck source list を参照してください</translation>
    </message>
    <message>
        <source>removed source %1</source>
        <translation>ソース %1 を削除しました</translation>
    </message>
    <message>
        <source>backend expression, passed through</source>
        <translation>バックエンドの式(そのまま渡されます)</translation>
    </message>
    <message>
        <source>backend resolution (e.g. 60s)</source>
        <translation>バックエンドの解像度(例: 60s)</translation>
    </message>
    <message>
        <source>metric key to store the fetched series under</source>
        <translation>取得した系列を保存するメトリクスキー</translation>
    </message>
    <message>
        <source>the machine the source belongs to</source>
        <translation>ソースが属するマシン</translation>
    </message>
    <message>
        <source>the tree node whose machines it polls</source>
        <translation>ポーリング対象のマシンを持つツリーノード</translation>
    </message>
    <message>
        <source>poll interval (default 60s)</source>
        <translation>ポーリング間隔(既定値 60s)</translation>
    </message>
    <message>
        <source>keychain entry holding the password or token</source>
        <translation>パスワードまたはトークンを保持するキーチェーンのエントリ</translation>
    </message>
    <message>
        <source>basic auth user name</source>
        <translation>Basic 認証のユーザー名</translation>
    </message>
    <message>
        <source>folder, group or service (add)</source>
        <translation>folder、group、service のいずれか(add)</translation>
    </message>
    <message>
        <source>machine to bind or unbind</source>
        <translation>バインドまたはバインド解除するマシン</translation>
    </message>
    <message>
        <source>URL to bind or unbind</source>
        <translation>バインドまたはバインド解除する URL</translation>
    </message>
    <message>
        <source>flag the folder as a product line (flag)</source>
        <translation>フォルダーをプロダクトラインとしてフラグ付けする(flag)</translation>
    </message>
    <message>
        <source>clear the product-line flag (flag)</source>
        <translation>プロダクトラインのフラグを解除する(flag)</translation>
    </message>
    <message>
        <source>remove a node with everything below it (remove)</source>
        <translation>ノードを配下のすべてと共に削除する(remove)</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>%1(%2)を追加しました</translation>
    </message>
    <message>
        <source>bound %1 to %2</source>
        <translation>%1 を %2 にバインドしました</translation>
    </message>
    <message>
        <source>unbound %1 from %2</source>
        <translation>%1 を %2 からバインド解除しました</translation>
    </message>
    <message>
        <source>%1 is a product line</source>
        <translation>%1 はプロダクトラインです</translation>
    </message>
    <message>
        <source>%1 is no longer a product line</source>
        <translation>%1 はプロダクトラインではなくなりました</translation>
    </message>
    <message>
        <source>renamed %1 to %2</source>
        <translation>%1 の名前を %2 に変更しました</translation>
    </message>
    <message>
        <source>moved %1 under %2</source>
        <translation>%1 を %2 の下に移動しました</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>the machine (must be READY for add)</source>
        <translation>マシン(add には READY が必要)</translation>
    </message>
    <message>
        <source>the unit&apos;s port</source>
        <translation>ユニットのポート</translation>
    </message>
    <message>
        <source>added unit %1 on %2</source>
        <translation>%2 にユニット %1 を追加しました</translation>
    </message>
    <message>
        <source>removed unit %1 from %2</source>
        <translation>%2 からユニット %1 を削除しました</translation>
    </message>
    <message>
        <source>use --enable or --disable, not both</source>
        <translation>--enable と --disable のどちらか一方を使用してください</translation>
    </message>
    <message>
        <source>set: the new URL template</source>
        <translation>set: 新しい URL テンプレート</translation>
    </message>
    <message>
        <source>set: poll the source</source>
        <translation>set: ソースをポーリングする</translation>
    </message>
    <message>
        <source>set: stop polling the source (it stays configured)</source>
        <translation>set: ソースのポーリングを停止する(設定は残ります)</translation>
    </message>
    <message>
        <source>request timeout (default 10s, at most the interval)</source>
        <translation>リクエストのタイムアウト(既定値 10s、ポーリング間隔以下)</translation>
    </message>
    <message>
        <source>inventory import takes --format and one FILE</source>
        <translation>inventory import には --format と FILE を 1 つ指定してください</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos;: use %2</source>
        <translation>不明なインポート形式 &apos;%1&apos; です。%2 を使用してください</translation>
    </message>
    <message>
        <source>import: %1; export: %2</source>
        <translation>インポート: %1。エクスポート: %2</translation>
    </message>
    <message>
        <source>machine add takes one NAME</source>
        <translation>machine add には NAME を 1 つ指定してください</translation>
    </message>
    <message>
        <source>machine show takes one NAME</source>
        <translation>machine show には NAME を 1 つ指定してください</translation>
    </message>
    <message>
        <source>machine transition needs NAME... EVENT; events: %1</source>
        <translation>machine transition には NAME... EVENT が必要です。イベント: %1</translation>
    </message>
    <message>
        <source>machine set needs NAME...</source>
        <translation>machine set には NAME... が必要です</translation>
    </message>
    <message>
        <source>nothing to change: give --pool or --tags</source>
        <translation>変更する項目がありません。--pool または --tags を指定してください</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>リソースプール %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>タグ %1</translation>
    </message>
    <message>
        <source>--%1: unknown state &apos;%2&apos;: use %3</source>
        <translation>--%1: 不明な状態 &apos;%2&apos; です。%3 を使用してください</translation>
    </message>
    <message>
        <source>--format goes with --once</source>
        <translation>--format は --once と組み合わせて使用します</translation>
    </message>
    <message>
        <source>only this source (with --once)</source>
        <translation>このソースのみ(--once と併用)</translation>
    </message>
    <message>
        <source>json, csv, table or text (with --once)</source>
        <translation>json、csv、table、text のいずれか(--once と併用)</translation>
    </message>
    <message>
        <source>--%1 is sum, max, min or avg, not &apos;%2&apos;</source>
        <translation>--%1 に指定できる値は sum、max、min、avg です(&apos;%2&apos; は指定できません)</translation>
    </message>
    <message>
        <source>json, csv, table or text for the final counts (default text)</source>
        <translation>最終的な件数の出力形式: json、csv、table、text のいずれか(既定値 text)</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 は %2 を必要とします</translation>
    </message>
    <message>
        <source>%1 needs %2 (port %3)</source>
        <translation>%1 は %2(ポート %3)を必要とします</translation>
    </message>
    <message>
        <source>relation resolve takes one SERVICE_PATH</source>
        <translation>relation resolve には SERVICE_PATH を 1 つ指定してください</translation>
    </message>
    <message>
        <source>relation list takes at most one SERVICE_PATH</source>
        <translation>relation list に指定できる SERVICE_PATH は 1 つまでです</translation>
    </message>
    <message>
        <source>relation add takes one SERVICE_PATH</source>
        <translation>relation add には SERVICE_PATH を 1 つ指定してください</translation>
    </message>
    <message>
        <source>give --needs SERVICE_PATH or --needs-endpoint HOST:PORT</source>
        <translation>--needs SERVICE_PATH または --needs-endpoint HOST:PORT を指定してください</translation>
    </message>
    <message>
        <source>--port goes with --needs</source>
        <translation>--port は --needs と組み合わせて使用します</translation>
    </message>
    <message>
        <source>relation remove takes one ID (see `opsdeck relation list`)</source>
        <translation>relation remove には ID を 1 つ指定してください(`opsdeck relation list` を参照)</translation>
    </message>
    <message>
        <source>removed relation %1: %2</source>
        <translation>リレーション %1 を削除しました: %2</translation>
    </message>
    <message>
        <source>source add takes KIND and URL</source>
        <translation>source add には KIND と URL を指定してください</translation>
    </message>
    <message>
        <source>source set takes one ID</source>
        <translation>source set には ID を 1 つ指定してください</translation>
    </message>
    <message>
        <source>source status takes at most one ID</source>
        <translation>source status に指定できる ID は 1 つまでです</translation>
    </message>
    <message>
        <source>source remove takes one ID</source>
        <translation>source remove には ID を 1 つ指定してください</translation>
    </message>
    <message>
        <source>tree add takes one PATH and --kind</source>
        <translation>tree add には PATH を 1 つと --kind を指定してください</translation>
    </message>
    <message>
        <source>tree %1 takes one PATH and --machine NAME or --url URL</source>
        <translation>tree %1 には PATH を 1 つと、--machine NAME または --url URL を指定してください</translation>
    </message>
    <message>
        <source>tree flag takes one PATH and --product-line or --no-product-line</source>
        <translation>tree flag には PATH を 1 つと、--product-line または --no-product-line を指定してください</translation>
    </message>
    <message>
        <source>tree rename takes PATH and NEW_NAME</source>
        <translation>tree rename には PATH と NEW_NAME を指定してください</translation>
    </message>
    <message>
        <source>tree move takes PATH and NEW_PARENT (&apos;/&apos; for the root)</source>
        <translation>tree move には PATH と NEW_PARENT を指定してください(ルートは &apos;/&apos;)</translation>
    </message>
    <message>
        <source>tree remove takes one PATH</source>
        <translation>tree remove には PATH を 1 つ指定してください</translation>
    </message>
    <message>
        <source>json, csv, table or text (list)</source>
        <translation>json、csv、table、text のいずれか(list)</translation>
    </message>
    <message>
        <source>unit list takes at most one SERVICE_PATH</source>
        <translation>unit list に指定できる SERVICE_PATH は 1 つまでです</translation>
    </message>
    <message>
        <source>unit %1 takes one SERVICE_PATH, --machine NAME and --port N</source>
        <translation>unit %1 には SERVICE_PATH を 1 つと、--machine NAME、--port N を指定してください</translation>
    </message>
    <message>
        <source>--conf-d: no such directory: %1</source>
        <translation>--conf-d: ディレクトリがありません: %1</translation>
    </message>
    <message>
        <source>directory of plugin *.toml files (default &lt;data dir&gt;/opsdeck/conf.d)</source>
        <translation>プラグインの *.toml ファイルのディレクトリ(既定値 &lt;data dir&gt;/opsdeck/conf.d)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>標準入力を読み取れません</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: 読み取れません(%2)</translation>
    </message>
    <message>
        <source>%1: %2 more malformed lines not shown</source>
        <translation>%1: 不正な形式の行があと %2 行ありますが、表示していません</translation>
    </message>
    <message>
        <source>metrics import takes one FILE (or - for standard input)</source>
        <translation>metrics import には FILE を 1 つ指定してください(標準入力は -)</translation>
    </message>
    <message>
        <source>metrics import needs --machine NAME</source>
        <translation>metrics import には --machine NAME が必要です</translation>
    </message>
    <message>
        <source>%1: stored %2 samples and %3 meta entries for %4; %5 malformed lines, %6 samples rejected</source>
        <translation>%1: %4 のサンプル %2 件とメタ情報 %3 件を保存しました。不正な形式の行 %5 行、拒否されたサンプル %6 件</translation>
    </message>
    <message>
        <source>%1: %2 malformed lines and %3 rejected samples not stored; the rest is</source>
        <translation>%1: 不正な形式の行 %2 行と拒否されたサンプル %3 件は保存されていません。残りは保存されました</translation>
    </message>
    <message>
        <source>Stores Kurado agent lines or Graphite plaintext as a machine&apos;s series.</source>
        <translation>Kurado エージェントの行または Graphite plaintext をマシンの系列として保存します。</translation>
    </message>
    <message>
        <source>the machine the lines are from (must exist)</source>
        <translation>行の送信元のマシン(登録済みであること)</translation>
    </message>
    <message>
        <source>the file&apos;s format: kurado (default; kurado_agent --dump, a plugin&apos;s output) or graphite (plaintext)</source>
        <translation>ファイルの形式: kurado(既定値。kurado_agent --dump やプラグインの出力)または graphite(plaintext)</translation>
    </message>
    <message>
        <source>how the summary is printed: text (default), json, csv, table</source>
        <translation>概要の出力形式: text(既定値)、json、csv、table</translation>
    </message>
    <message numerus="yes">
        <source>opsdeck: note: %n existing series now follow another retention; data already rolled up keeps its old steps</source>
        <translation>
            <numerusform>opsdeck: 注意: 既存の %n 個の系列が別の保持期間に従うようになりました。ロールアップ済みのデータは元のステップのままです</numerusform></translation>
    </message>
    <message>
        <source>retention add takes one rule NAME</source>
        <translation>retention add にはルールの NAME を 1 つ指定してください</translation>
    </message>
    <message>
        <source>retention add needs --pattern REGEX and --retentions SPEC</source>
        <translation>retention add には --pattern REGEX と --retentions SPEC が必要です</translation>
    </message>
    <message>
        <source>retention remove takes one rule NAME</source>
        <translation>retention remove にはルールの NAME を 1 つ指定してください</translation>
    </message>
    <message>
        <source>no retention rule named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前の保持期間ルールはありません</translation>
    </message>
    <message>
        <source>retention import takes one storage-schemas.conf FILE</source>
        <translation>retention import には storage-schemas.conf の FILE を 1 つ指定してください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) imported</source>
        <translation>
            <numerusform>%n 件のルールをインポートしました</numerusform></translation>
    </message>
    <message>
        <source>; default retention %1</source>
        <translation>。既定の保持期間 %1</translation>
    </message>
    <message>
        <source>Retention by metric key, first matching rule wins (carbon&apos;s storage-schemas.conf).</source>
        <translation>メトリクスキーごとの保持期間。最初に一致したルールが適用されます(carbon の storage-schemas.conf)。</translation>
    </message>
    <message>
        <source>regular expression matched against the metric key</source>
        <translation>メトリクスキーと照合する正規表現</translation>
    </message>
    <message>
        <source>Graphite retention, e.g. 60s:1d,5m:7d,15m:3y</source>
        <translation>Graphite の保持期間(例: 60s:1d,5m:7d,15m:3y)</translation>
    </message>
    <message>
        <source>place of the new rule, 1 = first (default: last)</source>
        <translation>新しいルールの位置。1 = 先頭(既定値: 末尾)</translation>
    </message>
    <message>
        <source>rejected: %1 sample(s) not in the whitelist, %2 in the blacklist</source>
        <translation>拒否: ホワイトリストにないサンプル %1 件、ブラックリストにあるサンプル %2 件</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>address and port for TCP and UDP (default: the address the window saved, else 127.0.0.1:2003)</source>
        <translation>TCP と UDP のアドレスとポート(既定値: ウィンドウで保存したアドレス、なければ 127.0.0.1:2003)</translation>
    </message>
    <message>
        <source>print &quot;committed N&quot; on stderr after each commit (N: samples committed so far)</source>
        <translation>コミットのたびに標準エラー出力に &quot;committed N&quot; を出力する(N: これまでにコミットしたサンプル数)</translation>
    </message>
    <message>
        <source>keep only paths matching a regex of this file (carbon&apos;s whitelist.conf)</source>
        <translation>このファイルのいずれかの正規表現に一致するパスのみを残す(carbon の whitelist.conf)</translation>
    </message>
    <message>
        <source>drop paths matching a regex of this file (carbon&apos;s blacklist.conf)</source>
        <translation>このファイルのいずれかの正規表現に一致するパスを破棄する(carbon の blacklist.conf)</translation>
    </message>
    <message>
        <source>cannot read the secret from stdin</source>
        <translation>標準入力からシークレットを読み取れません</translation>
    </message>
    <message>
        <source>use --machine or --node, not both</source>
        <translation>--machine と --node のどちらか一方を使用してください</translation>
    </message>
    <message>
        <source>--machine needs a machine name</source>
        <translation>--machine にはマシン名が必要です</translation>
    </message>
    <message>
        <source>--node needs a node path</source>
        <translation>--node にはノードパスが必要です</translation>
    </message>
    <message>
        <source>--user and --secret-name go with --auth basic|bearer</source>
        <translation>--user と --secret-name は --auth basic|bearer と組み合わせて使用します</translation>
    </message>
    <message>
        <source>--auth none takes neither --user nor --secret-name</source>
        <translation>--auth none には --user も --secret-name も指定できません</translation>
    </message>
    <message>
        <source>--auth %1 needs --secret-name N (the keychain entry holding the secret)</source>
        <translation>--auth %1 には --secret-name N(シークレットを保持するキーチェーンのエントリ)が必要です</translation>
    </message>
    <message>
        <source>--user is for --auth basic</source>
        <translation>--user は --auth basic 用です</translation>
    </message>
    <message>
        <source>--secret-stdin goes with --auth basic|bearer --secret-name N</source>
        <translation>--secret-stdin は --auth basic|bearer --secret-name N と組み合わせて使用します</translation>
    </message>
    <message>
        <source>nothing to change: give --interval, --timeout, --url, --machine, --node, --auth, --enable or --disable</source>
        <translation>変更する項目がありません。--interval、--timeout、--url、--machine、--node、--auth、--enable、--disable のいずれかを指定してください</translation>
    </message>
    <message>
        <source>source %1 is removed, but its secret &apos;%2&apos; is still in the keychain: %3; delete the entry (service &quot;opsdeck&quot;, key &apos;%2&apos;) by hand</source>
        <translation>ソース %1 は削除されましたが、シークレット &apos;%2&apos; はキーチェーンに残っています: %3。エントリ(サービス &quot;opsdeck&quot;、キー &apos;%2&apos;)を手動で削除してください</translation>
    </message>
    <message>
        <source>deleted the keychain entry &apos;%1&apos; (no source uses it any more)</source>
        <translation>キーチェーンのエントリ &apos;%1&apos; を削除しました(使用しているソースがなくなったため)</translation>
    </message>
    <message>
        <source>basic or bearer (set: also none)</source>
        <translation>basic または bearer(set では none も可)</translation>
    </message>
    <message>
        <source>set: read the password or token from stdin into the keychain entry</source>
        <translation>set: 標準入力からパスワードまたはトークンを読み取り、キーチェーンのエントリに保存する</translation>
    </message>
    <message>
        <source>deploy takes one SERVICE_PATH and --package FILE</source>
        <translation>deploy には SERVICE_PATH を 1 つと --package FILE を指定してください</translation>
    </message>
    <message>
        <source>Deploys a program package to a service&apos;s units.</source>
        <translation>プログラムパッケージをサービスのユニットにデプロイします。</translation>
    </message>
    <message>
        <source>the package (.tar.gz with hooks/)</source>
        <translation>パッケージ(hooks/ を含む .tar.gz)</translation>
    </message>
    <message>
        <source>the release&apos;s name (default: the UTC time)</source>
        <translation>リリース名(既定値: UTC 時刻)</translation>
    </message>
    <message>
        <source>the first N units alone first; one failing stops the rest</source>
        <translation>最初に N 個のユニットだけを先に実行する。1 つでも失敗すると残りは停止する</translation>
    </message>
    <message>
        <source>then batches of N units (default: all at once)</source>
        <translation>その後、N 個ずつのユニットのバッチで実行する(既定値: すべて同時)</translation>
    </message>
    <message>
        <source>units in flight at most (default 10)</source>
        <translation>同時に処理するユニットの最大数(既定値 10)</translation>
    </message>
    <message>
        <source>stop starting units when more than PCT% failed (default 100)</source>
        <translation>PCT% を超えて失敗したらユニットの開始を停止する(既定値 100)</translation>
    </message>
    <message>
        <source>a unit that fails goes back to its previous release</source>
        <translation>失敗したユニットを以前のリリースに戻す</translation>
    </message>
    <message>
        <source>write a host&apos;s unknown key to Opsdeck&apos;s known_hosts</source>
        <translation>ホストの未知の鍵を Opsdeck の known_hosts に書き込む</translation>
    </message>
    <message>
        <source>seconds one unit may take (default: no limit)</source>
        <translation>1 つのユニットにかけられる秒数(既定値: 無制限)</translation>
    </message>
    <message>
        <source>only these units (machine, or machine:port)</source>
        <translation>これらのユニットのみ(machine または machine:port)</translation>
    </message>
    <message>
        <source>job %1 takes one job ID (a number; see `opsdeck job list`)</source>
        <translation>job %1 にはジョブ ID(数値。`opsdeck job list` を参照)を 1 つ指定してください</translation>
    </message>
    <message>
        <source>job %1 did not run on %2</source>
        <translation>ジョブ %1 は %2 で実行されていません</translation>
    </message>
    <message>
        <source>opsdeck: %1: %2 bytes of output past the cap of %3 bytes were not kept</source>
        <translation>opsdeck: %1: 上限 %3 バイトを超えた出力 %2 バイトは保持されませんでした</translation>
    </message>
    <message>
        <source>job %1 cancelled (its runner had gone)</source>
        <translation>ジョブ %1 をキャンセルしました(実行プロセスが既に存在しません)</translation>
    </message>
    <message>
        <source>job %1: cancel requested; each host stops at its next step</source>
        <translation>ジョブ %1: キャンセルを要求しました。各ホストは次のステップで停止します</translation>
    </message>
    <message>
        <source>every host of job %1 succeeded: nothing to retry</source>
        <translation>ジョブ %1 のすべてのホストが成功しました。再試行するものはありません</translation>
    </message>
    <message>
        <source>only jobs in this state: pending, running, paused, ok, failed, cancelled, interrupted</source>
        <translation>この状態のジョブのみ: pending、running、paused、ok、failed、cancelled、interrupted</translation>
    </message>
    <message>
        <source>only the newest N jobs (default 100)</source>
        <translation>最新の N 件のジョブのみ(既定値 100)</translation>
    </message>
    <message>
        <source>only this host&apos;s output</source>
        <translation>このホストの出力のみ</translation>
    </message>
    <message>
        <source>the job&apos;s history could not be written: %1</source>
        <translation>ジョブの履歴を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>cancelling: each host stops before its next step</source>
        <translation>キャンセル中: 各ホストは次のステップの前に停止します</translation>
    </message>
    <message>
        <source>%1 host(s): %2 ok, %3 failed</source>
        <translation>ホスト %1 台: 成功 %2、失敗 %3</translation>
    </message>
    <message>
        <source>, %1 not reached</source>
        <translation>、未到達 %1</translation>
    </message>
    <message>
        <source> (job %1)</source>
        <translation> (ジョブ %1)</translation>
    </message>
    <message>
        <source>relation notify takes one SERVICE_PATH</source>
        <translation>relation notify には SERVICE_PATH を 1 つ指定してください</translation>
    </message>
    <message>
        <source>no unit needs %1: nothing to notify</source>
        <translation>%1 を必要とするユニットはありません。通知するものはありません</translation>
    </message>
    <message>
        <source>units in flight at most (notify; default 10)</source>
        <translation>同時に処理するユニットの最大数(notify。既定値 10)</translation>
    </message>
    <message>
        <source>run needs one of --hosts H1,H2, --node PATH or --service PATH</source>
        <translation>run には --hosts H1,H2、--node PATH、--service PATH のいずれかが必要です</translation>
    </message>
    <message>
        <source>run needs a command after --</source>
        <translation>run には -- の後にコマンドが必要です</translation>
    </message>
    <message>
        <source>Runs one command on many hosts over SSH.</source>
        <translation>SSH 経由で 1 つのコマンドを多数のホストで実行します。</translation>
    </message>
    <message>
        <source>comma-separated machine names, or host[:port]</source>
        <translation>カンマ区切りのマシン名、または host[:port]</translation>
    </message>
    <message>
        <source>every machine bound to this tree node or below it</source>
        <translation>このツリーノードまたはその配下にバインドされたすべてのマシン</translation>
    </message>
    <message>
        <source>every machine running a unit of this service</source>
        <translation>このサービスのユニットを実行しているすべてのマシン</translation>
    </message>
    <message>
        <source>hosts at once (default 32)</source>
        <translation>同時に処理するホスト数(既定値 32)</translation>
    </message>
    <message>
        <source>seconds a host may take, connecting and running (default: 15 s to connect, no limit to run)</source>
        <translation>接続と実行を含めて 1 台のホストにかけられる秒数(既定値: 接続は 15 秒、実行は無制限)</translation>
    </message>
    <message>
        <source>write a host&apos;s unknown key to Opsdeck&apos;s known_hosts (a changed key is always refused)</source>
        <translation>ホストの未知の鍵を Opsdeck の known_hosts に書き込む(変更された鍵は常に拒否されます)</translation>
    </message>
    <message>
        <source>--%1 takes a number of processors such as 0.5 or 2, not &apos;%2&apos;</source>
        <translation>--%1 には 0.5 や 2 のようなプロセッサ数を指定してください(&apos;%2&apos; は指定できません)</translation>
    </message>
    <message>
        <source>service set takes one SERVICE_PATH</source>
        <translation>service set には SERVICE_PATH を 1 つ指定してください</translation>
    </message>
    <message>
        <source>--health-url and --health-cmd exclude each other</source>
        <translation>--health-url と --health-cmd は同時に指定できません</translation>
    </message>
    <message>
        <source>service set needs at least one setting to change</source>
        <translation>service set には変更する設定が少なくとも 1 つ必要です</translation>
    </message>
    <message>
        <source>cannot read the config template %1: %2</source>
        <translation>設定テンプレート %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>service show takes one SERVICE_PATH</source>
        <translation>service show には SERVICE_PATH を 1 つ指定してください</translation>
    </message>
    <message>
        <source>service scale takes one SERVICE_PATH and --units N</source>
        <translation>service scale には SERVICE_PATH を 1 つと --units N を指定してください</translation>
    </message>
    <message>
        <source>%1: %2 units now, %3 new:</source>
        <translation>%1: 現在 %2 個のユニット、新規 %3 個:</translation>
    </message>
    <message>
        <source>dry run: nothing added</source>
        <translation>ドライラン: 何も追加していません</translation>
    </message>
    <message>
        <source>where units live (default /opt; may hold {machine}, {address})</source>
        <translation>ユニットの配置先(既定値 /opt。{machine}、{address} を含められます)</translation>
    </message>
    <message>
        <source>the config template file ({{port}}, {{relation.NAME}}, ...)</source>
        <translation>設定テンプレートファイル({{port}}、{{relation.NAME}}、...)</translation>
    </message>
    <message>
        <source>health check: this URL answers 2xx or 3xx from the host</source>
        <translation>ヘルスチェック: ホストからこの URL にアクセスして 2xx または 3xx が返る</translation>
    </message>
    <message>
        <source>health check: this command exits 0 on the host</source>
        <translation>ヘルスチェック: ホスト上でこのコマンドが 0 で終了する</translation>
    </message>
    <message>
        <source>no health check</source>
        <translation>ヘルスチェックなし</translation>
    </message>
    <message>
        <source>processors one unit needs (scale-out)</source>
        <translation>1 つのユニットに必要なプロセッサ数(スケールアウト)</translation>
    </message>
    <message>
        <source>memory one unit needs, e.g. 512M (scale-out)</source>
        <translation>1 つのユニットに必要なメモリ。例: 512M(スケールアウト)</translation>
    </message>
    <message>
        <source>the pool scale-out places units in (default: default)</source>
        <translation>スケールアウトでユニットを配置するリソースプール(既定値: default)</translation>
    </message>
    <message>
        <source>why, for the audit log</source>
        <translation>監査ログに記録する理由</translation>
    </message>
    <message>
        <source>the number of units the service should have</source>
        <translation>サービスが持つべきユニット数</translation>
    </message>
    <message>
        <source>the port of the new units (default: the service&apos;s)</source>
        <translation>新しいユニットのポート(既定値: サービスのポート)</translation>
    </message>
    <message>
        <source>show the plan, add nothing</source>
        <translation>計画を表示し、何も追加しない</translation>
    </message>
    <message>
        <source>last malformed lines of source %1%2:</source>
        <translation>ソース %1%2 の最近の不正な形式の行:</translation>
    </message>
    <message>
        <source>  line %1: %2: %3</source>
        <translation>  %1 行目: %2: %3</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到達</translation>
    </message>
    <message>
        <source>%1: the init script failed, the machine stays NEW (see opsdeck job log %2)</source>
        <translation>%1: 初期化スクリプトが失敗しました。マシンは NEW のままです(opsdeck job log %2 を参照)</translation>
    </message>
    <message>
        <source>pool set takes one POOL</source>
        <translation>pool set には POOL を 1 つ指定します</translation>
    </message>
    <message>
        <source>pool set needs --init-script FILE or --no-init-script</source>
        <translation>pool set には --init-script FILE または --no-init-script が必要です</translation>
    </message>
    <message>
        <source>%1 is empty: use --no-init-script to remove the script</source>
        <translation>%1 は空です: スクリプトを削除するには --no-init-script を使用してください</translation>
    </message>
    <message>
        <source>pool %1: init script set (%2 bytes)</source>
        <translation>リソースプール %1: 初期化スクリプトを設定しました(%2 バイト)</translation>
    </message>
    <message>
        <source>pool %1: no init script</source>
        <translation>リソースプール %1: 初期化スクリプトはありません</translation>
    </message>
    <message>
        <source>pool show takes one POOL</source>
        <translation>pool show には POOL を 1 つ指定します</translation>
    </message>
    <message>
        <source>pool: %1</source>
        <translation>リソースプール: %1</translation>
    </message>
    <message>
        <source>init script:</source>
        <translation>初期化スクリプト:</translation>
    </message>
    <message>
        <source> (none)</source>
        <translation> (なし)</translation>
    </message>
    <message>
        <source>shell script run over SSH by `machine transition NAME init` (its text is stored)</source>
        <translation>`machine transition NAME init` が SSH 経由で実行するシェルスクリプト(その内容が保存されます)</translation>
    </message>
    <message>
        <source>remove the pool&apos;s init script</source>
        <translation>リソースプールの初期化スクリプトを削除する</translation>
    </message>
    <message>
        <source>source add takes KIND and URL (ssh: no URL)</source>
        <translation>source add には KIND と URL を指定します(ssh: URL なし)</translation>
    </message>
    <message>
        <source>unknown source kind &apos;%1&apos;: use node-exporter, graphite, prometheus, opentsdb or ssh</source>
        <translation>不明なソースの種類 &apos;%1&apos;: node-exporter、graphite、prometheus、opentsdb または ssh を使用してください</translation>
    </message>
    <message>
        <source>an ssh source takes no URL: give --command CMD (default: read /proc)</source>
        <translation>ssh ソースには URL を指定しません: --command CMD を指定してください(既定: /proc を読み取る)</translation>
    </message>
    <message>
        <source>--command is for ssh sources</source>
        <translation>--command は ssh ソース用です</translation>
    </message>
    <message>
        <source>--query is for graphite, prometheus and opentsdb sources</source>
        <translation>--query は graphite、prometheus、opentsdb ソース用です</translation>
    </message>
    <message>
        <source>add: the kind, instead of the first word</source>
        <translation>add: 最初の語の代わりに種類を指定する</translation>
    </message>
    <message>
        <source>ssh: the command run on the host, printing Kurado lines (default: read /proc like the local collector)</source>
        <translation>ssh: ホストで実行し Kurado の行を出力するコマンド(既定: ローカルのコレクターと同様に /proc を読み取る)</translation>
    </message>
    <message>
        <source>machine terminal takes one machine NAME</source>
        <translation>machine terminal にはマシンの NAME を 1 つ指定します</translation>
    </message>
    <message>
        <source>cannot start the terminal %1; set $TERMINAL to your terminal program</source>
        <translation>端末 %1 を起動できません。$TERMINAL に使用する端末プログラムを設定してください</translation>
    </message>
    <message>
        <source>Opens a terminal with ssh to a machine, after checking its host key.</source>
        <translation>ホスト鍵を確認した後、マシンへ ssh 接続した端末を開きます。</translation>
    </message>
    <message>
        <source>print the terminal&apos;s command instead of starting it</source>
        <translation>端末を起動せず、そのコマンドを出力する</translation>
    </message>
    <message>
        <source>write the host&apos;s unknown key to Opsdeck&apos;s known_hosts</source>
        <translation>ホストの未知の鍵を Opsdeck の known_hosts に書き込む</translation>
    </message>
    <message>
        <source>--from takes a job ID (see `opsdeck job list`)</source>
        <translation>--from にはジョブ ID を指定してください(`opsdeck job list` を参照)</translation>
    </message>
    <message>
        <source>job template save needs --kind and --target, or --from JOB_ID</source>
        <translation>job template save には --kind と --target、または --from JOB_ID が必要です</translation>
    </message>
    <message>
        <source>a command template needs --command CMD</source>
        <translation>コマンドテンプレートには --command CMD が必要です</translation>
    </message>
    <message>
        <source>a deploy template needs --package FILE</source>
        <translation>デプロイテンプレートには --package FILE が必要です</translation>
    </message>
    <message>
        <source>--from takes the job&apos;s kind and target: give neither --kind nor --target</source>
        <translation>--from はジョブの種類とターゲットを引き継ぎます: --kind も --target も指定しないでください</translation>
    </message>
    <message>
        <source>a template&apos;s job kind: command or deploy</source>
        <translation>テンプレートのジョブの種類: command または deploy</translation>
    </message>
    <message>
        <source>a template&apos;s target: machines (H1,H2), a node or a service path</source>
        <translation>テンプレートのターゲット: マシン(H1,H2)、ノード、またはサービスパス</translation>
    </message>
    <message>
        <source>what a command template&apos;s target names (default hosts)</source>
        <translation>コマンドテンプレートのターゲットが指すもの(既定値 hosts)</translation>
    </message>
    <message>
        <source>a command template&apos;s command</source>
        <translation>コマンドテンプレートのコマンド</translation>
    </message>
    <message>
        <source>a deploy template&apos;s package</source>
        <translation>デプロイテンプレートのパッケージ</translation>
    </message>
    <message>
        <source>a deploy template&apos;s release name (default: the UTC time)</source>
        <translation>デプロイテンプレートのリリース名(既定値: UTC 時刻)</translation>
    </message>
    <message>
        <source>a deploy template&apos;s units</source>
        <translation>デプロイテンプレートのユニット</translation>
    </message>
    <message>
        <source>a deploy template&apos;s canary units</source>
        <translation>デプロイテンプレートのカナリアユニット</translation>
    </message>
    <message>
        <source>a deploy template&apos;s batch size</source>
        <translation>デプロイテンプレートのバッチサイズ</translation>
    </message>
    <message>
        <source>hosts in flight at most</source>
        <translation>同時に処理するホストの最大数</translation>
    </message>
    <message>
        <source>a deploy template&apos;s failure threshold</source>
        <translation>デプロイテンプレートの失敗しきい値</translation>
    </message>
    <message>
        <source>a deploy template&apos;s units roll back on failure</source>
        <translation>デプロイテンプレートのユニットを失敗時にロールバックする</translation>
    </message>
    <message>
        <source>seconds one host may take</source>
        <translation>1 台のホストにかけられる秒数</translation>
    </message>
    <message>
        <source>output kept per host (bytes, or with K, M, G)</source>
        <translation>ホストごとに保持する出力(バイト数、または K、M、G 付き)</translation>
    </message>
    <message>
        <source>save the kind, target and options of this job</source>
        <translation>このジョブの種類、ターゲット、オプションを保存する</translation>
    </message>
    <message>
        <source>job template %1 removed</source>
        <translation>ジョブテンプレート %1 を削除しました</translation>
    </message>
    <message>
        <source>job template takes save NAME, list or remove NAME</source>
        <translation>job template には save NAME、list、または remove NAME を指定してください</translation>
    </message>
    <message>
        <source>job run takes one TEMPLATE name (see `opsdeck job template list`)</source>
        <translation>job run には TEMPLATE 名を 1 つ指定してください(`opsdeck job template list` を参照)</translation>
    </message>
    <message>
        <source>output kept per host, bytes or with K, M, G (default 8M); the rest is counted, not kept</source>
        <translation>ホストごとに保持する出力。バイト数、または K、M、G 付き(既定値 8M)。超えた分は数えるだけで保持しません</translation>
    </message>
    <message>
        <source>(wrong, try again) </source>
        <translation>(正しくありません。再入力してください) </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 のパスフレーズ: </translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>%1@%2 のパスワード: </translation>
    </message>
    <message>
        <source>%1 needs a passphrase and there is no terminal to ask it on: load the key into ssh-agent, or store the passphrase in the keychain (entry %2)</source>
        <translation>%1 にはパスフレーズが必要ですが、入力を求める端末がありません。鍵を ssh-agent に読み込むか、パスフレーズをキーチェーンに保存してください(エントリ %2)</translation>
    </message>
    <message>
        <source>%1@%2 asks for a password and there is no terminal to ask it on: use a key, or store the password in the keychain (entry %3)</source>
        <translation>%1@%2 がパスワードを要求していますが、入力を求める端末がありません。鍵を使用するか、パスワードをキーチェーンに保存してください(エントリ %3)</translation>
    </message>
    <message>
        <source>nothing typed for %1</source>
        <translation>%1 に何も入力されませんでした</translation>
    </message>
    <message>
        <source>the command is ending</source>
        <translation>コマンドが終了しようとしています</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>D-Bus セッションバスがありません</translation>
    </message>
    <message>
        <source>upstream update: job %1 ran relation-changed on %2 unit(s) that need %3</source>
        <translation>上流の更新: ジョブ %1 が %3 を必要とする %2 個のユニットで relation-changed を実行しました</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>デプロイされていません</translation>
    </message>
    <message>
        <source>%1 did not deploy (%2): the unit is removed again, so no upstream gets its endpoint</source>
        <translation>%1 はデプロイされませんでした(%2)。追加したユニットは削除されるため、そのエンドポイントを受け取る上流はありません</translation>
    </message>
    <message>
        <source>service scale: its deploy failed in job %1</source>
        <translation>service scale: デプロイがジョブ %1 で失敗しました</translation>
    </message>
    <message>
        <source>service scale: its deploy did not start</source>
        <translation>service scale: デプロイが開始されませんでした</translation>
    </message>
    <message>
        <source>service scale deploys the new units: give --package FILE (or --dry-run to see the plan only)</source>
        <translation>service scale は新しいユニットをデプロイします。--package FILE を指定してください(計画だけを確認する場合は --dry-run)</translation>
    </message>
    <message>
        <source>the package the new units get (.tar.gz with hooks/)</source>
        <translation>新しいユニットにデプロイするパッケージ(hooks/ を含む .tar.gz)</translation>
    </message>
    <message>
        <source>the unit change stays; notify the upstream units again with `opsdeck relation notify %1`</source>
        <translation>ユニットの変更はそのまま残ります。`opsdeck relation notify %1` で上流のユニットに再度通知してください</translation>
    </message>
    <message>
        <source>do not run relation-changed on the units that need the service</source>
        <translation>サービスを必要とするユニットで relation-changed を実行しない</translation>
    </message>
    <message>
        <source>%1: no secret on stdin</source>
        <translation>%1: 標準入力にシークレットがありません</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>%1 asks for a password and there is no terminal to ask it on: store it in the keychain (opsdeck db set-password, entry %2) or in ~/.pgpass</source>
        <translation>%1 がパスワードを求めていますが、尋ねる端末がありません: キーチェーン（opsdeck db set-password、エントリ %2）か ~/.pgpass に保存してください</translation>
    </message>
    <message>
        <source>read the password from the first line of stdin</source>
        <translation>パスワードを標準入力の 1 行目から読む</translation>
    </message>
    <message>
        <source>%1 is a local file, which has no password; give a team database with --db postgresql://USER@HOST/DBNAME</source>
        <translation>%1 はローカルファイルでパスワードはありません。--db postgresql://USER@HOST/DBNAME でチームデータベースを指定してください</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain to store the password in; use ~/.pgpass</source>
        <translation>D-Bus セッションバスがないため、パスワードを保存するキーチェーンがありません。~/.pgpass を使ってください</translation>
    </message>
    <message>
        <source>no terminal to ask the password on: pipe it in with --stdin</source>
        <translation>パスワードを尋ねる端末がありません: --stdin でパイプから渡してください</translation>
    </message>
    <message>
        <source>%1 refused the password; nothing was stored</source>
        <translation>%1 がパスワードを拒否しました。何も保存していません</translation>
    </message>
    <message>
        <source>stored the password for %1 in the keychain (entry %2)</source>
        <translation>%1 のパスワードをキーチェーンに保存しました（エントリ %2）</translation>
    </message>
    <message>
        <source>deleted the keychain entry %1</source>
        <translation>キーチェーンのエントリ %1 を削除しました</translation>
    </message>
    <message>
        <source>copy this database into the empty database URL</source>
        <translation>このデータベースの内容を空のデータベース URL にコピーする</translation>
    </message>
    <message>
        <source>copy the database URL into this empty one</source>
        <translation>データベース URL の内容をこの空のデータベースにコピーする</translation>
    </message>
    <message>
        <source>db copy takes one of --to URL or --from URL</source>
        <translation>db copy には --to URL か --from URL のどちらかが必要です</translation>
    </message>
    <message>
        <source>db copy needs a database URL or file after --%1</source>
        <translation>db copy の --%1 の後にはデータベース URL かファイルが必要です</translation>
    </message>
    <message>
        <source>a database cannot be copied into itself</source>
        <translation>データベースを自分自身にコピーすることはできません</translation>
    </message>
    <message>
        <source>copying %1: %2 of %3 rows</source>
        <translation>%1 をコピー中: %3 行中 %2 行</translation>
    </message>
    <message>
        <source>copied %1 rows in %2 tables from %3 to %4</source>
        <translation>%2 個のテーブルの %1 行を %3 から %4 にコピーしました</translation>
    </message>
    <message>
        <source>created role %1</source>
        <translation>ロール %1 を作成しました</translation>
    </message>
    <message>
        <source>granted opsdeck_viewer, opsdeck_operator and opsdeck_admin on %1 tables</source>
        <translation>%1 個のテーブルに opsdeck_viewer、opsdeck_operator、opsdeck_admin の権限を付与しました</translation>
    </message>
    <message>
        <source>opsdeck: tables this Opsdeck does not know, readable only: %1</source>
        <translation>opsdeck: この Opsdeck が知らないテーブル（読み取りのみ）: %1</translation>
    </message>
    <message>
        <source>takes a USER and a role: viewer, operator or admin</source>
        <translation>USER とロール（viewer、operator、admin）を指定します</translation>
    </message>
    <message>
        <source>%1 now has the role %2</source>
        <translation>%1 にロール %2 を付与しました</translation>
    </message>
    <message>
        <source>%1 no longer has the role %2</source>
        <translation>%1 からロール %2 を外しました</translation>
    </message>
    <message>
        <source>--expect-version takes one machine NAME</source>
        <translation>--expect-version にはマシン NAME を 1 つだけ指定します</translation>
    </message>
    <message>
        <source>%1 now version %2</source>
        <translation>%1 は現在バージョン %2</translation>
    </message>
    <message>
        <source>set %1 of %2 (%3)</source>
        <translation>%2 の %1 を設定しました（%3）</translation>
    </message>
    <message>
        <source>refuse (exit 3) unless the machine is still at this version (set)</source>
        <translation>マシンがまだこのバージョンでなければ拒否する（終了コード 3）（set）</translation>
    </message>
    <message>
        <source>alert list takes no arguments</source>
        <translation>alert list は引数を取りません</translation>
    </message>
    <message>
        <source>from this time (default: the last day)</source>
        <translation>この時刻から(既定値: 直近 1 日)</translation>
    </message>
    <message>
        <source>only this check&apos;s alerts</source>
        <translation>このチェックのアラートのみ</translation>
    </message>
    <message>
        <source>at least this importance</source>
        <translation>この重要度以上</translation>
    </message>
    <message>
        <source>only this machine&apos;s alerts</source>
        <translation>このマシンのアラートのみ</translation>
    </message>
    <message>
        <source>the newest N at most (default 10000)</source>
        <translation>最新の N 件まで(既定値 10000)</translation>
    </message>
    <message>
        <source>change the alert settings</source>
        <translation>アラートの設定を変更</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答がありません</translation>
    </message>
    <message>
        <source>e-mail is not set up: opsdeck alert config --smtp-server H --smtp-from A --smtp-to A,B</source>
        <translation>メールが設定されていません: opsdeck alert config --smtp-server H --smtp-from A --smtp-to A,B</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain to read the SMTP password from</source>
        <translation>D-Bus セッションバスがないため、SMTP パスワードを読み取るキーチェーンがありません</translation>
    </message>
    <message>
        <source>no SMTP password for %1 in the keychain: opsdeck alert set-smtp-password</source>
        <translation>キーチェーンに %1 の SMTP パスワードがありません: opsdeck alert set-smtp-password</translation>
    </message>
    <message>
        <source>no notification daemon on the D-Bus session bus (org.freedesktop.Notifications)</source>
        <translation>D-Bus セッションバスに通知デーモンがありません(org.freedesktop.Notifications)</translation>
    </message>
    <message>
        <source>no notification channel is set up: opsdeck alert config --webhook URL, or --smtp-server ...</source>
        <translation>通知チャネルが設定されていません: opsdeck alert config --webhook URL、または --smtp-server ...</translation>
    </message>
    <message>
        <source>sent a test notification by %1</source>
        <translation>%1 でテスト通知を送信しました</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>desktop notification</source>
        <translation>デスクトップ通知</translation>
    </message>
    <message>
        <source>set the SMTP server and user first: opsdeck alert config --smtp-server H --smtp-user U</source>
        <translation>先に SMTP サーバーとユーザーを設定してください: opsdeck alert config --smtp-server H --smtp-user U</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain to store the password in</source>
        <translation>D-Bus セッションバスがないため、パスワードを保存するキーチェーンがありません</translation>
    </message>
    <message>
        <source>SMTP password for %1: </source>
        <translation>%1 の SMTP パスワード: </translation>
    </message>
    <message>
        <source>%1; nothing was stored</source>
        <translation>%1。何も保存していません</translation>
    </message>
    <message>
        <source>stored the SMTP password in the keychain (entry %1)</source>
        <translation>SMTP パスワードをキーチェーンに保存しました(エントリ %1)</translation>
    </message>
    <message>
        <source>the SMTP server (off: no e-mail)</source>
        <translation>SMTP サーバー(off: メールなし)</translation>
    </message>
    <message>
        <source>its port (default 587; 465: TLS at once)</source>
        <translation>ポート(既定値 587。465: 最初から TLS)</translation>
    </message>
    <message>
        <source>the SMTP login (its password: set-smtp-password)</source>
        <translation>SMTP のログインユーザー(パスワードは set-smtp-password で設定)</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>送信者アドレス</translation>
    </message>
    <message>
        <source>the recipients, comma-separated</source>
        <translation>宛先(カンマ区切り)</translation>
    </message>
    <message>
        <source>a CA bundle to trust for the server (off: the system&apos;s)</source>
        <translation>サーバーに対して信頼する CA バンドル(off: システムのもの)</translation>
    </message>
    <message>
        <source>require STARTTLS (on, the default, or off)</source>
        <translation>STARTTLS を必須にする(on または off。既定値 on)</translation>
    </message>
    <message>
        <source>notify from this importance up</source>
        <translation>この重要度以上で通知する</translation>
    </message>
    <message>
        <source>quiet hours in local time, e.g. 22:00-07:00 (off: none)</source>
        <translation>ローカル時刻での通知停止時間帯(例: 22:00-07:00。off: なし)</translation>
    </message>
    <message>
        <source>critical alerts still go out in quiet hours (on, the default, or off)</source>
        <translation>通知停止時間帯でも critical のアラートは送信する(on または off。既定値 on)</translation>
    </message>
    <message>
        <source>desktop notifications where there is no tray (on, the default, or off)</source>
        <translation>トレイがない場合にデスクトップ通知を使う(on または off。既定値 on)</translation>
    </message>
    <message>
        <source>json or text</source>
        <translation>json または text</translation>
    </message>
    <message>
        <source>only the webhook</source>
        <translation>Webhook のみ</translation>
    </message>
    <message>
        <source>only e-mail</source>
        <translation>メールのみ</translation>
    </message>
    <message>
        <source>a desktop notification (D-Bus)</source>
        <translation>デスクトップ通知(D-Bus)</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &apos;%2&apos;</source>
        <translation>--%1 には数値を指定してください(&apos;%2&apos; ではありません)</translation>
    </message>
    <message>
        <source>--%1 takes HTTP status codes (100 to 599) separated by commas, e.g. 200,301; not &apos;%2&apos;</source>
        <translation>--%1 にはカンマ区切りの HTTP ステータスコード(100 から 599)を指定してください(例: 200,301)。&apos;%2&apos; ではありません</translation>
    </message>
    <message>
        <source>the check&apos;s name (unique)</source>
        <translation>チェックの名前(一意)</translation>
    </message>
    <message>
        <source>run on every machine under this tree node, later ones too</source>
        <translation>このツリーノード配下のすべてのマシンで実行する(後から追加されたマシンも含む)</translation>
    </message>
    <message>
        <source>run on this machine</source>
        <translation>このマシンで実行する</translation>
    </message>
    <message>
        <source>warning, error (default) or critical</source>
        <translation>warning、error(既定値)、critical のいずれか</translation>
    </message>
    <message>
        <source>how often it runs (default 60s)</source>
        <translation>実行間隔(既定値 60s)</translation>
    </message>
    <message>
        <source>failures in a row before it fails (default 1)</source>
        <translation>失敗と判定するまでの連続失敗回数(既定値 1)</translation>
    </message>
    <message>
        <source>passes in a row before it recovers (default 1)</source>
        <translation>復旧と判定するまでの連続成功回数(既定値 1)</translation>
    </message>
    <message>
        <source>on a node: how many machines may fail (default 0)</source>
        <translation>ノードの場合: 失敗してもよいマシン数(既定値 0)</translation>
    </message>
    <message>
        <source>http, jenkins: the URL</source>
        <translation>http、jenkins: URL</translation>
    </message>
    <message>
        <source>http: the request method (default GET)</source>
        <translation>http: リクエストメソッド(既定値 GET)</translation>
    </message>
    <message>
        <source>http: accepted status codes (default 200-399)</source>
        <translation>http: 受け入れるステータスコード(既定値 200-399)</translation>
    </message>
    <message>
        <source>http: the body must match this</source>
        <translation>http: 本文がこれに一致しなければならない</translation>
    </message>
    <message>
        <source>http: slowest answer that passes, in ms</source>
        <translation>http: 合格とする最も遅い応答時間(ミリ秒)</translation>
    </message>
    <message>
        <source>http: fail when the TLS certificate expires sooner</source>
        <translation>http: TLS 証明書の期限がこれより早く切れる場合は失敗とする</translation>
    </message>
    <message>
        <source>http: do not follow redirects</source>
        <translation>http: リダイレクトをたどらない</translation>
    </message>
    <message>
        <source>http: basic auth user (password from the keychain)</source>
        <translation>http: Basic 認証のユーザー(パスワードはキーチェーンから)</translation>
    </message>
    <message>
        <source>metric: the metric key</source>
        <translation>metric: メトリクスキー</translation>
    </message>
    <message>
        <source>metric: a series path</source>
        <translation>metric: 系列のパス</translation>
    </message>
    <message>
        <source>metric: the comparator</source>
        <translation>metric: 比較演算子</translation>
    </message>
    <message>
        <source>metric: the warning value</source>
        <translation>metric: 警告値</translation>
    </message>
    <message>
        <source>metric: the critical value</source>
        <translation>metric: 重大値</translation>
    </message>
    <message>
        <source>metric: the last N points (default 1)</source>
        <translation>metric: 直近 N 個のポイント(既定値 1)</translation>
    </message>
    <message>
        <source>metric: last, avg, min or max of them</source>
        <translation>metric: それらの last、avg、min、max のいずれか</translation>
    </message>
    <message>
        <source>tcp: the host (default: each machine&apos;s address)</source>
        <translation>tcp: ホスト(既定値: 各マシンのアドレス)</translation>
    </message>
    <message>
        <source>tcp: the port</source>
        <translation>tcp: ポート</translation>
    </message>
    <message>
        <source>tcp: connect timeout (default 10s)</source>
        <translation>tcp: 接続タイムアウト(既定値 10s)</translation>
    </message>
    <message>
        <source>jenkins: the job&apos;s name</source>
        <translation>jenkins: ジョブの名前</translation>
    </message>
    <message>
        <source>nagios: the plugin and its arguments</source>
        <translation>nagios: プラグインとその引数</translation>
    </message>
    <message>
        <source>nagios: run it on each machine over SSH</source>
        <translation>nagios: SSH 経由で各マシン上で実行する</translation>
    </message>
    <message>
        <source>unreachable: no data for this long (default 5m)</source>
        <translation>unreachable: データがない状態がこの時間続いたら(既定値 5m)</translation>
    </message>
    <message>
        <source>check add takes a kind: metric, http, tcp, jenkins, nagios or unreachable, not &apos;%1&apos;</source>
        <translation>check add には種類を指定してください: metric、http、tcp、jenkins、nagios、unreachable のいずれか(&apos;%1&apos; ではありません)</translation>
    </message>
    <message>
        <source>--%1 is not an option of a %2 check</source>
        <translation>--%1 は %2 チェックのオプションではありません</translation>
    </message>
    <message>
        <source>give --node PATH or --machine NAME, not both</source>
        <translation>--node PATH または --machine NAME のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--until takes a time (2026-12-05T18:00:00Z, epoch seconds) or a duration from now (2h), not &apos;%1&apos;</source>
        <translation>--until には時刻(2026-12-05T18:00:00Z、エポック秒)または現在からの期間(2h)を指定してください(&apos;%1&apos; ではありません)</translation>
    </message>
    <message>
        <source>check add takes one kind: metric, http, tcp, jenkins, nagios or unreachable</source>
        <translation>check add には種類を 1 つ指定してください: metric、http、tcp、jenkins、nagios、unreachable のいずれか</translation>
    </message>
    <message>
        <source>added %1 check &apos;%2&apos; (id %3)</source>
        <translation>%1 チェック &apos;%2&apos; を追加しました(id %3)</translation>
    </message>
    <message>
        <source>check list takes no arguments</source>
        <translation>check list は引数を取りません</translation>
    </message>
    <message>
        <source>check %1 takes one check ID or NAME</source>
        <translation>check %1 にはチェックの ID または NAME を 1 つ指定してください</translation>
    </message>
    <message>
        <source>removed check &apos;%1&apos; (id %2); its alert history stays</source>
        <translation>チェック &apos;%1&apos;(id %2)を削除しました。アラート履歴は残ります</translation>
    </message>
    <message numerus="yes">
        <source>acknowledged check &apos;%1&apos; on %n target(s) until it recovers</source>
        <translation>
            <numerusform>チェック &apos;%1&apos; を %n 個のターゲットで確認済みにしました(復旧するまで)</numerusform></translation>
    </message>
    <message>
        <source>check silence needs --until TIME</source>
        <translation>check silence には --until TIME が必要です</translation>
    </message>
    <message>
        <source>silenced check &apos;%1&apos; until %2</source>
        <translation>チェック &apos;%1&apos; を %2 までサイレンスにしました</translation>
    </message>
    <message>
        <source>check &apos;%1&apos; is no longer silenced</source>
        <translation>チェック &apos;%1&apos; のサイレンスを解除しました</translation>
    </message>
    <message>
        <source>check &apos;%1&apos; was not silenced</source>
        <translation>チェック &apos;%1&apos; はサイレンスにされていませんでした</translation>
    </message>
    <message>
        <source>silence: until this time (ISO 8601, epoch seconds) or for this long (2h)</source>
        <translation>silence: この時刻まで(ISO 8601、エポック秒)、またはこの期間(2h)</translation>
    </message>
    <message>
        <source>check run takes no arguments</source>
        <translation>check run は引数を取りません</translation>
    </message>
    <message>
        <source>check run needs --once (the window runs the checks continuously)</source>
        <translation>check run には --once が必要です(ウィンドウではチェックが継続的に実行されます)</translation>
    </message>
    <message>
        <source>no checks to run; add one with opsdeck check add</source>
        <translation>実行するチェックがありません。opsdeck check add で追加してください</translation>
    </message>
    <message>
        <source>run every check once and exit</source>
        <translation>すべてのチェックを 1 回ずつ実行して終了する</translation>
    </message>
    <message>
        <source>only the machines under this tree node</source>
        <translation>このツリーノード配下のマシンのみ</translation>
    </message>
    <message>
        <source>text (default), json, csv or table</source>
        <translation>text(既定値)、json、csv、table のいずれか</translation>
    </message>
    <message>
        <source>The alert history. Where notifications go: opsdeck alert config; a test notification: opsdeck alert notify-test; the SMTP password: opsdeck alert set-smtp-password (each with --help).</source>
        <translation>アラート履歴です。通知先: opsdeck alert config、テスト通知: opsdeck alert notify-test、SMTP パスワード: opsdeck alert set-smtp-password(いずれも --help で説明を表示します)。</translation>
    </message>
    <message>
        <source>give --webhook or --webhook-stdin, not both</source>
        <translation>--webhook と --webhook-stdin のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>--webhook-stdin: no URL on stdin (to remove the webhook: --webhook off)</source>
        <translation>--webhook-stdin: 標準入力に URL がありません(Webhook を削除するには: --webhook off)</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain to keep the webhook URL in; nothing was changed</source>
        <translation>D-Bus セッションバスがないため、Webhook URL を保存するキーチェーンがありません。何も変更していません</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1。何も変更していません</translation>
    </message>
    <message>
        <source>%1; and the keychain could not be put back: %2</source>
        <translation>%1。さらにキーチェーンを元に戻せませんでした: %2</translation>
    </message>
    <message>
        <source>no webhook URL is set: opsdeck alert config --webhook-stdin (or --webhook URL)</source>
        <translation>Webhook URL が設定されていません: opsdeck alert config --webhook-stdin(または --webhook URL)</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain to read the webhook URL from</source>
        <translation>D-Bus セッションバスがないため、Webhook URL を読み取るキーチェーンがありません</translation>
    </message>
    <message>
        <source>the webhook is on but this computer&apos;s keychain has no URL for it (entry %1): opsdeck alert config --webhook-stdin</source>
        <translation>Webhook はオンですが、このコンピューターのキーチェーンにその URL がありません(エントリ %1): opsdeck alert config --webhook-stdin</translation>
    </message>
    <message>
        <source>the webhook URL in the keychain (entry %1) is not an http(s) URL: opsdeck alert config --webhook-stdin</source>
        <translation>キーチェーン内の Webhook URL(エントリ %1)は http(s) の URL ではありません: opsdeck alert config --webhook-stdin</translation>
    </message>
    <message>
        <source>the incoming-webhook URL, kept in the keychain (off: none; it shows in the shell&apos;s history and ps: prefer --webhook-stdin)</source>
        <translation>Incoming Webhook の URL。キーチェーンに保存する(off: なし。シェルの履歴や ps に表示されるため --webhook-stdin を推奨)</translation>
    </message>
    <message>
        <source>read the incoming-webhook URL from the first line of stdin</source>
        <translation>標準入力の 1 行目から Incoming Webhook の URL を読み取る</translation>
    </message>
    <message>
        <source>failing N runs in a row offers (or, with the setting checks.auto_abnormal, makes) the machine&apos;s abnormal transition</source>
        <translation>N 回連続で失敗するとマシンの abnormal 遷移を提案する(設定 checks.auto_abnormal がオンなら遷移させる)</translation>
    </message>
    <message>
        <source>http: trust the CAs in this PEM file too</source>
        <translation>http: この PEM ファイル内の CA も信頼する</translation>
    </message>
    <message>
        <source>http: accept any certificate (its expiry is still checked)</source>
        <translation>http: どの証明書も受け入れる(有効期限は引き続きチェックする)</translation>
    </message>
    <message>
        <source>check auto-abnormal takes on, off or nothing (to show it)</source>
        <translation>check auto-abnormal には on、off を指定するか、何も指定しないでください(現在の設定を表示します)</translation>
    </message>
    <message>
        <source>checks.auto_abnormal is on: a check failing for its --abnormal-after runs moves a READY machine to ERROR_DETECTED</source>
        <translation>checks.auto_abnormal はオンです: チェックが --abnormal-after 回連続で失敗すると、READY のマシンを ERROR_DETECTED に移します</translation>
    </message>
    <message>
        <source>checks.auto_abnormal is off: a check failing for its --abnormal-after runs suggests the abnormal transition</source>
        <translation>checks.auto_abnormal はオフです: チェックが --abnormal-after 回連続で失敗すると、abnormal 遷移を提案します</translation>
    </message>
    <message>
        <source>%1: %2; to mark it abnormal: opsdeck machine transition %1 abnormal --reason %3</source>
        <translation>%1: %2。abnormal にするには: opsdeck machine transition %1 abnormal --reason %3</translation>
    </message>
    <message>
        <source>%1 is now ERROR_DETECTED (abnormal): %2</source>
        <translation>%1 は ERROR_DETECTED(abnormal)になりました: %2</translation>
    </message>
    <message>
        <source>after each batch but the last, these checks must pass on its units, else the deploy pauses</source>
        <translation>最後を除く各バッチの後、そのユニットでこれらのチェックが成功しなければならない(成功しなければデプロイを一時停止する)</translation>
    </message>
    <message>
        <source>a paused gate is asked again after S seconds (default 30)</source>
        <translation>一時停止したゲートを S 秒後に再評価する(既定値 30)</translation>
    </message>
    <message>
        <source>gate after batch %1: passed</source>
        <translation>バッチ %1 後のゲート: 合格</translation>
    </message>
    <message>
        <source>paused after batch %1: %2; the gate is asked again in %3 s, Ctrl-C cancels the job</source>
        <translation>バッチ %1 の後で一時停止しました: %2。%3 秒後にゲートを再評価します。Ctrl-C でジョブをキャンセルします</translation>
    </message>
    <message>
        <source>job template %1 saved: %2 on %3 (now version %4)</source>
        <translation>ジョブテンプレート %1 を保存しました: %3 で %2(現在バージョン %4)</translation>
    </message>
    <message>
        <source>the template being replaced (save)</source>
        <translation>置き換えるテンプレート(save)</translation>
    </message>
    <message>
        <source>version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <source>the pool (set)</source>
        <translation>リソースプール(set)</translation>
    </message>
    <message>
        <source>service %1 updated (now version %2)</source>
        <translation>サービス %1 を更新しました(現在バージョン %2)</translation>
    </message>
    <message>
        <source>the service (set)</source>
        <translation>サービス(set)</translation>
    </message>
    <message>
        <source>changed source %1 (now version %2)</source>
        <translation>ソース %1 を変更しました(現在バージョン %2)</translation>
    </message>
    <message>
        <source>the source (set)</source>
        <translation>ソース(set)</translation>
    </message>
    <message>
        <source>the node (flag, rename, move)</source>
        <translation>ノード(flag、rename、move)</translation>
    </message>
    <message>
        <source>--%1 takes WIDTHxHEIGHT in pixels, each from %2 to %3, such as 1200x600, not &apos;%4&apos;</source>
        <translation>--%1 にはピクセル単位の 幅x高さ（それぞれ %2～%3、例: 1200x600）を指定してください。&apos;%4&apos; は不可です</translation>
    </message>
    <message>
        <source>--out FILE is needed</source>
        <translation>--out FILE が必要です</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;: end it in .png, .svg, .pdf or .csv</source>
        <translation>&apos;%1&apos; の形式を判別できません: .png、.svg、.pdf、.csv のいずれかで終えてください</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from は --to より前でなければなりません</translation>
    </message>
    <message>
        <source>%1 has no points from %2 to %3</source>
        <translation>%1 には %2 から %3 までのデータ点がありません</translation>
    </message>
    <message>
        <source>unknown machine &apos;%1&apos;: the metrics cache holds no series for it</source>
        <translation>不明なマシン &apos;%1&apos;: メトリクスキャッシュにその系列がありません</translation>
    </message>
    <message>
        <source>--raw is for a .csv file</source>
        <translation>--raw は .csv ファイル用です</translation>
    </message>
    <message>
        <source>name the machine: export host NAME</source>
        <translation>マシンを指定してください: export host NAME</translation>
    </message>
    <message>
        <source>export host writes a PDF: end --out in .pdf</source>
        <translation>export host は PDF を書き出します: --out は .pdf で終えてください</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>Charts from the metrics cache as PNG, SVG, PDF or CSV, without a display.</source>
        <translation>メトリクスキャッシュのグラフを、ディスプレイなしで PNG、SVG、PDF、CSV に書き出します。</translation>
    </message>
    <message>
        <source>the image&apos;s size in pixels (default 1200x600)</source>
        <translation>画像サイズ（ピクセル、既定 1200x600）</translation>
    </message>
    <message>
        <source>the chart&apos;s (or report&apos;s) title</source>
        <translation>グラフ（またはレポート）のタイトル</translation>
    </message>
    <message>
        <source>light or dark (default light)</source>
        <translation>light または dark（既定 light）</translation>
    </message>
    <message>
        <source>CSV: every stored point, not the points drawn</source>
        <translation>CSV: 描画した点ではなく保存されたすべての点</translation>
    </message>
    <message>
        <source>the file to write; its extension picks the format</source>
        <translation>書き出すファイル（拡張子で形式を決定）</translation>
    </message>
    <message>
        <source>job %1: pause requested; its runner holds new hosts within a second (hosts under way finish)</source>
        <translation>ジョブ %1: 一時停止を要求しました。実行プロセスは 1 秒以内に新しいホストの開始を止めます（実行中のホストは完了します）</translation>
    </message>
    <message>
        <source>job %1: resume requested; its runner goes on within a second</source>
        <translation>ジョブ %1: 再開を要求しました。実行プロセスは 1 秒以内に続行します</translation>
    </message>
    <message>
        <source>--to takes a time (2026-12-05T18:00:00Z, epoch seconds) or a duration after --from (2h), not &apos;%1&apos;</source>
        <translation>--to には時刻(2026-12-05T18:00:00Z、エポック秒)または --from からの期間(2h)を指定してください(&apos;%1&apos; ではありません)</translation>
    </message>
    <message>
        <source>check maintenance add needs --node PATH (/ for the whole tree)</source>
        <translation>check maintenance add には --node PATH が必要です(ツリー全体は /)</translation>
    </message>
    <message>
        <source>check maintenance add needs --to TIME or --to DURATION</source>
        <translation>check maintenance add には --to TIME または --to DURATION が必要です</translation>
    </message>
    <message>
        <source>check maintenance add takes options only</source>
        <translation>check maintenance add はオプションのみを受け付けます</translation>
    </message>
    <message>
        <source>added maintenance window %1 on %2 from %3 to %4</source>
        <translation>%2 にメンテナンスウィンドウ %1 を追加しました(%3 から %4 まで)</translation>
    </message>
    <message>
        <source>check maintenance list takes no arguments</source>
        <translation>check maintenance list は引数を取りません</translation>
    </message>
    <message>
        <source>check maintenance remove takes one window ID (check maintenance list)</source>
        <translation>check maintenance remove にはウィンドウ ID を 1 つ指定してください(check maintenance list を参照)</translation>
    </message>
    <message>
        <source>removed maintenance window %1</source>
        <translation>メンテナンスウィンドウ %1 を削除しました</translation>
    </message>
    <message>
        <source>the tree node (/ for the whole tree)</source>
        <translation>ツリーノード(ツリー全体は /)</translation>
    </message>
    <message>
        <source>the start (ISO 8601, epoch seconds, now, -1h); default now</source>
        <translation>開始(ISO 8601、エポック秒、now、-1h)。既定値 now</translation>
    </message>
    <message>
        <source>the end: a time (ISO 8601, epoch seconds) or a duration after --from (2h)</source>
        <translation>終了: 時刻(ISO 8601、エポック秒)または --from からの期間(2h)</translation>
    </message>
    <message>
        <source>why, shown with the window</source>
        <translation>理由(ウィンドウとともに表示されます)</translation>
    </message>
    <message>
        <source>list: the ended windows too</source>
        <translation>list: 終了したウィンドウも含める</translation>
    </message>
    <message>
        <source>dashboard list takes no arguments</source>
        <translation>dashboard list は引数を取りません</translation>
    </message>
    <message>
        <source>dashboard show takes one dashboard NAME</source>
        <translation>dashboard show にはダッシュボード名 NAME を 1 つ指定します</translation>
    </message>
    <message>
        <source>%1 (%2), %3 columns</source>
        <translation>%1（%2）、%3 列</translation>
    </message>
    <message>
        <source>dashboard export takes one dashboard NAME</source>
        <translation>dashboard export にはダッシュボード名 NAME を 1 つ指定します</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>exported dashboard %1 to %2</source>
        <translation>ダッシュボード %1 を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source>dashboard remove takes one dashboard NAME</source>
        <translation>dashboard remove にはダッシュボード名 NAME を 1 つ指定します</translation>
    </message>
    <message>
        <source>removed dashboard %1</source>
        <translation>ダッシュボード %1 を削除しました</translation>
    </message>
    <message>
        <source>Dashboards: grids of charts, values and tables over the metrics cache.</source>
        <translation>ダッシュボード: メトリクスキャッシュのグラフ、値、表を並べたグリッドです。</translation>
    </message>
    <message>
        <source>export: the file to write (default: standard output)</source>
        <translation>export: 書き込むファイル（既定値: 標準出力）</translation>
    </message>
    <message>
        <source>import: save under this name</source>
        <translation>import: この名前で保存します</translation>
    </message>
    <message>
        <source>import: overwrite a dashboard of the same name</source>
        <translation>import: 同じ名前のダッシュボードを上書きします</translation>
    </message>
    <message>
        <source>import: FILE is a Grafana dashboard&apos;s JSON</source>
        <translation>import: FILE は Grafana ダッシュボードの JSON です</translation>
    </message>
    <message>
        <source>import --grafana: read the Grafana datasource (uid or name) from this Opsdeck source (id or URL); repeat for several</source>
        <translation>import --grafana: この Grafana データソース（uid または名前）を、この Opsdeck ソース（id または URL）から読み取ります。複数ある場合は繰り返し指定します</translation>
    </message>
    <message>
        <source>--out FILE.pdf is needed</source>
        <translation>--out FILE.pdf が必要です</translation>
    </message>
    <message>
        <source>export dashboard writes a PDF: end --out in .pdf, not &apos;%1&apos;</source>
        <translation>export dashboard は PDF を書き出します: --out は &apos;%1&apos; ではなく .pdf で終わる必要があります</translation>
    </message>
    <message>
        <source>--to goes with --from</source>
        <translation>--to は --from と一緒に指定します</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: データなし</translation>
    </message>
    <message>
        <source>name the dashboard: export dashboard NAME</source>
        <translation>ダッシュボード名を指定してください: export dashboard NAME</translation>
    </message>
    <message>
        <source>dashboard %1 has no points from %2 to %3</source>
        <translation>ダッシュボード %1 には %2 から %3 までのデータポイントがありません</translation>
    </message>
    <message>
        <source>dashboard %1 has no points in its panels&apos; ranges</source>
        <translation>ダッシュボード %1 には各パネルの期間内のデータポイントがありません</translation>
    </message>
    <message>
        <source>A dashboard as a multi-page PDF report, without a display.</source>
        <translation>ダッシュボードを、ディスプレイなしで複数ページの PDF レポートに書き出します。</translation>
    </message>
    <message>
        <source>start (ISO 8601, epoch, now, -1h; default: each panel&apos;s range)</source>
        <translation>開始時刻（ISO 8601、epoch、now、-1h。既定値: 各パネルの期間）</translation>
    </message>
    <message>
        <source>the report&apos;s title (default: the dashboard&apos;s)</source>
        <translation>レポートのタイトル（既定値: ダッシュボードのタイトル）</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>書き込む PDF ファイル</translation>
    </message>
    <message>
        <source>--datasource takes GRAFANA=SOURCE (a Grafana uid or name, an Opsdeck source id or URL), not &apos;%1&apos;</source>
        <translation>--datasource には &apos;%1&apos; ではなく GRAFANA=SOURCE（Grafana の uid または名前と、Opsdeck のソース id または URL）を指定します</translation>
    </message>
    <message>
        <source>taken:   %1 (%2) &lt;- source %3: %4</source>
        <translation>取り込み: %1（%2） &lt;- ソース %3: %4</translation>
    </message>
    <message>
        <source>skipped: %1 (%2): %3</source>
        <translation>スキップ: %1（%2）: %3</translation>
    </message>
    <message>
        <source>nothing imported: say which Opsdeck source each of these Grafana datasources is, with --datasource NAME=SOURCE: %1</source>
        <translation>何もインポートしていません: 次の各 Grafana データソースがどの Opsdeck ソースかを --datasource NAME=SOURCE で指定してください: %1</translation>
    </message>
    <message>
        <source>nothing imported: no panel of %1 could be taken</source>
        <translation>何もインポートしていません: %1 のパネルを 1 つも取り込めませんでした</translation>
    </message>
    <message>
        <source>dashboard import takes one FILE (- for standard input)</source>
        <translation>dashboard import にはファイル FILE を 1 つ指定します（- は標準入力）</translation>
    </message>
    <message>
        <source>--datasource goes with --grafana</source>
        <translation>--datasource は --grafana と一緒に指定します</translation>
    </message>
    <message>
        <source>imported dashboard %1 (%2 panels)</source>
        <translation>ダッシュボード %1 をインポートしました（パネル %2 個）</translation>
    </message>
    <message>
        <source>import --grafana: add no source for the queries no source polls (those panels stay empty)</source>
        <translation>import --grafana：どのソースもポーリングしていないクエリにソースを追加しません（それらのパネルは空のままです）</translation>
    </message>
    <message>
        <source>taken:   %1 (%2) &lt;- a new source: %3</source>
        <translation>取り込み：%1（%2）&lt;- 新しいソース：%3</translation>
    </message>
    <message>
        <source>added:   source %1 (%2 %3 on %4, a copy of source %5) polls %6</source>
        <translation>追加：ソース %1（%4 上の %2 %3、ソース %5 のコピー）が %6 をポーリング</translation>
    </message>
    <message>
        <source>no machine</source>
        <translation>マシンなし</translation>
    </message>
    <message>
        <source>not added: %1</source>
        <translation>追加せず：%1</translation>
    </message>
    <message>
        <source>empty:   %1: no source of source %2&apos;s URL polls %3 with an --as key; the panel stays empty until one does</source>
        <translation>空：%1：ソース %2 の URL で %3 を --as キー付きでポーリングするソースがありません。ポーリングされるまでパネルは空のままです</translation>
    </message>
    <message>
        <source>imported dashboard %1: %2 panels taken, %3 skipped, %4 sources added</source>
        <translation>ダッシュボード %1 をインポートしました：パネル %2 個を取り込み、%3 個をスキップ、ソース %4 個を追加</translation>
    </message>
    <message>
        <source>--no-add-sources goes with --grafana</source>
        <translation>--no-add-sources は --grafana と一緒に指定します</translation>
    </message>
    <message>
        <source>opsdeck: disk usage by device: the mount points could not be read: %1</source>
        <translation>opsdeck：ディスク使用量はデバイスごとに表示します：マウントポイントを読めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>CommandJob</name>
    <message>
        <source>no command to run</source>
        <translation>実行するコマンドがありません</translation>
    </message>
    <message>
        <source>no hosts to run the command on</source>
        <translation>コマンドを実行するホストがありません</translation>
    </message>
    <message>
        <source>every host of job %1 succeeded: nothing to retry</source>
        <translation>ジョブ %1 のすべてのホストが成功しました。再試行するものはありません</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>CPU busy</source>
        <translation>CPU ビジー</translation>
    </message>
    <message>
        <source>Load (1 min)</source>
        <translation>負荷（1 分）</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>メモリ使用量</translation>
    </message>
    <message>
        <source>Traffic in</source>
        <translation>受信トラフィック</translation>
    </message>
    <message>
        <source>Traffic out</source>
        <translation>送信トラフィック</translation>
    </message>
    <message>
        <source>Disk usage (fullest)</source>
        <translation>ディスク使用率（最大）</translation>
    </message>
</context>
<context>
    <name>ConfigTemplate</name>
    <message>
        <source>the config template uses {{%1}} on line %2, which no unit has (known: %3)</source>
        <translation>設定テンプレートの %2 行目で {{%1}} が使われていますが、これを持つユニットはありません(既知: %3)</translation>
    </message>
</context>
<context>
    <name>CpuPercent</name>
    <message>
        <source>no CPU series for %1 in the metrics cache</source>
        <translation>メトリクスキャッシュに %1 の CPU 系列がありません</translation>
    </message>
    <message>
        <source>no CPU series for %1 from source %2</source>
        <translation>ソース %2 からの %1 の CPU 系列がありません</translation>
    </message>
    <message>
        <source>no %1 for %2 from source %3</source>
        <translation>ソース %3 からの %2 の %1 がありません</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>a dashboard&apos;s name is 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>ダッシュボード名は 1～64 文字の英字、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; です</translation>
    </message>
</context>
<context>
    <name>DashboardJson</name>
    <message>
        <source>required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>整数である必要があります</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>%1～%2 である必要があります</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>不明なフィールド</translation>
    </message>
    <message>
        <source>a node path&apos;s segments cannot be blank</source>
        <translation>ノードパスの各セグメントは空にできません</translation>
    </message>
    <message>
        <source>must be a node path (a/b, or / for the whole tree)</source>
        <translation>ノードパス（a/b、またはツリー全体を表す /）である必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>give machine or node, not both</source>
        <translation>machine か node のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>give metric or series, not both</source>
        <translation>metric か series のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>required (or series)</source>
        <translation>必須です（または series）</translation>
    </message>
    <message>
        <source>a metric needs a machine or a node</source>
        <translation>メトリクスにはマシンまたはノードが必要です</translation>
    </message>
    <message>
        <source>must be a duration such as 1h, 1d or 7d, at most 10 years, not &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ではなく、1h、1d、7d のような期間（最大 10 年）である必要があります</translation>
    </message>
    <message>
        <source>the panel reaches past the dashboard&apos;s %1 columns</source>
        <translation>パネルがダッシュボードの %1 列をはみ出しています</translation>
    </message>
    <message>
        <source>only a table has columns</source>
        <translation>列があるのは表だけです</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>文字列の配列である必要があります</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>a URL table&apos;s column is one of %1</source>
        <translation>URL の表の列は %1 のいずれかです</translation>
    </message>
    <message>
        <source>at most 16 columns</source>
        <translation>最大 16 列</translation>
    </message>
    <message>
        <source>must be chart, value or table, not &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ではなく chart、value、table のいずれかである必要があります</translation>
    </message>
    <message>
        <source>must be machines, product_lines, urls or product_line_urls, not &apos;%1&apos;</source>
        <translation>&apos;%1&apos; ではなく machines、product_lines、urls、product_line_urls のいずれかである必要があります</translation>
    </message>
    <message>
        <source>only a table has rows</source>
        <translation>行があるのは表だけです</translation>
    </message>
    <message>
        <source>these rows come from a node: give node</source>
        <translation>これらの行はノードから取得します: node を指定してください</translation>
    </message>
    <message>
        <source>must be one of %1, not &apos;%2&apos;</source>
        <translation>&apos;%2&apos; ではなく %1 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>not JSON (at byte %1: %2)</source>
        <translation>JSON ではありません（バイト %1: %2）</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>version %1 is not one this Opsdeck reads (it reads %2)</source>
        <translation>バージョン %1 はこの Opsdeck では読み取れません（読み取れるのは %2）</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列でなければなりません</translation>
    </message>
    <message>
        <source>at most %1 panels</source>
        <translation>最大 %1 パネル</translation>
    </message>
</context>
<context>
    <name>DashboardStore</name>
    <message>
        <source>there is no dashboard &apos;%1&apos;; see opsdeck dashboard list</source>
        <translation>ダッシュボード &apos;%1&apos; はありません。opsdeck dashboard list を参照してください</translation>
    </message>
    <message>
        <source>&apos;home&apos; is the built-in dashboard: it cannot be replaced or removed; export it and import it under another name to change it</source>
        <translation>&apos;home&apos; は組み込みのダッシュボードです。置き換えや削除はできません。変更するには、エクスポートして別の名前でインポートしてください</translation>
    </message>
    <message>
        <source>the stored dashboard &apos;%1&apos; does not read back: %2</source>
        <translation>保存されたダッシュボード &apos;%1&apos; を読み戻せません: %2</translation>
    </message>
    <message>
        <source>a dashboard named &apos;%1&apos; exists; give --replace to overwrite it</source>
        <translation>&apos;%1&apos; という名前のダッシュボードが存在します。上書きするには --replace を指定してください</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: the database is locked by another program (%2); close the other Opsdeck or wait, then try again</source>
        <translation>%1: データベースは別のプログラムによってロックされています(%2)。もう一方の Opsdeck を閉じるか、しばらく待ってから再試行してください</translation>
    </message>
    <message>
        <source>%1: the database file is damaged or is not an Opsdeck database (%2); move it aside or choose another with --db</source>
        <translation>%1: データベースファイルが破損しているか、Opsdeck のデータベースではありません(%2)。ファイルを退避するか、--db で別のファイルを選択してください</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2); nothing was written, free some space and try again</source>
        <translation>%1: ディスクがいっぱいです(%2)。何も書き込まれていません。空き容量を確保してから再試行してください</translation>
    </message>
    <message>
        <source>%1: the database is read-only (%2); check the file&apos;s permissions</source>
        <translation>%1: データベースは読み取り専用です(%2)。ファイルのアクセス権を確認してください</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>preparing a statement failed</source>
        <translation>ステートメントの準備に失敗しました</translation>
    </message>
    <message>
        <source>a database statement failed</source>
        <translation>データベースのステートメントが失敗しました</translation>
    </message>
    <message>
        <source>opening %1 failed</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>%1 の読み取りに失敗しました</translation>
    </message>
    <message>
        <source>starting a transaction failed</source>
        <translation>トランザクションの開始に失敗しました</translation>
    </message>
    <message>
        <source>committing a transaction failed</source>
        <translation>トランザクションのコミットに失敗しました</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database; check its permissions</source>
        <translation>データベース用のフォルダー %1 を作成できません。アクセス権を確認してください</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 はフォルダーです。データベースファイルではありません</translation>
    </message>
    <message>
        <source>reading the schema version of %1 failed</source>
        <translation>%1 のスキーマバージョンの読み取りに失敗しました</translation>
    </message>
    <message>
        <source>%1 was written by a newer Opsdeck (schema %2; this one knows up to %3). It was left untouched: upgrade Opsdeck or choose another database with --db</source>
        <translation>%1 は新しいバージョンの Opsdeck で書き込まれています(スキーマ %2、このバージョンが扱えるのは %3 まで)。ファイルは変更していません。Opsdeck をアップグレードするか、--db で別のデータベースを選択してください</translation>
    </message>
    <message>
        <source>switching %1 to WAL failed</source>
        <translation>%1 の WAL への切り替えに失敗しました</translation>
    </message>
    <message>
        <source>creating schema_version failed</source>
        <translation>schema_version の作成に失敗しました</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed</source>
        <translation>マイグレーション %1(%2)に失敗しました</translation>
    </message>
    <message>
        <source>setting up a connection to %1 failed</source>
        <translation>%1 への接続の設定に失敗しました</translation>
    </message>
    <message>
        <source>cannot move the database from %1 to %2; move it by hand or choose it with --db</source>
        <translation>データベースを %1 から %2 に移動できません。手動で移動するか、--db で指定してください</translation>
    </message>
    <message>
        <source>the disk holding the database is almost full (%1 free); writes will fail until space is freed</source>
        <translation>データベースのあるディスクの空き容量がほとんどありません(空き %1)。空き容量を確保するまで書き込みは失敗します</translation>
    </message>
    <message>
        <source>opening %1 failed: the Qt SQL driver %2 is not installed</source>
        <translation>%1 を開けませんでした: Qt SQL ドライバー %2 がインストールされていません</translation>
    </message>
    <message>
        <source>locking schema_version failed</source>
        <translation>schema_version をロックできませんでした</translation>
    </message>
    <message>
        <source>the connection to the database server was lost (%1)</source>
        <translation>データベースサーバーとの接続が切れました(%1)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>データベースサーバーとの接続が切れました</translation>
    </message>
    <message>
        <source>connecting to %1 failed</source>
        <translation>%1 への接続に失敗しました</translation>
    </message>
    <message>
        <source>%1: the database refused it (%2); your team role may not do this (opsdeck db whoami)</source>
        <translation>%1: データベースが拒否しました(%2)。あなたのチームロールではこの操作ができない可能性があります(opsdeck db whoami)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database URL such as postgresql://USER@HOST:5432/DBNAME</source>
        <translation>&apos;%1&apos; はデータベース URL ではありません（例: postgresql://USER@HOST:5432/DBNAME）</translation>
    </message>
    <message>
        <source>a database URL must not hold the password; put it in ~/.pgpass (HOST:PORT:DBNAME:USER:PASSWORD, mode 0600)</source>
        <translation>データベース URL にパスワードを含めることはできません。~/.pgpass に記述してください（HOST:PORT:DBNAME:USER:PASSWORD、モード 0600）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a user, a host and a database name: postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]</source>
        <translation>&apos;%1&apos; にはユーザー、ホスト、データベース名が必要です: postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]</translation>
    </message>
    <message>
        <source>the database URL option &apos;%1&apos; is not known; only sslmode is</source>
        <translation>データベース URL のオプション &apos;%1&apos; は不明です。使えるのは sslmode のみです</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode &apos;%1&apos; は %2 のいずれでもありません</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the target database is not empty (%1 has rows): a copy goes only into an empty database; nothing was written</source>
        <translation>コピー先のデータベースが空ではありません（%1 に行があります）: コピーは空のデータベースにのみ行います。何も書き込んでいません</translation>
    </message>
    <message>
        <source>%1 refers to its own rows but has no primary key</source>
        <translation>%1 は自身の行を参照していますが主キーがありません</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>%1 の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>%1 の書き込みに失敗しました</translation>
    </message>
    <message>
        <source>a database cannot be copied into itself</source>
        <translation>データベースを自分自身にコピーすることはできません</translation>
    </message>
    <message>
        <source>only the target database&apos;s owner may copy into it; %1 is not the owner</source>
        <translation>コピー先データベースにコピーできるのはオーナーだけです。%1 はオーナーではありません</translation>
    </message>
</context>
<context>
    <name>DatabaseUnlock</name>
    <message>
        <source>The keychain&apos;s password for %1 (entry %2) was refused.</source>
        <translation>キーチェーンにある %1 のパスワード（エントリ %2）は拒否されました。</translation>
    </message>
    <message>
        <source>The password for %1 is now in the keychain (entry %2).</source>
        <translation>%1 のパスワードをキーチェーンに保存しました（エントリ %2）。</translation>
    </message>
    <message>
        <source>The password for %1 was not stored in the keychain: %2</source>
        <translation>%1 のパスワードはキーチェーンに保存されませんでした: %2</translation>
    </message>
    <message>
        <source>%1 refused the password three times; check the user name, or put the password in ~/.pgpass</source>
        <translation>%1 がパスワードを 3 回拒否しました。ユーザー名を確認するか、パスワードを ~/.pgpass に書いてください</translation>
    </message>
</context>
<context>
    <name>DeployJob</name>
    <message>
        <source>%1 has no units to deploy to; add some with opsdeck unit add or opsdeck service scale</source>
        <translation>%1 にはデプロイ先のユニットがありません。opsdeck unit add または opsdeck service scale で追加してください</translation>
    </message>
    <message>
        <source>a release name cannot hold &apos;/&apos; or start with &apos;.&apos;: %1</source>
        <translation>リリース名に &apos;/&apos; を含めたり、&apos;.&apos; で始めたりすることはできません: %1</translation>
    </message>
    <message>
        <source>none of %1 is a unit of %2</source>
        <translation>%1 のいずれも %2 のユニットではありません</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The local machine %1 could not be registered: %2</source>
        <translation>ローカルマシン %1 を登録できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ExecRun</name>
    <message>
        <source>cannot open a channel</source>
        <translation>チャネルを開けません</translation>
    </message>
    <message>
        <source>the server refused to run the command</source>
        <translation>サーバーがコマンドの実行を拒否しました</translation>
    </message>
    <message>
        <source>cannot close the channel</source>
        <translation>チャネルを閉じられません</translation>
    </message>
    <message>
        <source>reading the command&apos;s output failed</source>
        <translation>コマンドの出力の読み取りに失敗しました</translation>
    </message>
</context>
<context>
    <name>GrafanaImportWriter</name>
    <message>
        <source>cannot add %1: %2</source>
        <translation>%1 を追加できません：%2</translation>
    </message>
</context>
<context>
    <name>GrafanaImporter</name>
    <message>
        <source>the panel type &apos;%1&apos; has no Opsdeck counterpart</source>
        <translation>パネルタイプ &apos;%1&apos; に対応するものは Opsdeck にありません</translation>
    </message>
    <message>
        <source>it mixes datasources; Opsdeck reads one source per panel</source>
        <translation>複数のデータソースが混在しています。Opsdeck はパネルごとに 1 つのソースを読み取ります</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>ターゲットがありません</translation>
    </message>
    <message>
        <source>its targets mix datasources; Opsdeck reads one source per panel</source>
        <translation>ターゲットに複数のデータソースが混在しています。Opsdeck はパネルごとに 1 つのソースを読み取ります</translation>
    </message>
    <message>
        <source>its datasource &apos;%1&apos; is neither Prometheus nor Graphite</source>
        <translation>データソース &apos;%1&apos; は Prometheus でも Graphite でもありません</translation>
    </message>
    <message>
        <source>a copy of source %1 polling %2</source>
        <translation>ソース %1 のコピー、%2 をポーリング</translation>
    </message>
    <message>
        <source>not JSON (at byte %1: %2)</source>
        <translation>JSON ではありません（バイト %1: %2）</translation>
    </message>
    <message>
        <source>not a Grafana dashboard: it has neither &quot;panels&quot; nor &quot;rows&quot;</source>
        <translation>Grafana ダッシュボードではありません: &quot;panels&quot; も &quot;rows&quot; もありません</translation>
    </message>
    <message>
        <source>--datasource %1=%2: there is no Opsdeck source with that id or URL; see opsdeck source list</source>
        <translation>--datasource %1=%2: その id または URL の Opsdeck ソースはありません。opsdeck source list を参照してください</translation>
    </message>
    <message>
        <source>--datasource %1 names source %2, a %3 source, not %4</source>
        <translation>--datasource %1 が指定するソース %2 は %3 ソースで、%4 ではありません</translation>
    </message>
    <message>
        <source>no Opsdeck source of kind %1 (add one with opsdeck source add %1 URL)</source>
        <translation>種類 %1 の Opsdeck ソースがありません（opsdeck source add %1 URL で追加してください）</translation>
    </message>
    <message>
        <source>datasource &apos;%1&apos; could be any of the %2 sources %3; give --datasource %1=SOURCE</source>
        <translation>データソース &apos;%1&apos; は %2 個のソース %3 のどれにも該当し得ます。--datasource %1=SOURCE を指定してください</translation>
    </message>
    <message>
        <source>the template variable $%1 cannot be resolved to one value</source>
        <translation>テンプレート変数 $%1 を 1 つの値に解決できません</translation>
    </message>
</context>
<context>
    <name>GraphDefinition</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>no graph: the first line must be the graph&apos;s title</source>
        <translation>グラフがありません: 最初の行はグラフのタイトルでなければなりません</translation>
    </message>
    <message>
        <source>&apos;@@&apos; needs a graph name</source>
        <translation>&apos;@@&apos; にはグラフ名が必要です</translation>
    </message>
    <message>
        <source>the first line must be the graph&apos;s title (its vertical label), not an element</source>
        <translation>最初の行は要素ではなく、グラフのタイトル（縦軸ラベル）でなければなりません</translation>
    </message>
    <message>
        <source>unknown template in &apos;%1&apos; (only &lt;?= $device ?&gt;)</source>
        <translation>&apos;%1&apos; に不明なテンプレートがあります（使えるのは &lt;?= $device ?&gt; のみ）</translation>
    </message>
    <message>
        <source>%1 is not supported, left out</source>
        <translation>%1 はサポートされていないため省きました</translation>
    </message>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation>不明な要素 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>DEF needs name=&lt;%RRD_FOR key %&gt;:ds:CF</source>
        <translation>DEF には name=&lt;%RRD_FOR key %&gt;:ds:CF が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name</source>
        <translation>&apos;%1&apos; は有効な名前ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice</source>
        <translation>&apos;%1&apos; が二度定義されています</translation>
    </message>
    <message>
        <source>DEF &apos;%1&apos; must read &lt;%RRD_FOR key.type %&gt;</source>
        <translation>DEF &apos;%1&apos; は &lt;%RRD_FOR key.type %&gt; を読む必要があります</translation>
    </message>
    <message>
        <source>RRD_EX needs a plugin, a host and a key</source>
        <translation>RRD_EX にはプラグイン、ホスト、キーが必要です</translation>
    </message>
    <message>
        <source>%1 takes one key</source>
        <translation>%1 はキーを一つだけ取ります</translation>
    </message>
    <message>
        <source>DEF &apos;%1&apos; names no metric</source>
        <translation>DEF &apos;%1&apos; にメトリクスが指定されていません</translation>
    </message>
    <message>
        <source>unknown consolidation &apos;%1&apos; (AVERAGE, MIN, MAX or LAST)</source>
        <translation>不明な集約関数 &apos;%1&apos;（AVERAGE、MIN、MAX、LAST のいずれか）</translation>
    </message>
    <message>
        <source>CDEF &apos;%1&apos; has no expression</source>
        <translation>CDEF &apos;%1&apos; に式がありません</translation>
    </message>
    <message>
        <source>CDEF &apos;%1&apos;: &apos;%2&apos; needs %3 values</source>
        <translation>CDEF &apos;%1&apos;: &apos;%2&apos; には値が %3 個必要です</translation>
    </message>
    <message>
        <source>CDEF &apos;%1&apos; uses &apos;%2&apos;, which is not supported; left out</source>
        <translation>CDEF &apos;%1&apos; はサポートされていない &apos;%2&apos; を使っているため省きました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not defined</source>
        <translation>&apos;%1&apos; は定義されていません</translation>
    </message>
    <message>
        <source>CDEF &apos;%1&apos; leaves %2 values, not one</source>
        <translation>CDEF &apos;%1&apos; は値を一つではなく %2 個残します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is left out</source>
        <translation>&apos;%1&apos; を省きました</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour (#RRGGBB)</source>
        <translation>&apos;%1&apos; は色（#RRGGBB）ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dash pattern</source>
        <translation>&apos;%1&apos; は破線パターンではありません</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; of %2</source>
        <translation>%2 の不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <source>GPRINT needs value:LAST|AVERAGE|MAX|MIN:format</source>
        <translation>GPRINT には value:LAST|AVERAGE|MAX|MIN:format が必要です</translation>
    </message>
    <message>
        <source>unknown statistic &apos;%1&apos; (LAST, AVERAGE, MAX or MIN)</source>
        <translation>不明な統計 &apos;%1&apos;（LAST、AVERAGE、MAX、MIN のいずれか）</translation>
    </message>
    <message>
        <source>GPRINT format &apos;%1&apos; needs exactly one number (%lf)</source>
        <translation>GPRINT の書式 &apos;%1&apos; には数値（%lf）がちょうど一つ必要です</translation>
    </message>
    <message>
        <source>line %1: graph &apos;%2&apos; has no title line</source>
        <translation>%1 行目: グラフ &apos;%2&apos; にタイトル行がありません</translation>
    </message>
    <message>
        <source>line %1: graph &apos;%2&apos; draws nothing (no LINE, AREA or STACK)</source>
        <translation>%1 行目: グラフ &apos;%2&apos; は何も描きません（LINE、AREA、STACK がありません）</translation>
    </message>
</context>
<context>
    <name>GraphitePlaintext</name>
    <message>
        <source>too many fields</source>
        <translation>フィールドが多すぎます</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>値が空です</translation>
    </message>
    <message>
        <source>metric path longer than 1024 bytes</source>
        <translation>メトリクスパスが 1024 バイトを超えています</translation>
    </message>
    <message>
        <source>control character in metric path</source>
        <translation>メトリクスパスに制御文字が含まれています</translation>
    </message>
    <message>
        <source>metric path is not valid UTF-8</source>
        <translation>メトリクスパスが有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>value is not a number</source>
        <translation>値が数値ではありません</translation>
    </message>
    <message>
        <source>value is not finite</source>
        <translation>値が有限ではありません</translation>
    </message>
    <message>
        <source>timestamp is not a number</source>
        <translation>タイムスタンプが数値ではありません</translation>
    </message>
    <message>
        <source>missing timestamp</source>
        <translation>タイムスタンプがありません</translation>
    </message>
</context>
<context>
    <name>HomeDashboard</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Company CPU (assigned machines)</source>
        <translation>全社 CPU（割り当て済みマシン）</translation>
    </message>
    <message>
        <source>CPU by machine</source>
        <translation>マシン別 CPU</translation>
    </message>
    <message>
        <source>Resource use by product line</source>
        <translation>プロダクトライン別リソース使用量</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Product-line availability and response time (1 day)</source>
        <translation>プロダクトラインの可用性と応答時間（1 日）</translation>
    </message>
    <message numerus="yes">
        <source>%n-day averages</source>
        <translation>
            <numerusform>%n 日平均</numerusform></translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <source>Load average</source>
        <translation>ロードアベレージ</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>used</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>buffers</source>
        <translation>バッファ</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>in</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>out</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>TCP established</source>
        <translation>TCP 確立済み接続</translation>
    </message>
    <message>
        <source>established</source>
        <translation>確立済み</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>トラフィック</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>ディスク I/O</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>ディスク使用量</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>the disks&apos; mount points could not be read: %1</source>
        <translation>ディスクのマウントポイントを読めませんでした: %1</translation>
    </message>
    <message>
        <source>Series from %1</source>
        <translation>%1 の系列</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>HostTargets</name>
    <message>
        <source>bad port in host &apos;%1&apos;</source>
        <translation>ホスト &apos;%1&apos; のポートが不正です</translation>
    </message>
    <message>
        <source>an empty host name in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; に空のホスト名があります</translation>
    </message>
</context>
<context>
    <name>InMemoryCredentialProvider</name>
    <message>
        <source>no secret for %1</source>
        <translation>%1 のシークレットがありません</translation>
    </message>
</context>
<context>
    <name>InteractiveCredentials</name>
    <message>
        <source>none is configured</source>
        <translation>キーチェーンが設定されていません</translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%1): secrets you type are kept in memory only while Opsdeck runs.</source>
        <translation>キーチェーンにアクセスできません(%1)。入力したシークレットは Opsdeck の実行中のみメモリに保持されます。</translation>
    </message>
    <message>
        <source>no secret for %1</source>
        <translation>%1 のシークレットがありません</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>importing failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>writing the audit log failed</source>
        <translation>監査ログの書き込みに失敗しました</translation>
    </message>
    <message>
        <source>reading the inventory failed</source>
        <translation>インベントリの読み込みに失敗しました</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; of node &apos;%3&apos; is not a URL with a scheme and a host</source>
        <translation>%1: ノード「%3」の「%2」はスキームとホストを持つ URL ではありません</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: there is no node &apos;%3&apos;</source>
        <translation>%1: %2: ノード「%3」はありません</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; is a %4, not a service; units and relations belong to service nodes</source>
        <translation>%1: %2: 「%3」は %4 で、service ではありません。ユニットとリレーションはサービスノードに属します</translation>
    </message>
    <message>
        <source>unit %1 on %2:%3</source>
        <translation>ユニット %1（%2:%3）</translation>
    </message>
    <message>
        <source>%1: %2: there is no machine &apos;%3&apos;</source>
        <translation>%1: %2: マシン「%3」はありません</translation>
    </message>
    <message>
        <source>%1: %2: the port is outside 1-65535</source>
        <translation>%1: %2: ポートが 1-65535 の範囲外です</translation>
    </message>
    <message>
        <source>%1: %2: port %3 on machine &apos;%4&apos; is already used by a unit of &apos;%5&apos;</source>
        <translation>%1: %2: マシン「%4」のポート %3 は「%5」のユニットが既に使っています</translation>
    </message>
    <message>
        <source>%1: %2: machine &apos;%3&apos; is %4 after this import; units go only to READY machines</source>
        <translation>%1: %2: このインポート後マシン「%3」は %4 です。ユニットは READY のマシンにのみ配置できます</translation>
    </message>
    <message>
        <source>relation %1 -&gt; %2</source>
        <translation>リレーション %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1: %2: a service cannot need itself</source>
        <translation>%1: %2: サービスは自分自身を必要とできません</translation>
    </message>
    <message>
        <source>%1: %2: a relation has either a service (and a port) or an endpoint</source>
        <translation>%1: %2: リレーションはサービス（とポート）かエンドポイントのどちらか一方を持ちます</translation>
    </message>
    <message>
        <source>%1: %2: a port belongs to a relation on a service</source>
        <translation>%1: %2: ポートはサービスへのリレーションにのみ指定できます</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>reading the tree failed</source>
        <translation>ツリーの読み取りに失敗しました</translation>
    </message>
    <message>
        <source>reading pools failed</source>
        <translation>リソースプールの読み取りに失敗しました</translation>
    </message>
    <message>
        <source>reading machines failed</source>
        <translation>マシンの読み取りに失敗しました</translation>
    </message>
    <message>
        <source>reading machine meta failed</source>
        <translation>マシンのメタ情報の読み取りに失敗しました</translation>
    </message>
    <message>
        <source>reading bindings failed</source>
        <translation>バインドの読み取りに失敗しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the node &apos;%2&apos; is a service here and a %3 in the file; change its kind by hand first</source>
        <translation>%1: ノード &apos;%2&apos; はここではサービスですが、ファイルでは %3 です。先に手動で種類を変更してください</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; would be placed under the service &apos;%3&apos;; a service holds units, not other nodes</source>
        <translation>%1: &apos;%2&apos; はサービス &apos;%3&apos; の下に配置されることになります。サービスが保持するのはユニットであり、他のノードは保持できません</translation>
    </message>
    <message>
        <source>%1: the host name &apos;%2&apos; is empty or contains a space or &apos;/&apos;</source>
        <translation>%1: ホスト名 &apos;%2&apos; が空か、空白または &apos;/&apos; を含んでいます</translation>
    </message>
    <message>
        <source>%1: host &apos;%2&apos; appears twice; the first one is used</source>
        <translation>%1: ホスト &apos;%2&apos; が 2 回出現しています。最初のものを使用します</translation>
    </message>
    <message>
        <source>%1: host &apos;%2&apos; has the port %3, outside 1-65535</source>
        <translation>%1: ホスト &apos;%2&apos; のポート %3 が 1-65535 の範囲外です</translation>
    </message>
    <message>
        <source>%1: host &apos;%2&apos; has the state &apos;%3&apos;, which is not one of %4</source>
        <translation>%1: ホスト「%2」の状態「%3」は %4 のいずれでもありません</translation>
    </message>
    <message>
        <source>%1: machine &apos;%2&apos; is %3 here and %4 in the file; an import does not change a machine&apos;s state (use `opsdeck machine` for that)</source>
        <translation>%1: マシン「%2」はここでは %3、ファイルでは %4 です。インポートではマシンの状態を変更しません（`opsdeck machine` を使ってください）</translation>
    </message>
    <message>
        <source>reading URLs failed</source>
        <translation>URL の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>reading units failed</source>
        <translation>ユニットの読み取りに失敗しました</translation>
    </message>
    <message>
        <source>reading relations failed</source>
        <translation>リレーションの読み込みに失敗しました</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos;: use %2</source>
        <translation>不明なインポート形式 &apos;%1&apos; です。%2 を使用してください</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>標準入力を読み取れません</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: 読み取れません(%2)</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;: use %2</source>
        <translation>不明なエクスポート形式 &apos;%1&apos; です。%2 を使用してください</translation>
    </message>
    <message>
        <source>the node path &apos;%1&apos; has an empty part</source>
        <translation>ノードパス &apos;%1&apos; に空の要素があります</translation>
    </message>
    <message>
        <source>a node path is needed, such as company/shop/web</source>
        <translation>ノードパスが必要です(company/shop/web など)</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;; see `opsdeck machine list`</source>
        <translation>&apos;%1&apos; という名前のマシンはありません。`opsdeck machine list` を参照してください</translation>
    </message>
    <message>
        <source>no tree node &apos;%1&apos;; see `opsdeck tree list`</source>
        <translation>ツリーノード &apos;%1&apos; はありません。`opsdeck tree list` を参照してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, not a service; units and relations belong to service nodes</source>
        <translation>&apos;%1&apos; は %2 であり、サービスではありません。ユニットとリレーションはサービスノードに属します</translation>
    </message>
    <message>
        <source>a machine needs a name</source>
        <translation>マシンには名前が必要です</translation>
    </message>
    <message>
        <source>the machine name &apos;%1&apos; contains a space or &apos;/&apos;; choose another</source>
        <translation>マシン名 &apos;%1&apos; に空白または &apos;/&apos; が含まれています。別の名前を選んでください</translation>
    </message>
    <message>
        <source>the SSH port %1 is outside 1-65535</source>
        <translation>SSH ポート %1 が 1-65535 の範囲外です</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; already exists (state %2); allowed events from %2: %3</source>
        <translation>マシン &apos;%1&apos; は既に存在します(状態 %2)。%2 から許可されるイベント: %3</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is %2: event &apos;%3&apos; is not allowed from %2; allowed events from %2: %4</source>
        <translation>マシン &apos;%1&apos; は %2 です: %2 からはイベント &apos;%3&apos; は許可されません。%2 から許可されるイベント: %4</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; needs an address (--address)</source>
        <translation>マシン &apos;%1&apos; にはアドレスが必要です(--address)</translation>
    </message>
    <message>
        <source>no machine named</source>
        <translation>その名前のマシンはありません</translation>
    </message>
    <message>
        <source>changing machine states failed</source>
        <translation>マシンの状態変更に失敗しました</translation>
    </message>
    <message>
        <source>removing a machine failed</source>
        <translation>マシンの削除に失敗しました</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; needs an address</source>
        <translation>マシン &apos;%1&apos; にはアドレスが必要です</translation>
    </message>
    <message>
        <source>the machine Opsdeck runs on, registered on first start</source>
        <translation>Opsdeck が動作しているマシン(初回起動時に登録)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT (such as db.example.com:5432)</source>
        <translation>&apos;%1&apos; は HOST:PORT(db.example.com:5432 など)ではありません</translation>
    </message>
    <message>
        <source>the port %1 is outside 1-65535</source>
        <translation>ポート %1 が 1-65535 の範囲外です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot need itself</source>
        <translation>&apos;%1&apos; は自分自身を必要とすることはできません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already needs &apos;%2&apos;</source>
        <translation>&apos;%1&apos; は既に &apos;%2&apos; を必要としています</translation>
    </message>
    <message>
        <source>no relation with id %1; see `opsdeck relation list`</source>
        <translation>ID %1 のリレーションはありません。`opsdeck relation list` を参照してください</translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; already exists (a %2)</source>
        <translation>ノード &apos;%1&apos; は既に存在します(%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a service: a service holds units, not other nodes</source>
        <translation>&apos;%1&apos; はサービスです。サービスが保持するのはユニットであり、他のノードは保持できません</translation>
    </message>
    <message>
        <source>unknown node kind &apos;%1&apos;: use folder, group or service</source>
        <translation>不明なノード種別 &apos;%1&apos; です。folder、group、service のいずれかを使用してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2: only a folder can be a product line</source>
        <translation>&apos;%1&apos; は %2 です。プロダクトラインにできるのはフォルダーだけです</translation>
    </message>
    <message>
        <source>a node name is one word without &apos;/&apos;</source>
        <translation>ノード名は &apos;/&apos; を含まない 1 語です</translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; already exists</source>
        <translation>ノード &apos;%1&apos; は既に存在します</translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos; into itself (&apos;%2&apos;)</source>
        <translation>&apos;%1&apos; をそれ自身の中(&apos;%2&apos;)には移動できません</translation>
    </message>
    <message>
        <source>removing &apos;%1&apos; would also remove %2 nodes below it, %3 units, %4 machine bindings, %5 URLs and %6 relations; repeat with --force to remove them</source>
        <translation>&apos;%1&apos; を削除すると、配下のノード %2 個、ユニット %3 個、マシンのバインド %4 件、URL %5 件、リレーション %6 件も削除されます。削除するには --force を付けて再実行してください</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is not bound to &apos;%2&apos;</source>
        <translation>マシン &apos;%1&apos; は &apos;%2&apos; にバインドされていません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL with a scheme and a host, such as https://shop.example.com/</source>
        <translation>&apos;%1&apos; はスキームとホストを持つ URL(https://shop.example.com/ など)ではありません</translation>
    </message>
    <message>
        <source>the URL &apos;%1&apos; is not bound to &apos;%2&apos;</source>
        <translation>URL &apos;%1&apos; は &apos;%2&apos; にバインドされていません</translation>
    </message>
    <message>
        <source>the unit port %1 is outside 1-65535</source>
        <translation>ユニットのポート %1 が 1-65535 の範囲外です</translation>
    </message>
    <message>
        <source>adding units failed</source>
        <translation>ユニットの追加に失敗しました</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is %2: new units go only to READY machines (bring it online first: `opsdeck machine transition %1 online`)</source>
        <translation>マシン &apos;%1&apos; は %2 です。新しいユニットは READY のマシンにのみ追加できます(先にオンラインにしてください: `opsdeck machine transition %1 online`)</translation>
    </message>
    <message>
        <source>port %1 on machine &apos;%2&apos; is already used by a unit of &apos;%3&apos;</source>
        <translation>マシン &apos;%2&apos; のポート %1 は既に &apos;%3&apos; のユニットが使用しています</translation>
    </message>
    <message>
        <source>no unit of &apos;%1&apos; on &apos;%2&apos; at port %3</source>
        <translation>&apos;%2&apos; のポート %3 に &apos;%1&apos; のユニットはありません</translation>
    </message>
    <message>
        <source>cancelled by the operator; nothing was written</source>
        <translation>オペレーターによってキャンセルされました。何も書き込まれていません</translation>
    </message>
    <message>
        <source>a service has a health URL or a health command, not both</source>
        <translation>サービスに指定できるのはヘルス URL とヘルスコマンドのどちらか一方だけです</translation>
    </message>
    <message>
        <source>what a unit needs cannot be negative</source>
        <translation>ユニットが必要とするリソースに負の値は指定できません</translation>
    </message>
    <message>
        <source>a pool needs a name</source>
        <translation>リソースプールには名前が必要です</translation>
    </message>
    <message>
        <source>the init script failed (job %1): %2</source>
        <translation>初期化スクリプトが失敗しました(ジョブ %1): %2</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos;</source>
        <translation>マシン &apos;%1&apos;</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; was removed by another console; event &apos;%2&apos; was not applied</source>
        <translation>マシン &apos;%1&apos; は別のコンソールで削除されました。イベント &apos;%2&apos; は適用していません</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; was changed by %2 at %3: it is now %4, not %5; event &apos;%6&apos; was not applied. Its current values: %7</source>
        <translation>マシン &apos;%1&apos; は %3 に %2 が変更しました: 現在は %5 ではなく %4 です。イベント &apos;%6&apos; は適用していません。現在の値: %7</translation>
    </message>
    <message>
        <source>tree node &apos;%1&apos;</source>
        <translation>ツリーノード &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the tree node &apos;%1&apos; was removed by another console</source>
        <translation>ツリーノード &apos;%1&apos; は別のコンソールで削除されました</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;</source>
        <translation>サービス &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pool &apos;%1&apos;</source>
        <translation>リソースプール &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no pool &apos;%1&apos; (at version %2)</source>
        <translation>リソースプール &apos;%1&apos;(バージョン %2)はありません</translation>
    </message>
    <message>
        <source>the pool &apos;%1&apos; was removed</source>
        <translation>リソースプール &apos;%1&apos; は削除されました</translation>
    </message>
</context>
<context>
    <name>InventoryIo</name>
    <message>
        <source>&apos;%1&apos; is not a section header like [group], [group:children] or [group:vars]</source>
        <translation>&apos;%1&apos; は [group]、[group:children]、[group:vars] のようなセクションヘッダーではありません</translation>
    </message>
    <message>
        <source>unknown section kind &apos;:%1&apos; (use :children or :vars)</source>
        <translation>不明なセクション種別 &apos;:%1&apos; です(:children または :vars を使用してください)</translation>
    </message>
    <message>
        <source>expected key=value in [%1:vars], got &apos;%2&apos;</source>
        <translation>[%1:vars] には key=value が必要ですが &apos;%2&apos; がありました</translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; contains a space</source>
        <translation>変数名 &apos;%1&apos; に空白が含まれています</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引用符が閉じられていません</translation>
    </message>
    <message>
        <source>expected one group name in [%1:children], got &apos;%2&apos;</source>
        <translation>[%1:children] にはグループ名が 1 つ必要ですが &apos;%2&apos; がありました</translation>
    </message>
    <message>
        <source>expected key=value after the host name, got &apos;%1&apos;</source>
        <translation>ホスト名の後には key=value が必要ですが &apos;%1&apos; がありました</translation>
    </message>
    <message>
        <source>group &apos;all&apos; cannot be the child of another group</source>
        <translation>グループ &apos;all&apos; は他のグループの子にできません</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; cannot be its own child</source>
        <translation>グループ &apos;%1&apos; を自分自身の子にはできません</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a port (1-65535)</source>
        <translation>%1 &apos;%2&apos; はポート番号(1-65535)ではありません</translation>
    </message>
    <message>
        <source>opsdeck_kind &apos;%1&apos; is not folder, group or service</source>
        <translation>opsdeck_kind &apos;%1&apos; は folder、group、service のいずれでもありません</translation>
    </message>
    <message>
        <source>opsdeck_name &apos;%1&apos; is not a node name (not empty, no &apos;/&apos;, no outer spaces)</source>
        <translation>opsdeck_name &apos;%1&apos; はノード名として使えません(空不可、&apos;/&apos; 不可、前後の空白不可)</translation>
    </message>
    <message>
        <source>opsdeck_product_line &apos;%1&apos; is not true or false</source>
        <translation>opsdeck_product_line &apos;%1&apos; は true でも false でもありません</translation>
    </message>
    <message>
        <source>a variable needs a name</source>
        <translation>変数には名前が必要です</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; is not in the inventory</source>
        <translation>ホスト &apos;%1&apos; はインベントリにありません</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; is its own ancestor (through &apos;%2&apos;)</source>
        <translation>グループ &apos;%1&apos; は(&apos;%2&apos; を経由して)自分自身の祖先になっています</translation>
    </message>
    <message>
        <source>the groups give more than %1 tree nodes</source>
        <translation>グループから生成されるツリーノードが %1 個を超えています</translation>
    </message>
    <message>
        <source>group name &apos;%1&apos; cannot be a node name (&apos;/&apos; separates node names, and outer spaces are not kept); give the group an opsdeck_name var</source>
        <translation>グループ名 &apos;%1&apos; はノード名として使えません(&apos;/&apos; はノード名の区切りであり、前後の空白は保持されません)。グループに opsdeck_name 変数を指定してください</translation>
    </message>
    <message>
        <source>two groups give the node path &apos;%1&apos; (check opsdeck_name)</source>
        <translation>2 つのグループが同じノードパス &apos;%1&apos; になります(opsdeck_name を確認してください)</translation>
    </message>
    <message>
        <source>values nest too deeply</source>
        <translation>値の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value</source>
        <translation>マッピングのキーはプレーンな値でなければなりません</translation>
    </message>
    <message>
        <source>groups nest too deeply</source>
        <translation>グループの入れ子が深すぎます</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; must be a mapping of hosts, vars and children</source>
        <translation>グループ &apos;%1&apos; は hosts、vars、children のマッピングでなければなりません</translation>
    </message>
    <message>
        <source>group &apos;%1&apos;: skipped unknown key &apos;%2&apos; (use hosts, vars or children)</source>
        <translation>グループ &apos;%1&apos;: 不明なキー &apos;%2&apos; をスキップしました(hosts、vars、children を使用してください)</translation>
    </message>
    <message>
        <source>&apos;hosts&apos; of group &apos;%1&apos; must be a mapping of host names</source>
        <translation>グループ &apos;%1&apos; の &apos;hosts&apos; はホスト名のマッピングでなければなりません</translation>
    </message>
    <message>
        <source>a host name must be a plain value</source>
        <translation>ホスト名はプレーンな値でなければなりません</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; must be a mapping of vars</source>
        <translation>ホスト &apos;%1&apos; は vars のマッピングでなければなりません</translation>
    </message>
    <message>
        <source>a variable name must be a plain value</source>
        <translation>変数名はプレーンな値でなければなりません</translation>
    </message>
    <message>
        <source>&apos;vars&apos; of group &apos;%1&apos; must be a mapping</source>
        <translation>グループ &apos;%1&apos; の &apos;vars&apos; はマッピングでなければなりません</translation>
    </message>
    <message>
        <source>&apos;children&apos; of group &apos;%1&apos; must be a mapping of groups</source>
        <translation>グループ &apos;%1&apos; の &apos;children&apos; はグループのマッピングでなければなりません</translation>
    </message>
    <message>
        <source>a group name must be a plain value</source>
        <translation>グループ名はプレーンな値でなければなりません</translation>
    </message>
    <message>
        <source>an Ansible YAML inventory must be a mapping of groups (usually starting with &apos;all:&apos;)</source>
        <translation>Ansible の YAML インベントリはグループのマッピングでなければなりません(通常は &apos;all:&apos; で始まります)</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引用符で囲まれたフィールドが閉じられていません</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>閉じ引用符の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>host range [%1] must be [start:end] or [start:end:stride]</source>
        <translation>ホスト範囲 [%1] は [start:end] または [start:end:stride] の形式でなければなりません</translation>
    </message>
    <message>
        <source>host range [%1] has a stride that is not a positive number</source>
        <translation>ホスト範囲 [%1] の stride が正の数ではありません</translation>
    </message>
    <message>
        <source>host range [%1] has no end</source>
        <translation>ホスト範囲 [%1] に終了値がありません</translation>
    </message>
    <message>
        <source>host range [%1] starts after it ends</source>
        <translation>ホスト範囲 [%1] の開始が終了より後です</translation>
    </message>
    <message>
        <source>host range [%1] gives more than %2 names</source>
        <translation>ホスト範囲 [%1] から生成される名前が %2 個を超えています</translation>
    </message>
    <message>
        <source>host range [%1] must run between two numbers or two letters of the same case</source>
        <translation>ホスト範囲 [%1] は 2 つの数値、または大文字・小文字が同じ 2 つの文字の間で指定する必要があります</translation>
    </message>
    <message>
        <source>empty host name</source>
        <translation>ホスト名が空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in host &apos;%2&apos; is not a port (1-65535)</source>
        <translation>ホスト &apos;%2&apos; の &apos;%1&apos; はポート番号(1-65535)ではありません</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has a &apos;]&apos; without &apos;[&apos;</source>
        <translation>ホスト &apos;%1&apos; に &apos;[&apos; のない &apos;]&apos; があります</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has a &apos;[&apos; without &apos;]&apos;</source>
        <translation>ホスト &apos;%1&apos; に &apos;]&apos; のない &apos;[&apos; があります</translation>
    </message>
    <message>
        <source>host pattern &apos;%1&apos; gives more than %2 names</source>
        <translation>ホストパターン &apos;%1&apos; から生成される名前が %2 個を超えています</translation>
    </message>
    <message>
        <source>a header row is needed (name,address,port,pool,node_path)</source>
        <translation>ヘッダー行が必要です(name,address,port,pool,node_path)</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>ヘッダーの %1 列目に名前がありません</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>列 &apos;%1&apos; が 2 回出現しています</translation>
    </message>
    <message>
        <source>the header has no &apos;name&apos; column (expected name,address,port,pool,node_path)</source>
        <translation>ヘッダーに &apos;name&apos; 列がありません(name,address,port,pool,node_path が必要です)</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>フィールドが %1 個ありますが、ヘッダーは %2 個です</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is already on line %2</source>
        <translation>マシン &apos;%1&apos; は既に %2 行目にあります</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number between 1 and 65535</source>
        <translation>ポート &apos;%1&apos; は 1 から 65535 までの数値ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; は文字列でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of strings</source>
        <translation>「%1」は文字列の配列でなければなりません</translation>
    </message>
    <message>
        <source>&apos;port&apos; is required</source>
        <translation>「port」が必要です</translation>
    </message>
    <message>
        <source>port %1 is not a number between 1 and 65535</source>
        <translation>ポート %1 は 1 から 65535 までの数値ではありません</translation>
    </message>
    <message>
        <source>skipped unknown key &apos;%1&apos;</source>
        <translation>不明なキー &apos;%1&apos; をスキップしました</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>the inventory must be a JSON object with &apos;nodes&apos; and &apos;machines&apos;</source>
        <translation>インベントリは &apos;nodes&apos; と &apos;machines&apos; を持つ JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Opsdeck inventory</source>
        <translation>&apos;%1&apos; は Opsdeck のインベントリではありません</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Opsdeck reads version 1)</source>
        <translation>バージョン %1 はサポートされていません(この Opsdeck が読めるのはバージョン 1 です)</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列でなければなりません</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is listed twice</source>
        <translation>ノード &apos;%1&apos; が 2 回記載されています</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; comes before or without its parent &apos;%2&apos;</source>
        <translation>ノード &apos;%1&apos; が親 &apos;%2&apos; より前にあるか、親がありません</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is not folder, group or service</source>
        <translation>種類 &apos;%1&apos; は folder、group、service のいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;product_line&apos; must be true or false</source>
        <translation>&apos;product_line&apos; は true または false でなければなりません</translation>
    </message>
    <message>
        <source>&apos;vars&apos; must be an object</source>
        <translation>&apos;vars&apos; はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>a machine needs a name</source>
        <translation>マシンには名前が必要です</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is listed twice</source>
        <translation>マシン &apos;%1&apos; が 2 回記載されています</translation>
    </message>
    <message>
        <source>&apos;nodes&apos; must be an array of node paths</source>
        <translation>&apos;nodes&apos; はノードパスの配列でなければなりません</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is not in &apos;nodes&apos;</source>
        <translation>ノード &apos;%1&apos; が &apos;nodes&apos; にありません</translation>
    </message>
    <message>
        <source>&apos;meta&apos; must be an object</source>
        <translation>&apos;meta&apos; はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>a unit needs a &apos;service&apos; and a &apos;machine&apos;</source>
        <translation>ユニットには「service」と「machine」が必要です</translation>
    </message>
    <message>
        <source>the unit is listed twice</source>
        <translation>ユニットが重複しています</translation>
    </message>
    <message>
        <source>a relation needs a &apos;service&apos;</source>
        <translation>リレーションには「service」が必要です</translation>
    </message>
    <message>
        <source>a relation has either &apos;needs&apos; (a service) or &apos;endpoint&apos; (HOST:PORT)</source>
        <translation>リレーションは「needs」（サービス）か「endpoint」（HOST:PORT）のどちらか一方を持ちます</translation>
    </message>
    <message>
        <source>&apos;port&apos; belongs to a relation on a service, not on an endpoint</source>
        <translation>「port」はサービスへのリレーションに指定し、エンドポイントには指定しません</translation>
    </message>
    <message>
        <source>the relation is listed twice</source>
        <translation>リレーションが重複しています</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>有効な UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>a node path must not be empty</source>
        <translation>ノードパスを空にすることはできません</translation>
    </message>
    <message>
        <source>node path &apos;%1&apos; has an empty part</source>
        <translation>ノードパス &apos;%1&apos; に空の要素があります</translation>
    </message>
    <message>
        <source>node path &apos;%1&apos; has a part that starts or ends with a space</source>
        <translation>ノードパス &apos;%1&apos; に、空白で始まるか終わる要素があります</translation>
    </message>
    <message>
        <source>expected a keyword</source>
        <translation>キーワードが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; には値が必要です</translation>
    </message>
    <message>
        <source>skipped wildcard Host pattern &apos;%1&apos; (its settings still apply to the hosts it matches)</source>
        <translation>ワイルドカードの Host パターン &apos;%1&apos; をスキップしました(その設定は一致するホストには引き続き適用されます)</translation>
    </message>
    <message>
        <source>skipped Match block &apos;%1&apos; (it needs a live connection to evaluate)</source>
        <translation>Match ブロック &apos;%1&apos; をスキップしました(評価には実際の接続が必要です)</translation>
    </message>
    <message>
        <source>skipped Include &apos;%1&apos; (import that file on its own)</source>
        <translation>Include &apos;%1&apos; をスキップしました(そのファイルは個別にインポートしてください)</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is not a number between 1 and 65535</source>
        <translation>Port &apos;%1&apos; は 1 から 65535 までの数値ではありません</translation>
    </message>
    <message>
        <source>machine name &apos;%1&apos; contains a space, a control character or &apos;/&apos;</source>
        <translation>マシン名 &apos;%1&apos; に空白、制御文字、または &apos;/&apos; が含まれています</translation>
    </message>
    <message>
        <source>the file lists more than %1 hosts (ranges expanded); split it</source>
        <translation>ファイルに記載されたホストが %1 台を超えています(範囲は展開済み)。ファイルを分割してください</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: %2 &apos;%3&apos; is a Jinja template that is not a plain reference to a var of the host; not used (empty, port 22)</source>
        <translation>ホスト &apos;%1&apos;: %2 &apos;%3&apos; はホストの変数を単純に参照するものではない Jinja テンプレートです。使用しません(空、ポート 22)</translation>
    </message>
    <message>
        <source>host name %1 is not a string for Ansible (YAML reads it as a number or a boolean); put it in quotes</source>
        <translation>ホスト名 %1 は Ansible では文字列になりません(YAML が数値またはブール値として読み取ります)。引用符で囲んでください</translation>
    </message>
    <message>
        <source>skipped negated Host pattern &apos;%1&apos; (a negation: the block does not apply to the hosts it matches)</source>
        <translation>否定の Host パターン &apos;%1&apos; をスキップしました(否定: このブロックは一致するホストには適用されません)</translation>
    </message>
    <message>
        <source>ssh refuses this file: &apos;%1&apos; is not an OpenSSH keyword (&quot;Bad configuration option&quot;); line skipped</source>
        <translation>ssh はこのファイルを拒否します: &apos;%1&apos; は OpenSSH のキーワードではありません(&quot;Bad configuration option&quot;)。この行はスキップしました</translation>
    </message>
    <message>
        <source>ssh refuses this file: SetEnv &apos;%1&apos; is not NAME=VALUE (&quot;Invalid SetEnv&quot;); line skipped</source>
        <translation>ssh はこのファイルを拒否します: SetEnv &apos;%1&apos; が NAME=VALUE の形式ではありません(&quot;Invalid SetEnv&quot;)。この行はスキップしました</translation>
    </message>
</context>
<context>
    <name>JobClaims</name>
    <message>
        <source>%1 %2 is held by another deploy that has not ended; try again when it has</source>
        <translation>%1 %2 は終了していない別のデプロイが使用中です。終了してから再試行してください</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>%1 %2 is being deployed by job %3 (%4, %5 since %6): wait for it to end, or cancel it with `opsdeck job cancel %3`</source>
        <translation>%1 %2 はジョブ %3 がデプロイ中です（%4、%5、%6 から）: 終わるのを待つか、`opsdeck job cancel %3` でキャンセルしてください</translation>
    </message>
</context>
<context>
    <name>JobLogExport</name>
    <message>
        <source>== %1: %2, exit %3%4 ==
</source>
        <translation>== %1: %2、終了コード %3%4 ==
</translation>
    </message>
    <message>
        <source>(%1 bytes past the output cap were not kept)
</source>
        <translation>(出力の上限を超えた %1 バイトは保持されていません)
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>JobPreparer</name>
    <message>
        <source>no machine is bound to %1 or below it</source>
        <translation>%1 またはその配下にバインドされたマシンはありません</translation>
    </message>
    <message>
        <source>the service %1 has no units</source>
        <translation>サービス %1 にはユニットがありません</translation>
    </message>
    <message>
        <source>unknown host selection &apos;%1&apos; (hosts, node or service)</source>
        <translation>不明なホストの選択方法 &apos;%1&apos;(hosts、node または service)</translation>
    </message>
    <message>
        <source>--hosts names no host</source>
        <translation>--hosts にホストが指定されていません</translation>
    </message>
    <message>
        <source>a command job needs a command</source>
        <translation>コマンドジョブにはコマンドが必要です</translation>
    </message>
    <message>
        <source>a deploy job needs a package</source>
        <translation>デプロイジョブにはパッケージが必要です</translation>
    </message>
    <message>
        <source>deploying release %1 of %2 to %3 unit(s); hooks: %4</source>
        <translation>%2 のリリース %1 を %3 個のユニットにデプロイしています。フック: %4</translation>
    </message>
    <message>
        <source>a %1 job cannot be built from a template</source>
        <translation>%1 ジョブはテンプレートから作成できません</translation>
    </message>
    <message>
        <source>a %1 job cannot be saved as a template</source>
        <translation>%1 ジョブはテンプレートとして保存できません</translation>
    </message>
    <message>
        <source>no unit needs %1: nothing to notify</source>
        <translation>%1 を必要とするユニットはありません。通知するものはありません</translation>
    </message>
    <message>
        <source>a %1 job cannot be retried</source>
        <translation>%1 ジョブは再試行できません</translation>
    </message>
    <message>
        <source>job %1 is still %2</source>
        <translation>ジョブ %1 はまだ %2 です</translation>
    </message>
    <message>
        <source>retrying %1 host(s) of job %2: %3</source>
        <translation>ジョブ %2 の %1 台のホストを再試行しています: %3</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>killed by signal %1</source>
        <translation>シグナル %1 で強制終了されました</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <source>did not finish within %1 s</source>
        <translation>%1 秒以内に完了しませんでした</translation>
    </message>
    <message>
        <source>cancelled before step %1</source>
        <translation>ステップ %1 の前にキャンセルされました</translation>
    </message>
    <message>
        <source>%1; then %2 failed too: %3</source>
        <translation>%1。さらに %2 も失敗しました: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>%1 of %2 hosts failed</source>
        <translation>%2 台中 %1 台のホストが失敗しました</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>there is no job %1</source>
        <translation>ジョブ %1 はありません</translation>
    </message>
    <message>
        <source>job %1 has no host %2</source>
        <translation>ジョブ %1 にホスト %2 はありません</translation>
    </message>
    <message>
        <source>job %1 has already ended (%2)</source>
        <translation>ジョブ %1 は既に終了しています(%2)</translation>
    </message>
    <message>
        <source>job %1 has no running process to pause or resume it (see `opsdeck job show %1`)</source>
        <translation>ジョブ %1 には一時停止・再開できる実行中のプロセスがありません（`opsdeck job show %1` を参照）</translation>
    </message>
    <message>
        <source>job %1 is already paused</source>
        <translation>ジョブ %1 はすでに一時停止しています</translation>
    </message>
    <message>
        <source>job %1 is not paused (%2)</source>
        <translation>ジョブ %1 は一時停止していません（%2）</translation>
    </message>
    <message>
        <source>Opsdeck stopped while this host ran</source>
        <translation>このホストの実行中に Opsdeck が停止しました</translation>
    </message>
</context>
<context>
    <name>JobTemplateStore</name>
    <message>
        <source>job template &apos;%1&apos;</source>
        <translation>ジョブテンプレート &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a job template needs a name</source>
        <translation>ジョブテンプレートには名前が必要です</translation>
    </message>
    <message>
        <source>job template &apos;%1&apos; was removed by another console; it was at version %2</source>
        <translation>ジョブテンプレート &apos;%1&apos; は別のコンソールで削除されました(削除時のバージョンは %2 です)</translation>
    </message>
    <message>
        <source>job template &apos;%1&apos; was removed by another console</source>
        <translation>ジョブテンプレート &apos;%1&apos; は別のコンソールで削除されました</translation>
    </message>
    <message>
        <source>there is no job template %1 (see `opsdeck job template list`)</source>
        <translation>ジョブテンプレート %1 はありません(`opsdeck job template list` を参照)</translation>
    </message>
    <message>
        <source>there is no job template %1</source>
        <translation>ジョブテンプレート %1 はありません</translation>
    </message>
</context>
<context>
    <name>KeychainSecretProvider</name>
    <message>
        <source>no secret named &apos;%1&apos; in the keychain; store the password or token there under service &quot;opsdeck&quot;, key &apos;%1&apos;</source>
        <translation>キーチェーンに &apos;%1&apos; という名前のシークレットがありません。サービス &quot;opsdeck&quot;、キー &apos;%1&apos; でパスワードまたはトークンを保存してください</translation>
    </message>
    <message>
        <source>cannot read the secret &apos;%1&apos; from the keychain: %2</source>
        <translation>キーチェーンからシークレット &apos;%1&apos; を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>KnownHostsStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the host key of %1 is unknown (%2 %3); accept it after checking the fingerprint (--accept-new)</source>
        <translation>%1 のホスト鍵が不明です(%2 %3)。フィンガープリントを確認してから受け入れてください(--accept-new)</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED: it is now %2 %3, %4:%5 holds %6; refused (someone may be intercepting the connection, or the host was reinstalled: remove that line once you know which)</source>
        <translation>%1 のホスト鍵が変更されています: 現在は %2 %3 ですが、%4:%5 には %6 が記録されています。拒否しました(誰かが接続を傍受しているか、ホストが再インストールされた可能性があります。どちらか判明したらその行を削除してください)</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) is marked @revoked in %4:%5; refused</source>
        <translation>%1 のホスト鍵(%2 %3)は %4:%5 で @revoked とマークされています。拒否しました</translation>
    </message>
</context>
<context>
    <name>KuradoLines</name>
    <message>
        <source>expected [ip&lt;TAB&gt;]key&lt;TAB&gt;value&lt;TAB&gt;timestamp</source>
        <translation>[ip&lt;TAB&gt;]key&lt;TAB&gt;value&lt;TAB&gt;timestamp の形式が必要です</translation>
    </message>
    <message>
        <source>empty key</source>
        <translation>キーが空です</translation>
    </message>
    <message>
        <source>space or control character in key</source>
        <translation>キーに空白または制御文字が含まれています</translation>
    </message>
    <message>
        <source>key is not valid UTF-8</source>
        <translation>キーが有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>timestamp is not an integer</source>
        <translation>タイムスタンプが整数ではありません</translation>
    </message>
    <message>
        <source>missing timestamp</source>
        <translation>タイムスタンプがありません</translation>
    </message>
    <message>
        <source>key names no metric</source>
        <translation>キーがどのメトリクスも示していません</translation>
    </message>
    <message>
        <source>meta value is not valid UTF-8</source>
        <translation>メタ値が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>value is not a finite number</source>
        <translation>値が有限の数値ではありません</translation>
    </message>
</context>
<context>
    <name>LifecycleLink</name>
    <message>
        <source>check %1 failed %2 times: %3</source>
        <translation>チェック %1 が %2 回失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>LocalCollector</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot measure %1: %2</source>
        <translation>%1 を計測できません: %2</translation>
    </message>
    <message>
        <source>/proc/stat lists no cpuN line</source>
        <translation>/proc/stat に cpuN の行がありません</translation>
    </message>
    <message>
        <source>nothing could be read from %1: %2</source>
        <translation>%1 から何も読み取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>MachineCharts</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Load average</source>
        <translation>ロードアベレージ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>used</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>buffers</source>
        <translation>バッファ</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Network traffic</source>
        <translation>ネットワークトラフィック</translation>
    </message>
    <message>
        <source>%1 rx</source>
        <translation>%1 受信</translation>
    </message>
    <message>
        <source>%1 tx</source>
        <translation>%1 送信</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>ディスク I/O</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 読み取り</translation>
    </message>
    <message>
        <source>%1 write</source>
        <translation>%1 書き込み</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>ディスク使用量</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>使用率 %</translation>
    </message>
</context>
<context>
    <name>MachineMetaWriter</name>
    <message>
        <source>cannot store the machine&apos;s meta</source>
        <translation>マシンのメタ情報を保存できません</translation>
    </message>
</context>
<context>
    <name>MaintenanceStore</name>
    <message>
        <source>there is no maintenance window %1; see opsdeck check maintenance list</source>
        <translation>メンテナンスウィンドウ %1 はありません。opsdeck check maintenance list を参照してください</translation>
    </message>
    <message>
        <source>a maintenance window must end after it starts</source>
        <translation>メンテナンスウィンドウの終了は開始より後でなければなりません</translation>
    </message>
    <message>
        <source>a maintenance reason takes at most %1 characters</source>
        <translation>メンテナンスの理由は %1 文字以内でなければなりません</translation>
    </message>
    <message>
        <source>the new maintenance window could not be read back</source>
        <translation>新しいメンテナンスウィンドウを読み戻せませんでした</translation>
    </message>
</context>
<context>
    <name>MetricStore</name>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation>範囲の終了(%1)が開始(%2)より前です</translation>
    </message>
    <message>
        <source>the number of points must not be negative</source>
        <translation>ポイント数を負にすることはできません</translation>
    </message>
    <message>
        <source>no series %1 in the metrics cache</source>
        <translation>メトリクスキャッシュに系列 %1 がありません</translation>
    </message>
    <message>
        <source>the range is too long for one query; ask for a shorter one</source>
        <translation>1 回のクエリには範囲が長すぎます。短い範囲を指定してください</translation>
    </message>
</context>
<context>
    <name>NagiosOutput</name>
    <message>
        <source>&apos;%1&apos;: no label=value</source>
        <translation>&apos;%1&apos;: label=value がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: empty label</source>
        <translation>&apos;%1&apos;: ラベルが空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the value is not a number</source>
        <translation>&apos;%1&apos;: 値が数値ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown unit of measurement</source>
        <translation>&apos;%1&apos;: 不明な単位です</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the minimum is not a number</source>
        <translation>&apos;%1&apos;: 最小値が数値ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the maximum is not a number</source>
        <translation>&apos;%1&apos;: 最大値が数値ではありません</translation>
    </message>
    <message>
        <source>more than %1 performance data items; the rest is ignored</source>
        <translation>パフォーマンスデータが %1 項目を超えています。残りは無視します</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>importance %1 is below the threshold %2</source>
        <translation>重要度 %1 はしきい値 %2 未満です</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>%1 までサイレンス中</translation>
    </message>
    <message>
        <source>maintenance of %1 until %2</source>
        <translation>%1 はメンテナンス中(%2 まで)</translation>
    </message>
    <message>
        <source>quiet hours %1</source>
        <translation>通知停止時間帯 %1</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>失敗中</translation>
    </message>
    <message>
        <source>its failure was not notified</source>
        <translation>失敗が通知されていませんでした</translation>
    </message>
    <message>
        <source>not a failure nor a recovery</source>
        <translation>失敗でも復旧でもありません</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>復旧済み</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>unknown format &apos;%1&apos;: use json, csv, table or text</source>
        <translation>不明な形式 &apos;%1&apos; です。json、csv、table、text のいずれかを使用してください</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>%1: the entry %2 points outside the package</source>
        <translation>%1: エントリ %2 がパッケージの外を指しています</translation>
    </message>
    <message>
        <source>%1: the link %2 points outside the package (%3)</source>
        <translation>%1: リンク %2 がパッケージの外を指しています(%3)</translation>
    </message>
    <message>
        <source>%1: hooks/%2 is not a regular file</source>
        <translation>%1: hooks/%2 は通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1: hooks/%2 is not executable (chmod +x it before packing)</source>
        <translation>%1: hooks/%2 が実行可能ではありません(パッケージ化する前に chmod +x してください)</translation>
    </message>
    <message>
        <source>cannot read the package %1: %2</source>
        <translation>パッケージ %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>%1 is not a .tar.gz package: %2</source>
        <translation>%1 は .tar.gz パッケージではありません: %2</translation>
    </message>
    <message>
        <source>%1 is not gzip-compressed: a package is a .tar.gz</source>
        <translation>%1 は gzip 圧縮されていません。パッケージは .tar.gz です</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 が空です</translation>
    </message>
    <message>
        <source>%1 has no hooks: a package needs at least one of hooks/%2</source>
        <translation>%1 にフックがありません。パッケージには hooks/%2 のうち少なくとも 1 つが必要です</translation>
    </message>
</context>
<context>
    <name>PanelEvaluator</name>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>ノード &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>no machine to read</source>
        <translation>読み取るマシンがありません</translation>
    </message>
    <message>
        <source>no machine to read under %1</source>
        <translation>%1 の配下に読み取るマシンがありません</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>プロダクトライン</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>PanelSeries</name>
    <message>
        <source>%1 has no disk-usage series</source>
        <translation>%1 にはディスク使用率の系列がありません</translation>
    </message>
</context>
<context>
    <name>PathAdmission</name>
    <message>
        <source>%1 line %2: &apos;%3&apos; is not a regular expression: %4</source>
        <translation>%1 %2 行目: &apos;%3&apos; は正規表現ではありません: %4</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>no charts to write</source>
        <translation>書き出すグラフがありません</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF を開始できません</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF</source>
        <translation>PDF にページを追加できません</translation>
    </message>
    <message>
        <source>%1 · generated %2</source>
        <translation>%1 · %2 に生成</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>PDF を完成できません</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（続き）</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>行なし</translation>
    </message>
</context>
<context>
    <name>PlacementPlanner</name>
    <message>
        <source>no room for %1 more units: %2 would fit on the %3 READY machines of the pool</source>
        <translation>あと %1 個のユニットを配置する余地がありません: リソースプールの READY のマシン %3 台に収まるのは %2 個です</translation>
    </message>
    <message>
        <source> (%1 of them have no collected processors or memory-total)</source>
        <translation> (そのうち %1 台は processors または memory-total が収集されていません)</translation>
    </message>
</context>
<context>
    <name>PluginConfig</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2 行目</translation>
    </message>
    <message>
        <source>%1: [plugin.metrics.%2] must be a table whose name holds only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>%1: [plugin.metrics.%2] はテーブルでなければならず、名前には英字、数字、&apos;-&apos;、&apos;_&apos; のみ使用できます</translation>
    </message>
    <message>
        <source>%1: timeout must be seconds (e.g. 10 or &quot;30s&quot;), at most one hour</source>
        <translation>%1: timeout は秒数(10 や &quot;30s&quot; など)で、1 時間以下でなければなりません</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; ignored</source>
        <translation>%1: 不明なキー &apos;%2&apos; を無視しました</translation>
    </message>
    <message>
        <source>%1: [plugin.metrics.%2] has no command (command = &quot;...&quot;)</source>
        <translation>%1: [plugin.metrics.%2] にコマンドがありません(command = &quot;...&quot;)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: only [plugin.metrics.NAME] tables are read; &apos;%2&apos; ignored</source>
        <translation>%1: 読み込むのは [plugin.metrics.NAME] テーブルのみです。&apos;%2&apos; は無視しました</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: plugin %2 is defined by an earlier file; this one is ignored</source>
        <translation>%1: プラグイン %2 は前のファイルで定義済みです。このファイルの定義は無視します</translation>
    </message>
</context>
<context>
    <name>PluginRunner</name>
    <message>
        <source>cannot run /bin/sh: %1</source>
        <translation>/bin/sh を実行できません: %1</translation>
    </message>
    <message>
        <source>no exit within %1 s; killed</source>
        <translation>%1 秒以内に終了しなかったため、強制終了しました</translation>
    </message>
    <message>
        <source>crashed: %1</source>
        <translation>クラッシュしました: %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>終了ステータス %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not in Kurado&apos;s format: %1</source>
        <translation>
            <numerusform>Kurado の形式でない行が %n 行あります: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>PollExecutor</name>
    <message>
        <source>the keychain entry &apos;%1&apos; must hold user:password when the source names no user</source>
        <translation>ソースにユーザーが指定されていない場合、キーチェーンのエントリ &apos;%1&apos; には user:password を保存する必要があります</translation>
    </message>
    <message>
        <source>source %1 needs the secret &apos;%2&apos; but no keychain is available</source>
        <translation>ソース %1 にはシークレット &apos;%2&apos; が必要ですが、利用できるキーチェーンがありません</translation>
    </message>
    <message>
        <source>cannot read the answer of %1: %2</source>
        <translation>%1 の応答を読み取れません: %2</translation>
    </message>
    <message>
        <source>fetched but not stored: %1</source>
        <translation>取得しましたが保存されていません: %1</translation>
    </message>
    <message>
        <source>ssh sources cannot be polled here</source>
        <translation>ssh ソースはここではポーリングできません</translation>
    </message>
    <message>
        <source>cannot read the output of %1: %2</source>
        <translation>%1 の出力を読み取れません: %2</translation>
    </message>
    <message>
        <source>read but not stored: %1</source>
        <translation>読み取りましたが保存していません: %1</translation>
    </message>
</context>
<context>
    <name>ProcParsers</name>
    <message>
        <source>%1 is truncated: no complete line</source>
        <translation>%1 が途中で切れています: 完全な行がありません</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 が空です</translation>
    </message>
    <message>
        <source>/proc/stat line %1: the cpu line has %2 readable columns, needs at least 4</source>
        <translation>/proc/stat %1 行目: cpu 行の読み取り可能な列は %2 個です。少なくとも 4 個必要です</translation>
    </message>
    <message>
        <source>/proc/stat has no cpu line</source>
        <translation>/proc/stat に cpu 行がありません</translation>
    </message>
    <message>
        <source>/proc/loadavg: expected three load averages, got &quot;%1&quot;</source>
        <translation>/proc/loadavg: 3 つのロードアベレージが必要ですが &quot;%1&quot; でした</translation>
    </message>
    <message>
        <source>/proc/meminfo has no readable MemTotal line</source>
        <translation>/proc/meminfo に読み取り可能な MemTotal 行がありません</translation>
    </message>
    <message>
        <source>/proc/diskstats has no readable device line</source>
        <translation>/proc/diskstats に読み取り可能なデバイス行がありません</translation>
    </message>
    <message>
        <source>/proc/net/dev has no readable interface line</source>
        <translation>/proc/net/dev に読み取り可能なインターフェース行がありません</translation>
    </message>
    <message>
        <source>/proc/net/snmp: the Tcp header has no CurrEstab column</source>
        <translation>/proc/net/snmp: Tcp ヘッダーに CurrEstab 列がありません</translation>
    </message>
    <message>
        <source>/proc/net/snmp: the Tcp value line is too short</source>
        <translation>/proc/net/snmp: Tcp の値の行が短すぎます</translation>
    </message>
    <message>
        <source>/proc/net/snmp: CurrEstab is not a number: &quot;%1&quot;</source>
        <translation>/proc/net/snmp: CurrEstab が数値ではありません: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>/proc/net/snmp has no Tcp lines</source>
        <translation>/proc/net/snmp に Tcp 行がありません</translation>
    </message>
    <message>
        <source>/proc/net/snmp has no Tcp value line</source>
        <translation>/proc/net/snmp に Tcp の値の行がありません</translation>
    </message>
    <message>
        <source>/proc/mounts has no readable mount line</source>
        <translation>/proc/mounts に読み取り可能なマウント行がありません</translation>
    </message>
    <message>
        <source>/proc/uptime: expected seconds, got &quot;%1&quot;</source>
        <translation>/proc/uptime: 秒数が必要ですが &quot;%1&quot; でした</translation>
    </message>
    <message>
        <source>/proc/version is blank</source>
        <translation>/proc/version が空です</translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>bad metric name in HELP or TYPE line</source>
        <translation>HELP または TYPE 行のメトリクス名が不正です</translation>
    </message>
    <message>
        <source>unknown metric type in TYPE line</source>
        <translation>TYPE 行のメトリクスの型が不明です</translation>
    </message>
    <message>
        <source>second TYPE line for the same metric</source>
        <translation>同じメトリクスに対する 2 つ目の TYPE 行です</translation>
    </message>
    <message>
        <source>a sample line must start with a metric name</source>
        <translation>サンプル行はメトリクス名で始まる必要があります</translation>
    </message>
    <message>
        <source>unterminated label set</source>
        <translation>ラベルセットが閉じられていません</translation>
    </message>
    <message>
        <source>bad label name</source>
        <translation>ラベル名が不正です</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after a label name</source>
        <translation>ラベル名の後に &apos;=&apos; が必要です</translation>
    </message>
    <message>
        <source>expected a quoted label value</source>
        <translation>引用符で囲まれたラベル値が必要です</translation>
    </message>
    <message>
        <source>unterminated label value or unknown escape</source>
        <translation>ラベル値が閉じられていないか、不明なエスケープがあります</translation>
    </message>
    <message>
        <source>duplicate label name</source>
        <translation>ラベル名が重複しています</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in the label set</source>
        <translation>ラベルセットに &apos;,&apos; または &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>bad character in metric name</source>
        <translation>メトリクス名に不正な文字があります</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>value is not a number</source>
        <translation>値が数値ではありません</translation>
    </message>
    <message>
        <source>timestamp is not an integer</source>
        <translation>タイムスタンプが整数ではありません</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp</source>
        <translation>タイムスタンプの後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>label value is not valid UTF-8</source>
        <translation>ラベル値が有効な UTF-8 ではありません</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos; is not a time: use a number with s, m, h, d, w or y, like 60s:1d,5m:7d,15m:3y</source>
        <translation>保持期間 &apos;%2&apos; の &apos;%1&apos; は時間ではありません。60s:1d,5m:7d,15m:3y のように、数値に s、m、h、d、w、y を付けて指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos; must be more than zero</source>
        <translation>保持期間 &apos;%2&apos; の &apos;%1&apos; は 0 より大きくなければなりません</translation>
    </message>
    <message>
        <source>the retention is empty: give precision:duration pairs like 60s:1d,5m:7d,15m:3y</source>
        <translation>保持期間が空です。60s:1d,5m:7d,15m:3y のように精度:期間の組を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos; is not precision:duration (like 5m:7d)</source>
        <translation>保持期間 &apos;%2&apos; の &apos;%1&apos; は 精度:期間(5m:7d など)の形式ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos; keeps less than one point of its precision</source>
        <translation>保持期間 &apos;%2&apos; の &apos;%1&apos; では、精度の 1 ポイント分にも満たない期間しか保持されません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos;: each precision must be coarser than the one before it</source>
        <translation>保持期間 &apos;%2&apos; の &apos;%1&apos;: 各精度は直前の精度より粗くなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos;: each precision must be a whole multiple of the one before it</source>
        <translation>保持期間 &apos;%2&apos; の &apos;%1&apos;: 各精度は直前の精度の整数倍でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos;: the archive before it keeps less than one of its points, so it could never be rolled up</source>
        <translation>保持期間 &apos;%2&apos; の &apos;%1&apos;: 直前のアーカイブの保持期間がこのアーカイブの 1 ポイントに満たないため、ロールアップできません</translation>
    </message>
    <message>
        <source>the retention &apos;%1&apos; has more than 8 archives</source>
        <translation>保持期間 &apos;%1&apos; のアーカイブが 8 個を超えています</translation>
    </message>
    <message>
        <source>the setting %1 is not a valid retention: %2</source>
        <translation>設定 %1 は有効な保持期間ではありません: %2</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2 行目</translation>
    </message>
    <message>
        <source>%1: section [%2] has no retentions</source>
        <translation>%1: セクション [%2] に retentions がありません</translation>
    </message>
    <message>
        <source>%1: section [%2] has no pattern</source>
        <translation>%1: セクション [%2] に pattern がありません</translation>
    </message>
    <message>
        <source>%1 line %2: an empty section name</source>
        <translation>%1 %2 行目: セクション名が空です</translation>
    </message>
    <message>
        <source>%1 line %2: expected [section] or key = value</source>
        <translation>%1 %2 行目: [section] または key = value が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot name a rule</source>
        <translation>&apos;%1&apos; はルール名として使えません</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; is not a regular expression: %2</source>
        <translation>パターン &apos;%1&apos; は正規表現ではありません: %2</translation>
    </message>
    <message>
        <source>the setting %1 is not valid: %2</source>
        <translation>設定 %1 は無効です: %2</translation>
    </message>
</context>
<context>
    <name>Rollout</name>
    <message>
        <source>the canary host %1 failed</source>
        <translation>カナリアホスト %1 が失敗しました</translation>
    </message>
    <message>
        <source>%1 of %2 hosts failed, more than %3%</source>
        <translation>%2 台中 %1 台のホストが失敗しました(%3% 超)</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (now version %4; your change was based on version %5). Its current values: %6. Reload and try again.</source>
        <translation>%1 は %3 に %2 が変更しました（現在バージョン %4、あなたの変更はバージョン %5 が元です）。現在の値: %6。読み直してからやり直してください。</translation>
    </message>
</context>
<context>
    <name>ScaleOut</name>
    <message>
        <source>%1 has %2 units already; scaling in is `opsdeck unit remove`</source>
        <translation>%1 には既に %2 個のユニットがあります。スケールインは `opsdeck unit remove` で行います</translation>
    </message>
    <message>
        <source>%1 has no units yet: give the port with --port</source>
        <translation>%1 にはまだユニットがありません。--port でポートを指定してください</translation>
    </message>
</context>
<context>
    <name>SecretProviderCredentials</name>
    <message>
        <source>the keychain&apos;s secret &apos;%1&apos; is wrong; correct it there</source>
        <translation>キーチェーンのシークレット &apos;%1&apos; が正しくありません。キーチェーンで修正してください</translation>
    </message>
    <message>
        <source>the keychain is gone</source>
        <translation>キーチェーンが利用できなくなりました</translation>
    </message>
</context>
<context>
    <name>SmtpNotifier</name>
    <message>
        <source>the SMTP server %1 refused the login of user &apos;%2&apos; (wrong password?)</source>
        <translation>SMTP サーバー %1 がユーザー &apos;%2&apos; のログインを拒否しました(パスワードの誤り?)</translation>
    </message>
    <message>
        <source>the SMTP server %1 does not offer STARTTLS; nothing was sent (the password is never sent in clear)</source>
        <translation>SMTP サーバー %1 は STARTTLS に対応していません。何も送信していません(パスワードを平文で送信することはありません)</translation>
    </message>
    <message>
        <source>could not connect to the SMTP server %1</source>
        <translation>SMTP サーバー %1 に接続できませんでした</translation>
    </message>
    <message>
        <source>the SMTP server&apos;s host &apos;%1&apos; is not known</source>
        <translation>SMTP サーバーのホスト &apos;%1&apos; が不明です</translation>
    </message>
    <message>
        <source>the SMTP server %1 did not answer in time</source>
        <translation>SMTP サーバー %1 が時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the SMTP server %1&apos;s certificate is not trusted: %2</source>
        <translation>SMTP サーバー %1 の証明書は信頼されていません: %2</translation>
    </message>
    <message>
        <source>sending e-mail through %1 failed: %2</source>
        <translation>%1 経由のメール送信に失敗しました: %2</translation>
    </message>
    <message>
        <source>e-mail is not set up: opsdeck alert config --smtp-server H --smtp-from A --smtp-to A</source>
        <translation>メールが設定されていません: opsdeck alert config --smtp-server H --smtp-from A --smtp-to A</translation>
    </message>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl を開始できません</translation>
    </message>
</context>
<context>
    <name>SourceOutage</name>
    <message>
        <source>metric source %1</source>
        <translation>メトリクスソース %1</translation>
    </message>
    <message>
        <source>metric source %1 is down; its checks are unknown until it answers again: %2</source>
        <translation>メトリクスソース %1 がダウンしています。再び応答するまで、そのチェックは不明になります: %2</translation>
    </message>
    <message>
        <source>metric source %1 answers again after %2 s</source>
        <translation>メトリクスソース %1 が %2 秒後に再び応答しました</translation>
    </message>
</context>
<context>
    <name>SourceOverview</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ダウン</translation>
    </message>
</context>
<context>
    <name>SourceProtocol</name>
    <message>
        <source>the page is not in the Prometheus text format (%1 malformed lines; first: %2)</source>
        <translation>ページが Prometheus テキスト形式ではありません(不正な行 %1 行。最初の行: %2)</translation>
    </message>
    <message>
        <source>%1 at %2: value is not finite</source>
        <translation>%1 の %2: 値が有限ではありません</translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <source>a source needs a URL</source>
        <translation>ソースには URL が必要です</translation>
    </message>
    <message>
        <source>bind a source to --machine or to --node, not both</source>
        <translation>ソースは --machine と --node のどちらか一方にバインドしてください</translation>
    </message>
    <message>
        <source>a node-exporter source needs --machine NAME or --node PATH</source>
        <translation>node-exporter ソースには --machine NAME または --node PATH が必要です</translation>
    </message>
    <message>
        <source>a %1 source needs --query EXPR</source>
        <translation>%1 ソースには --query EXPR が必要です</translation>
    </message>
    <message>
        <source>--query is for graphite, prometheus and opentsdb sources</source>
        <translation>--query は graphite、prometheus、opentsdb ソース用です</translation>
    </message>
    <message>
        <source>interval, timeout and step must be positive</source>
        <translation>interval、timeout、step は正の値でなければなりません</translation>
    </message>
    <message>
        <source>the timeout (%1 s) must not be longer than the interval (%2 s)</source>
        <translation>タイムアウト(%1 秒)はポーリング間隔(%2 秒)より長くできません</translation>
    </message>
    <message>
        <source>--auth %1 needs --secret-name NAME (the keychain entry that holds the secret)</source>
        <translation>--auth %1 には --secret-name NAME(シークレットを保持するキーチェーンのエントリ)が必要です</translation>
    </message>
    <message>
        <source>--secret-name needs --auth basic or --auth bearer</source>
        <translation>--secret-name には --auth basic または --auth bearer が必要です</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;; add it with opsdeck machine add</source>
        <translation>&apos;%1&apos; という名前のマシンはありません。opsdeck machine add で追加してください</translation>
    </message>
    <message>
        <source>no source with id %1; see opsdeck source list</source>
        <translation>ID %1 のソースはありません。opsdeck source list を参照してください</translation>
    </message>
    <message>
        <source>the service tree is not available in this database; bind the source with --machine NAME</source>
        <translation>このデータベースではサービスツリーを利用できません。--machine NAME でソースをバインドしてください</translation>
    </message>
    <message>
        <source>no tree node &apos;%1&apos;; see opsdeck tree list</source>
        <translation>ツリーノード &apos;%1&apos; はありません。opsdeck tree list を参照してください</translation>
    </message>
    <message>
        <source>an ssh source has no URL: it runs --command CMD (default: read /proc)</source>
        <translation>ssh ソースには URL がありません: --command CMD を実行します(既定: /proc を読み取る)</translation>
    </message>
    <message>
        <source>an ssh source needs --machine NAME or --node PATH</source>
        <translation>ssh ソースには --machine NAME または --node PATH が必要です</translation>
    </message>
    <message>
        <source>an ssh source authenticates as the machine&apos;s SSH user, not with --auth</source>
        <translation>ssh ソースは --auth ではなく、マシンの SSH ユーザーとして認証します</translation>
    </message>
    <message>
        <source>interval and timeout must be positive</source>
        <translation>間隔とタイムアウトは正の値でなければなりません</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>ソース %1</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>SourceTargetsModel</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>SshCollect</name>
    <message>
        <source>%1 printed no /proc/%2</source>
        <translation>%1 は /proc/%2 を出力しませんでした</translation>
    </message>
    <message>
        <source>df printed nothing for %1</source>
        <translation>df は %1 について何も出力しませんでした</translation>
    </message>
    <message>
        <source>no Kurado line could be read (%1 malformed): %2</source>
        <translation>Kurado の行を 1 行も読み取れませんでした(%1 行が不正な形式): %2</translation>
    </message>
</context>
<context>
    <name>SshSourcePoller</name>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: %2 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>%1: the command printed more than %2 bytes</source>
        <translation>%1: コマンドの出力が %2 バイトを超えました</translation>
    </message>
    <message>
        <source>%1: the command exited with status %2</source>
        <translation>%1: コマンドがステータス %2 で終了しました</translation>
    </message>
    <message>
        <source>%1: the command died of signal %2</source>
        <translation>%1: コマンドがシグナル %2 で強制終了されました</translation>
    </message>
</context>
<context>
    <name>StopSignal</name>
    <message>
        <source>cannot set up signal handling</source>
        <translation>シグナル処理を設定できません</translation>
    </message>
</context>
<context>
    <name>TableCatalog</name>
    <message>
        <source>no table named %1</source>
        <translation>%1 という名前のテーブルはありません</translation>
    </message>
    <message>
        <source>the tables&apos; foreign keys form a cycle</source>
        <translation>テーブルの外部キーが循環しています</translation>
    </message>
</context>
<context>
    <name>TeamAccess</name>
    <message>
        <source>the database did not say who is connected</source>
        <translation>データベースが接続中のユーザーを返しませんでした</translation>
    </message>
    <message>
        <source>%1 may not %2 on this team database: that needs the %3 role (%1 has %4)</source>
        <translation>%1 はこのチームデータベースで %2 できません: %3 ロールが必要です（%1 は %4）</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>チームロールなし</translation>
    </message>
</context>
<context>
    <name>TeamGrants</name>
    <message>
        <source>setting up the team roles failed</source>
        <translation>チームロールの設定に失敗しました</translation>
    </message>
    <message>
        <source>only the database&apos;s owner may set up the team roles; %1 is not the owner: connect as the role that owns the schema</source>
        <translation>チームロールを設定できるのはデータベースのオーナーだけです。%1 はオーナーではありません: スキーマを所有するロールで接続してください</translation>
    </message>
    <message>
        <source>could not create the role %1 (the owner needs CREATEROLE): %2</source>
        <translation>ロール %1 を作成できませんでした（オーナーに CREATEROLE が必要）: %2</translation>
    </message>
    <message>
        <source>a team role is viewer, operator or admin, not &apos;%1&apos;</source>
        <translation>チームロールは viewer、operator、admin のいずれかで、&apos;%1&apos; ではありません</translation>
    </message>
    <message>
        <source>team roles are for a shared PostgreSQL database (--db postgresql://...); a local SQLite file has one user</source>
        <translation>チームロールは共有 PostgreSQL データベース（--db postgresql://...）用です。ローカルの SQLite ファイルのユーザーは 1 人です</translation>
    </message>
    <message>
        <source>team roles are for a shared PostgreSQL database</source>
        <translation>チームロールは共有 PostgreSQL データベース用です</translation>
    </message>
    <message>
        <source>no database role named &apos;%1&apos; (create it with CREATE ROLE ... LOGIN)</source>
        <translation>&apos;%1&apos; という名前のデータベースロールはありません（CREATE ROLE ... LOGIN で作成してください）</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>過去 15 分</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>過去 6 時間</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>過去 1 日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日</translation>
    </message>
    <message>
        <source>Last 4 hours</source>
        <translation>過去 4 時間</translation>
    </message>
    <message>
        <source>Last 8 hours</source>
        <translation>過去 8 時間</translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation>過去 3 日</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>過去 1 か月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>過去 1 年</translation>
    </message>
    <message>
        <source>15m</source>
        <translation>15m</translation>
    </message>
    <message>
        <source>1h</source>
        <translation>1h</translation>
    </message>
    <message>
        <source>6h</source>
        <translation>6h</translation>
    </message>
    <message>
        <source>1d</source>
        <translation>1d</translation>
    </message>
    <message>
        <source>1w</source>
        <translation>1w</translation>
    </message>
    <message>
        <source>4h</source>
        <translation>4h</translation>
    </message>
    <message>
        <source>8h</source>
        <translation>8h</translation>
    </message>
    <message>
        <source>3d</source>
        <translation>3d</translation>
    </message>
    <message>
        <source>1mo</source>
        <translation>1mo</translation>
    </message>
    <message>
        <source>1y</source>
        <translation>1y</translation>
    </message>
</context>
<context>
    <name>TimeSpec</name>
    <message>
        <source>&apos;%1&apos; is not a duration: use a number with s, m, h, d or w, like 30s or 5m</source>
        <translation>&apos;%1&apos; は時間の長さではありません。30s や 5m のように、数値に s、m、h、d、w を付けて指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive duration</source>
        <translation>&apos;%1&apos; は正の時間の長さではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time: use ISO 8601 (2026-11-21T10:00:00Z), epoch seconds, now, or -10m/-2h/-7d</source>
        <translation>&apos;%1&apos; は時刻ではありません。ISO 8601(2026-11-21T10:00:00Z)、エポック秒、now、または -10m/-2h/-7d を使用してください</translation>
    </message>
</context>
<context>
    <name>UploadRun</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot start SFTP</source>
        <translation>SFTP を開始できません</translation>
    </message>
    <message>
        <source>cannot create %1 on the host</source>
        <translation>ホスト上に %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot finish writing %1 on the host</source>
        <translation>ホスト上の %1 への書き込みを完了できません</translation>
    </message>
    <message>
        <source>writing %1 on the host failed</source>
        <translation>ホスト上の %1 への書き込みに失敗しました</translation>
    </message>
    <message>
        <source>cannot check %1 on the host (sha256sum exit %2): %3</source>
        <translation>ホスト上の %1 を検証できません(sha256sum の終了ステータス %2): %3</translation>
    </message>
    <message>
        <source>%1 arrived damaged: sha256 %2 on the host, %3 here</source>
        <translation>%1 が破損した状態で届きました: ホスト上の sha256 は %2、こちらでは %3</translation>
    </message>
</context>
<context>
    <name>UrlTemplate</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL: %2</source>
        <translation>&apos;%1&apos; は有効な URL ではありません: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; は http または https の URL ではありません</translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>the metric %1 needs --param (a device or interface name)</source>
        <translation>メトリクス %1 には --param(デバイス名またはインターフェース名)が必要です</translation>
    </message>
    <message>
        <source>the metric %1 takes no parameter; write {param} in the key where &apos;%2&apos; goes (like traffic-{param}-rxbytes)</source>
        <translation>メトリクス %1 はパラメーターを取りません。キー内の &apos;%2&apos; が入る位置に {param} を書いてください(traffic-{param}-rxbytes など)</translation>
    </message>
    <message>
        <source>the period must be more than zero</source>
        <translation>期間は 0 より大きくなければなりません</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>範囲の終了が開始より前です</translation>
    </message>
    <message>
        <source>that asks for more than a million periods; use a longer period</source>
        <translation>期間の数が 100 万を超えます。より長い期間を指定してください</translation>
    </message>
    <message>
        <source>for this range the data has one point every %1 s; use a period that is a whole multiple of it</source>
        <translation>この範囲のデータは %1 秒ごとに 1 ポイントです。その整数倍の期間を指定してください</translation>
    </message>
</context>
<context>
    <name>UsageReportDialog</name>
    <message>
        <source>5 minutes</source>
        <translation>5 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>Custom (seconds)</source>
        <translation>カスタム(秒)</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>%1ops/s</source>
        <translation>%1ops/s</translation>
    </message>
</context>
<context>
    <name>VerbTable</name>
    <message>
        <source>--%1 takes a number of at least %2, not &apos;%3&apos;</source>
        <translation>--%1 には %2 以上の数値を指定してください(&apos;%3&apos; は指定できません)</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 には %2 から %3 までの数値を指定してください(&apos;%4&apos; は指定できません)</translation>
    </message>
    <message>
        <source>--%1 is %2, not &apos;%3&apos;</source>
        <translation>--%1 に指定できる値は %2 です(&apos;%3&apos; は指定できません)</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>Run &apos;opsdeck %1 --help&apos; for the options.</source>
        <translation>オプションは &apos;opsdeck %1 --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;opsdeck %2&apos;</source>
        <translation>--%1 は &apos;opsdeck %2&apos; では使用できません</translation>
    </message>
    <message>
        <source>%1 needs a verb</source>
        <translation>%1 にはサブコマンドが必要です</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos; for %2</source>
        <translation>%2 の不明なサブコマンド &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>%1 has nothing to run</source>
        <translation>%1 には実行するものがありません</translation>
    </message>
    <message>
        <source>Run &apos;opsdeck %1 VERB --help&apos; for a verb&apos;s options.</source>
        <translation>各サブコマンドのオプションは &apos;opsdeck %1 VERB --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>json, csv, table or text</source>
        <translation>json、csv、table、text のいずれか</translation>
    </message>
    <message>
        <source>why, for the audit log</source>
        <translation>監査ログに記録する理由</translation>
    </message>
    <message>
        <source>--%1 takes a size of at least %2 bytes, such as 64K, 512M or 2G, not &apos;%3&apos;</source>
        <translation>--%1 には 64K、512M、2G のような %2 バイト以上のサイズを指定してください(&apos;%3&apos; は指定できません)</translation>
    </message>
    <message>
        <source>run &apos;%1&apos;</source>
        <translation>&apos;%1&apos; を実行</translation>
    </message>
    <message>
        <source>refuse (exit 3) unless %1 is still at this version (as list/show print it)</source>
        <translation>%1 がまだこのバージョン(list/show が表示するもの)でなければ拒否する(終了コード 3)</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>the inventory&apos;s audit log</source>
        <translation>インベントリの監査ログ</translation>
    </message>
    <message>
        <source>read this machine&apos;s metrics (--once prints Kurado&apos;s dump form)</source>
        <translation>このマシンのメトリクスを読み取る(--once は Kurado のダンプ形式で出力)</translation>
    </message>
    <message>
        <source>import and export the inventory (Ansible, ssh_config, CSV, JSON)</source>
        <translation>インベントリのインポートとエクスポート(Ansible、ssh_config、CSV、JSON)</translation>
    </message>
    <message>
        <source>add, list, show machines and move them through their lifecycle</source>
        <translation>マシンの追加・一覧・表示と、ライフサイクルの遷移</translation>
    </message>
    <message>
        <source>availability (2xx+3xx)/(all-4xx) of status-class series</source>
        <translation>ステータスクラス系列の可用性 (2xx+3xx)/(all-4xx)</translation>
    </message>
    <message>
        <source>poll the metric sources (--once: each once)</source>
        <translation>メトリクスソースをポーリングする(--once: 各ソース 1 回ずつ)</translation>
    </message>
    <message>
        <source>print a series&apos; points from the metrics cache</source>
        <translation>メトリクスキャッシュから系列のポイントを出力する</translation>
    </message>
    <message>
        <source>one value per period of a series (kanyun&apos;s usage report)</source>
        <translation>系列の期間ごとに 1 つの値(kanyun の利用状況レポート)</translation>
    </message>
    <message>
        <source>list the series in the metrics cache</source>
        <translation>メトリクスキャッシュ内の系列を一覧表示する</translation>
    </message>
    <message>
        <source>receive Graphite plaintext on TCP and UDP (port 2003) into the cache</source>
        <translation>TCP と UDP(ポート 2003)で Graphite plaintext を受信してキャッシュに保存する</translation>
    </message>
    <message>
        <source>relations between services and what they resolve to</source>
        <translation>サービス間のリレーションとその解決先</translation>
    </message>
    <message>
        <source>the service tree: add, list, bind machines and URLs, flag</source>
        <translation>サービスツリー: ノードの追加・一覧、マシンと URL のバインド、フラグ付け</translation>
    </message>
    <message>
        <source>units: a service&apos;s instances on machines</source>
        <translation>ユニット: マシン上のサービスのインスタンス</translation>
    </message>
    <message>
        <source>print the versions of Opsdeck and its libraries</source>
        <translation>Opsdeck とそのライブラリのバージョンを表示する</translation>
    </message>
    <message>
        <source>add, list, change, inspect or remove metric sources</source>
        <translation>メトリクスソースの追加・一覧・変更・確認・削除</translation>
    </message>
    <message>
        <source>store Kurado agent lines or Graphite plaintext from a file or stdin</source>
        <translation>ファイルまたは標準入力から Kurado エージェントの行や Graphite plaintext を保存する</translation>
    </message>
    <message>
        <source>retention rules by metric key (list, add, remove, import storage-schemas.conf)</source>
        <translation>メトリクスキーごとの保持期間ルール(一覧・追加・削除、storage-schemas.conf のインポート)</translation>
    </message>
    <message>
        <source>deploy a program package to a service&apos;s units over SSH</source>
        <translation>SSH 経由でプログラムパッケージをサービスのユニットにデプロイする</translation>
    </message>
    <message>
        <source>run one command on many hosts over SSH</source>
        <translation>SSH 経由で 1 つのコマンドを多数のホストで実行する</translation>
    </message>
    <message>
        <source>a service&apos;s deploy settings: set, show</source>
        <translation>サービスのデプロイ設定: set、show</translation>
    </message>
    <message>
        <source>a resource pool&apos;s settings: its init script</source>
        <translation>リソースプールの設定: 初期化スクリプト</translation>
    </message>
    <message>
        <source>open a terminal with ssh to a machine (host key checked first)</source>
        <translation>マシンへ ssh 接続した端末を開く(先にホスト鍵を確認)</translation>
    </message>
    <message>
        <source>the database: path, schema, team roles, copies</source>
        <translation>データベース: パス、スキーマ、チームロール、コピー</translation>
    </message>
    <message>
        <source>list the alert history (transitions of checks)</source>
        <translation>アラート履歴(チェックの遷移)を一覧表示する</translation>
    </message>
    <message>
        <source>show or set where alert notifications go</source>
        <translation>アラート通知の送信先を表示または設定する</translation>
    </message>
    <message>
        <source>send a test notification</source>
        <translation>テスト通知を送信する</translation>
    </message>
    <message>
        <source>check the SMTP password with the server and keep it in the keychain</source>
        <translation>SMTP パスワードをサーバーで確認してキーチェーンに保存する</translation>
    </message>
    <message>
        <source>add, list or remove checks; acknowledge or silence them</source>
        <translation>チェックの追加・一覧・削除、確認とサイレンス</translation>
    </message>
    <message>
        <source>run every check once (--once); exits 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN</source>
        <translation>すべてのチェックを 1 回ずつ実行する(--once)。終了コードは 0 OK、1 WARNING、2 CRITICAL、3 UNKNOWN</translation>
    </message>
    <message>
        <source>write charts from the metrics cache to PNG, SVG, PDF or CSV</source>
        <translation>メトリクスキャッシュのグラフを PNG、SVG、PDF、CSV に書き出す</translation>
    </message>
    <message>
        <source>the jobs&apos; history: list, show, log, cancel, pause, resume, retry; job templates</source>
        <translation>ジョブ履歴: list、show、log、cancel、pause、resume、retry、ジョブテンプレート</translation>
    </message>
    <message>
        <source>add, list or remove maintenance windows on tree nodes</source>
        <translation>ツリーノードのメンテナンスウィンドウの追加・一覧・削除</translation>
    </message>
    <message>
        <source>list, show, export, import (also from Grafana) and remove dashboards</source>
        <translation>ダッシュボードの一覧表示、表示、エクスポート、インポート（Grafana からも可）、削除</translation>
    </message>
    <message>
        <source>write a dashboard to a multi-page PDF report</source>
        <translation>ダッシュボードを複数ページの PDF レポートに書き出します</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opsdeck cannot start on the database %1:

%2

Choose another file with --db PATH or OPSDECK_DB.</source>
        <translation>Opsdeck はデータベース %1 で起動できません:

%2

--db PATH または OPSDECK_DB で別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Opsdeck cannot start</source>
        <translation>Opsdeck を起動できません</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown option %1; see opsdeck --help</source>
        <translation>不明なオプション %1 です。opsdeck --help を参照してください</translation>
    </message>
    <message>
        <source>
Run &apos;opsdeck COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
各コマンドのオプションは &apos;opsdeck COMMAND --help&apos; で確認できます。
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see opsdeck --help</source>
        <translation>不明なコマンド &apos;%1&apos; です。opsdeck --help を参照してください</translation>
    </message>
    <message>
        <source>no password for %1 was given</source>
        <translation>%1 のパスワードが入力されませんでした</translation>
    </message>
    <message>
        <source>Usage: opsdeck [--db PATH] [--lang LOCALE] [COMMAND [ARGS...]]
With no command, opens the Opsdeck window.

Global options:
  --db PATH      database file or postgresql://USER@HOST/DBNAME (else $OPSDECK_DB, else the data folder)
  --lang LOCALE  language of the interface (en, zh_CN, ja_JP)
  --version      print the version and exit

Commands:
</source>
        <translation>使い方: opsdeck [--db PATH] [--lang LOCALE] [COMMAND [ARGS...]]
コマンドなしで Opsdeck のウィンドウを開きます。

グローバルオプション:
  --db PATH      データベースファイルまたは postgresql://USER@HOST/DBNAME（なければ $OPSDECK_DB、それもなければデータフォルダ）
  --lang LOCALE  画面の言語（en、zh_CN、ja_JP）
  --version      バージョンを表示して終了

コマンド:
</translation>
    </message>
</context>
<context>
    <name>opsdeck::AboutDialog</name>
    <message>
        <source>About Opsdeck</source>
        <translation>Opsdeck について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Opsdeck&lt;/h3&gt;&lt;p&gt;An operations console for SREs: the fleet, its metrics, its health and its deployments in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Opsdeck&lt;/h3&gt;&lt;p&gt;SRE のための運用コンソール: フリート、そのメトリクス、ヘルス状態、デプロイを 1 つのウィンドウで。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;使用しているライブラリ:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>opsdeck::AccessGate</name>
    <message>
        <source>The team database cannot be reached: read-only until it is back.</source>
        <translation>チームデータベースに接続できません。接続が戻るまで読み取り専用です。</translation>
    </message>
    <message>
        <source>%1 may not do this on the team database: that needs the %2 role.</source>
        <translation>%1 はチームデータベースでこの操作をできません: %2 ロールが必要です。</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertDispatcher</name>
    <message>
        <source>no SMTP password for %1 in the keychain: opsdeck alert set-smtp-password</source>
        <translation>キーチェーンに %1 の SMTP パスワードがありません: opsdeck alert set-smtp-password</translation>
    </message>
    <message>
        <source>the webhook is on but nothing reads its URL here</source>
        <translation>Webhook はオンですが、ここではその URL を読み取るものがありません</translation>
    </message>
    <message>
        <source>opsdeck alert config --webhook-stdin</source>
        <translation>opsdeck alert config --webhook-stdin</translation>
    </message>
    <message>
        <source>the webhook URL in the keychain (entry %1) is not an http(s) URL: %2</source>
        <translation>キーチェーン内の Webhook URL(エントリ %1)は http(s) の URL ではありません: %2</translation>
    </message>
    <message>
        <source>the webhook is on but this computer&apos;s keychain has no URL for it (entry %1): %2</source>
        <translation>Webhook はオンですが、このコンピューターのキーチェーンにその URL がありません(エントリ %1): %2</translation>
    </message>
    <message>
        <source>could not read the webhook URL from the keychain: %1</source>
        <translation>キーチェーンから Webhook URL を読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertHistoryModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>遷移</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertHistoryPanel</name>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>過去 1 日</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>過去 1 週間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Check name</source>
        <translation>チェック名</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>すべての重要度</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Target machine</source>
        <translation>ターゲットマシン</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertTray</name>
    <message>
        <source>&amp;Show Alerts</source>
        <translation>アラートを表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray When the Window Is Closed</source>
        <translation>ウィンドウを閉じてもトレイで実行を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit Opsdeck</source>
        <translation>Opsdeck を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Opsdeck — %1: %2</source>
        <translation>Opsdeck — %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Opsdeck — every check passes</source>
        <translation>Opsdeck — すべてのチェックが成功しています</translation>
    </message>
    <message>
        <source>Opsdeck — no check has run yet</source>
        <translation>Opsdeck — まだ実行されたチェックはありません</translation>
    </message>
    <message>
        <source>Opsdeck — no checks</source>
        <translation>Opsdeck — チェックはありません</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 is failing (%2)</source>
        <translation>%1 が失敗しています(%2)</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 が復旧しました</translation>
    </message>
    <message>
        <source>Tray &amp;Settings…</source>
        <translation>トレイ設定(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged or silenced</source>
        <translation>
            <numerusform>確認済みまたはサイレンス中 %n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in maintenance</source>
        <translation>
            <numerusform>メンテナンス中 %n 件</numerusform></translation>
    </message>
    <message>
        <source>Opsdeck — nothing open; %1</source>
        <translation>Opsdeck — 未解決のアラートはありません。%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertsDock</name>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Cannot read the alert history: %1</source>
        <translation>アラート履歴を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>opsdeck::AuditView</name>
    <message>
        <source>Any entity</source>
        <translation>すべてのエンティティ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Action (add, online, bind…)</source>
        <translation>操作(add、online、bind…)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日時</translation>
    </message>
</context>
<context>
    <name>opsdeck::CheckListModel</name>
    <message>
        <source>machine %1</source>
        <translation>マシン %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>failing (%1)</source>
        <translation>失敗中(%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>%1: %2 since %3 — %4</source>
        <translation>%1: %3 以降 %2 — %4</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>バインド先</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Silenced until</source>
        <translation>サイレンス期限</translation>
    </message>
    <message>
        <source>%1, in maintenance</source>
        <translation>%1、メンテナンス中</translation>
    </message>
</context>
<context>
    <name>opsdeck::CheckScheduler</name>
    <message>
        <source>no probe can run this check here (a metric check needs the local metrics cache)</source>
        <translation>ここではこのチェックを実行できるプローブがありません(metric チェックにはローカルのメトリクスキャッシュが必要です)</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前のマシンはありません</translation>
    </message>
    <message>
        <source>machine %1 is %2</source>
        <translation>マシン %1 は %2 です</translation>
    </message>
</context>
<context>
    <name>opsdeck::CheckerLink</name>
    <message>
        <source>The %1 notification of %2 failed: %3</source>
        <translation>%2 の %1 通知に失敗しました: %3</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>チェック: %1</translation>
    </message>
    <message>
        <source>%1: %2. Mark it ERROR_DETECTED with the machine table’s abnormal action or `opsdeck machine transition %1 abnormal`.</source>
        <translation>%1: %2。マシン表の abnormal 操作または `opsdeck machine transition %1 abnormal` で ERROR_DETECTED にしてください。</translation>
    </message>
    <message>
        <source>%1 is now ERROR_DETECTED: %2</source>
        <translation>%1 は ERROR_DETECTED になりました: %2</translation>
    </message>
    <message>
        <source>This console runs the checks.</source>
        <translation>このコンソールがチェックを実行します。</translation>
    </message>
    <message>
        <source>Another console of the team runs the checks; this one shows them.</source>
        <translation>チームの別のコンソールがチェックを実行しています。このコンソールは結果を表示します。</translation>
    </message>
    <message>
        <source>Cannot read the alert settings: %1</source>
        <translation>アラート設定を読み取れません: %1</translation>
    </message>
    <message>
        <source>E-mail alerts: %1</source>
        <translation>メールアラート: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ChecksPanel</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>確認(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge the check&apos;s failing targets until they recover</source>
        <translation>チェックの失敗しているターゲットを、復旧するまで確認済みにします</translation>
    </message>
    <message>
        <source>&amp;Silence For…</source>
        <translation>期間を指定してサイレンス(&amp;S)…</translation>
    </message>
    <message>
        <source>No notification for the check until a chosen time</source>
        <translation>選択した時刻まで、このチェックの通知を止めます</translation>
    </message>
    <message>
        <source>&amp;Unsilence</source>
        <translation>サイレンス解除(&amp;U)</translation>
    </message>
    <message>
        <source>Notify about the check again</source>
        <translation>このチェックの通知を再開します</translation>
    </message>
    <message>
        <source>No checks yet</source>
        <translation>チェックはまだありません</translation>
    </message>
    <message>
        <source>Add one with `opsdeck check add http|tcp|metric|nagios|… --name NAME`; its state and alerts are listed here.</source>
        <translation>`opsdeck check add http|tcp|metric|nagios|… --name NAME` で追加してください。状態とアラートがここに表示されます。</translation>
    </message>
    <message>
        <source>Select a check first</source>
        <translation>先にチェックを選択してください</translation>
    </message>
    <message>
        <source>%1 acknowledged (%2 target(s)) until it recovers</source>
        <translation>%1 を復旧するまで確認済みにしました(ターゲット %2 件)</translation>
    </message>
    <message>
        <source>Cannot acknowledge %1: %2</source>
        <translation>%1 を確認済みにできません: %2</translation>
    </message>
    <message>
        <source>%1 silenced (%2 target(s))</source>
        <translation>%1 をサイレンスにしました(ターゲット %2 件)</translation>
    </message>
    <message>
        <source>Cannot silence %1: %2</source>
        <translation>%1 をサイレンスにできません: %2</translation>
    </message>
    <message>
        <source>%1 unsilenced (%2 target(s))</source>
        <translation>%1 のサイレンスを解除しました(ターゲット %2 件)</translation>
    </message>
    <message>
        <source>Cannot unsilence %1: %2</source>
        <translation>%1 のサイレンスを解除できません: %2</translation>
    </message>
    <message>
        <source>&amp;Tray Settings…</source>
        <translation>トレイ設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Which alerts pop a tray message, and whether closing the window keeps Opsdeck in the tray</source>
        <translation>トレイメッセージを表示するアラートと、ウィンドウを閉じたときに Opsdeck をトレイに残すかどうか</translation>
    </message>
    <message>
        <source>&amp;Maintenance Windows…</source>
        <translation>メンテナンス期間(&amp;M)…</translation>
    </message>
    <message>
        <source>Hold back the alerts below a tree node for a while: list, add, remove</source>
        <translation>ツリーノード配下のアラートを一定期間保留します: 一覧、追加、削除</translation>
    </message>
</context>
<context>
    <name>opsdeck::CollectorService</name>
    <message>
        <source>cannot store the local samples: %1</source>
        <translation>ローカルのサンプルを保存できません: %1</translation>
    </message>
    <message>
        <source>cannot store the local machine&apos;s meta: %1</source>
        <translation>ローカルマシンのメタ情報を保存できません: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::DashboardListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>opsdeck::DashboardPage</name>
    <message>
        <source>Each panel&apos;s range</source>
        <translation>各パネルの期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 4 hours</source>
        <translation>過去 4 時間</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>過去 1 日</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>過去 1 週間</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>ダッシュボード(&amp;D):</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Read every panel again</source>
        <translation>すべてのパネルを読み直します</translation>
    </message>
    <message>
        <source>New &amp;Dashboard…</source>
        <translation>新規ダッシュボード(&amp;D)…</translation>
    </message>
    <message>
        <source>An empty dashboard of your own</source>
        <translation>自分用の空のダッシュボード</translation>
    </message>
    <message>
        <source>&amp;New Panel…</source>
        <translation>新規パネル(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a chart, value or table</source>
        <translation>グラフ、値、表を追加します</translation>
    </message>
    <message>
        <source>&amp;Edit Panel…</source>
        <translation>パネルを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected panel (click one)</source>
        <translation>選択したパネルを変更します（クリックで選択）</translation>
    </message>
    <message>
        <source>&amp;Remove Panel</source>
        <translation>パネルを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected panel</source>
        <translation>選択したパネルを削除します</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>A dashboard&apos;s JSON file</source>
        <translation>ダッシュボードの JSON ファイル</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>This dashboard as JSON</source>
        <translation>このダッシュボードを JSON で書き出します</translation>
    </message>
    <message>
        <source>The charts&apos; range</source>
        <translation>グラフの期間</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>ダッシュボードを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The dashboards could not be listed: %1</source>
        <translation>ダッシュボードを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Home is built in: export it and import it under another name to change it</source>
        <translation>Home は組み込みです。変更するには、エクスポートして別の名前でインポートしてください</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <source>New Dashboard</source>
        <translation>新規ダッシュボード</translation>
    </message>
    <message>
        <source>Name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;):</source>
        <translation>名前（英字、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;）:</translation>
    </message>
    <message>
        <source>Dashboard %1 created</source>
        <translation>ダッシュボード %1 を作成しました</translation>
    </message>
    <message>
        <source>Panel added to %1</source>
        <translation>%1 にパネルを追加しました</translation>
    </message>
    <message>
        <source>Panel changed in %1</source>
        <translation>%1 のパネルを変更しました</translation>
    </message>
    <message>
        <source>Panel removed from %1</source>
        <translation>%1 からパネルを削除しました</translation>
    </message>
    <message>
        <source>Import Dashboard</source>
        <translation>ダッシュボードのインポート</translation>
    </message>
    <message>
        <source>Dashboard JSON (*.json);;All files (*)</source>
        <translation>ダッシュボード JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a dashboard: %2</source>
        <translation>%1 はダッシュボードではありません: %2</translation>
    </message>
    <message>
        <source>A dashboard named %1 exists. Replace it?</source>
        <translation>%1 という名前のダッシュボードが存在します。置き換えますか?</translation>
    </message>
    <message>
        <source>Dashboard %1 imported</source>
        <translation>ダッシュボード %1 をインポートしました</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>ダッシュボードのエクスポート</translation>
    </message>
    <message>
        <source>Dashboard JSON (*.json)</source>
        <translation>ダッシュボード JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Dashboard %1 exported to %2</source>
        <translation>ダッシュボード %1 を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source>Import from &amp;Grafana…</source>
        <translation>Grafana からインポート(&amp;G)…</translation>
    </message>
    <message>
        <source>A Grafana dashboard&apos;s JSON: its Prometheus and Graphite panels</source>
        <translation>Grafana ダッシュボードの JSON：その Prometheus と Graphite のパネル</translation>
    </message>
    <message>
        <source>Import from Grafana</source>
        <translation>Grafana からインポート</translation>
    </message>
    <message>
        <source>Grafana dashboard JSON (*.json);;All files (*)</source>
        <translation>Grafana ダッシュボード JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1.

%2</source>
        <translation>%1。

%2</translation>
    </message>
</context>
<context>
    <name>opsdeck::DatabasePasswordDialog</name>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>キーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>チームデータベースのパスワード</translation>
    </message>
    <message>
        <source>The team database %1 asks for a password.</source>
        <translation>チームデータベース %1 がパスワードを求めています。</translation>
    </message>
    <message>
        <source>The last password was refused; try again.</source>
        <translation>前のパスワードは拒否されました。もう一度入力してください。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>No keychain is reachable (no D-Bus session bus): put the password in ~/.pgpass to be asked no more.</source>
        <translation>キーチェーンに接続できません（D-Bus セッションバスなし）: ~/.pgpass に書けば次からは尋ねません。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
</context>
<context>
    <name>opsdeck::DeployDialog</name>
    <message>
        <source>Deploy</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>shop/web</source>
        <translation>shop/web</translation>
    </message>
    <message>
        <source>A .tar.gz with hooks/install, hooks/start, …</source>
        <translation>hooks/install、hooks/start、… を含む .tar.gz</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>empty: the UTC time</source>
        <translation>空欄: UTC 時刻</translation>
    </message>
    <message>
        <source>The first N units go alone first</source>
        <translation>最初の N 個のユニットを先に単独で実行します</translation>
    </message>
    <message>
        <source>Then batches of N units (0: one batch)</source>
        <translation>その後、N 個ずつのユニットのバッチで実行します(0: 1 つのバッチ)</translation>
    </message>
    <message>
        <source>At most N hosts at once</source>
        <translation>同時に処理するホストは最大 N 台です</translation>
    </message>
    <message>
        <source>Stop starting hosts when failures pass this share of all hosts</source>
        <translation>失敗したホストが全ホストのこの割合を超えたら、新しいホストの開始を停止します</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Roll a failed unit back to its previous release</source>
        <translation>失敗したユニットを以前のリリースにロールバックする</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>パッケージ(&amp;P):</translation>
    </message>
    <message>
        <source>R&amp;elease:</source>
        <translation>リリース(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Canary units:</source>
        <translation>カナリアユニット(&amp;C):</translation>
    </message>
    <message>
        <source>B&amp;atch size:</source>
        <translation>バッチサイズ(&amp;A):</translation>
    </message>
    <message>
        <source>Para&amp;llel hosts:</source>
        <translation>並列ホスト数(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Max failures:</source>
        <translation>失敗の上限(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>デプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>Program Package</source>
        <translation>プログラムパッケージ</translation>
    </message>
    <message>
        <source>Packages (*.tar.gz *.tgz);;All files (*)</source>
        <translation>パッケージ (*.tar.gz *.tgz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Name the service to deploy (its path in the tree, like shop/web).</source>
        <translation>デプロイするサービスを指定してください(ツリー内のパス。例: shop/web)。</translation>
    </message>
    <message>
        <source>Checking the service and the package…</source>
        <translation>サービスとパッケージを確認しています…</translation>
    </message>
    <message>
        <source>Cannot deploy: %1</source>
        <translation>デプロイできません: %1</translation>
    </message>
    <message>
        <source>Require checks to &amp;pass after each batch</source>
        <translation>各バッチの後にチェックの成功を必須にする(&amp;P)</translation>
    </message>
    <message>
        <source>After each batch but the last, the chosen checks run on its units; the deploy pauses (it does not fail) until they pass</source>
        <translation>最後を除く各バッチの後、そのユニットで選択したチェックを実行します。チェックが成功するまでデプロイは一時停止します(失敗にはなりません)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A paused gate asks its checks again after this long</source>
        <translation>一時停止したゲートは、この時間が経過した後にチェックを再評価します</translation>
    </message>
    <message>
        <source>Ask a paused gate again after:</source>
        <translation>一時停止したゲートの再評価間隔:</translation>
    </message>
    <message>
        <source>Cannot list the checks: %1</source>
        <translation>チェックを一覧表示できません: %1</translation>
    </message>
    <message>
        <source>%1 (disabled: runs nothing)</source>
        <translation>%1(無効: 何も実行しません)</translation>
    </message>
    <message>
        <source>No checks yet: add one with opsdeck check add</source>
        <translation>チェックはまだありません。opsdeck check add で追加してください</translation>
    </message>
    <message>
        <source>Choose the checks the gate runs, or turn the gate off.</source>
        <translation>ゲートで実行するチェックを選択するか、ゲートをオフにしてください。</translation>
    </message>
    <message>
        <source>Cannot deploy: this window cannot run a deploy gate yet; use opsdeck deploy %1 --package FILE --gate %2</source>
        <translation>デプロイできません: このウィンドウではまだデプロイゲートを実行できません。opsdeck deploy %1 --package FILE --gate %2 を使用してください</translation>
    </message>
</context>
<context>
    <name>opsdeck::DesktopNotifier</name>
    <message>
        <source>the desktop notification was not shown: no D-Bus session bus</source>
        <translation>デスクトップ通知を表示できませんでした: D-Bus セッションバスがありません</translation>
    </message>
    <message>
        <source>the desktop notification was not shown: %1 (%2)</source>
        <translation>デスクトップ通知を表示できませんでした: %1(%2)</translation>
    </message>
</context>
<context>
    <name>opsdeck::Engine</name>
    <message>
        <source>the saved receiver address &apos;%1&apos; is not an IP address; set it again in the Graphite receiver panel, or give --listen ADDR:PORT</source>
        <translation>保存されているレシーバーのアドレス &apos;%1&apos; は IP アドレスではありません。Graphite レシーバーのパネルで設定し直すか、--listen ADDR:PORT を指定してください</translation>
    </message>
    <message>
        <source>the saved receiver port &apos;%1&apos; is not a port; set it again in the Graphite receiver panel, or give --listen ADDR:PORT</source>
        <translation>保存されているレシーバーのポート &apos;%1&apos; はポートではありません。Graphite レシーバーのパネルで設定し直すか、--listen ADDR:PORT を指定してください</translation>
    </message>
</context>
<context>
    <name>opsdeck::ExportActions</name>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>グラフをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save one of the charts on screen as PNG, SVG, PDF or CSV</source>
        <translation>画面上のグラフを 1 つ PNG、SVG、PDF、CSV として保存します</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>レポートをエクスポート (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Save every chart on screen as one multi-page PDF</source>
        <translation>画面上のすべてのグラフを複数ページの PDF 1 つとして保存します</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Nothing to export: no chart on screen has data in this range</source>
        <translation>エクスポートするものがありません: 画面上のどのグラフにもこの期間のデータがありません</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>グラフをエクスポート</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>グラフ:</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG 画像 (*.png);;SVG 画像 (*.svg);;PDF 文書 (*.pdf);;CSV データ (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>An export is still being written</source>
        <translation>エクスポートをまだ書き込み中です</translation>
    </message>
    <message>
        <source>no such chart on screen</source>
        <translation>画面上にそのグラフはありません</translation>
    </message>
    <message>
        <source>unknown file type: use .png, .svg, .pdf or .csv</source>
        <translation>不明なファイル形式です: .png、.svg、.pdf、.csv を使ってください</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 をエクスポート中…</translation>
    </message>
    <message>
        <source>no chart on screen has data in this range</source>
        <translation>画面上のどのグラフにもこの期間のデータがありません</translation>
    </message>
    <message>
        <source>a report is a PDF: name the file .pdf</source>
        <translation>レポートは PDF です: ファイル名を .pdf にしてください</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::FleetDock</name>
    <message>
        <source>Fleet</source>
        <translation>フリート</translation>
    </message>
    <message>
        <source>Filter nodes and machines (Ctrl+F)</source>
        <translation>ノードとマシンを絞り込みます (Ctrl+F)</translation>
    </message>
    <message>
        <source>The service tree with its machines; pick a machine to chart it, a node to see it</source>
        <translation>サービスツリーとそのマシン。マシンを選ぶとグラフを、ノードを選ぶとそのノードを表示します</translation>
    </message>
</context>
<context>
    <name>opsdeck::FleetTreeModel</name>
    <message>
        <source>%1: pick it to see its machines&apos; figures</source>
        <translation>%1: 選ぶとマシンの数値を表示します</translation>
    </message>
    <message>
        <source>%1, bound to no node: pick it to chart it</source>
        <translation>%1（どのノードにもバインドされていません）: 選ぶとグラフを表示します</translation>
    </message>
    <message>
        <source>%1 in %2: pick it to chart it</source>
        <translation>%2 の %1: 選ぶとグラフを表示します</translation>
    </message>
    <message>
        <source>The machines bound to no node of the service tree</source>
        <translation>サービスツリーのどのノードにもバインドされていないマシン</translation>
    </message>
    <message>
        <source>Pool (unassigned)</source>
        <translation>プール（未割り当て）</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>フリート</translation>
    </message>
</context>
<context>
    <name>opsdeck::GrafanaImportFlow</name>
    <message>
        <source>Which Opsdeck %1 source is the Grafana datasource %2? (a source id or URL)</source>
        <translation>Grafana データソース %2 はどの Opsdeck の %1 ソースですか？（ソース ID または URL）</translation>
    </message>
    <message>
        <source>Which Opsdeck %1 source is the Grafana datasource %2?</source>
        <translation>Grafana データソース %2 はどの Opsdeck の %1 ソースですか？</translation>
    </message>
    <message>
        <source>Import from Grafana</source>
        <translation>Grafana からインポート</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a Grafana dashboard</source>
        <translation>%1 は Grafana ダッシュボードとしては大きすぎます</translation>
    </message>
    <message>
        <source>Not a Grafana dashboard: %1</source>
        <translation>Grafana ダッシュボードではありません: %1</translation>
    </message>
    <message>
        <source>Nothing imported: the Grafana datasource %1 has no Opsdeck source</source>
        <translation>何もインポートしていません: Grafana データソース %1 に対応する Opsdeck ソースがありません</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: none of the %n panel(s) could be taken</source>
        <translation>
            <numerusform>何もインポートしていません: %n 個のパネルのどれも取り込めませんでした</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <source>Dashboard %1 imported from Grafana: %2 panel(s) taken, %3 left out</source>
        <translation>ダッシュボード %1 を Grafana からインポートしました: %2 個のパネルを取り込み、%3 個は取り込みませんでした</translation>
    </message>
    <message numerus="yes">
        <source>; %n source(s) to add for the queries no source polls</source>
        <translation>
            <numerusform>、どのソースもポーリングしていないクエリのためにソースを %n 個追加します</numerusform></translation>
    </message>
    <message>
        <source>Nothing to save: import a Grafana dashboard first</source>
        <translation>保存するものがありません：先に Grafana ダッシュボードをインポートしてください</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした：%1</translation>
    </message>
    <message>
        <source>source %1 (a copy of source %2) polls %3 for %4</source>
        <translation>ソース %1（ソース %2 のコピー）が %4 のために %3 をポーリング</translation>
    </message>
    <message>
        <source>; sources added: %1</source>
        <translation>、追加したソース：%1</translation>
    </message>
    <message>
        <source>Left out:
%1</source>
        <translation>取り込まなかったもの：
%1</translation>
    </message>
    <message>
        <source>Sources added:
%1</source>
        <translation>追加したソース：
%1</translation>
    </message>
</context>
<context>
    <name>opsdeck::HostKeyDialog</name>
    <message>
        <source>Host Keys</source>
        <translation>ホスト鍵</translation>
    </message>
    <message numerus="yes">
        <source>Before %1: the host key of %n host(s) is unknown. Compare each SHA256 fingerprint with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*.pub on it). Accept writes the keys to Opsdeck&apos;s known_hosts and goes on; Refuse starts nothing.</source>
        <translation>
            <numerusform>%1 を開始する前に: %n 台のホストのホスト鍵が不明です。各 SHA256 フィンガープリントをホスト自身のもの(そのホスト上で ssh-keygen -lf /etc/ssh/ssh_host_*.pub を実行)と比較してください。「受け入れて続行」は鍵を Opsdeck の known_hosts に書き込んで続行します。「拒否」では何も開始しません。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 does not start: the host key of %n host(s) has CHANGED or is revoked. Someone may be intercepting the connection, or the host was reinstalled: once you know which, remove the old line named below.</source>
        <translation>
            <numerusform>%1 は開始されません: %n 台のホストのホスト鍵が変更されたか、失効しています。誰かが接続を傍受しているか、ホストが再インストールされた可能性があります。どちらか判明したら、下に示された古い行を削除してください。</numerusform></translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation>SHA256 フィンガープリント</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>now %1, was %2</source>
        <translation>現在 %1、以前 %2</translation>
    </message>
    <message>
        <source>revoked in %1:%2 — refused</source>
        <translation>%1:%2 で失効 — 拒否</translation>
    </message>
    <message>
        <source>CHANGED (old key in %1:%2) — refused</source>
        <translation>変更あり(古い鍵は %1:%2) — 拒否</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&amp;Accept and Continue</source>
        <translation>受け入れて続行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>拒否(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>opsdeck::HostKeyGate</name>
    <message numerus="yes">
        <source>Checking the host keys of %n host(s)…</source>
        <translation>
            <numerusform>%n 台のホストのホスト鍵を確認しています…</numerusform></translation>
    </message>
    <message>
        <source>Not started (%1): %2</source>
        <translation>開始されませんでした(%1): %2</translation>
    </message>
    <message>
        <source>Not started (%1): host keys refused</source>
        <translation>開始されませんでした(%1): ホスト鍵が拒否されました</translation>
    </message>
    <message>
        <source>Not started (%1): cannot write Opsdeck&apos;s known_hosts: %2</source>
        <translation>開始されませんでした(%1): Opsdeck の known_hosts に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::HttpFetcher</name>
    <message>
        <source>no complete answer from %1 within %2 s (timed out)</source>
        <translation>%1 から %2 秒以内に完全な応答がありませんでした(タイムアウト)</translation>
    </message>
    <message>
        <source>the response from %1 is larger than the %2 MB cap; it was cut off there</source>
        <translation>%1 からの応答が上限の %2 MB を超えたため、そこで切り捨てました</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 が HTTP %2 %3 を返しました</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>%1 を取得できません: %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::HttpProbe</name>
    <message>
        <source>an HTTP check needs an http:// or https:// URL, not &apos;%1&apos;</source>
        <translation>HTTP チェックには http:// または https:// の URL が必要です(&apos;%1&apos; ではありません)</translation>
    </message>
    <message>
        <source>cannot read CA certificates from %1</source>
        <translation>%1 から CA 証明書を読み取れません</translation>
    </message>
    <message>
        <source>no server certificate to read</source>
        <translation>読み取るサーバー証明書がありません</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>証明書は %1 に期限切れになりました</translation>
    </message>
    <message>
        <source>the certificate expires in %1 days (%2)</source>
        <translation>証明書は %1 日後に期限切れになります(%2)</translation>
    </message>
    <message>
        <source>certificate valid for %1 days</source>
        <translation>証明書の有効期間は残り %1 日です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>status %1 is not accepted</source>
        <translation>ステータス %1 は受け入れられません</translation>
    </message>
    <message>
        <source>the body regex is invalid: %1</source>
        <translation>本文の正規表現が無効です: %1</translation>
    </message>
    <message>
        <source>the first MiB of the body does not match &apos;%1&apos;</source>
        <translation>本文の最初の 1 MiB が &apos;%1&apos; に一致しません</translation>
    </message>
    <message>
        <source>the body does not match &apos;%1&apos;</source>
        <translation>本文が &apos;%1&apos; に一致しません</translation>
    </message>
    <message>
        <source>answered in %1 ms, more than %2 ms</source>
        <translation>応答に %1 ms かかりました(%2 ms 超)</translation>
    </message>
    <message>
        <source>%1: status %2 in %3 ms</source>
        <translation>%1: ステータス %2(%3 ms)</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1: %2 ms 以内に応答がありません</translation>
    </message>
    <message>
        <source>%1: libcurl could not start the request</source>
        <translation>%1: libcurl がリクエストを開始できません</translation>
    </message>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl を開始できません</translation>
    </message>
</context>
<context>
    <name>opsdeck::ImportDialog</name>
    <message>
        <source>Import inventory</source>
        <translation>インベントリのインポート</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Ansible inventory (INI)</source>
        <translation>Ansible インベントリ(INI)</translation>
    </message>
    <message>
        <source>Ansible inventory (YAML)</source>
        <translation>Ansible インベントリ(YAML)</translation>
    </message>
    <message>
        <source>OpenSSH ssh_config</source>
        <translation>OpenSSH ssh_config</translation>
    </message>
    <message>
        <source>CSV (name,address,port,pool,node_path)</source>
        <translation>CSV(name,address,port,pool,node_path)</translation>
    </message>
    <message>
        <source>Opsdeck JSON</source>
        <translation>Opsdeck JSON</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Choose a file and press Preview to see what the import would do.</source>
        <translation>ファイルを選択して [プレビュー] を押すと、インポートの結果を確認できます。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation>インベントリファイル</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos;</source>
        <translation>不明なインポート形式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>インポートされるものはありません。</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to change, %4 left as they are</source>
        <translation>%1: 追加 %2 件、変更 %3 件、そのまま %4 件</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>バインド</translation>
    </message>
    <message numerus="yes">
        <source>%n new pool(s)</source>
        <translation>
            <numerusform>%n 個の新しいリソースプール</numerusform></translation>
    </message>
    <message>
        <source>The inventory already holds everything in this file: nothing to apply.</source>
        <translation>このファイルの内容はすべてインベントリに登録済みです。適用するものはありません。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>インポート完了: 追加 %1 件、変更 %2 件、変更なし %3 件。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>インポートをキャンセル</translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is written</source>
        <translation>インポートを中止します。インポート内容は何も書き込まれません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>計画中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>opsdeck::InventoryView</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>リレーション</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the running change; nothing of it is written</source>
        <translation>実行中の変更を中止します。変更内容は何も書き込まれません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::JenkinsProbe</name>
    <message>
        <source>the answer is not Jenkins&apos;s build JSON (%1)</source>
        <translation>応答が Jenkins のビルド JSON ではありません(%1)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>the answer is not Jenkins&apos;s build JSON (no build number)</source>
        <translation>応答が Jenkins のビルド JSON ではありません(ビルド番号がありません)</translation>
    </message>
    <message>
        <source>%1: no result yet</source>
        <translation>%1: まだ結果がありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a Jenkins check needs a url and a job</source>
        <translation>Jenkins チェックには url と job が必要です</translation>
    </message>
</context>
<context>
    <name>opsdeck::JobListModel</name>
    <message>
        <source>pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>relation update</source>
        <translation>リレーション更新</translation>
    </message>
    <message>
        <source>init script</source>
        <translation>初期化スクリプト</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed of %3</source>
        <translation>%3 件中 %1 件正常、%2 件失敗</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>opsdeck::JobProgressModel</name>
    <message>
        <source>pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>canary</source>
        <translation>カナリア</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>終了コード</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>opsdeck::JobProgressView</name>
    <message>
        <source>ETA —</source>
        <translation>残り —</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>残り %1 秒</translation>
    </message>
    <message>
        <source>ETA %1 min %2 s</source>
        <translation>残り %1 分 %2 秒</translation>
    </message>
    <message>
        <source>ETA %1 h %2 min</source>
        <translation>残り %1 時間 %2 分</translation>
    </message>
    <message>
        <source>Search the output</source>
        <translation>出力を検索</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>ジョブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>失敗したホストを再試行(&amp;F)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export Host Log…</source>
        <translation>ホストのログをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancelling job %1: each host stops before its next step</source>
        <translation>ジョブ %1 をキャンセル中: 各ホストは次のステップの前に停止します</translation>
    </message>
    <message>
        <source>“%1” is not in the output</source>
        <translation>出力に「%1」はありません</translation>
    </message>
    <message>
        <source>The job did not start: %1</source>
        <translation>ジョブが開始されませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot read the job: %1</source>
        <translation>ジョブを読み取れません: %1</translation>
    </message>
    <message>
        <source>Job %1: %2 %3</source>
        <translation>ジョブ %1: %2 %3</translation>
    </message>
    <message>
        <source>Cannot read the output of %1: %2</source>
        <translation>%1 の出力を読み取れません: %2</translation>
    </message>
    <message>
        <source>Export the Log of %1</source>
        <translation>%1 のログをエクスポート</translation>
    </message>
    <message>
        <source>job-%1-%2.log</source>
        <translation>job-%1-%2.log</translation>
    </message>
    <message>
        <source>Log written to %1</source>
        <translation>ログを %1 に書き込みました</translation>
    </message>
    <message>
        <source>Cannot export the log: %1</source>
        <translation>ログをエクスポートできません: %1</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed, %3 running, %4 pending</source>
        <translation>正常 %1、失敗 %2、実行中 %3、待機中 %4</translation>
    </message>
</context>
<context>
    <name>opsdeck::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Target or service</source>
        <translation>ターゲットまたはサービス</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xport Log…</source>
        <translation>ログをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation>ジョブを読み取れません: %1</translation>
    </message>
    <message>
        <source>Select a job to export its log</source>
        <translation>ログをエクスポートするジョブを選択してください</translation>
    </message>
    <message>
        <source>Export the Log of Job %1</source>
        <translation>ジョブ %1 のログをエクスポート</translation>
    </message>
    <message>
        <source>job-%1.log</source>
        <translation>job-%1.log</translation>
    </message>
    <message>
        <source>Log written to %1</source>
        <translation>ログを %1 に書き込みました</translation>
    </message>
    <message>
        <source>Cannot export the log: %1</source>
        <translation>ログをエクスポートできません: %1</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>再実行(&amp;A)</translation>
    </message>
    <message>
        <source>Select a job to run it again</source>
        <translation>再実行するジョブを選択してください</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>失敗したホストを再試行(&amp;F)</translation>
    </message>
    <message>
        <source>Select a job to retry its failed hosts</source>
        <translation>失敗したホストを再試行するジョブを選択してください</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>テンプレートとして保存(&amp;T)…</translation>
    </message>
    <message>
        <source>Run T&amp;emplate</source>
        <translation>テンプレートを実行(&amp;E)</translation>
    </message>
    <message>
        <source>Run the selected job again, retry its failed hosts, save it as a template, or run a template</source>
        <translation>選択したジョブを再実行する、失敗したホストを再試行する、テンプレートとして保存する、またはテンプレートを実行します</translation>
    </message>
    <message>
        <source>Cannot read the job templates: %1</source>
        <translation>ジョブテンプレートを読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1(%2 %3)</translation>
    </message>
    <message>
        <source>No templates: save a job as one</source>
        <translation>テンプレートがありません。ジョブをテンプレートとして保存してください</translation>
    </message>
    <message>
        <source>Select a job to save it as a template</source>
        <translation>テンプレートとして保存するジョブを選択してください</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>テンプレートとして保存</translation>
    </message>
    <message>
        <source>Template name for job %1:</source>
        <translation>ジョブ %1 のテンプレート名:</translation>
    </message>
    <message>
        <source>Cannot save job %1 as a template: %2</source>
        <translation>ジョブ %1 をテンプレートとして保存できません: %2</translation>
    </message>
    <message>
        <source>Job %1 saved as the template %2</source>
        <translation>ジョブ %1 をテンプレート %2 として保存しました</translation>
    </message>
</context>
<context>
    <name>opsdeck::KeychainSecretWriter</name>
    <message>
        <source>Cannot store the secret &apos;%1&apos; in the system keychain: %2. Nothing was saved; unlock or start the keychain (Secret Service) and try again.</source>
        <translation>シークレット &apos;%1&apos; をシステムのキーチェーンに保存できません: %2。何も保存されていません。キーチェーン(Secret Service)のロックを解除するか起動してから、再試行してください。</translation>
    </message>
    <message>
        <source>cannot delete the secret &apos;%1&apos; from the system keychain: %2</source>
        <translation>システムのキーチェーンからシークレット &apos;%1&apos; を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::MachineChartsView</name>
    <message>
        <source>No machine selected</source>
        <translation>マシンが選択されていません</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No samples in this range yet</source>
        <translation>この範囲にはまだサンプルがありません</translation>
    </message>
    <message>
        <source>Cannot read the metrics: %1</source>
        <translation>メトリクスを読み取れません: %1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <source>Show a chosen span (from, to)</source>
        <translation>指定した期間を表示します(開始、終了)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Follow the clock: new samples are added as they arrive</source>
        <translation>時刻に追従します: 新しいサンプルは届き次第追加されます</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>The range before the last zoom</source>
        <translation>直前のズーム前の範囲</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Back to the chosen range, live (or double-click a chart)</source>
        <translation>選択した範囲に戻り、ライブ表示にします(またはグラフをダブルクリック)</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>カスタム範囲</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>The range is empty: &quot;to&quot; must be after &quot;from&quot;.</source>
        <translation>範囲が空です: 「終了」は「開始」より後でなければなりません。</translation>
    </message>
    <message>
        <source>Graph definitions left out: %1</source>
        <translation>除外されたグラフ定義: %1</translation>
    </message>
    <message>
        <source>Graph definitions: %1</source>
        <translation>グラフ定義: %1</translation>
    </message>
    <message>
        <source>Compare sources…</source>
        <translation>ソースを比較…</translation>
    </message>
    <message>
        <source>One chart of a quantity from every source this machine has series from</source>
        <translation>このマシンの系列があるすべてのソースから、1 つの量を 1 つのグラフに表示します</translation>
    </message>
</context>
<context>
    <name>opsdeck::MachineDetailsPane</name>
    <message>
        <source>Select a machine to see its details.</source>
        <translation>マシンを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>メタ情報</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is no longer in the pool</source>
        <translation>マシン &apos;%1&apos; はもうリソースプールにありません</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2:%3, user %4&lt;br&gt;state &lt;b&gt;%5&lt;/b&gt;, pool %6%7&lt;br&gt;tags: %8&lt;br&gt;nodes: %9&lt;br&gt;last seen: %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2:%3、ユーザー %4&lt;br&gt;状態 &lt;b&gt;%5&lt;/b&gt;、リソースプール %6%7&lt;br&gt;タグ: %8&lt;br&gt;ノード: %9&lt;br&gt;最終確認: %10</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(既定)</translation>
    </message>
    <message>
        <source> (pool stock)</source>
        <translation>(未割り当て)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未確認</translation>
    </message>
</context>
<context>
    <name>opsdeck::MachineDialog</name>
    <message>
        <source>Edit machine %1</source>
        <translation>マシン %1 の編集</translation>
    </message>
    <message>
        <source>Add machine</source>
        <translation>マシンの追加</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>ホスト名または IP アドレス</translation>
    </message>
    <message>
        <source>SSH user (optional)</source>
        <translation>SSH ユーザー(省略可)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH ポート(&amp;P):</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>リソースプール(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>the SSH port &apos;%1&apos; is not a number</source>
        <translation>SSH ポート &apos;%1&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>Replace the fields with the machine&apos;s current values</source>
        <translation>フィールドをマシンの現在の値で置き換えます</translation>
    </message>
    <message>
        <source>Reloaded: these are the machine&apos;s current values (version %1). Make your change again and save.</source>
        <translation>読み直しました: マシンの現在の値です（バージョン %1）。もう一度変更して保存してください。</translation>
    </message>
</context>
<context>
    <name>opsdeck::MachineTableModel</name>
    <message>
        <source>%1 (pool stock: bound to no product line)</source>
        <translation>%1(未割り当て: どのプロダクトラインにもバインドされていません)</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>リソースプール</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
</context>
<context>
    <name>opsdeck::MachineTablePanel</name>
    <message>
        <source>Filter machines (name, address, tag, node) — Ctrl+F</source>
        <translation>マシンを絞り込み(名前、アドレス、タグ、ノード) — Ctrl+F</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Apply the lifecycle event &apos;%1&apos; to the selected machines</source>
        <translation>選択したマシンにライフサイクルイベント &apos;%1&apos; を適用します</translation>
    </message>
    <message>
        <source>Set pool…</source>
        <translation>リソースプールを設定…</translation>
    </message>
    <message>
        <source>Set tags…</source>
        <translation>タグを設定…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n 台のマシン</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s)</source>
        <translation>
            <numerusform>%n 台中 %1 台のマシン</numerusform></translation>
    </message>
    <message>
        <source>Any pool</source>
        <translation>すべてのリソースプール</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Remove machines</source>
        <translation>マシンの削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n machine(s) from the pool? Their bindings and units are deleted too.</source>
        <translation>
            <numerusform>%n 台のマシンをリソースプールから削除しますか?バインドとユニットも削除されます。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n machine(s)</source>
        <translation>
            <numerusform>%n 台のマシンで %1</numerusform></translation>
    </message>
    <message>
        <source>Set pool</source>
        <translation>リソースプールの設定</translation>
    </message>
    <message numerus="yes">
        <source>Pool for %n machine(s):</source>
        <translation>
            <numerusform>%n 台のマシンのリソースプール:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moving %n machine(s) to pool %1</source>
        <translation>
            <numerusform>%n 台のマシンをリソースプール %1 に移動中</numerusform></translation>
    </message>
    <message>
        <source>Set tags</source>
        <translation>タグの設定</translation>
    </message>
    <message numerus="yes">
        <source>Tags for %n machine(s), comma-separated:</source>
        <translation>
            <numerusform>%n 台のマシンのタグ(カンマ区切り):</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Setting tags on %n machine(s)</source>
        <translation>
            <numerusform>%n 台のマシンにタグを設定中</numerusform></translation>
    </message>
    <message>
        <source>Add machine…</source>
        <translation>マシンを追加…</translation>
    </message>
    <message>
        <source>Register a new machine in the pool (Ctrl+N)</source>
        <translation>リソースプールに新しいマシンを登録します(Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit machine…</source>
        <translation>マシンを編集…</translation>
    </message>
    <message>
        <source>Change the address, port, user, pool and tags of the current machine (F2, Return)</source>
        <translation>現在のマシンのアドレス、ポート、ユーザー、リソースプール、タグを変更します(F2、Return)</translation>
    </message>
    <message>
        <source>Adding machine %1</source>
        <translation>マシン %1 を追加中</translation>
    </message>
    <message>
        <source>Editing machine %1</source>
        <translation>マシン %1 を変更中</translation>
    </message>
</context>
<context>
    <name>opsdeck::MainWindow</name>
    <message>
        <source>Opsdeck</source>
        <translation>Opsdeck</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>チャート(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>インベントリ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the charts and the machine list again</source>
        <translation>チャートとマシン一覧を再読み込みします</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Machine</source>
        <translation>マシンを検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Opsdeck</source>
        <translation>Opsdeck について(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — Opsdeck</source>
        <translation>%1 — Opsdeck</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>ソース(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Run Command…</source>
        <translation>コマンドを実行(&amp;R)…</translation>
    </message>
    <message>
        <source>Run a shell command over SSH on machines, a node or a service</source>
        <translation>SSH 経由でマシン、ノード、またはサービス上でシェルコマンドを実行します</translation>
    </message>
    <message>
        <source>Job %1 — Opsdeck</source>
        <translation>ジョブ %1 — Opsdeck</translation>
    </message>
    <message>
        <source>Run Command</source>
        <translation>コマンドを実行</translation>
    </message>
    <message>
        <source>Hosts, comma-separated (machine names, [user@]host[:port], node:PATH, service:PATH):</source>
        <translation>ホスト、カンマ区切り(マシン名、[user@]host[:port]、node:PATH、service:PATH):</translation>
    </message>
    <message>
        <source>Command to run on %1:</source>
        <translation>%1 で実行するコマンド:</translation>
    </message>
    <message>
        <source>The job&apos;s history could not be written: %1</source>
        <translation>ジョブの履歴を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Job %1 ended</source>
        <translation>ジョブ %1 が終了しました</translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
        <translation>ジョブ %1 が終了しました: %2</translation>
    </message>
    <message>
        <source>The secret was not stored in the keychain: %1</source>
        <translation>シークレットはキーチェーンに保存されませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>デプロイ(&amp;D)…</translation>
    </message>
    <message>
        <source>Push a program package to a service&apos;s units with a canary and batches</source>
        <translation>カナリアとバッチを使って、プログラムパッケージをサービスのユニットに配布します</translation>
    </message>
    <message>
        <source>Open &amp;Terminal</source>
        <translation>端末を開く(&amp;T)</translation>
    </message>
    <message>
        <source>A terminal with ssh to the selected machine, after checking its host key</source>
        <translation>ホスト鍵を確認した後、選択したマシンへ ssh 接続した端末を開きます</translation>
    </message>
    <message>
        <source>Run Command on These Machines…</source>
        <translation>これらのマシンでコマンドを実行…</translation>
    </message>
    <message>
        <source>The selected machines, or every machine the table&apos;s filters show</source>
        <translation>選択したマシン、または表の絞り込みで表示されているすべてのマシン</translation>
    </message>
    <message>
        <source>Run Command on This Node…</source>
        <translation>このノードでコマンドを実行…</translation>
    </message>
    <message>
        <source>Every machine under the selected tree node</source>
        <translation>選択したツリーノード配下のすべてのマシン</translation>
    </message>
    <message>
        <source>Select a tree node to run a command on its machines</source>
        <translation>コマンドを実行するマシンのツリーノードを選択してください</translation>
    </message>
    <message>
        <source>every machine under %1</source>
        <translation>%1 配下のすべてのマシン</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No machine is shown: change the filters first</source>
        <translation>表示されているマシンがありません。先に絞り込み条件を変更してください</translation>
    </message>
    <message numerus="yes">
        <source>%n selected machine(s)</source>
        <translation>
            <numerusform>選択した %n 台のマシン</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the %n machine(s) the filters show</source>
        <translation>
            <numerusform>絞り込みで表示されている %n 台のマシン</numerusform></translation>
    </message>
    <message>
        <source>Cannot run the command</source>
        <translation>コマンドを実行できません</translation>
    </message>
    <message>
        <source>Cannot retry job %1</source>
        <translation>ジョブ %1 を再試行できません</translation>
    </message>
    <message>
        <source>Cannot run job %1 again</source>
        <translation>ジョブ %1 を再実行できません</translation>
    </message>
    <message>
        <source>Cannot run the template %1</source>
        <translation>テンプレート %1 を実行できません</translation>
    </message>
    <message>
        <source>Select a machine to open a terminal on it</source>
        <translation>端末を開くマシンを選択してください</translation>
    </message>
    <message>
        <source>Cannot open a terminal on %1: %2</source>
        <translation>%1 で端末を開けません: %2</translation>
    </message>
    <message>
        <source>the terminal on %1</source>
        <translation>%1 の端末</translation>
    </message>
    <message>
        <source>Cannot start the terminal %1; set $TERMINAL to your terminal program</source>
        <translation>端末 %1 を起動できません。$TERMINAL に使用する端末プログラムを設定してください</translation>
    </message>
    <message>
        <source>Terminal opened on %1</source>
        <translation>%1 で端末を開きました</translation>
    </message>
    <message>
        <source>job %1 %2</source>
        <translation>ジョブ %1 %2</translation>
    </message>
    <message>
        <source>Opsdeck could not be started again on %1</source>
        <translation>%1 で Opsdeck を起動し直せませんでした</translation>
    </message>
    <message>
        <source>Cannot read the checks: %1</source>
        <translation>チェックを読み取れません: %1</translation>
    </message>
    <message>
        <source>&amp;Usage Report…</source>
        <translation>利用状況レポート(&amp;U)…</translation>
    </message>
    <message>
        <source>One value per period of a metric, as a table and a chart, saved as CSV</source>
        <translation>メトリクスの期間ごとに 1 つの値を表とグラフで表示し、CSV で保存します</translation>
    </message>
    <message>
        <source>Job %1: gate after batch %2 passed</source>
        <translation>ジョブ %1: バッチ %2 後のゲートに合格しました</translation>
    </message>
    <message>
        <source>Job %1 paused after batch %2: %3</source>
        <translation>ジョブ %1 はバッチ %2 の後で一時停止しました: %3</translation>
    </message>
    <message>
        <source>Zoom &amp;Back</source>
        <translation>ズームを戻す(&amp;B)</translation>
    </message>
    <message>
        <source>No earlier zoom to go back to</source>
        <translation>戻れる以前のズームがありません</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot read the fleet&apos;s tree: %1</source>
        <translation>フリートのツリーを読み取れません: %1</translation>
    </message>
    <message>
        <source>&amp;Custom Range…</source>
        <translation>カスタム範囲(&amp;C)…</translation>
    </message>
    <message>
        <source>Show a chosen span of the charts (from, to)</source>
        <translation>グラフの指定した期間を表示します（開始、終了）</translation>
    </message>
    <message>
        <source>&amp;Compare These Machines</source>
        <translation>これらのマシンを比較(&amp;C)</translation>
    </message>
    <message>
        <source>The selected machines, or every machine the table&apos;s filters show, side by side on one scale</source>
        <translation>選択したマシン、または表のフィルターで表示されているすべてのマシンを、同じスケールで並べて表示します</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) — Opsdeck</source>
        <translation>
            <numerusform>%n 台のマシン — Opsdeck</numerusform></translation>
    </message>
</context>
<context>
    <name>opsdeck::MaintenanceDialog</name>
    <message>
        <source>Maintenance Windows</source>
        <translation>メンテナンス期間</translation>
    </message>
    <message>
        <source>Show &amp;ended windows</source>
        <translation>終了した期間を表示(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>End the selected window now by removing it (Delete)</source>
        <translation>選択した期間を削除して今すぐ終了します (Delete)</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>新しい期間</translation>
    </message>
    <message>
        <source>a tree node, e.g. acme/shop; / for the whole tree</source>
        <translation>ツリーノード（例: acme/shop）。ツリー全体は /</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>ノード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 時間</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 時間</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>終了日時を指定…</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>長さ(&amp;L):</translation>
    </message>
    <message>
        <source>why (shown beside the alerts it holds back)</source>
        <translation>理由（保留したアラートの横に表示されます）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Add Window</source>
        <translation>期間を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Name the tree node the window is on (/ for the whole tree).</source>
        <translation>期間を設定するツリーノードを指定してください（ツリー全体は /）。</translation>
    </message>
    <message>
        <source>The window was not added: %1</source>
        <translation>期間を追加できませんでした: %1</translation>
    </message>
    <message>
        <source>the whole tree</source>
        <translation>ツリー全体</translation>
    </message>
    <message>
        <source>Maintenance window %1 on %2 added</source>
        <translation>%2 にメンテナンス期間 %1 を追加しました</translation>
    </message>
    <message>
        <source>The window was not removed: %1</source>
        <translation>期間を削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Maintenance window %1 removed</source>
        <translation>メンテナンス期間 %1 を削除しました</translation>
    </message>
</context>
<context>
    <name>opsdeck::MaintenanceModel</name>
    <message>
        <source>Cannot read the maintenance windows: %1</source>
        <translation>メンテナンス期間を読み取れません: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>(whole tree)</source>
        <translation>（ツリー全体）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>By</source>
        <translation>作成者</translation>
    </message>
</context>
<context>
    <name>opsdeck::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>opsdeck::MetricChartWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 日</numerusform></translation>
    </message>
    <message>
        <source>%1 · %2 resolution</source>
        <translation>%1 · 解像度 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::MetricProbe</name>
    <message>
        <source>a metric check needs a series, or a metric and a machine</source>
        <translation>metric チェックには系列、またはメトリクスとマシンが必要です</translation>
    </message>
    <message>
        <source>a metric check needs an op (&gt;, &gt;=, &lt;, &lt;=, ==, !=), a warning or critical value and agg last, avg, min or max</source>
        <translation>metric チェックには op(&gt;、&gt;=、&lt;、&lt;=、==、!=)、警告値または重大値、および agg(last、avg、min、max)が必要です</translation>
    </message>
    <message>
        <source>no data since %1 s</source>
        <translation>直近 %1 秒間データがありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: source %2 is down (%3)</source>
        <translation>%1: ソース %2 がダウンしています(%3)</translation>
    </message>
    <message>
        <source>%1: %2 of the last %3 points is %4</source>
        <translation>%1: 直近 %3 ポイントの %2 は %4</translation>
    </message>
    <message>
        <source>%1: %2 of the last %3 points is %4 (%5 %6)</source>
        <translation>%1: 直近 %3 ポイントの %2 は %4(%5 %6)</translation>
    </message>
</context>
<context>
    <name>opsdeck::NagiosProbe</name>
    <message>
        <source>the plugin printed nothing (exit code %1)</source>
        <translation>プラグインは何も出力しませんでした(終了コード %1)</translation>
    </message>
    <message>
        <source>the plugin printed nothing on stdout (exit code %1): %2</source>
        <translation>プラグインは標準出力に何も出力しませんでした(終了コード %1): %2</translation>
    </message>
    <message>
        <source>exit code %1 is not a plugin status: %2</source>
        <translation>終了コード %1 はプラグインのステータスではありません: %2</translation>
    </message>
    <message>
        <source>[performance data not read: %1]</source>
        <translation>[パフォーマンスデータを読み取れませんでした: %1]</translation>
    </message>
    <message>
        <source>the command has an unterminated %1 quote</source>
        <translation>コマンドに閉じられていない %1 引用符があります</translation>
    </message>
    <message>
        <source>a Nagios check needs a command</source>
        <translation>Nagios チェックにはコマンドが必要です</translation>
    </message>
    <message>
        <source>the plugin printed more than %1 bytes; it was stopped</source>
        <translation>プラグインが %1 バイトを超えて出力したため停止しました</translation>
    </message>
    <message>
        <source>the plugin could not be started: %1</source>
        <translation>プラグインを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>the plugin crashed (%1)</source>
        <translation>プラグインがクラッシュしました(%1)</translation>
    </message>
    <message>
        <source>no SSH engine to run the plugin over SSH</source>
        <translation>SSH 経由でプラグインを実行する SSH エンジンがありません</translation>
    </message>
    <message>
        <source>a Nagios check over SSH needs a machine</source>
        <translation>SSH 経由の Nagios チェックにはマシンが必要です</translation>
    </message>
    <message>
        <source>the plugin died of signal %1</source>
        <translation>プラグインがシグナル %1 で強制終了されました</translation>
    </message>
</context>
<context>
    <name>opsdeck::NavigationController</name>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>マシン %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>dashboard %1</source>
        <translation>ダッシュボード %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>%1 に戻る</translation>
    </message>
    <message>
        <source>No earlier page</source>
        <translation>前のページはありません</translation>
    </message>
    <message>
        <source>Forward to %1</source>
        <translation>%1 に進む</translation>
    </message>
    <message>
        <source>No later page</source>
        <translation>次のページはありません</translation>
    </message>
</context>
<context>
    <name>opsdeck::NodeComparePage</name>
    <message>
        <source>The metric every host&apos;s chart shows</source>
        <translation>各ホストのグラフに表示するメトリクス</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the charts and the figures again</source>
        <translation>グラフと数値を読み直します</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>メトリクス:</translation>
    </message>
    <message>
        <source>Cannot read the machines of %1: %2</source>
        <translation>%1 のマシンを読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot read the metrics: %1</source>
        <translation>メトリクスを読み取れません: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n 台のマシン</numerusform></translation>
    </message>
    <message>
        <source>No machines</source>
        <translation>マシンがありません</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台のホスト</numerusform></translation>
    </message>
    <message>
        <source> · no data in this range</source>
        <translation> · この期間のデータはありません</translation>
    </message>
    <message>
        <source> · %1 with data · average %2 · max %3 (%4)</source>
        <translation> · データあり: %1 · 平均 %2 · 最大 %3（%4）</translation>
    </message>
</context>
<context>
    <name>opsdeck::OverlayChart</name>
    <message>
        <source>The quantity to compare across the host&apos;s sources</source>
        <translation>ホストのソース間で比較する量</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>量:</translation>
    </message>
    <message>
        <source>Cannot list the series of %1: %2</source>
        <translation>%1 の系列を一覧表示できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n source(s))</source>
        <translation>
            <numerusform>%1（%n 個のソース）</numerusform></translation>
    </message>
    <message>
        <source>No series for %1 in the cache</source>
        <translation>キャッシュに %1 の系列がありません</translation>
    </message>
    <message>
        <source>Cannot read the series: %1</source>
        <translation>系列を読み取れません: %1</translation>
    </message>
    <message>
        <source>No samples in this range</source>
        <translation>この期間のサンプルはありません</translation>
    </message>
    <message>
        <source>Compare sources — %1</source>
        <translation>ソースの比較 — %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::PanelDialog</name>
    <message>
        <source>New Panel</source>
        <translation>新規パネル</translation>
    </message>
    <message>
        <source>Edit Panel</source>
        <translation>パネルの編集</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Single value</source>
        <translation>単一の値</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Statistic:</source>
        <translation>統計値(&amp;S):</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>期間(&amp;A):</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>プロダクトライン</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Product lines from their URLs</source>
        <translation>URL から求めたプロダクトライン</translation>
    </message>
    <message>
        <source>Table &amp;rows:</source>
        <translation>表の行(&amp;R):</translation>
    </message>
    <message>
        <source>cpu, memory, disk — or qps, response_time, bandwidth, availability</source>
        <translation>cpu、memory、disk、または qps、response_time、bandwidth、availability</translation>
    </message>
    <message>
        <source>Table &amp;columns:</source>
        <translation>表の列(&amp;C):</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Node (/ for the whole tree)</source>
        <translation>ノード（ツリー全体は /）</translation>
    </message>
    <message>
        <source>No machine (a pushed series)</source>
        <translation>マシンなし（プッシュされた系列）</translation>
    </message>
    <message>
        <source>web1, or acme/shop</source>
        <translation>web1、または acme/shop</translation>
    </message>
    <message>
        <source>&amp;Read from:</source>
        <translation>読み取り元(&amp;R):</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>メトリクス</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>&amp;Metric or series:</source>
        <translation>メトリクスまたは系列(&amp;M):</translation>
    </message>
    <message>
        <source>any (the freshest)</source>
        <translation>任意（最新のもの）</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>ソース(&amp;O):</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>位置(&amp;P):</translation>
    </message>
    <message>
        <source>The range is a duration such as 1h, 1d or 7d.</source>
        <translation>期間は 1h、1d、7d のような長さで指定します。</translation>
    </message>
</context>
<context>
    <name>opsdeck::PanelTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>QPS</source>
        <translation>QPS</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>帯域幅</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
</context>
<context>
    <name>opsdeck::PanelView</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>この期間のデータはありません</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 over the range</source>
        <translation>期間全体での %2 の%1</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>行がありません</translation>
    </message>
</context>
<context>
    <name>opsdeck::PlaintextReceiver</name>
    <message>
        <source>cannot listen on TCP %1:%2: %3</source>
        <translation>TCP %1:%2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>cannot listen on UDP %1:%2: %3</source>
        <translation>UDP %1:%2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 bytes, dropped</source>
        <translation>%1: %2 行目: %3 バイトを超えているため破棄しました</translation>
    </message>
    <message>
        <source>%1: %2 at %3: older than the retention keeps (since %4), dropped</source>
        <translation>%1: %3 の %2: 保持期間で保持される範囲(%4 以降)より古いため破棄しました</translation>
    </message>
</context>
<context>
    <name>opsdeck::PollScheduler</name>
    <message numerus="yes">
        <source>%n source(s) skipped; source %1: %2</source>
        <translation>
            <numerusform>%n 個のソースをスキップしました。ソース %1: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>opsdeck::PollSchedulerWorker</name>
    <message>
        <source>cannot read the sources: %1</source>
        <translation>ソースを読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::PollStatusWriter</name>
    <message numerus="yes">
        <source>cannot record %n poll(s) yet (will retry): %1</source>
        <translation>
            <numerusform>%n 件のポーリング結果をまだ記録できません(再試行します): %1</numerusform></translation>
    </message>
</context>
<context>
    <name>opsdeck::ReceiverPanel</name>
    <message>
        <source>Graphite plaintext receiver</source>
        <translation>Graphite plaintext レシーバー</translation>
    </message>
    <message>
        <source>&amp;Receive Graphite plaintext</source>
        <translation>Graphite plaintext を受信(&amp;R)</translation>
    </message>
    <message>
        <source>Listen for Graphite plaintext (path value timestamp) on TCP and UDP and store what arrives</source>
        <translation>TCP と UDP で Graphite plaintext(path value timestamp)を待ち受け、受信したものを保存します</translation>
    </message>
    <message>
        <source>The IP address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface)</source>
        <translation>待ち受ける IP アドレス(127.0.0.1: このマシンのみ、0.0.0.0: すべてのインターフェース)</translation>
    </message>
    <message>
        <source>Malformed lines appear here</source>
        <translation>不正な形式の行はここに表示されます</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>待ち受けアドレス:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>件数:</translation>
    </message>
    <message>
        <source>Recent errors:</source>
        <translation>最近のエラー:</translation>
    </message>
    <message>
        <source>The receiver was on when Opsdeck last ran but cannot start again: %1</source>
        <translation>前回 Opsdeck を実行したときレシーバーはオンでしたが、再び起動できません: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address; enter e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>&apos;%1&apos; は IP アドレスではありません。127.0.0.1 や 0.0.0.0 などを入力してください。</translation>
    </message>
    <message>
        <source>Cannot receive on %1: %2. Another program (carbon-cache, another Opsdeck) may hold the port; stop it or choose another port.</source>
        <translation>%1 で受信できません: %2。別のプログラム(carbon-cache、別の Opsdeck)がポートを使用している可能性があります。そのプログラムを停止するか、別のポートを選択してください。</translation>
    </message>
    <message>
        <source>Listening on %1 (TCP and UDP)</source>
        <translation>%1 で待ち受け中(TCP と UDP)</translation>
    </message>
    <message>
        <source>Off — turn on &quot;Receive Graphite plaintext&quot; to listen</source>
        <translation>オフ — 待ち受けるには「Graphite plaintext を受信」をオンにしてください</translation>
    </message>
    <message>
        <source>stored %1 · malformed %2 · refused %3</source>
        <translation>保存 %1 · 不正な形式 %2 · 拒否 %3</translation>
    </message>
    <message>
        <source>store refused a batch: %1</source>
        <translation>ストアがバッチを拒否しました: %1</translation>
    </message>
    <message>
        <source>The receiver is on, but that could not be saved for the next start: %1</source>
        <translation>レシーバーはオンになりましたが、次回の起動用にその設定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The receiver is off, but that could not be saved for the next start: %1</source>
        <translation>レシーバーはオフになりましたが、次回の起動用にその設定を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::RelationsEditor</name>
    <message>
        <source>Needs service…</source>
        <translation>必要とするサービス…</translation>
    </message>
    <message>
        <source>Needs endpoint…</source>
        <translation>必要とするエンドポイント…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select a service in the tree first</source>
        <translation>先にツリーでサービスを選択してください</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>リレーションの追加</translation>
    </message>
    <message>
        <source>%1 needs every unit of the service:</source>
        <translation>%1 が必要とする、次のサービスのすべてのユニット:</translation>
    </message>
    <message>
        <source>Only its units at port (empty for every port):</source>
        <translation>このポートのユニットのみ(空欄ですべてのポート):</translation>
    </message>
    <message>
        <source>Adding a relation</source>
        <translation>リレーションの追加</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number</source>
        <translation>&apos;%1&apos; はポート番号ではありません</translation>
    </message>
    <message>
        <source>Adding relation %1 → %2</source>
        <translation>リレーション %1 → %2 を追加中</translation>
    </message>
    <message>
        <source>%1 needs the endpoint (HOST:PORT):</source>
        <translation>%1 が必要とするエンドポイント(HOST:PORT):</translation>
    </message>
    <message>
        <source>Remove the relation %1 → %2?</source>
        <translation>リレーション %1 → %2 を削除しますか?</translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>リレーションの削除</translation>
    </message>
    <message>
        <source>Removing a relation</source>
        <translation>リレーションの削除</translation>
    </message>
</context>
<context>
    <name>opsdeck::RelationsModel</name>
    <message>
        <source>units of a service</source>
        <translation>サービスのユニット</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>必要とするもの</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>下流</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Resolved endpoints</source>
        <translation>解決されたエンドポイント</translation>
    </message>
</context>
<context>
    <name>opsdeck::RetentionRulesPanel</name>
    <message>
        <source>Retention by metric key</source>
        <translation>メトリクスキーごとの保持期間</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Retentions</source>
        <translation>保持期間</translation>
    </message>
    <message>
        <source>The first rule whose pattern matches a series&apos; metric key gives its retention; the default applies to the rest</source>
        <translation>系列の保持期間は、パターンがその系列のメトリクスキーに一致する最初のルールで決まります。それ以外の系列には既定の保持期間が適用されます</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>ルールを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>ルールを削除</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>パターン:</translation>
    </message>
    <message>
        <source>Retentions:</source>
        <translation>保持期間:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>The retention rules could not be saved: %1</source>
        <translation>保持期間ルールを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Select a rule to remove (the default stays)</source>
        <translation>削除するルールを選択してください(既定のルールは残ります)</translation>
    </message>
</context>
<context>
    <name>opsdeck::SecretPrompt</name>
    <message>
        <source>The key %1 needs its passphrase.</source>
        <translation>鍵 %1 にはパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>%1@%2 asks for a password.</source>
        <translation>%1@%2 がパスワードを要求しています。</translation>
    </message>
    <message>
        <source>That was not accepted.</source>
        <translation>入力内容は受け付けられませんでした。</translation>
    </message>
    <message>
        <source>the window is closing</source>
        <translation>ウィンドウを閉じています</translation>
    </message>
    <message>
        <source>no keychain is configured</source>
        <translation>キーチェーンが設定されていません</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>SSH Password</source>
        <translation>SSH パスワード</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>キーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <source>no secret given for %1</source>
        <translation>%1 のシークレットが入力されませんでした</translation>
    </message>
</context>
<context>
    <name>opsdeck::ServiceTreeModel</name>
    <message>
        <source>%1 (%2)%3
%4 machines bound here, %5 in the subtree
%6 units in the subtree, %7 URLs bound here</source>
        <translation>%1(%2)%3
ここにバインドされたマシン %4 台、サブツリー全体で %5 台
サブツリーのユニット %6 個、ここにバインドされた URL %7 個</translation>
    </message>
    <message>
        <source>, product line</source>
        <translation>、プロダクトライン</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>メンテナンス中</translation>
    </message>
    <message>
        <source>%1, in maintenance</source>
        <translation>%1、メンテナンス中</translation>
    </message>
</context>
<context>
    <name>opsdeck::ServiceTreePanel</name>
    <message>
        <source>Filter nodes</source>
        <translation>ノードを絞り込み</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移動…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Bind URL…</source>
        <translation>URL をバインド…</translation>
    </message>
    <message numerus="yes">
        <source>Binding %n machine(s) to %1</source>
        <translation>
            <numerusform>%n 台のマシンを %1 にバインド中</numerusform></translation>
    </message>
    <message>
        <source>Moving %1</source>
        <translation>%1 を移動中</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>ノードの追加</translation>
    </message>
    <message>
        <source>Kind of the new node:</source>
        <translation>新しいノードの種類:</translation>
    </message>
    <message>
        <source>Name of the new top-level node:</source>
        <translation>新しい最上位ノードの名前:</translation>
    </message>
    <message>
        <source>Name of the new node under %1:</source>
        <translation>%1 の下に作成する新しいノードの名前:</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>%1 を追加中</translation>
    </message>
    <message>
        <source>Rename node</source>
        <translation>ノード名の変更</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 の新しい名前:</translation>
    </message>
    <message>
        <source>Renaming %1</source>
        <translation>%1 の名前を変更中</translation>
    </message>
    <message>
        <source>Move node</source>
        <translation>ノードの移動</translation>
    </message>
    <message>
        <source>Move %1 under (a node path; empty for the top level):</source>
        <translation>%1 の移動先(ノードパス。空欄で最上位):</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) below it</source>
        <translation>
            <numerusform>配下のノード %n 個</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>ユニット %n 個</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n machine binding(s)</source>
        <translation>
            <numerusform>マシンのバインド %n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n URL binding(s)</source>
        <translation>
            <numerusform>URL のバインド %n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>リレーション %n 件</numerusform></translation>
    </message>
    <message>
        <source>The node is empty.</source>
        <translation>このノードは空です。</translation>
    </message>
    <message>
        <source>This also deletes: %1.</source>
        <translation>次のものも削除されます: %1。</translation>
    </message>
    <message>
        <source>The machines stay in the pool.</source>
        <translation>マシンはリソースプールに残ります。</translation>
    </message>
    <message>
        <source>Delete node</source>
        <translation>ノードの削除</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 を削除中</translation>
    </message>
    <message>
        <source>Bind URL</source>
        <translation>URL のバインド</translation>
    </message>
    <message>
        <source>URL to bind to %1:</source>
        <translation>%1 にバインドする URL:</translation>
    </message>
    <message>
        <source>Binding %1 to %2</source>
        <translation>%1 を %2 にバインド中</translation>
    </message>
</context>
<context>
    <name>opsdeck::SilenceDialog</name>
    <message>
        <source>Silence %1</source>
        <translation>%1 をサイレンス</translation>
    </message>
    <message>
        <source>No notification for %1 until the silence ends; its state is still shown.</source>
        <translation>サイレンスが終わるまで %1 の通知は送信されません。状態は引き続き表示されます。</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>日時を指定…</translation>
    </message>
    <message>
        <source>&amp;Silence for:</source>
        <translation>サイレンス期間(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>終了日時(&amp;U):</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>サイレンス</translation>
    </message>
</context>
<context>
    <name>opsdeck::SmallMultiplesView</name>
    <message>
        <source>max %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>この期間のデータはありません</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
</context>
<context>
    <name>opsdeck::SourceDialog</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Add Metric Source</source>
        <translation>メトリクスソースの追加</translation>
    </message>
    <message>
        <source>node_exporter agent</source>
        <translation>node_exporter エージェント</translation>
    </message>
    <message>
        <source>Graphite</source>
        <translation>Graphite</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>OpenTSDB</source>
        <translation>OpenTSDB</translation>
    </message>
    <message>
        <source>{address}, {name} and {port} are replaced by each machine&apos;s values</source>
        <translation>{address}、{name}、{port} は各マシンの値に置き換えられます</translation>
    </message>
    <message>
        <source>Passed through: a Graphite target, PromQL, or OpenTSDB m=…</source>
        <translation>そのまま渡されます: Graphite の target、PromQL、または OpenTSDB の m=…</translation>
    </message>
    <message>
        <source>the series&apos; own name</source>
        <translation>系列自身の名前</translation>
    </message>
    <message>
        <source>One machine</source>
        <translation>1 台のマシン</translation>
    </message>
    <message>
        <source>Every machine under a tree node</source>
        <translation>ツリーノード配下のすべてのマシン</translation>
    </message>
    <message>
        <source>No machine (backend)</source>
        <translation>マシンなし(バックエンド)</translation>
    </message>
    <message>
        <source>e.g. shop/web</source>
        <translation>例: shop/web</translation>
    </message>
    <message>
        <source>Poll this source</source>
        <translation>このソースをポーリングする</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic(ユーザーとパスワード)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer トークン</translation>
    </message>
    <message>
        <source>The system keychain entry (service &quot;opsdeck&quot;) that holds the secret</source>
        <translation>シークレットを保持するシステムのキーチェーンのエントリ(サービス &quot;opsdeck&quot;)</translation>
    </message>
    <message>
        <source>Stored in the system keychain only, never in Opsdeck&apos;s database</source>
        <translation>システムのキーチェーンにのみ保存され、Opsdeck のデータベースには保存されません</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;URL template:</source>
        <translation>URL テンプレート(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>クエリ(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>ステップ(&amp;S):</translation>
    </message>
    <message>
        <source>Store &amp;as:</source>
        <translation>保存名(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Bound to:</source>
        <translation>バインド先(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>マシン(&amp;M):</translation>
    </message>
    <message>
        <source>Tree &amp;node:</source>
        <translation>ツリーノード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>認証(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Keychain entry:</source>
        <translation>キーチェーンのエントリ(&amp;K):</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>パスワードまたはトークン(&amp;W):</translation>
    </message>
    <message>
        <source>Edit Metric Source</source>
        <translation>メトリクスソースの編集</translation>
    </message>
    <message>
        <source>unchanged — type to replace</source>
        <translation>変更なし — 入力すると置き換えます</translation>
    </message>
    <message>
        <source>Enter the URL to poll, e.g. %1.</source>
        <translation>ポーリングする URL を入力してください(例: %1)。</translation>
    </message>
    <message>
        <source>Enter the query this backend should answer (a Graphite target, PromQL or an OpenTSDB m=… expression).</source>
        <translation>このバックエンドに問い合わせるクエリを入力してください(Graphite の target、PromQL、または OpenTSDB の m=… 式)。</translation>
    </message>
    <message>
        <source>Choose the machine this source belongs to.</source>
        <translation>このソースが属するマシンを選択してください。</translation>
    </message>
    <message>
        <source>Enter the tree node whose machines this source polls (e.g. shop/web).</source>
        <translation>このソースがポーリングするマシンを持つツリーノードを入力してください(例: shop/web)。</translation>
    </message>
    <message>
        <source>The timeout (%1 s) must not be longer than the interval (%2 s).</source>
        <translation>タイムアウト(%1 秒)はポーリング間隔(%2 秒)より長くできません。</translation>
    </message>
    <message>
        <source>Name the keychain entry that holds the password or token.</source>
        <translation>パスワードまたはトークンを保持するキーチェーンのエントリ名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the password or token; it is stored in the system keychain only.</source>
        <translation>パスワードまたはトークンを入力してください。システムのキーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <source>Command over SSH (agentless)</source>
        <translation>SSH 経由のコマンド(エージェントレス)</translation>
    </message>
    <message>
        <source>empty: read /proc like the local collector</source>
        <translation>空: ローカルのコレクターと同様に /proc を読み取る</translation>
    </message>
    <message>
        <source>Replace the form with the source&apos;s current values</source>
        <translation>フォームをソースの現在の値で置き換えます</translation>
    </message>
    <message>
        <source>Reloaded: these are the source&apos;s current values (version %1). Make your change again and save.</source>
        <translation>読み直しました: ソースの現在の値です(バージョン %1)。もう一度変更して保存してください。</translation>
    </message>
</context>
<context>
    <name>opsdeck::SourceTableModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>マシン %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>ノード %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>バインド先</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最終エラー</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>不正な形式</translation>
    </message>
</context>
<context>
    <name>opsdeck::SourceTargetsModel</name>
    <message>
        <source>(backend)</source>
        <translation>(バックエンド)</translation>
    </message>
    <message>
        <source>%1 (not polled yet)</source>
        <translation>%1(未ポーリング)</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>最終試行</translation>
    </message>
    <message>
        <source>Last OK</source>
        <translation>最終成功</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最終エラー</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>不正な形式</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>%1 行目: %2: %3</translation>
    </message>
    <message>
        <source>Last malformed lines:
%1</source>
        <translation>最近の不正な形式の行:
%1</translation>
    </message>
    <message>
        <source>%1 series of the last answer mapped onto Kurado&apos;s metric names</source>
        <translation>前回の応答のうち Kurado のメトリクス名にマッピングされた系列: %1 件</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>マッピング済み</translation>
    </message>
</context>
<context>
    <name>opsdeck::SourcesView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a metric source</source>
        <translation>メトリクスソースを追加します</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected source</source>
        <translation>選択したソースを変更します</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>選択したソースを削除します</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>無効化(&amp;B)</translation>
    </message>
    <message>
        <source>Stop or resume polling the selected source</source>
        <translation>選択したソースのポーリングを停止または再開します</translation>
    </message>
    <message>
        <source>Cannot read the sources: %1</source>
        <translation>ソースを読み取れません: %1</translation>
    </message>
    <message>
        <source>Cannot read the targets: %1</source>
        <translation>ターゲットを読み取れません: %1</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>有効化(&amp;B)</translation>
    </message>
    <message>
        <source>Changed source %1.</source>
        <translation>ソース %1 を変更しました。</translation>
    </message>
    <message>
        <source>Added source %1.</source>
        <translation>ソース %1 を追加しました。</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>ソースの削除</translation>
    </message>
    <message>
        <source>Remove source %1 (%2, %3)? Its poll status goes with it; the samples it stored stay.</source>
        <translation>ソース %1(%2、%3)を削除しますか?ポーリングの状態も削除されますが、保存済みのサンプルは残ります。</translation>
    </message>
    <message>
        <source>Removed source %1.</source>
        <translation>ソース %1 を削除しました。</translation>
    </message>
    <message>
        <source>Source %1 is polled again.</source>
        <translation>ソース %1 のポーリングを再開しました。</translation>
    </message>
    <message>
        <source>Source %1 is no longer polled.</source>
        <translation>ソース %1 のポーリングを停止しました。</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>レシーバー</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保持期間</translation>
    </message>
    <message>
        <source>Removed source %1, but its secret &apos;%2&apos; is still in the system keychain: %3. The source stays removed; delete the entry (service &quot;opsdeck&quot;) by hand.</source>
        <translation>ソース %1 を削除しましたが、シークレット &apos;%2&apos; はシステムのキーチェーンに残っています: %3。ソースは削除されたままです。エントリ(サービス &quot;opsdeck&quot;)を手動で削除してください。</translation>
    </message>
</context>
<context>
    <name>opsdeck::StaleReload</name>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
</context>
<context>
    <name>opsdeck::StatusBarController</name>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>The local SQL cache this window works on (--db PATH or OPSDECK_DB to choose another)</source>
        <translation>このウィンドウが使用するローカル SQL キャッシュ(別のものを選ぶには --db PATH または OPSDECK_DB)</translation>
    </message>
    <message>
        <source>Collector: stopped</source>
        <translation>コレクター: 停止中</translation>
    </message>
    <message>
        <source>Collector: running, last pass %1</source>
        <translation>コレクター: 実行中、前回の実行 %1</translation>
    </message>
    <message>
        <source>Collector: running, first pass under way</source>
        <translation>コレクター: 実行中、初回の実行中</translation>
    </message>
    <message>
        <source>Collector error: %1</source>
        <translation>コレクターのエラー: %1</translation>
    </message>
    <message>
        <source>The local collector reads /proc every %1 s off the GUI thread</source>
        <translation>ローカルのコレクターは GUI スレッドとは別に %1 秒ごとに /proc を読み取ります</translation>
    </message>
    <message>
        <source>Samples that could not be written stay buffered and are written as soon as the database accepts them again</source>
        <translation>書き込めなかったサンプルはバッファーに保持され、データベースが再び受け付けるようになりしだい書き込まれます</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n failure(s) since %3)</source>
        <translation>
            <numerusform>%1: %2(%3 以降 %n 回失敗)</numerusform></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>ポーリング</translation>
    </message>
    <message>
        <source>See the Sources tab or opsdeck source status</source>
        <translation>「ソース」タブまたは opsdeck source status を確認してください</translation>
    </message>
    <message>
        <source>Metrics cache</source>
        <translation>メトリクスキャッシュ</translation>
    </message>
    <message numerus="yes">
        <source>Collector: running, last pass %1, %n plugin warning(s)</source>
        <translation>
            <numerusform>コレクター: 実行中、前回の実行 %1、プラグインの警告 %n 件</numerusform></translation>
    </message>
    <message>
        <source>Metrics cache: %1; the default retention is used until it is fixed (opsdeck metrics retention)</source>
        <translation>メトリクスキャッシュ: %1。修正されるまで既定の保持期間を使います(opsdeck metrics retention)</translation>
    </message>
</context>
<context>
    <name>opsdeck::TargetDetailsPane</name>
    <message>
        <source>Select a target to see how much of its page was mapped and its last malformed lines.</source>
        <translation>ターゲットを選択すると、そのページのどれだけがマッピングされたかと、最近の不正な形式の行が表示されます。</translation>
    </message>
    <message>
        <source>(backend)</source>
        <translation>(バックエンド)</translation>
    </message>
    <message>
        <source>%1: no answer read yet</source>
        <translation>%1: まだ応答を読み取っていません</translation>
    </message>
    <message>
        <source>%1: %2 series of the last answer mapped onto Kurado&apos;s names</source>
        <translation>%1: 前回の応答の系列 %2 件が Kurado の名前にマッピングされました</translation>
    </message>
    <message>
        <source>No malformed lines in the last answer.</source>
        <translation>前回の応答に不正な形式の行はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Last malformed lines (%n in all so far):</source>
        <translation>
            <numerusform>最近の不正な形式の行(これまでに計 %n 行):</numerusform></translation>
    </message>
</context>
<context>
    <name>opsdeck::TcpProbe</name>
    <message>
        <source>a TCP check needs a host and a port (1-65535)</source>
        <translation>TCP チェックにはホストとポート(1-65535)が必要です</translation>
    </message>
    <message>
        <source>%1 accepts connections (%2 ms)</source>
        <translation>%1 は接続を受け付けています(%2 ms)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no connection within %2 ms</source>
        <translation>%1: %2 ms 以内に接続できませんでした</translation>
    </message>
</context>
<context>
    <name>opsdeck::TeamDatabaseDialog</name>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>パスワードをキーチェーンに保存(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to a Team Database</source>
        <translation>チームデータベースに接続</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database: its inventory, jobs and checks. Charts stay in this computer&apos;s own cache.</source>
        <translation>チームは 1 つの PostgreSQL データベース（インベントリ、ジョブ、チェック）を共有します。チャートはこのコンピューター自身のキャッシュに残ります。</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新規）</translation>
    </message>
    <message>
        <source>Re&amp;cent:</source>
        <translation>最近(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>TLS as libpq&apos;s sslmode: verify-full checks the server&apos;s certificate and name</source>
        <translation>libpq の sslmode による TLS: verify-full はサーバーの証明書と名前を検証します</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>TLS (sslmode)(&amp;T):</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass or the keychain</source>
        <translation>空欄: ~/.pgpass またはキーチェーン</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Give the database server&apos;s host name.</source>
        <translation>データベースサーバーのホスト名を入力してください。</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>データベース名を入力してください。</translation>
    </message>
    <message>
        <source>Give the user to log in as.</source>
        <translation>ログインするユーザーを入力してください。</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>%1 にログインしました。</translation>
    </message>
    <message>
        <source>The password was not stored in the keychain: %1</source>
        <translation>パスワードはキーチェーンに保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>%1 にログイン中…</translation>
    </message>
    <message>
        <source>%1 asks for a password: type it above, or put it in ~/.pgpass.</source>
        <translation>%1 がパスワードを求めています: 上に入力するか、~/.pgpass に書いてください。</translation>
    </message>
    <message>
        <source>%1 refused the password.</source>
        <translation>%1 がパスワードを拒否しました。</translation>
    </message>
</context>
<context>
    <name>opsdeck::TeamSession</name>
    <message>
        <source>Connect to a &amp;Team Database…</source>
        <translation>チームデータベースに接続(&amp;T)…</translation>
    </message>
    <message>
        <source>Use the &amp;Local Database</source>
        <translation>ローカルデータベースを使う(&amp;L)</translation>
    </message>
    <message>
        <source>Open a shared PostgreSQL database that the whole team sees</source>
        <translation>チーム全員が見る共有 PostgreSQL データベースを開きます</translation>
    </message>
    <message>
        <source>Start again on this computer&apos;s own database</source>
        <translation>このコンピューター自身のデータベースで起動し直します</translation>
    </message>
    <message>
        <source>Cannot tell what you may do on the team database: %1</source>
        <translation>チームデータベースで何ができるか確認できません: %1</translation>
    </message>
    <message>
        <source>Team database lost</source>
        <translation>チームデータベースとの接続断</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached (%2). What was read stays on screen, read-only; Opsdeck keeps trying to reconnect.</source>
        <translation>チームデータベース %1 に接続できません（%2）。読み込んだ内容は読み取り専用で表示したまま、Opsdeck は再接続を試み続けます。</translation>
    </message>
    <message>
        <source>Team database lost: try %1 failed, next in %2 s</source>
        <translation>チームデータベースとの接続断: %1 回目の試行に失敗、%2 秒後に再試行</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached (%2). What was read stays on screen, read-only; trying again in %3 s.</source>
        <translation>チームデータベース %1 に接続できません（%2）。読み込んだ内容は読み取り専用で表示したまま、%3 秒後に再試行します。</translation>
    </message>
    <message>
        <source>The team database %1 answers again; the views are read afresh.</source>
        <translation>チームデータベース %1 が再び応答しました。ビューを読み直しました。</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>ローカルデータベース</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>チームデータベース</translation>
    </message>
    <message>
        <source>Team: %1 (%2)</source>
        <translation>チーム: %1（%2）</translation>
    </message>
</context>
<context>
    <name>opsdeck::TraySettingsDialog</name>
    <message>
        <source>Tray Settings</source>
        <translation>トレイ設定</translation>
    </message>
    <message>
        <source>Warning and above</source>
        <translation>警告以上</translation>
    </message>
    <message>
        <source>Error and above</source>
        <translation>エラー以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>重大のみ</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイで実行を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Tray &amp;messages for:</source>
        <translation>トレイメッセージの対象(&amp;M):</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the window closes as usual and alerts go out as desktop notifications.</source>
        <translation>このデスクトップにはシステムトレイがありません。ウィンドウは通常どおり閉じ、アラートはデスクトップ通知として送信されます。</translation>
    </message>
    <message>
        <source>Webhook, e-mail and quiet hours: opsdeck alert config.</source>
        <translation>Webhook、メール、通知停止時間帯: opsdeck alert config。</translation>
    </message>
</context>
<context>
    <name>opsdeck::UnitsModel</name>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Machine state</source>
        <translation>マシンの状態</translation>
    </message>
    <message>
        <source>Deploy folder</source>
        <translation>デプロイフォルダー</translation>
    </message>
</context>
<context>
    <name>opsdeck::UnreachableProbe</name>
    <message>
        <source>an unreachable check needs a machine</source>
        <translation>unreachable チェックにはマシンが必要です</translation>
    </message>
    <message>
        <source>%1: no data at all</source>
        <translation>%1: データがまったくありません</translation>
    </message>
    <message>
        <source>%1: no data for %2 s (more than %3 s)</source>
        <translation>%1: %2 秒間データがありません(%3 秒超)</translation>
    </message>
    <message>
        <source>%1: last data %2 s ago</source>
        <translation>%1: 最後のデータは %2 秒前です</translation>
    </message>
</context>
<context>
    <name>opsdeck::UsageReportDialog</name>
    <message>
        <source>Usage Report</source>
        <translation>利用状況レポート</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the report (Ctrl+Return)</source>
        <translation>レポートを実行します(Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>CSV を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>eth0, sda, total or empty</source>
        <translation>eth0、sda、total または空欄</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>マシン(&amp;M):</translation>
    </message>
    <message>
        <source>M&amp;etric:</source>
        <translation>メトリクス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>パラメーター(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Statistic:</source>
        <translation>統計値(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>期間(&amp;E):</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>範囲(&amp;A):</translation>
    </message>
    <message>
        <source>Cannot list the cached series: %1</source>
        <translation>キャッシュされた系列を一覧表示できません: %1</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>レポートを実行中…</translation>
    </message>
    <message>
        <source>Choose a machine and a metric.</source>
        <translation>マシンとメトリクスを選択してください。</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>範囲の終了が開始より前です。</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 per %4</source>
        <translation>%3 の %2 の %1(%4 ごと)</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), data at %1 s resolution</source>
        <translation>
            <numerusform>%n 期間、データの解像度は %1 秒</numerusform></translation>
    </message>
    <message>
        <source>Run the report first.</source>
        <translation>先にレポートを実行してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Save Usage Report</source>
        <translation>利用状況レポートを保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
</context>
<context>
    <name>opsdeck::UsageReportModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期間の開始</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>opsdeck::WebhookNotifier</name>
    <message>
        <source>%1 (tried twice)</source>
        <translation>%1(2 回試行しました)</translation>
    </message>
    <message>
        <source>the webhook at %1 answered HTTP %2%3</source>
        <translation>%1 の Webhook が HTTP %2%3 を返しました</translation>
    </message>
    <message>
        <source>the webhook at %1 did not answer within %2 ms</source>
        <translation>%1 の Webhook が %2 ms 以内に応答しませんでした</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>ネットワークエラー %1</translation>
    </message>
    <message>
        <source>could not reach the webhook at %1: %2</source>
        <translation>%1 の Webhook に接続できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::ssh::SshConnection</name>
    <message>
        <source>the connection to %1 is closed</source>
        <translation>%1 への接続は閉じられています</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>cannot create an SSH session (out of memory)</source>
        <translation>SSH セッションを作成できません(メモリ不足)</translation>
    </message>
    <message>
        <source>the SSH handshake with %1 failed: %2</source>
        <translation>%1 との SSH ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 がホスト鍵を送信しませんでした</translation>
    </message>
    <message>
        <source>no passphrase or password source is set up</source>
        <translation>パスフレーズまたはパスワードの取得元が設定されていません</translation>
    </message>
    <message>
        <source>during the SSH handshake (the host accepted the connection and said nothing)</source>
        <translation>SSH ハンドシェイク中(ホストは接続を受け付けましたが、何も送信しませんでした)</translation>
    </message>
    <message>
        <source>during authentication</source>
        <translation>認証中</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s %3</source>
        <translation>%3、%1 から %2 秒以内に応答がありませんでした</translation>
    </message>
    <message>
        <source>the connection to %1 broke: %2</source>
        <translation>%1 との接続が切断されました: %2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing heard for %2 s</source>
        <translation>%1 が応答しなくなりました: %2 秒間応答がありません</translation>
    </message>
</context>
<context>
    <name>opsdeck::ssh::TcpDialer</name>
    <message>
        <source>while connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>while resolving the host name</source>
        <translation>ホスト名の解決中</translation>
    </message>
    <message>
        <source>cannot resolve the host name %1: %2</source>
        <translation>ホスト名 %1 を解決できません: %2</translation>
    </message>
    <message>
        <source>connection refused by %1 (is sshd running on that port?)</source>
        <translation>%1 に接続を拒否されました(そのポートで sshd は動作していますか?)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
</context>
</TS>
