<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertMessage</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>处于 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>状态转换</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>检查：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Transition: %1 -&gt; %2</source>
        <translation>状态转换：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Importance: %1</source>
        <translation>重要性：%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>值：%1</translation>
    </message>
    <message>
        <source>-- sent by Opsdeck</source>
        <translation>-- 由 Opsdeck 发送</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 已恢复</translation>
    </message>
    <message>
        <source>%1 is %2 (%3)</source>
        <translation>%1 处于 %2（%3）</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>值 %1</translation>
    </message>
    <message>
        <source>a test notification from Opsdeck; nothing is wrong</source>
        <translation>来自 Opsdeck 的测试通知；一切正常</translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <source>quiet hours &apos;%1&apos; are not HH:MM-HH:MM (e.g. 22:00-07:00) or off</source>
        <translation>免打扰时段 &apos;%1&apos; 不是 HH:MM-HH:MM（如 22:00-07:00）或 off</translation>
    </message>
    <message>
        <source>the webhook URL is not an http:// or https:// URL with a host</source>
        <translation>Webhook URL 不是带主机名的 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>the SMTP port %1 is not a port (1-65535)</source>
        <translation>SMTP 端口 %1 不是有效端口（1-65535）</translation>
    </message>
    <message>
        <source>the SMTP server &apos;%1&apos; is not a host name</source>
        <translation>SMTP 服务器 &apos;%1&apos; 不是主机名</translation>
    </message>
    <message>
        <source>the sender address &apos;%1&apos; is not an e-mail address (--smtp-from)</source>
        <translation>发件人地址 &apos;%1&apos; 不是电子邮件地址（--smtp-from）</translation>
    </message>
    <message>
        <source>no recipient for e-mail (--smtp-to A,B)</source>
        <translation>没有邮件收件人（--smtp-to A,B）</translation>
    </message>
    <message>
        <source>the recipient &apos;%1&apos; is not an e-mail address (--smtp-to)</source>
        <translation>收件人 &apos;%1&apos; 不是电子邮件地址（--smtp-to）</translation>
    </message>
    <message>
        <source>the saved setting %1 is not valid: %2</source>
        <translation>保存的设置 %1 无效：%2</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>%1 is an RSA key: libssh2 1.10 signs with ssh-rsa (SHA-1), which OpenSSH 8.8 and later refuse; use an ed25519 or ecdsa key (ssh-keygen -t ed25519) and add it to the host&apos;s authorized_keys</source>
        <translation>%1 是 RSA 密钥：libssh2 1.10 使用 ssh-rsa（SHA-1）签名，而 OpenSSH 8.8 及更高版本会拒绝这种签名；请使用 ed25519 或 ecdsa 密钥（ssh-keygen -t ed25519）并将其添加到主机的 authorized_keys</translation>
    </message>
    <message>
        <source>the server broke off before authentication: %1</source>
        <translation>服务器在认证之前断开了连接：%1</translation>
    </message>
    <message>
        <source>cannot use ssh-agent: %1</source>
        <translation>无法使用 ssh-agent：%1</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>agent key %1</source>
        <translation>代理密钥 %1</translation>
    </message>
    <message>
        <source>cannot read the key file %1</source>
        <translation>无法读取密钥文件 %1</translation>
    </message>
    <message>
        <source>cannot load the key %1: %2</source>
        <translation>无法加载密钥 %1：%2</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>authentication as %1@%2 failed (the server accepts: %3; tried: %4)</source>
        <translation>以 %1@%2 身份认证失败（服务器接受：%3；已尝试：%4）</translation>
    </message>
    <message>
        <source>nothing usable</source>
        <translation>没有可用的认证方式</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>give the series prefix P of P.2xx, P.3xx, P.4xx and P.5xx</source>
        <translation>请给出 P.2xx、P.3xx、P.4xx 和 P.5xx 的序列前缀 P</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>时间范围的结束早于开始</translation>
    </message>
    <message>
        <source>that asks for more than a million periods; use a longer period</source>
        <translation>请求的周期数超过一百万；请使用更长的周期</translation>
    </message>
    <message>
        <source>the number of days must be more than zero</source>
        <translation>天数必须大于零</translation>
    </message>
</context>
<context>
    <name>BackendJson</name>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1：不是 JSON（在第 %3 字节处 %2）</translation>
    </message>
    <message>
        <source>Graphite render response</source>
        <translation>Graphite render 响应</translation>
    </message>
    <message>
        <source>%1: expected a JSON array of series</source>
        <translation>%1：应为序列的 JSON 数组</translation>
    </message>
    <message>
        <source>%1: series %2 has no target or datapoints</source>
        <translation>%1：序列 %2 没有 target 或 datapoints</translation>
    </message>
    <message>
        <source>%1: bad datapoint in series %2</source>
        <translation>%1：序列 %2 中有错误的数据点</translation>
    </message>
    <message>
        <source>Prometheus query_range response</source>
        <translation>Prometheus query_range 响应</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus：%1</translation>
    </message>
    <message>
        <source>Prometheus: %1: %2</source>
        <translation>Prometheus：%1：%2</translation>
    </message>
    <message>
        <source>%1: no status &quot;success&quot;</source>
        <translation>%1：没有 status &quot;success&quot;</translation>
    </message>
    <message>
        <source>%1: result type &quot;%2&quot;, expected a matrix</source>
        <translation>%1：结果类型为 &quot;%2&quot;，应为 matrix</translation>
    </message>
    <message>
        <source>%1: bad sample in series %2</source>
        <translation>%1：序列 %2 中有错误的样本</translation>
    </message>
    <message>
        <source>OpenTSDB query response</source>
        <translation>OpenTSDB 查询响应</translation>
    </message>
    <message>
        <source>OpenTSDB: %1 (code %2)</source>
        <translation>OpenTSDB：%1（代码 %2）</translation>
    </message>
    <message>
        <source>%1: series %2 has no metric</source>
        <translation>%1：序列 %2 没有指标</translation>
    </message>
    <message>
        <source>%1: bad data points in series %2</source>
        <translation>%1：序列 %2 中有错误的数据点</translation>
    </message>
</context>
<context>
    <name>BlockingKeychain</name>
    <message>
        <source>no D-Bus session bus, so no keychain to reach</source>
        <translation>没有 D-Bus 会话总线，因此无法访问钥匙串</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>listening for changes on %1 failed</source>
        <translation>监听 %1 上的变更失败</translation>
    </message>
    <message>
        <source>the connection to %1 for live changes was lost</source>
        <translation>用于实时变更的 %1 连接已断开</translation>
    </message>
    <message>
        <source>: the server closed the connection</source>
        <translation>：服务器关闭了连接</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>libpng could not encode the image</source>
        <translation>libpng 无法编码该图像</translation>
    </message>
    <message>
        <source>cannot write the PNG: %1</source>
        <translation>无法写入 PNG：%1</translation>
    </message>
    <message>
        <source>cannot start the SVG</source>
        <translation>无法开始写 SVG</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: use .png, .svg, .pdf or .csv</source>
        <translation>无法判断 %1 的格式：请使用 .png、.svg、.pdf 或 .csv</translation>
    </message>
    <message>
        <source>a report is a PDF: %1 does not end in .pdf</source>
        <translation>报告是 PDF：%1 不以 .pdf 结尾</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>最新：%1</translation>
    </message>
    <message>
        <source>Avg: %1</source>
        <translation>平均：%1</translation>
    </message>
    <message>
        <source>Max: %1</source>
        <translation>最大：%1</translation>
    </message>
    <message>
        <source>Min: %1</source>
        <translation>最小：%1</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>此时间范围内没有数据</translation>
    </message>
    <message numerus="yes">
        <source>and %n more line(s)</source>
        <translation>
            <numerusform>以及另外 %n 条线</numerusform></translation>
    </message>
</context>
<context>
    <name>CheckGate</name>
    <message>
        <source>the gate names no check</source>
        <translation>门禁未指定任何检查</translation>
    </message>
    <message>
        <source>the gate&apos;s check &apos;%1&apos; does not exist</source>
        <translation>门禁的检查 &apos;%1&apos; 不存在</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 为 %2：%3</translation>
    </message>
    <message>
        <source>%1 on %2 is %3: %4</source>
        <translation>%2 上的 %1 为 %3：%4</translation>
    </message>
    <message>
        <source>gate: %1</source>
        <translation>门禁：%1</translation>
    </message>
    <message>
        <source>gate: %1 ran on none of %2 (a check runs on the machines bound to its node or machine)</source>
        <translation>门禁：%1 未在 %2 中的任何一台上运行（检查在其节点或机器所绑定的机器上运行）</translation>
    </message>
    <message>
        <source>gate: the checks&apos; results could not be recorded: %1</source>
        <translation>门禁：无法记录检查结果：%1</translation>
    </message>
</context>
<context>
    <name>CheckLookups</name>
    <message>
        <source>%1 source %2 (%3)</source>
        <translation>%1 数据源 %2（%3）</translation>
    </message>
</context>
<context>
    <name>CheckParams</name>
    <message>
        <source>%1 takes a whole number from %2</source>
        <translation>%1 需要一个不小于 %2 的整数</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// URL with a host, not &apos;%2&apos;</source>
        <translation>%1 必须是带主机的 http:// 或 https:// URL，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a metric check takes one of --metric KEY or --series PATH</source>
        <translation>metric 检查需要 --metric KEY 或 --series PATH 之一</translation>
    </message>
    <message>
        <source>a metric check&apos;s op is one of %1, not &apos;%2&apos;</source>
        <translation>metric 检查的 op 必须是 %1 之一，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a metric check needs a --warning or a --critical value (or both)</source>
        <translation>metric 检查需要 --warning 或 --critical 值（或两者都给出）</translation>
    </message>
    <message>
        <source>a metric check&apos;s warning and critical values are numbers</source>
        <translation>metric 检查的警告值和严重值必须是数字</translation>
    </message>
    <message>
        <source>with op %1 the warning value must not be past the critical one</source>
        <translation>使用 op %1 时，警告值不得越过严重值</translation>
    </message>
    <message>
        <source>agg is one of last, avg, min or max, not &apos;%1&apos;</source>
        <translation>agg 必须是 last、avg、min 或 max 之一，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>method is one of %1, not &apos;%2&apos;</source>
        <translation>method 必须是 %1 之一，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>status takes a list of HTTP status codes, e.g. 200,301</source>
        <translation>status 需要 HTTP 状态码列表，如 200,301</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP status code (100 to 599)</source>
        <translation>&apos;%1&apos; 不是 HTTP 状态码（100 到 599）</translation>
    </message>
    <message>
        <source>body_regex is not a valid regular expression: %1</source>
        <translation>body_regex 不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <source>follow_redirects is true or false</source>
        <translation>follow_redirects 必须为 true 或 false</translation>
    </message>
    <message>
        <source>user is a user name</source>
        <translation>user 必须是用户名</translation>
    </message>
    <message>
        <source>ca_file is the path of a PEM file of CA certificates</source>
        <translation>ca_file 是 CA 证书 PEM 文件的路径</translation>
    </message>
    <message>
        <source>insecure is true or false</source>
        <translation>insecure 须为 true 或 false</translation>
    </message>
    <message>
        <source>a tcp check bound to no machine needs --host</source>
        <translation>未绑定机器的 tcp 检查需要 --host</translation>
    </message>
    <message>
        <source>a tcp check needs --port from 1 to 65535</source>
        <translation>tcp 检查需要 1 到 65535 之间的 --port</translation>
    </message>
    <message>
        <source>a jenkins check needs --job NAME</source>
        <translation>jenkins 检查需要 --job NAME</translation>
    </message>
    <message>
        <source>a nagios check needs --command &apos;CMD ARGS&apos;</source>
        <translation>nagios 检查需要 --command &apos;CMD ARGS&apos;</translation>
    </message>
    <message>
        <source>over_ssh is true or false</source>
        <translation>over_ssh 必须为 true 或 false</translation>
    </message>
    <message>
        <source>a nagios check over SSH runs on machines: give --node PATH or --machine NAME</source>
        <translation>通过 SSH 运行的 nagios 检查在机器上运行：请给出 --node PATH 或 --machine NAME</translation>
    </message>
    <message>
        <source>a %1 check takes no &apos;%2&apos; setting</source>
        <translation>%1 检查不接受 &apos;%2&apos; 设置</translation>
    </message>
    <message>
        <source>--abnormal-after moves machines: give --node PATH or --machine NAME</source>
        <translation>--abnormal-after 会转换机器状态：请给出 --node PATH 或 --machine NAME</translation>
    </message>
    <message>
        <source>an unreachable check watches machines: give --node PATH or --machine NAME</source>
        <translation>unreachable 检查监视机器：请给出 --node PATH 或 --machine NAME</translation>
    </message>
    <message>
        <source>a lifecycle check watches machines: give --node PATH or --machine NAME</source>
        <translation>生命周期检查监视机器：请给出 --node PATH 或 --machine NAME</translation>
    </message>
    <message>
        <source>a check needs a --name</source>
        <translation>检查需要 --name</translation>
    </message>
    <message>
        <source>a check&apos;s name cannot be only digits (&apos;%1&apos; reads as an ID)</source>
        <translation>检查的名称不能只有数字（&apos;%1&apos; 会被当作 ID）</translation>
    </message>
    <message>
        <source>a check is bound to a --node or to a --machine, not both</source>
        <translation>检查只能绑定到 --node 或 --machine，不能同时绑定</translation>
    </message>
    <message>
        <source>a check&apos;s interval is from 1 s to 1 d</source>
        <translation>检查的间隔为 1 秒到 1 天</translation>
    </message>
    <message>
        <source>--failures and --passes count from 1</source>
        <translation>--failures 和 --passes 从 1 开始计数</translation>
    </message>
    <message>
        <source>--allowed-hosts counts from 0</source>
        <translation>--allowed-hosts 从 0 开始计数</translation>
    </message>
    <message>
        <source>--allowed-hosts is for a check bound to a --node</source>
        <translation>--allowed-hosts 仅用于绑定到 --node 的检查</translation>
    </message>
</context>
<context>
    <name>CheckProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
</context>
<context>
    <name>CheckRollup</name>
    <message>
        <source>no hosts under the node</source>
        <translation>该节点下没有主机</translation>
    </message>
    <message>
        <source>%1 of %2 hosts failing (%3 allowed)</source>
        <translation>%2 台主机中有 %1 台失败（允许 %3 台）</translation>
    </message>
</context>
<context>
    <name>CheckStateStore</name>
    <message>
        <source>check &apos;%1&apos; is not failing: nothing to acknowledge</source>
        <translation>检查 &apos;%1&apos; 未失败：无需确认</translation>
    </message>
    <message>
        <source>a silence ends in the future</source>
        <translation>静默须在将来结束</translation>
    </message>
    <message>
        <source>check &apos;%1&apos; applies to no machine yet: nothing to silence</source>
        <translation>检查 &apos;%1&apos; 尚未应用到任何机器：无需静默</translation>
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
        <translation>严重</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>passing</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>失败中</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
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
        <translation>Nagios 插件</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>in maintenance until %1</source>
        <translation>维护中，直到 %1</translation>
    </message>
    <message>
        <source>in maintenance until %1 (%2)</source>
        <translation>维护中，直到 %1（%2）</translation>
    </message>
</context>
<context>
    <name>CheckStore</name>
    <message>
        <source>there is no check %1; see opsdeck check list</source>
        <translation>没有检查 %1；请查看 opsdeck check list</translation>
    </message>
    <message>
        <source>check &apos;%1&apos;</source>
        <translation>检查 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is already a check named &apos;%1&apos; (id %2)</source>
        <translation>已有名为 &apos;%1&apos; 的检查（id %2）</translation>
    </message>
    <message>
        <source>the new check &apos;%1&apos; could not be read back</source>
        <translation>无法读回新检查 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ChunkCodec</name>
    <message>
        <source>a metrics chunk is damaged (bad header)</source>
        <translation>指标数据块已损坏（头部错误）</translation>
    </message>
    <message>
        <source>a metrics chunk is damaged (truncated)</source>
        <translation>指标数据块已损坏（被截断）</translation>
    </message>
</context>
<context>
    <name>ChunkStore</name>
    <message>
        <source>a raw metrics chunk has %1 value columns instead of 1</source>
        <translation>原始指标数据块有 %1 个值列，而不是 1 个</translation>
    </message>
    <message>
        <source>a rollup metrics chunk has %1 value columns instead of 4</source>
        <translation>汇总指标数据块有 %1 个值列，而不是 4 个</translation>
    </message>
    <message>
        <source>the series %1 could not be created</source>
        <translation>无法创建序列 %1</translation>
    </message>
    <message>
        <source>preparing a statement failed</source>
        <translation>准备语句失败</translation>
    </message>
    <message>
        <source>storing samples failed</source>
        <translation>存储样本失败</translation>
    </message>
    <message>
        <source>a rollup metrics chunk is damaged (a bucket count is not a number)</source>
        <translation>汇总指标数据块已损坏（桶计数不是数字）</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>only entries at or after TIME (ISO 8601, epoch, -1h, ...)</source>
        <translation>仅列出 TIME 当时或之后的条目（ISO 8601、epoch、-1h 等）</translation>
    </message>
    <message>
        <source>only this kind: machine, node, binding, url, unit, relation, service, pool, import</source>
        <translation>仅此类型：machine、node、binding、url、unit、relation、service、pool、import</translation>
    </message>
    <message>
        <source>only this machine name or node path</source>
        <translation>仅此机器名或节点路径</translation>
    </message>
    <message>
        <source>only the newest N entries</source>
        <translation>仅最新的 N 条</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sample(s) stored</source>
        <translation>
            <numerusform>%1：已存储 %n 个样本</numerusform></translation>
    </message>
    <message>
        <source>Reads this machine&apos;s /proc into Kurado&apos;s base metrics.</source>
        <translation>读取本机的 /proc 并生成 Kurado 基础指标。</translation>
    </message>
    <message>
        <source>one pass: print it as kurado_agent --dump does and store it, then exit</source>
        <translation>单次运行：按 kurado_agent --dump 的格式打印并存储，然后退出</translation>
    </message>
    <message>
        <source>time between passes (default 10s)</source>
        <translation>两次采集之间的间隔（默认 10s）</translation>
    </message>
    <message>
        <source>collect takes no arguments: %1</source>
        <translation>collect 不接受参数：%1</translation>
    </message>
    <message>
        <source>--interval has no meaning with --once</source>
        <translation>--interval 与 --once 一起使用时无意义</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1: would add %2, change %3, leave %4 unchanged (dry run: nothing written)</source>
        <translation>%1：将添加 %2 项，修改 %3 项，%4 项保持不变（试运行：未写入任何内容）</translation>
    </message>
    <message>
        <source>%1: added %2, changed %3, left %4 unchanged</source>
        <translation>%1：已添加 %2 项，修改 %3 项，%4 项保持不变</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;: use %2</source>
        <translation>未知导出格式 &apos;%1&apos;：请使用 %2</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>无法写入 %1（%2）</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>show what an import would add and change; write nothing</source>
        <translation>显示导入将添加和修改的内容；不写入任何内容</translation>
    </message>
    <message>
        <source>how import reports: text (default) or json</source>
        <translation>导入结果的报告方式：text（默认）或 json</translation>
    </message>
    <message>
        <source>export into FILE instead of standard output</source>
        <translation>导出到 FILE 而不是标准输出</translation>
    </message>
    <message>
        <source>machine add needs --address ADDR</source>
        <translation>machine add 需要 --address ADDR</translation>
    </message>
    <message>
        <source>added %1 (%2, pool %3, %4)</source>
        <translation>已添加 %1（%2，资源池 %3，%4）</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;; see `opsdeck machine list`</source>
        <translation>没有名为 &apos;%1&apos; 的机器；请查看 `opsdeck machine list`</translation>
    </message>
    <message>
        <source>unit: %1 %2 (%3)</source>
        <translation>实例：%1 %2（%3）</translation>
    </message>
    <message>
        <source>history: %1 %2 %3 %4</source>
        <translation>历史：%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;: use %2</source>
        <translation>未知事件 &apos;%1&apos;：请使用 %2</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>the machine&apos;s address (add)</source>
        <translation>机器的地址（add）</translation>
    </message>
    <message>
        <source>SSH port (add; default 22)</source>
        <translation>SSH 端口（add；默认 22）</translation>
    </message>
    <message>
        <source>SSH user (add)</source>
        <translation>SSH 用户（add）</translation>
    </message>
    <message>
        <source>resource pool (add, set; default &apos;default&apos;), or filter (list)</source>
        <translation>资源池（add、set；默认 &apos;default&apos;），或用作过滤条件（list）</translation>
    </message>
    <message>
        <source>comma-separated tags (add, set)</source>
        <translation>逗号分隔的标签（add、set）</translation>
    </message>
    <message>
        <source>only machines in this state (list)</source>
        <translation>仅列出处于此状态的机器（list）</translation>
    </message>
    <message>
        <source>only machines bound at or below this node (list)</source>
        <translation>仅列出绑定在此节点或其下级的机器（list）</translation>
    </message>
    <message>
        <source>P of the series P.2xx, P.3xx, P.4xx, P.5xx</source>
        <translation>序列 P.2xx、P.3xx、P.4xx、P.5xx 的前缀 P</translation>
    </message>
    <message>
        <source>the machine the series belong to (default: none, pushed paths)</source>
        <translation>序列所属的机器（默认：无，即推送的路径）</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>end (default now)</source>
        <translation>结束（默认为现在）</translation>
    </message>
    <message>
        <source>the last N days, one period a day (the n-day average)</source>
        <translation>最近 N 天，每天一个周期（N 日平均值）</translation>
    </message>
    <message>
        <source>one row per period (default: one for the whole range)</source>
        <translation>每个周期一行（默认：整个范围一行）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>metrics availability needs --series-prefix P</source>
        <translation>metrics availability 需要 --series-prefix P</translation>
    </message>
    <message>
        <source>give either --from T [--to T] or --days N</source>
        <translation>请给出 --from T [--to T] 或 --days N 之一</translation>
    </message>
    <message>
        <source>average availability: %1%</source>
        <translation>平均可用率：%1%</translation>
    </message>
    <message>
        <source>ok %1 samples, %2 malformed, %3 ms</source>
        <translation>成功 %1 个样本，%2 个格式错误，%3 毫秒</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>polling %1 targets; stop with Ctrl-C</source>
        <translation>正在拉取 %1 个目标；按 Ctrl-C 停止</translation>
    </message>
    <message>
        <source>poll every source once and exit</source>
        <translation>将每个数据源各拉取一次后退出</translation>
    </message>
    <message>
        <source>requests at once (default 32)</source>
        <translation>并发请求数（默认 32）</translation>
    </message>
    <message>
        <source>--source goes with --once</source>
        <translation>--source 须与 --once 一起使用</translation>
    </message>
    <message>
        <source>no sources to poll; add one with opsdeck source add</source>
        <translation>没有可拉取的数据源；请用 opsdeck source add 添加</translation>
    </message>
    <message>
        <source>the machine&apos;s name</source>
        <translation>机器名称</translation>
    </message>
    <message>
        <source>the metric&apos;s key, like loadavg-1 or cpu-user</source>
        <translation>指标的键，如 loadavg-1 或 cpu-user</translation>
    </message>
    <message>
        <source>a pushed Graphite path, as received</source>
        <translation>推送的 Graphite 路径（按接收时原样）</translation>
    </message>
    <message>
        <source>only this source (default: the freshest)</source>
        <translation>仅此数据源（默认：最新的）</translation>
    </message>
    <message>
        <source>start (ISO 8601, epoch, now, -1h; default -1h)</source>
        <translation>开始时间（ISO 8601、epoch、now、-1h；默认 -1h）</translation>
    </message>
    <message>
        <source>at most this many points (default: all)</source>
        <translation>最多这么多个点（默认：全部）</translation>
    </message>
    <message>
        <source>minmax, lttb or average (default minmax)</source>
        <translation>minmax、lttb 或 average（默认 minmax）</translation>
    </message>
    <message>
        <source>a cpu-* metric as percent of all CPU time</source>
        <translation>将 cpu-* 指标表示为占全部 CPU 时间的百分比</translation>
    </message>
    <message>
        <source>give either --machine NAME --metric KEY or --series PATH</source>
        <translation>请给出 --machine NAME --metric KEY 或 --series PATH 之一</translation>
    </message>
    <message>
        <source>--metric needs --machine NAME</source>
        <translation>--metric 需要 --machine NAME</translation>
    </message>
    <message>
        <source>--percent is for cpu-* metrics</source>
        <translation>--percent 仅用于 cpu-* 指标</translation>
    </message>
    <message>
        <source>the metric&apos;s key; {param} marks where --param goes</source>
        <translation>指标的键；{param} 标记 --param 的插入位置</translation>
    </message>
    <message>
        <source>the device or interface (eth0, sda)</source>
        <translation>设备或网络接口（eth0、sda）</translation>
    </message>
    <message>
        <source>sum, max, min or avg</source>
        <translation>sum、max、min 或 avg</translation>
    </message>
    <message>
        <source>one value per period, like 5m or 1d</source>
        <translation>每个周期一个值，如 5m 或 1d</translation>
    </message>
    <message>
        <source>metrics report needs --%1</source>
        <translation>metrics report 需要 --%1</translation>
    </message>
    <message>
        <source>only this machine&apos;s series</source>
        <translation>仅此机器的序列</translation>
    </message>
    <message>
        <source>the metrics cache has no series of machine &apos;%1&apos;</source>
        <translation>指标缓存中没有机器 &apos;%1&apos; 的序列</translation>
    </message>
    <message>
        <source>--listen: missing &apos;]&apos; in &apos;%1&apos;</source>
        <translation>--listen：&apos;%1&apos; 中缺少 &apos;]&apos;</translation>
    </message>
    <message>
        <source>--listen: expected ADDR:PORT, got &apos;%1&apos;</source>
        <translation>--listen：应为 ADDR:PORT，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an IP address</source>
        <translation>--listen：&apos;%1&apos; 不是 IP 地址</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not a port</source>
        <translation>--listen：&apos;%1&apos; 不是端口</translation>
    </message>
    <message>
        <source>source name of the series (default graphite-push)</source>
        <translation>序列的数据源名称（默认 graphite-push）</translation>
    </message>
    <message>
        <source>receive takes no arguments, only --listen ADDR:PORT</source>
        <translation>receive 不接受参数，只接受 --listen ADDR:PORT</translation>
    </message>
    <message>
        <source>opsdeck receive: listening on %1 (TCP and UDP), storing into %2; SIGINT or SIGTERM stops</source>
        <translation>opsdeck receive：正在监听 %1（TCP 和 UDP），存储到 %2；按 SIGINT 或 SIGTERM 停止</translation>
    </message>
    <message>
        <source>malformed: %1</source>
        <translation>格式错误：%1</translation>
    </message>
    <message>
        <source>the downstream service (unit-level relation)</source>
        <translation>下游服务（实例级关联）</translation>
    </message>
    <message>
        <source>only the downstream&apos;s units at this port</source>
        <translation>仅下游服务在此端口上的实例</translation>
    </message>
    <message>
        <source>a third-party endpoint (service-level relation)</source>
        <translation>第三方端点（服务级关联）</translation>
    </message>
    <message>
        <source>%1 now needs %2</source>
        <translation>%1 现在依赖 %2</translation>
    </message>
    <message>
        <source>--step and --as are for graphite, prometheus and opentsdb sources</source>
        <translation>--step 和 --as 仅用于 graphite、prometheus 和 opentsdb 数据源</translation>
    </message>
    <message>
        <source>added source %1</source>
        <translation>已添加数据源 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source id; see opsdeck source list</source>
        <translation>&apos;%1&apos; 不是数据源 ID；参见 opsdeck source list</translation>
    </message>
    <message>
        <source>removed source %1</source>
        <translation>已删除数据源 %1</translation>
    </message>
    <message>
        <source>backend expression, passed through</source>
        <translation>后端表达式，原样传递</translation>
    </message>
    <message>
        <source>backend resolution (e.g. 60s)</source>
        <translation>后端分辨率（例如 60s）</translation>
    </message>
    <message>
        <source>metric key to store the fetched series under</source>
        <translation>存储所获取序列时使用的指标键</translation>
    </message>
    <message>
        <source>the machine the source belongs to</source>
        <translation>数据源所属的机器</translation>
    </message>
    <message>
        <source>the tree node whose machines it polls</source>
        <translation>数据源所轮询其下机器的树节点</translation>
    </message>
    <message>
        <source>poll interval (default 60s)</source>
        <translation>轮询间隔（默认 60s）</translation>
    </message>
    <message>
        <source>keychain entry holding the password or token</source>
        <translation>存放密码或令牌的钥匙串条目</translation>
    </message>
    <message>
        <source>basic auth user name</source>
        <translation>basic 认证的用户名</translation>
    </message>
    <message>
        <source>folder, group or service (add)</source>
        <translation>folder、group 或 service（add）</translation>
    </message>
    <message>
        <source>machine to bind or unbind</source>
        <translation>要绑定或解绑的机器</translation>
    </message>
    <message>
        <source>URL to bind or unbind</source>
        <translation>要绑定或解绑的 URL</translation>
    </message>
    <message>
        <source>flag the folder as a product line (flag)</source>
        <translation>将该文件夹标记为产品线（flag）</translation>
    </message>
    <message>
        <source>clear the product-line flag (flag)</source>
        <translation>清除产品线标记（flag）</translation>
    </message>
    <message>
        <source>remove a node with everything below it (remove)</source>
        <translation>删除节点及其下所有内容（remove）</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>已添加 %1（%2）</translation>
    </message>
    <message>
        <source>bound %1 to %2</source>
        <translation>已将 %1 绑定到 %2</translation>
    </message>
    <message>
        <source>unbound %1 from %2</source>
        <translation>已将 %1 从 %2 解绑</translation>
    </message>
    <message>
        <source>%1 is a product line</source>
        <translation>%1 是产品线</translation>
    </message>
    <message>
        <source>%1 is no longer a product line</source>
        <translation>%1 不再是产品线</translation>
    </message>
    <message>
        <source>renamed %1 to %2</source>
        <translation>已将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>moved %1 under %2</source>
        <translation>已将 %1 移动到 %2 下</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>the machine (must be READY for add)</source>
        <translation>机器（add 时必须处于 READY 状态）</translation>
    </message>
    <message>
        <source>the unit&apos;s port</source>
        <translation>实例的端口</translation>
    </message>
    <message>
        <source>added unit %1 on %2</source>
        <translation>已在 %2 上添加实例 %1</translation>
    </message>
    <message>
        <source>removed unit %1 from %2</source>
        <translation>已从 %2 删除实例 %1</translation>
    </message>
    <message>
        <source>use --enable or --disable, not both</source>
        <translation>请使用 --enable 或 --disable，不能同时使用两者</translation>
    </message>
    <message>
        <source>set: the new URL template</source>
        <translation>set：新的 URL 模板</translation>
    </message>
    <message>
        <source>set: poll the source</source>
        <translation>set：拉取该数据源</translation>
    </message>
    <message>
        <source>set: stop polling the source (it stays configured)</source>
        <translation>set：停止拉取该数据源（其配置保留）</translation>
    </message>
    <message>
        <source>request timeout (default 10s, at most the interval)</source>
        <translation>请求超时（默认 10s，不超过轮询间隔）</translation>
    </message>
    <message>
        <source>inventory import takes --format and one FILE</source>
        <translation>inventory import 需要 --format 和一个 FILE</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos;: use %2</source>
        <translation>未知导入格式 &apos;%1&apos;：请使用 %2</translation>
    </message>
    <message>
        <source>import: %1; export: %2</source>
        <translation>导入：%1；导出：%2</translation>
    </message>
    <message>
        <source>machine add takes one NAME</source>
        <translation>machine add 只接受一个 NAME</translation>
    </message>
    <message>
        <source>machine show takes one NAME</source>
        <translation>machine show 只接受一个 NAME</translation>
    </message>
    <message>
        <source>machine transition needs NAME... EVENT; events: %1</source>
        <translation>machine transition 需要 NAME... EVENT；可用事件：%1</translation>
    </message>
    <message>
        <source>machine set needs NAME...</source>
        <translation>machine set 需要 NAME...</translation>
    </message>
    <message>
        <source>nothing to change: give --pool or --tags</source>
        <translation>没有要修改的内容：请给出 --pool 或 --tags</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>资源池 %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>--%1: unknown state &apos;%2&apos;: use %3</source>
        <translation>--%1：未知状态 &apos;%2&apos;：请使用 %3</translation>
    </message>
    <message>
        <source>--format goes with --once</source>
        <translation>--format 须与 --once 一起使用</translation>
    </message>
    <message>
        <source>only this source (with --once)</source>
        <translation>仅此数据源（与 --once 一起使用）</translation>
    </message>
    <message>
        <source>json, csv, table or text (with --once)</source>
        <translation>json、csv、table 或 text（与 --once 一起使用）</translation>
    </message>
    <message>
        <source>--%1 is sum, max, min or avg, not &apos;%2&apos;</source>
        <translation>--%1 的取值应为 sum、max、min 或 avg，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>json, csv, table or text for the final counts (default text)</source>
        <translation>最终计数的输出格式：json、csv、table 或 text（默认 text）</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 依赖 %2</translation>
    </message>
    <message>
        <source>%1 needs %2 (port %3)</source>
        <translation>%1 依赖 %2（端口 %3）</translation>
    </message>
    <message>
        <source>relation resolve takes one SERVICE_PATH</source>
        <translation>relation resolve 只接受一个 SERVICE_PATH</translation>
    </message>
    <message>
        <source>relation list takes at most one SERVICE_PATH</source>
        <translation>relation list 最多接受一个 SERVICE_PATH</translation>
    </message>
    <message>
        <source>relation add takes one SERVICE_PATH</source>
        <translation>relation add 只接受一个 SERVICE_PATH</translation>
    </message>
    <message>
        <source>give --needs SERVICE_PATH or --needs-endpoint HOST:PORT</source>
        <translation>请给出 --needs SERVICE_PATH 或 --needs-endpoint HOST:PORT</translation>
    </message>
    <message>
        <source>--port goes with --needs</source>
        <translation>--port 须与 --needs 一起使用</translation>
    </message>
    <message>
        <source>relation remove takes one ID (see `opsdeck relation list`)</source>
        <translation>relation remove 只接受一个 ID（参见 `opsdeck relation list`）</translation>
    </message>
    <message>
        <source>removed relation %1: %2</source>
        <translation>已删除关联 %1：%2</translation>
    </message>
    <message>
        <source>source add takes KIND and URL</source>
        <translation>source add 需要 KIND 和 URL</translation>
    </message>
    <message>
        <source>source set takes one ID</source>
        <translation>source set 只接受一个 ID</translation>
    </message>
    <message>
        <source>source status takes at most one ID</source>
        <translation>source status 最多接受一个 ID</translation>
    </message>
    <message>
        <source>source remove takes one ID</source>
        <translation>source remove 只接受一个 ID</translation>
    </message>
    <message>
        <source>tree add takes one PATH and --kind</source>
        <translation>tree add 需要一个 PATH 和 --kind</translation>
    </message>
    <message>
        <source>tree %1 takes one PATH and --machine NAME or --url URL</source>
        <translation>tree %1 需要一个 PATH，以及 --machine NAME 或 --url URL</translation>
    </message>
    <message>
        <source>tree flag takes one PATH and --product-line or --no-product-line</source>
        <translation>tree flag 需要一个 PATH，以及 --product-line 或 --no-product-line</translation>
    </message>
    <message>
        <source>tree rename takes PATH and NEW_NAME</source>
        <translation>tree rename 需要 PATH 和 NEW_NAME</translation>
    </message>
    <message>
        <source>tree move takes PATH and NEW_PARENT (&apos;/&apos; for the root)</source>
        <translation>tree move 需要 PATH 和 NEW_PARENT（根节点用 &apos;/&apos;）</translation>
    </message>
    <message>
        <source>tree remove takes one PATH</source>
        <translation>tree remove 只接受一个 PATH</translation>
    </message>
    <message>
        <source>json, csv, table or text (list)</source>
        <translation>json、csv、table 或 text（list）</translation>
    </message>
    <message>
        <source>unit list takes at most one SERVICE_PATH</source>
        <translation>unit list 最多接受一个 SERVICE_PATH</translation>
    </message>
    <message>
        <source>unit %1 takes one SERVICE_PATH, --machine NAME and --port N</source>
        <translation>unit %1 需要一个 SERVICE_PATH、--machine NAME 和 --port N</translation>
    </message>
    <message>
        <source>--conf-d: no such directory: %1</source>
        <translation>--conf-d：目录不存在：%1</translation>
    </message>
    <message>
        <source>directory of plugin *.toml files (default &lt;data dir&gt;/opsdeck/conf.d)</source>
        <translation>插件 *.toml 文件所在的目录（默认 &lt;data dir&gt;/opsdeck/conf.d）</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: %2 more malformed lines not shown</source>
        <translation>%1：另有 %2 行格式错误的行未显示</translation>
    </message>
    <message>
        <source>metrics import takes one FILE (or - for standard input)</source>
        <translation>metrics import 只接受一个 FILE（或用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>metrics import needs --machine NAME</source>
        <translation>metrics import 需要 --machine NAME</translation>
    </message>
    <message>
        <source>%1: stored %2 samples and %3 meta entries for %4; %5 malformed lines, %6 samples rejected</source>
        <translation>%1：已为 %4 存储 %2 个样本和 %3 条元数据；%5 行格式错误，%6 个样本被拒绝</translation>
    </message>
    <message>
        <source>%1: %2 malformed lines and %3 rejected samples not stored; the rest is</source>
        <translation>%1：%2 行格式错误的行和 %3 个被拒绝的样本未存储；其余已存储</translation>
    </message>
    <message>
        <source>Stores Kurado agent lines or Graphite plaintext as a machine&apos;s series.</source>
        <translation>将 Kurado 代理的输出行或 Graphite 明文协议数据存储为机器的序列。</translation>
    </message>
    <message>
        <source>the machine the lines are from (must exist)</source>
        <translation>这些行所属的机器（必须已存在）</translation>
    </message>
    <message>
        <source>the file&apos;s format: kurado (default; kurado_agent --dump, a plugin&apos;s output) or graphite (plaintext)</source>
        <translation>文件格式：kurado（默认；kurado_agent --dump 或插件的输出）或 graphite（明文协议）</translation>
    </message>
    <message>
        <source>how the summary is printed: text (default), json, csv, table</source>
        <translation>摘要的输出格式：text（默认）、json、csv、table</translation>
    </message>
    <message numerus="yes">
        <source>opsdeck: note: %n existing series now follow another retention; data already rolled up keeps its old steps</source>
        <translation>
            <numerusform>opsdeck：注意：%n 个现有序列现在改用另一个保留策略；已汇总的数据保留其原有步长</numerusform></translation>
    </message>
    <message>
        <source>retention add takes one rule NAME</source>
        <translation>retention add 只接受一个规则 NAME</translation>
    </message>
    <message>
        <source>retention add needs --pattern REGEX and --retentions SPEC</source>
        <translation>retention add 需要 --pattern REGEX 和 --retentions SPEC</translation>
    </message>
    <message>
        <source>retention remove takes one rule NAME</source>
        <translation>retention remove 只接受一个规则 NAME</translation>
    </message>
    <message>
        <source>no retention rule named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的保留规则</translation>
    </message>
    <message>
        <source>retention import takes one storage-schemas.conf FILE</source>
        <translation>retention import 只接受一个 storage-schemas.conf FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) imported</source>
        <translation>
            <numerusform>已导入 %n 条规则</numerusform></translation>
    </message>
    <message>
        <source>; default retention %1</source>
        <translation>；默认保留策略 %1</translation>
    </message>
    <message>
        <source>Retention by metric key, first matching rule wins (carbon&apos;s storage-schemas.conf).</source>
        <translation>按指标键设置保留策略，以第一条匹配的规则为准（即 carbon 的 storage-schemas.conf）。</translation>
    </message>
    <message>
        <source>regular expression matched against the metric key</source>
        <translation>与指标键进行匹配的正则表达式</translation>
    </message>
    <message>
        <source>Graphite retention, e.g. 60s:1d,5m:7d,15m:3y</source>
        <translation>Graphite 保留策略，例如 60s:1d,5m:7d,15m:3y</translation>
    </message>
    <message>
        <source>place of the new rule, 1 = first (default: last)</source>
        <translation>新规则的位置，1 = 第一条（默认：最后）</translation>
    </message>
    <message>
        <source>rejected: %1 sample(s) not in the whitelist, %2 in the blacklist</source>
        <translation>已拒绝：%1 个样本不在白名单中，%2 个在黑名单中</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>address and port for TCP and UDP (default: the address the window saved, else 127.0.0.1:2003)</source>
        <translation>TCP 和 UDP 的地址和端口（默认：窗口中保存的地址，否则为 127.0.0.1:2003）</translation>
    </message>
    <message>
        <source>print &quot;committed N&quot; on stderr after each commit (N: samples committed so far)</source>
        <translation>每次提交后在标准错误输出上打印 &quot;committed N&quot;（N：目前已提交的样本数）</translation>
    </message>
    <message>
        <source>keep only paths matching a regex of this file (carbon&apos;s whitelist.conf)</source>
        <translation>仅保留与此文件中某个正则表达式匹配的路径（即 carbon 的 whitelist.conf）</translation>
    </message>
    <message>
        <source>drop paths matching a regex of this file (carbon&apos;s blacklist.conf)</source>
        <translation>丢弃与此文件中某个正则表达式匹配的路径（即 carbon 的 blacklist.conf）</translation>
    </message>
    <message>
        <source>cannot read the secret from stdin</source>
        <translation>无法从标准输入读取密钥</translation>
    </message>
    <message>
        <source>use --machine or --node, not both</source>
        <translation>请使用 --machine 或 --node，不能同时使用两者</translation>
    </message>
    <message>
        <source>--machine needs a machine name</source>
        <translation>--machine 需要机器名</translation>
    </message>
    <message>
        <source>--node needs a node path</source>
        <translation>--node 需要节点路径</translation>
    </message>
    <message>
        <source>--user and --secret-name go with --auth basic|bearer</source>
        <translation>--user 和 --secret-name 须与 --auth basic|bearer 一起使用</translation>
    </message>
    <message>
        <source>--auth none takes neither --user nor --secret-name</source>
        <translation>--auth none 不接受 --user 或 --secret-name</translation>
    </message>
    <message>
        <source>--auth %1 needs --secret-name N (the keychain entry holding the secret)</source>
        <translation>--auth %1 需要 --secret-name N（存放密钥的钥匙串条目）</translation>
    </message>
    <message>
        <source>--user is for --auth basic</source>
        <translation>--user 仅用于 --auth basic</translation>
    </message>
    <message>
        <source>--secret-stdin goes with --auth basic|bearer --secret-name N</source>
        <translation>--secret-stdin 须与 --auth basic|bearer --secret-name N 一起使用</translation>
    </message>
    <message>
        <source>nothing to change: give --interval, --timeout, --url, --machine, --node, --auth, --enable or --disable</source>
        <translation>没有要修改的内容：请给出 --interval、--timeout、--url、--machine、--node、--auth、--enable 或 --disable</translation>
    </message>
    <message>
        <source>source %1 is removed, but its secret &apos;%2&apos; is still in the keychain: %3; delete the entry (service &quot;opsdeck&quot;, key &apos;%2&apos;) by hand</source>
        <translation>数据源 %1 已删除，但其密钥 &apos;%2&apos; 仍在钥匙串中：%3；请手动删除该条目（服务 &quot;opsdeck&quot;，键 &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>deleted the keychain entry &apos;%1&apos; (no source uses it any more)</source>
        <translation>已删除钥匙串条目 &apos;%1&apos;（已没有数据源使用它）</translation>
    </message>
    <message>
        <source>basic or bearer (set: also none)</source>
        <translation>basic 或 bearer（set：也可为 none）</translation>
    </message>
    <message>
        <source>set: read the password or token from stdin into the keychain entry</source>
        <translation>set：从标准输入读取密码或令牌，存入钥匙串条目</translation>
    </message>
    <message>
        <source>deploy takes one SERVICE_PATH and --package FILE</source>
        <translation>deploy 只接受一个 SERVICE_PATH 和 --package FILE</translation>
    </message>
    <message>
        <source>Deploys a program package to a service&apos;s units.</source>
        <translation>将程序包部署到服务的实例。</translation>
    </message>
    <message>
        <source>the package (.tar.gz with hooks/)</source>
        <translation>程序包（带 hooks/ 的 .tar.gz）</translation>
    </message>
    <message>
        <source>the release&apos;s name (default: the UTC time)</source>
        <translation>版本名称（默认：UTC 时间）</translation>
    </message>
    <message>
        <source>the first N units alone first; one failing stops the rest</source>
        <translation>先单独部署前 N 个实例；其中一个失败即停止其余实例</translation>
    </message>
    <message>
        <source>then batches of N units (default: all at once)</source>
        <translation>然后每批 N 个实例（默认：全部同时进行）</translation>
    </message>
    <message>
        <source>units in flight at most (default 10)</source>
        <translation>最多同时进行的实例数（默认 10）</translation>
    </message>
    <message>
        <source>stop starting units when more than PCT% failed (default 100)</source>
        <translation>失败超过 PCT% 时停止启动新的实例（默认 100）</translation>
    </message>
    <message>
        <source>a unit that fails goes back to its previous release</source>
        <translation>失败的实例回退到其先前的版本</translation>
    </message>
    <message>
        <source>write a host&apos;s unknown key to Opsdeck&apos;s known_hosts</source>
        <translation>将主机的未知密钥写入 Opsdeck 的 known_hosts</translation>
    </message>
    <message>
        <source>seconds one unit may take (default: no limit)</source>
        <translation>每个实例允许耗费的秒数（默认：无限制）</translation>
    </message>
    <message>
        <source>only these units (machine, or machine:port)</source>
        <translation>仅这些实例（machine 或 machine:port）</translation>
    </message>
    <message>
        <source>job %1 takes one job ID (a number; see `opsdeck job list`)</source>
        <translation>job %1 只接受一个任务 ID（数字；参见 `opsdeck job list`）</translation>
    </message>
    <message>
        <source>job %1 did not run on %2</source>
        <translation>任务 %1 未在 %2 上运行</translation>
    </message>
    <message>
        <source>opsdeck: %1: %2 bytes of output past the cap of %3 bytes were not kept</source>
        <translation>opsdeck：%1：超出 %3 字节上限的 %2 字节输出未被保留</translation>
    </message>
    <message>
        <source>job %1 cancelled (its runner had gone)</source>
        <translation>任务 %1 已取消（其执行进程已不存在）</translation>
    </message>
    <message>
        <source>job %1: cancel requested; each host stops at its next step</source>
        <translation>任务 %1：已请求取消；每台主机将在其下一步骤处停止</translation>
    </message>
    <message>
        <source>every host of job %1 succeeded: nothing to retry</source>
        <translation>任务 %1 的所有主机均已成功：无需重试</translation>
    </message>
    <message>
        <source>only jobs in this state: pending, running, paused, ok, failed, cancelled, interrupted</source>
        <translation>仅处于此状态的任务：pending、running、paused、ok、failed、cancelled、interrupted</translation>
    </message>
    <message>
        <source>only the newest N jobs (default 100)</source>
        <translation>仅最新的 N 个任务（默认 100）</translation>
    </message>
    <message>
        <source>only this host&apos;s output</source>
        <translation>仅此主机的输出</translation>
    </message>
    <message>
        <source>the job&apos;s history could not be written: %1</source>
        <translation>无法写入任务的历史记录：%1</translation>
    </message>
    <message>
        <source>cancelling: each host stops before its next step</source>
        <translation>正在取消：每台主机将在其下一步骤之前停止</translation>
    </message>
    <message>
        <source>%1 host(s): %2 ok, %3 failed</source>
        <translation>%1 台主机：%2 台成功，%3 台失败</translation>
    </message>
    <message>
        <source>, %1 not reached</source>
        <translation>，%1 台未触达</translation>
    </message>
    <message>
        <source> (job %1)</source>
        <translation> （任务 %1）</translation>
    </message>
    <message>
        <source>relation notify takes one SERVICE_PATH</source>
        <translation>relation notify 只接受一个 SERVICE_PATH</translation>
    </message>
    <message>
        <source>no unit needs %1: nothing to notify</source>
        <translation>没有实例需要 %1：无需通知</translation>
    </message>
    <message>
        <source>units in flight at most (notify; default 10)</source>
        <translation>最多同时进行的实例数（notify；默认 10）</translation>
    </message>
    <message>
        <source>run needs one of --hosts H1,H2, --node PATH or --service PATH</source>
        <translation>run 需要 --hosts H1,H2、--node PATH 或 --service PATH 之一</translation>
    </message>
    <message>
        <source>run needs a command after --</source>
        <translation>run 需要在 -- 之后给出命令</translation>
    </message>
    <message>
        <source>Runs one command on many hosts over SSH.</source>
        <translation>通过 SSH 在多台主机上运行同一条命令。</translation>
    </message>
    <message>
        <source>comma-separated machine names, or host[:port]</source>
        <translation>逗号分隔的机器名，或 host[:port]</translation>
    </message>
    <message>
        <source>every machine bound to this tree node or below it</source>
        <translation>绑定到此树节点或其下级节点的所有机器</translation>
    </message>
    <message>
        <source>every machine running a unit of this service</source>
        <translation>运行此服务实例的所有机器</translation>
    </message>
    <message>
        <source>hosts at once (default 32)</source>
        <translation>同时处理的主机数（默认 32）</translation>
    </message>
    <message>
        <source>seconds a host may take, connecting and running (default: 15 s to connect, no limit to run)</source>
        <translation>每台主机允许耗费的秒数，包括连接和运行（默认：连接 15 秒，运行无限制）</translation>
    </message>
    <message>
        <source>write a host&apos;s unknown key to Opsdeck&apos;s known_hosts (a changed key is always refused)</source>
        <translation>将主机的未知密钥写入 Opsdeck 的 known_hosts（已变更的密钥始终会被拒绝）</translation>
    </message>
    <message>
        <source>--%1 takes a number of processors such as 0.5 or 2, not &apos;%2&apos;</source>
        <translation>--%1 需要处理器数量，例如 0.5 或 2，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>service set takes one SERVICE_PATH</source>
        <translation>service set 只接受一个 SERVICE_PATH</translation>
    </message>
    <message>
        <source>--health-url and --health-cmd exclude each other</source>
        <translation>--health-url 和 --health-cmd 不能同时使用</translation>
    </message>
    <message>
        <source>service set needs at least one setting to change</source>
        <translation>service set 至少需要一项要修改的设置</translation>
    </message>
    <message>
        <source>cannot read the config template %1: %2</source>
        <translation>无法读取配置模板 %1：%2</translation>
    </message>
    <message>
        <source>service show takes one SERVICE_PATH</source>
        <translation>service show 只接受一个 SERVICE_PATH</translation>
    </message>
    <message>
        <source>service scale takes one SERVICE_PATH and --units N</source>
        <translation>service scale 只接受一个 SERVICE_PATH 和 --units N</translation>
    </message>
    <message>
        <source>%1: %2 units now, %3 new:</source>
        <translation>%1：现有 %2 个实例，新增 %3 个：</translation>
    </message>
    <message>
        <source>dry run: nothing added</source>
        <translation>试运行：未添加任何内容</translation>
    </message>
    <message>
        <source>where units live (default /opt; may hold {machine}, {address})</source>
        <translation>实例所在的位置（默认 /opt；可包含 {machine}、{address}）</translation>
    </message>
    <message>
        <source>the config template file ({{port}}, {{relation.NAME}}, ...)</source>
        <translation>配置模板文件（{{port}}、{{relation.NAME}}、...）</translation>
    </message>
    <message>
        <source>health check: this URL answers 2xx or 3xx from the host</source>
        <translation>健康检查：从主机访问此 URL 返回 2xx 或 3xx</translation>
    </message>
    <message>
        <source>health check: this command exits 0 on the host</source>
        <translation>健康检查：此命令在主机上以 0 退出</translation>
    </message>
    <message>
        <source>no health check</source>
        <translation>不进行健康检查</translation>
    </message>
    <message>
        <source>processors one unit needs (scale-out)</source>
        <translation>每个实例所需的处理器数（扩容）</translation>
    </message>
    <message>
        <source>memory one unit needs, e.g. 512M (scale-out)</source>
        <translation>每个实例所需的内存，例如 512M（扩容）</translation>
    </message>
    <message>
        <source>the pool scale-out places units in (default: default)</source>
        <translation>扩容时放置实例的资源池（默认：default）</translation>
    </message>
    <message>
        <source>why, for the audit log</source>
        <translation>原因，记入审计日志</translation>
    </message>
    <message>
        <source>the number of units the service should have</source>
        <translation>服务应有的实例数</translation>
    </message>
    <message>
        <source>the port of the new units (default: the service&apos;s)</source>
        <translation>新实例的端口（默认：服务的端口）</translation>
    </message>
    <message>
        <source>show the plan, add nothing</source>
        <translation>显示计划，不添加任何内容</translation>
    </message>
    <message>
        <source>last malformed lines of source %1%2:</source>
        <translation>数据源 %1%2 最近的格式错误行：</translation>
    </message>
    <message>
        <source>  line %1: %2: %3</source>
        <translation>  第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未触达</translation>
    </message>
    <message>
        <source>%1: the init script failed, the machine stays NEW (see opsdeck job log %2)</source>
        <translation>%1：初始化脚本失败，机器保持 NEW 状态（参见 opsdeck job log %2）</translation>
    </message>
    <message>
        <source>pool set takes one POOL</source>
        <translation>pool set 需要一个 POOL 参数</translation>
    </message>
    <message>
        <source>pool set needs --init-script FILE or --no-init-script</source>
        <translation>pool set 需要 --init-script FILE 或 --no-init-script</translation>
    </message>
    <message>
        <source>%1 is empty: use --no-init-script to remove the script</source>
        <translation>%1 为空：如需移除脚本，请使用 --no-init-script</translation>
    </message>
    <message>
        <source>pool %1: init script set (%2 bytes)</source>
        <translation>资源池 %1：已设置初始化脚本（%2 字节）</translation>
    </message>
    <message>
        <source>pool %1: no init script</source>
        <translation>资源池 %1：无初始化脚本</translation>
    </message>
    <message>
        <source>pool show takes one POOL</source>
        <translation>pool show 需要一个 POOL 参数</translation>
    </message>
    <message>
        <source>pool: %1</source>
        <translation>资源池：%1</translation>
    </message>
    <message>
        <source>init script:</source>
        <translation>初始化脚本：</translation>
    </message>
    <message>
        <source> (none)</source>
        <translation> （无）</translation>
    </message>
    <message>
        <source>shell script run over SSH by `machine transition NAME init` (its text is stored)</source>
        <translation>由 `machine transition NAME init` 通过 SSH 运行的 shell 脚本（保存其文本）</translation>
    </message>
    <message>
        <source>remove the pool&apos;s init script</source>
        <translation>移除资源池的初始化脚本</translation>
    </message>
    <message>
        <source>source add takes KIND and URL (ssh: no URL)</source>
        <translation>source add 需要 KIND 和 URL（ssh：无需 URL）</translation>
    </message>
    <message>
        <source>unknown source kind &apos;%1&apos;: use node-exporter, graphite, prometheus, opentsdb or ssh</source>
        <translation>未知的数据源类型 &apos;%1&apos;：请使用 node-exporter、graphite、prometheus、opentsdb 或 ssh</translation>
    </message>
    <message>
        <source>an ssh source takes no URL: give --command CMD (default: read /proc)</source>
        <translation>ssh 数据源不接受 URL：请指定 --command CMD（默认：读取 /proc）</translation>
    </message>
    <message>
        <source>--command is for ssh sources</source>
        <translation>--command 仅用于 ssh 数据源</translation>
    </message>
    <message>
        <source>--query is for graphite, prometheus and opentsdb sources</source>
        <translation>--query 仅用于 graphite、prometheus 和 opentsdb 数据源</translation>
    </message>
    <message>
        <source>add: the kind, instead of the first word</source>
        <translation>add：指定类型，以代替第一个参数</translation>
    </message>
    <message>
        <source>ssh: the command run on the host, printing Kurado lines (default: read /proc like the local collector)</source>
        <translation>ssh：在主机上运行的命令，输出 Kurado 格式的行（默认：像本地采集器一样读取 /proc）</translation>
    </message>
    <message>
        <source>machine terminal takes one machine NAME</source>
        <translation>machine terminal 需要一个机器 NAME 参数</translation>
    </message>
    <message>
        <source>cannot start the terminal %1; set $TERMINAL to your terminal program</source>
        <translation>无法启动终端 %1；请将 $TERMINAL 设置为你的终端程序</translation>
    </message>
    <message>
        <source>Opens a terminal with ssh to a machine, after checking its host key.</source>
        <translation>检查主机密钥后，打开一个通过 ssh 连接到机器的终端。</translation>
    </message>
    <message>
        <source>print the terminal&apos;s command instead of starting it</source>
        <translation>打印终端的命令，而不启动终端</translation>
    </message>
    <message>
        <source>write the host&apos;s unknown key to Opsdeck&apos;s known_hosts</source>
        <translation>将主机的未知密钥写入 Opsdeck 的 known_hosts</translation>
    </message>
    <message>
        <source>--from takes a job ID (see `opsdeck job list`)</source>
        <translation>--from 需要一个任务 ID（参见 `opsdeck job list`）</translation>
    </message>
    <message>
        <source>job template save needs --kind and --target, or --from JOB_ID</source>
        <translation>job template save 需要 --kind 和 --target，或 --from JOB_ID</translation>
    </message>
    <message>
        <source>a command template needs --command CMD</source>
        <translation>命令模板需要 --command CMD</translation>
    </message>
    <message>
        <source>a deploy template needs --package FILE</source>
        <translation>部署模板需要 --package FILE</translation>
    </message>
    <message>
        <source>--from takes the job&apos;s kind and target: give neither --kind nor --target</source>
        <translation>--from 会沿用该任务的类型和目标：请勿再给出 --kind 或 --target</translation>
    </message>
    <message>
        <source>a template&apos;s job kind: command or deploy</source>
        <translation>模板的任务类型：command 或 deploy</translation>
    </message>
    <message>
        <source>a template&apos;s target: machines (H1,H2), a node or a service path</source>
        <translation>模板的目标：机器（H1,H2）、节点或服务路径</translation>
    </message>
    <message>
        <source>what a command template&apos;s target names (default hosts)</source>
        <translation>命令模板的目标所指的对象类型（默认 hosts）</translation>
    </message>
    <message>
        <source>a command template&apos;s command</source>
        <translation>命令模板的命令</translation>
    </message>
    <message>
        <source>a deploy template&apos;s package</source>
        <translation>部署模板的程序包</translation>
    </message>
    <message>
        <source>a deploy template&apos;s release name (default: the UTC time)</source>
        <translation>部署模板的版本名称（默认：UTC 时间）</translation>
    </message>
    <message>
        <source>a deploy template&apos;s units</source>
        <translation>部署模板的实例</translation>
    </message>
    <message>
        <source>a deploy template&apos;s canary units</source>
        <translation>部署模板的金丝雀实例</translation>
    </message>
    <message>
        <source>a deploy template&apos;s batch size</source>
        <translation>部署模板的批次大小</translation>
    </message>
    <message>
        <source>hosts in flight at most</source>
        <translation>最多同时进行的主机数</translation>
    </message>
    <message>
        <source>a deploy template&apos;s failure threshold</source>
        <translation>部署模板的失败阈值</translation>
    </message>
    <message>
        <source>a deploy template&apos;s units roll back on failure</source>
        <translation>部署模板的实例在失败时回滚</translation>
    </message>
    <message>
        <source>seconds one host may take</source>
        <translation>每台主机允许耗费的秒数</translation>
    </message>
    <message>
        <source>output kept per host (bytes, or with K, M, G)</source>
        <translation>每台主机保留的输出（字节数，或带 K、M、G）</translation>
    </message>
    <message>
        <source>save the kind, target and options of this job</source>
        <translation>保存此任务的类型、目标和选项</translation>
    </message>
    <message>
        <source>job template %1 removed</source>
        <translation>已删除任务模板 %1</translation>
    </message>
    <message>
        <source>job template takes save NAME, list or remove NAME</source>
        <translation>job template 需要 save NAME、list 或 remove NAME</translation>
    </message>
    <message>
        <source>job run takes one TEMPLATE name (see `opsdeck job template list`)</source>
        <translation>job run 只接受一个 TEMPLATE 名称（参见 `opsdeck job template list`）</translation>
    </message>
    <message>
        <source>output kept per host, bytes or with K, M, G (default 8M); the rest is counted, not kept</source>
        <translation>每台主机保留的输出，字节数或带 K、M、G（默认 8M）；超出部分只计数，不保留</translation>
    </message>
    <message>
        <source>(wrong, try again) </source>
        <translation>（不正确，请重试） </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 的口令： </translation>
    </message>
    <message>
        <source>Password for %1@%2: </source>
        <translation>%1@%2 的密码： </translation>
    </message>
    <message>
        <source>%1 needs a passphrase and there is no terminal to ask it on: load the key into ssh-agent, or store the passphrase in the keychain (entry %2)</source>
        <translation>%1 需要口令，但没有可用于询问的终端：请将密钥载入 ssh-agent，或将口令存入钥匙串（条目 %2）</translation>
    </message>
    <message>
        <source>%1@%2 asks for a password and there is no terminal to ask it on: use a key, or store the password in the keychain (entry %3)</source>
        <translation>%1@%2 要求输入密码，但没有可用于询问的终端：请改用密钥，或将密码存入钥匙串（条目 %3）</translation>
    </message>
    <message>
        <source>nothing typed for %1</source>
        <translation>未为 %1 输入任何内容</translation>
    </message>
    <message>
        <source>the command is ending</source>
        <translation>命令正在结束</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <source>upstream update: job %1 ran relation-changed on %2 unit(s) that need %3</source>
        <translation>上游更新：任务 %1 已在需要 %3 的 %2 个实例上运行 relation-changed</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>未部署</translation>
    </message>
    <message>
        <source>%1 did not deploy (%2): the unit is removed again, so no upstream gets its endpoint</source>
        <translation>%1 未能部署（%2）：新添加的实例已被移除，因此不会有上游获得其端点</translation>
    </message>
    <message>
        <source>service scale: its deploy failed in job %1</source>
        <translation>service scale：其部署在任务 %1 中失败</translation>
    </message>
    <message>
        <source>service scale: its deploy did not start</source>
        <translation>service scale：其部署未能启动</translation>
    </message>
    <message>
        <source>service scale deploys the new units: give --package FILE (or --dry-run to see the plan only)</source>
        <translation>service scale 会部署新实例：请指定 --package FILE（或用 --dry-run 仅查看计划）</translation>
    </message>
    <message>
        <source>the package the new units get (.tar.gz with hooks/)</source>
        <translation>新实例使用的程序包（带 hooks/ 的 .tar.gz）</translation>
    </message>
    <message>
        <source>the unit change stays; notify the upstream units again with `opsdeck relation notify %1`</source>
        <translation>实例的变更会保留；请用 `opsdeck relation notify %1` 重新通知上游实例</translation>
    </message>
    <message>
        <source>do not run relation-changed on the units that need the service</source>
        <translation>不在需要该服务的实例上运行 relation-changed</translation>
    </message>
    <message>
        <source>%1: no secret on stdin</source>
        <translation>%1：标准输入中没有密钥</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>%1 asks for a password and there is no terminal to ask it on: store it in the keychain (opsdeck db set-password, entry %2) or in ~/.pgpass</source>
        <translation>%1 需要密码，但没有可用于询问的终端：请将其存入钥匙串（opsdeck db set-password，条目 %2）或 ~/.pgpass</translation>
    </message>
    <message>
        <source>read the password from the first line of stdin</source>
        <translation>从标准输入的第一行读取密码</translation>
    </message>
    <message>
        <source>%1 is a local file, which has no password; give a team database with --db postgresql://USER@HOST/DBNAME</source>
        <translation>%1 是本地文件，没有密码；请用 --db postgresql://USER@HOST/DBNAME 指定团队数据库</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain to store the password in; use ~/.pgpass</source>
        <translation>没有 D-Bus 会话总线，因此没有可存放密码的钥匙串；请使用 ~/.pgpass</translation>
    </message>
    <message>
        <source>no terminal to ask the password on: pipe it in with --stdin</source>
        <translation>没有可用于询问密码的终端：请用 --stdin 通过管道传入</translation>
    </message>
    <message>
        <source>%1 refused the password; nothing was stored</source>
        <translation>%1 拒绝了该密码；未存储任何内容</translation>
    </message>
    <message>
        <source>stored the password for %1 in the keychain (entry %2)</source>
        <translation>已将 %1 的密码存入钥匙串（条目 %2）</translation>
    </message>
    <message>
        <source>deleted the keychain entry %1</source>
        <translation>已删除钥匙串条目 %1</translation>
    </message>
    <message>
        <source>copy this database into the empty database URL</source>
        <translation>将此数据库复制到空的数据库 URL 中</translation>
    </message>
    <message>
        <source>copy the database URL into this empty one</source>
        <translation>将数据库 URL 复制到这个空数据库中</translation>
    </message>
    <message>
        <source>db copy takes one of --to URL or --from URL</source>
        <translation>db copy 需要 --to URL 或 --from URL 之一</translation>
    </message>
    <message>
        <source>db copy needs a database URL or file after --%1</source>
        <translation>db copy 需要在 --%1 之后给出数据库 URL 或文件</translation>
    </message>
    <message>
        <source>a database cannot be copied into itself</source>
        <translation>数据库不能复制到自身</translation>
    </message>
    <message>
        <source>copying %1: %2 of %3 rows</source>
        <translation>正在复制 %1：%2 / %3 行</translation>
    </message>
    <message>
        <source>copied %1 rows in %2 tables from %3 to %4</source>
        <translation>已将 %2 个表中的 %1 行从 %3 复制到 %4</translation>
    </message>
    <message>
        <source>created role %1</source>
        <translation>已创建角色 %1</translation>
    </message>
    <message>
        <source>granted opsdeck_viewer, opsdeck_operator and opsdeck_admin on %1 tables</source>
        <translation>已在 %1 个表上授予 opsdeck_viewer、opsdeck_operator 和 opsdeck_admin 权限</translation>
    </message>
    <message>
        <source>opsdeck: tables this Opsdeck does not know, readable only: %1</source>
        <translation>opsdeck：此版本 Opsdeck 不认识的表，仅可读：%1</translation>
    </message>
    <message>
        <source>takes a USER and a role: viewer, operator or admin</source>
        <translation>需要一个 USER 和一个角色：viewer、operator 或 admin</translation>
    </message>
    <message>
        <source>%1 now has the role %2</source>
        <translation>%1 现在拥有角色 %2</translation>
    </message>
    <message>
        <source>%1 no longer has the role %2</source>
        <translation>%1 不再拥有角色 %2</translation>
    </message>
    <message>
        <source>--expect-version takes one machine NAME</source>
        <translation>--expect-version 只接受一个机器 NAME</translation>
    </message>
    <message>
        <source>%1 now version %2</source>
        <translation>%1 现为版本 %2</translation>
    </message>
    <message>
        <source>set %1 of %2 (%3)</source>
        <translation>已设置 %2 的 %1（%3）</translation>
    </message>
    <message>
        <source>refuse (exit 3) unless the machine is still at this version (set)</source>
        <translation>除非机器仍为此版本，否则拒绝（退出码 3）（set）</translation>
    </message>
    <message>
        <source>alert list takes no arguments</source>
        <translation>alert list 不接受参数</translation>
    </message>
    <message>
        <source>from this time (default: the last day)</source>
        <translation>从此时间开始（默认：最近一天）</translation>
    </message>
    <message>
        <source>only this check&apos;s alerts</source>
        <translation>仅此检查的告警</translation>
    </message>
    <message>
        <source>at least this importance</source>
        <translation>至少此重要性</translation>
    </message>
    <message>
        <source>only this machine&apos;s alerts</source>
        <translation>仅此机器的告警</translation>
    </message>
    <message>
        <source>the newest N at most (default 10000)</source>
        <translation>最多最新的 N 条（默认 10000）</translation>
    </message>
    <message>
        <source>change the alert settings</source>
        <translation>修改告警设置</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>e-mail is not set up: opsdeck alert config --smtp-server H --smtp-from A --smtp-to A,B</source>
        <translation>未设置电子邮件：opsdeck alert config --smtp-server H --smtp-from A --smtp-to A,B</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain to read the SMTP password from</source>
        <translation>没有 D-Bus 会话总线，因此没有可读取 SMTP 密码的钥匙串</translation>
    </message>
    <message>
        <source>no SMTP password for %1 in the keychain: opsdeck alert set-smtp-password</source>
        <translation>钥匙串中没有 %1 的 SMTP 密码：opsdeck alert set-smtp-password</translation>
    </message>
    <message>
        <source>no notification daemon on the D-Bus session bus (org.freedesktop.Notifications)</source>
        <translation>D-Bus 会话总线上没有通知守护进程（org.freedesktop.Notifications）</translation>
    </message>
    <message>
        <source>no notification channel is set up: opsdeck alert config --webhook URL, or --smtp-server ...</source>
        <translation>未设置任何通知渠道：opsdeck alert config --webhook URL，或 --smtp-server ...</translation>
    </message>
    <message>
        <source>sent a test notification by %1</source>
        <translation>已通过 %1 发送测试通知</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>desktop notification</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>set the SMTP server and user first: opsdeck alert config --smtp-server H --smtp-user U</source>
        <translation>请先设置 SMTP 服务器和用户：opsdeck alert config --smtp-server H --smtp-user U</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain to store the password in</source>
        <translation>没有 D-Bus 会话总线，因此没有可存储密码的钥匙串</translation>
    </message>
    <message>
        <source>SMTP password for %1: </source>
        <translation>%1 的 SMTP 密码：</translation>
    </message>
    <message>
        <source>%1; nothing was stored</source>
        <translation>%1；未存储任何内容</translation>
    </message>
    <message>
        <source>stored the SMTP password in the keychain (entry %1)</source>
        <translation>已将 SMTP 密码存入钥匙串（条目 %1）</translation>
    </message>
    <message>
        <source>the SMTP server (off: no e-mail)</source>
        <translation>SMTP 服务器（off：不发送邮件）</translation>
    </message>
    <message>
        <source>its port (default 587; 465: TLS at once)</source>
        <translation>端口（默认 587；465：直接使用 TLS）</translation>
    </message>
    <message>
        <source>the SMTP login (its password: set-smtp-password)</source>
        <translation>SMTP 登录用户（其密码：set-smtp-password）</translation>
    </message>
    <message>
        <source>the sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <source>the recipients, comma-separated</source>
        <translation>收件人，以逗号分隔</translation>
    </message>
    <message>
        <source>a CA bundle to trust for the server (off: the system&apos;s)</source>
        <translation>信任的服务器 CA 证书包（off：使用系统的）</translation>
    </message>
    <message>
        <source>require STARTTLS (on, the default, or off)</source>
        <translation>要求 STARTTLS（on 或 off；默认 on）</translation>
    </message>
    <message>
        <source>notify from this importance up</source>
        <translation>从此重要性起发送通知</translation>
    </message>
    <message>
        <source>quiet hours in local time, e.g. 22:00-07:00 (off: none)</source>
        <translation>本地时间的免打扰时段，如 22:00-07:00（off：无）</translation>
    </message>
    <message>
        <source>critical alerts still go out in quiet hours (on, the default, or off)</source>
        <translation>免打扰时段内仍发送 critical 告警（on 或 off；默认 on）</translation>
    </message>
    <message>
        <source>desktop notifications where there is no tray (on, the default, or off)</source>
        <translation>没有托盘时使用桌面通知（on 或 off；默认 on）</translation>
    </message>
    <message>
        <source>json or text</source>
        <translation>json 或 text</translation>
    </message>
    <message>
        <source>only the webhook</source>
        <translation>仅 Webhook</translation>
    </message>
    <message>
        <source>only e-mail</source>
        <translation>仅电子邮件</translation>
    </message>
    <message>
        <source>a desktop notification (D-Bus)</source>
        <translation>桌面通知（D-Bus）</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &apos;%2&apos;</source>
        <translation>--%1 需要一个数字，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 takes HTTP status codes (100 to 599) separated by commas, e.g. 200,301; not &apos;%2&apos;</source>
        <translation>--%1 需要以逗号分隔的 HTTP 状态码（100 到 599），如 200,301；而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the check&apos;s name (unique)</source>
        <translation>检查的名称（唯一）</translation>
    </message>
    <message>
        <source>run on every machine under this tree node, later ones too</source>
        <translation>在此树节点下的每台机器上运行，包括以后加入的机器</translation>
    </message>
    <message>
        <source>run on this machine</source>
        <translation>在此机器上运行</translation>
    </message>
    <message>
        <source>warning, error (default) or critical</source>
        <translation>warning、error（默认）或 critical</translation>
    </message>
    <message>
        <source>how often it runs (default 60s)</source>
        <translation>运行频率（默认 60s）</translation>
    </message>
    <message>
        <source>failures in a row before it fails (default 1)</source>
        <translation>连续失败多少次后判定为失败（默认 1）</translation>
    </message>
    <message>
        <source>passes in a row before it recovers (default 1)</source>
        <translation>连续通过多少次后判定为恢复（默认 1）</translation>
    </message>
    <message>
        <source>on a node: how many machines may fail (default 0)</source>
        <translation>用于节点：允许失败的机器数（默认 0）</translation>
    </message>
    <message>
        <source>http, jenkins: the URL</source>
        <translation>http、jenkins：URL</translation>
    </message>
    <message>
        <source>http: the request method (default GET)</source>
        <translation>http：请求方法（默认 GET）</translation>
    </message>
    <message>
        <source>http: accepted status codes (default 200-399)</source>
        <translation>http：接受的状态码（默认 200-399）</translation>
    </message>
    <message>
        <source>http: the body must match this</source>
        <translation>http：响应正文必须匹配此表达式</translation>
    </message>
    <message>
        <source>http: slowest answer that passes, in ms</source>
        <translation>http：允许通过的最慢响应时间，单位毫秒</translation>
    </message>
    <message>
        <source>http: fail when the TLS certificate expires sooner</source>
        <translation>http：TLS 证书在此之前到期则失败</translation>
    </message>
    <message>
        <source>http: do not follow redirects</source>
        <translation>http：不跟随重定向</translation>
    </message>
    <message>
        <source>http: basic auth user (password from the keychain)</source>
        <translation>http：basic 认证用户（密码取自钥匙串）</translation>
    </message>
    <message>
        <source>metric: the metric key</source>
        <translation>metric：指标键</translation>
    </message>
    <message>
        <source>metric: a series path</source>
        <translation>metric：序列路径</translation>
    </message>
    <message>
        <source>metric: the comparator</source>
        <translation>metric：比较运算符</translation>
    </message>
    <message>
        <source>metric: the warning value</source>
        <translation>metric：警告值</translation>
    </message>
    <message>
        <source>metric: the critical value</source>
        <translation>metric：严重值</translation>
    </message>
    <message>
        <source>metric: the last N points (default 1)</source>
        <translation>metric：最近 N 个数据点（默认 1）</translation>
    </message>
    <message>
        <source>metric: last, avg, min or max of them</source>
        <translation>metric：取其 last、avg、min 或 max</translation>
    </message>
    <message>
        <source>tcp: the host (default: each machine&apos;s address)</source>
        <translation>tcp：主机（默认：每台机器的地址）</translation>
    </message>
    <message>
        <source>tcp: the port</source>
        <translation>tcp：端口</translation>
    </message>
    <message>
        <source>tcp: connect timeout (default 10s)</source>
        <translation>tcp：连接超时（默认 10s）</translation>
    </message>
    <message>
        <source>jenkins: the job&apos;s name</source>
        <translation>jenkins：任务的名称</translation>
    </message>
    <message>
        <source>nagios: the plugin and its arguments</source>
        <translation>nagios：插件及其参数</translation>
    </message>
    <message>
        <source>nagios: run it on each machine over SSH</source>
        <translation>nagios：通过 SSH 在每台机器上运行</translation>
    </message>
    <message>
        <source>unreachable: no data for this long (default 5m)</source>
        <translation>unreachable：无数据持续这么久（默认 5m）</translation>
    </message>
    <message>
        <source>check add takes a kind: metric, http, tcp, jenkins, nagios or unreachable, not &apos;%1&apos;</source>
        <translation>check add 需要一种类型：metric、http、tcp、jenkins、nagios 或 unreachable，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is not an option of a %2 check</source>
        <translation>--%1 不是 %2 检查的选项</translation>
    </message>
    <message>
        <source>give --node PATH or --machine NAME, not both</source>
        <translation>请给出 --node PATH 或 --machine NAME，不能同时给出</translation>
    </message>
    <message>
        <source>--until takes a time (2026-12-05T18:00:00Z, epoch seconds) or a duration from now (2h), not &apos;%1&apos;</source>
        <translation>--until 需要一个时间（2026-12-05T18:00:00Z、epoch 秒数）或从现在起的时长（2h），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>check add takes one kind: metric, http, tcp, jenkins, nagios or unreachable</source>
        <translation>check add 只接受一种类型：metric、http、tcp、jenkins、nagios 或 unreachable</translation>
    </message>
    <message>
        <source>added %1 check &apos;%2&apos; (id %3)</source>
        <translation>已添加 %1 检查 &apos;%2&apos;（id %3）</translation>
    </message>
    <message>
        <source>check list takes no arguments</source>
        <translation>check list 不接受参数</translation>
    </message>
    <message>
        <source>check %1 takes one check ID or NAME</source>
        <translation>check %1 只接受一个检查 ID 或 NAME</translation>
    </message>
    <message>
        <source>removed check &apos;%1&apos; (id %2); its alert history stays</source>
        <translation>已删除检查 &apos;%1&apos;（id %2）；其告警历史保留</translation>
    </message>
    <message numerus="yes">
        <source>acknowledged check &apos;%1&apos; on %n target(s) until it recovers</source>
        <translation>
            <numerusform>已在 %n 个目标上确认检查 &apos;%1&apos;，直到其恢复</numerusform></translation>
    </message>
    <message>
        <source>check silence needs --until TIME</source>
        <translation>check silence 需要 --until TIME</translation>
    </message>
    <message>
        <source>silenced check &apos;%1&apos; until %2</source>
        <translation>已将检查 &apos;%1&apos; 静默至 %2</translation>
    </message>
    <message>
        <source>check &apos;%1&apos; is no longer silenced</source>
        <translation>检查 &apos;%1&apos; 已不再静默</translation>
    </message>
    <message>
        <source>check &apos;%1&apos; was not silenced</source>
        <translation>检查 &apos;%1&apos; 未被静默</translation>
    </message>
    <message>
        <source>silence: until this time (ISO 8601, epoch seconds) or for this long (2h)</source>
        <translation>silence：静默至此时间（ISO 8601、epoch 秒数）或持续这么久（2h）</translation>
    </message>
    <message>
        <source>check run takes no arguments</source>
        <translation>check run 不接受参数</translation>
    </message>
    <message>
        <source>check run needs --once (the window runs the checks continuously)</source>
        <translation>check run 需要 --once（窗口会持续运行检查）</translation>
    </message>
    <message>
        <source>no checks to run; add one with opsdeck check add</source>
        <translation>没有要运行的检查；请用 opsdeck check add 添加</translation>
    </message>
    <message>
        <source>run every check once and exit</source>
        <translation>将每个检查运行一次后退出</translation>
    </message>
    <message>
        <source>only the machines under this tree node</source>
        <translation>仅此树节点下的机器</translation>
    </message>
    <message>
        <source>text (default), json, csv or table</source>
        <translation>text（默认）、json、csv 或 table</translation>
    </message>
    <message>
        <source>The alert history. Where notifications go: opsdeck alert config; a test notification: opsdeck alert notify-test; the SMTP password: opsdeck alert set-smtp-password (each with --help).</source>
        <translation>告警历史。通知发往何处：opsdeck alert config；测试通知：opsdeck alert notify-test；SMTP 密码：opsdeck alert set-smtp-password（均可加 --help 查看说明）。</translation>
    </message>
    <message>
        <source>give --webhook or --webhook-stdin, not both</source>
        <translation>请给出 --webhook 或 --webhook-stdin，不能同时给出</translation>
    </message>
    <message>
        <source>--webhook-stdin: no URL on stdin (to remove the webhook: --webhook off)</source>
        <translation>--webhook-stdin：标准输入中没有 URL（要移除 Webhook：--webhook off）</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain to keep the webhook URL in; nothing was changed</source>
        <translation>没有 D-Bus 会话总线，因此没有可保存 Webhook URL 的钥匙串；未做任何更改</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1；未做任何更改</translation>
    </message>
    <message>
        <source>%1; and the keychain could not be put back: %2</source>
        <translation>%1；并且钥匙串无法恢复原状：%2</translation>
    </message>
    <message>
        <source>no webhook URL is set: opsdeck alert config --webhook-stdin (or --webhook URL)</source>
        <translation>未设置 Webhook URL：opsdeck alert config --webhook-stdin（或 --webhook URL）</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no keychain to read the webhook URL from</source>
        <translation>没有 D-Bus 会话总线，因此没有可读取 Webhook URL 的钥匙串</translation>
    </message>
    <message>
        <source>the webhook is on but this computer&apos;s keychain has no URL for it (entry %1): opsdeck alert config --webhook-stdin</source>
        <translation>Webhook 已开启，但本机钥匙串中没有它的 URL（条目 %1）：opsdeck alert config --webhook-stdin</translation>
    </message>
    <message>
        <source>the webhook URL in the keychain (entry %1) is not an http(s) URL: opsdeck alert config --webhook-stdin</source>
        <translation>钥匙串中的 Webhook URL（条目 %1）不是 http(s) URL：opsdeck alert config --webhook-stdin</translation>
    </message>
    <message>
        <source>the incoming-webhook URL, kept in the keychain (off: none; it shows in the shell&apos;s history and ps: prefer --webhook-stdin)</source>
        <translation>传入 Webhook 的 URL，保存在钥匙串中（off：无；它会出现在 shell 历史和 ps 中：建议使用 --webhook-stdin）</translation>
    </message>
    <message>
        <source>read the incoming-webhook URL from the first line of stdin</source>
        <translation>从标准输入的第一行读取传入 Webhook 的 URL</translation>
    </message>
    <message>
        <source>failing N runs in a row offers (or, with the setting checks.auto_abnormal, makes) the machine&apos;s abnormal transition</source>
        <translation>连续失败 N 次时建议（若开启了设置 checks.auto_abnormal 则直接执行）机器的 abnormal 状态转换</translation>
    </message>
    <message>
        <source>http: trust the CAs in this PEM file too</source>
        <translation>http：同时信任此 PEM 文件中的 CA</translation>
    </message>
    <message>
        <source>http: accept any certificate (its expiry is still checked)</source>
        <translation>http：接受任何证书（仍会检查其有效期）</translation>
    </message>
    <message>
        <source>check auto-abnormal takes on, off or nothing (to show it)</source>
        <translation>check auto-abnormal 接受 on、off 或不带参数（显示当前设置）</translation>
    </message>
    <message>
        <source>checks.auto_abnormal is on: a check failing for its --abnormal-after runs moves a READY machine to ERROR_DETECTED</source>
        <translation>checks.auto_abnormal 已开启：检查连续失败达到其 --abnormal-after 次数时，会将 READY 机器转为 ERROR_DETECTED</translation>
    </message>
    <message>
        <source>checks.auto_abnormal is off: a check failing for its --abnormal-after runs suggests the abnormal transition</source>
        <translation>checks.auto_abnormal 已关闭：检查连续失败达到其 --abnormal-after 次数时，会建议执行 abnormal 状态转换</translation>
    </message>
    <message>
        <source>%1: %2; to mark it abnormal: opsdeck machine transition %1 abnormal --reason %3</source>
        <translation>%1：%2；要将其标记为 abnormal：opsdeck machine transition %1 abnormal --reason %3</translation>
    </message>
    <message>
        <source>%1 is now ERROR_DETECTED (abnormal): %2</source>
        <translation>%1 现为 ERROR_DETECTED（abnormal）：%2</translation>
    </message>
    <message>
        <source>after each batch but the last, these checks must pass on its units, else the deploy pauses</source>
        <translation>除最后一个批次外，每个批次之后这些检查须在其实例上通过，否则部署暂停</translation>
    </message>
    <message>
        <source>a paused gate is asked again after S seconds (default 30)</source>
        <translation>暂停的门禁在 S 秒后重新检查（默认 30）</translation>
    </message>
    <message>
        <source>gate after batch %1: passed</source>
        <translation>批次 %1 之后的门禁：已通过</translation>
    </message>
    <message>
        <source>paused after batch %1: %2; the gate is asked again in %3 s, Ctrl-C cancels the job</source>
        <translation>已在批次 %1 之后暂停：%2；门禁将在 %3 秒后重新检查，按 Ctrl-C 取消任务</translation>
    </message>
    <message>
        <source>job template %1 saved: %2 on %3 (now version %4)</source>
        <translation>已保存任务模板 %1：在 %3 上执行 %2（现为版本 %4）</translation>
    </message>
    <message>
        <source>the template being replaced (save)</source>
        <translation>被替换的模板（save）</translation>
    </message>
    <message>
        <source>version: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <source>the pool (set)</source>
        <translation>资源池（set）</translation>
    </message>
    <message>
        <source>service %1 updated (now version %2)</source>
        <translation>已更新服务 %1（现为版本 %2）</translation>
    </message>
    <message>
        <source>the service (set)</source>
        <translation>服务（set）</translation>
    </message>
    <message>
        <source>changed source %1 (now version %2)</source>
        <translation>已修改数据源 %1（现为版本 %2）</translation>
    </message>
    <message>
        <source>the source (set)</source>
        <translation>数据源（set）</translation>
    </message>
    <message>
        <source>the node (flag, rename, move)</source>
        <translation>节点（flag、rename、move）</translation>
    </message>
    <message>
        <source>--%1 takes WIDTHxHEIGHT in pixels, each from %2 to %3, such as 1200x600, not &apos;%4&apos;</source>
        <translation>--%1 需要以像素表示的 宽x高，每项在 %2 到 %3 之间，例如 1200x600，而不是“%4”</translation>
    </message>
    <message>
        <source>--out FILE is needed</source>
        <translation>需要 --out FILE</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;: end it in .png, .svg, .pdf or .csv</source>
        <translation>无法判断“%1”的格式：请以 .png、.svg、.pdf 或 .csv 结尾</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from 必须早于 --to</translation>
    </message>
    <message>
        <source>%1 has no points from %2 to %3</source>
        <translation>%1 在 %2 到 %3 之间没有数据点</translation>
    </message>
    <message>
        <source>unknown machine &apos;%1&apos;: the metrics cache holds no series for it</source>
        <translation>未知机器“%1”：指标缓存中没有它的序列</translation>
    </message>
    <message>
        <source>--raw is for a .csv file</source>
        <translation>--raw 仅用于 .csv 文件</translation>
    </message>
    <message>
        <source>name the machine: export host NAME</source>
        <translation>请指定机器：export host NAME</translation>
    </message>
    <message>
        <source>export host writes a PDF: end --out in .pdf</source>
        <translation>export host 输出 PDF：--out 须以 .pdf 结尾</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>Charts from the metrics cache as PNG, SVG, PDF or CSV, without a display.</source>
        <translation>将指标缓存中的图表导出为 PNG、SVG、PDF 或 CSV，无需显示器。</translation>
    </message>
    <message>
        <source>the image&apos;s size in pixels (default 1200x600)</source>
        <translation>图像尺寸（像素，默认 1200x600）</translation>
    </message>
    <message>
        <source>the chart&apos;s (or report&apos;s) title</source>
        <translation>图表（或报告）的标题</translation>
    </message>
    <message>
        <source>light or dark (default light)</source>
        <translation>light 或 dark（默认 light）</translation>
    </message>
    <message>
        <source>CSV: every stored point, not the points drawn</source>
        <translation>CSV：所有已存储的点，而非绘制出的点</translation>
    </message>
    <message>
        <source>the file to write; its extension picks the format</source>
        <translation>要写入的文件；由扩展名决定格式</translation>
    </message>
    <message>
        <source>job %1: pause requested; its runner holds new hosts within a second (hosts under way finish)</source>
        <translation>作业 %1：已请求暂停；其运行进程将在一秒内停止启动新主机（进行中的主机会完成）</translation>
    </message>
    <message>
        <source>job %1: resume requested; its runner goes on within a second</source>
        <translation>作业 %1：已请求继续；其运行进程将在一秒内继续</translation>
    </message>
    <message>
        <source>--to takes a time (2026-12-05T18:00:00Z, epoch seconds) or a duration after --from (2h), not &apos;%1&apos;</source>
        <translation>--to 需要一个时间（2026-12-05T18:00:00Z、epoch 秒数）或 --from 之后的时长（2h），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>check maintenance add needs --node PATH (/ for the whole tree)</source>
        <translation>check maintenance add 需要 --node PATH（/ 表示整棵树）</translation>
    </message>
    <message>
        <source>check maintenance add needs --to TIME or --to DURATION</source>
        <translation>check maintenance add 需要 --to TIME 或 --to DURATION</translation>
    </message>
    <message>
        <source>check maintenance add takes options only</source>
        <translation>check maintenance add 只接受选项</translation>
    </message>
    <message>
        <source>added maintenance window %1 on %2 from %3 to %4</source>
        <translation>已在 %2 上添加维护窗口 %1，从 %3 到 %4</translation>
    </message>
    <message>
        <source>check maintenance list takes no arguments</source>
        <translation>check maintenance list 不接受参数</translation>
    </message>
    <message>
        <source>check maintenance remove takes one window ID (check maintenance list)</source>
        <translation>check maintenance remove 只接受一个窗口 ID（参见 check maintenance list）</translation>
    </message>
    <message>
        <source>removed maintenance window %1</source>
        <translation>已删除维护窗口 %1</translation>
    </message>
    <message>
        <source>the tree node (/ for the whole tree)</source>
        <translation>树节点（/ 表示整棵树）</translation>
    </message>
    <message>
        <source>the start (ISO 8601, epoch seconds, now, -1h); default now</source>
        <translation>开始时间（ISO 8601、epoch 秒数、now、-1h）；默认 now</translation>
    </message>
    <message>
        <source>the end: a time (ISO 8601, epoch seconds) or a duration after --from (2h)</source>
        <translation>结束：一个时间（ISO 8601、epoch 秒数）或 --from 之后的时长（2h）</translation>
    </message>
    <message>
        <source>why, shown with the window</source>
        <translation>原因，随窗口一同显示</translation>
    </message>
    <message>
        <source>list: the ended windows too</source>
        <translation>list：同时列出已结束的窗口</translation>
    </message>
    <message>
        <source>dashboard list takes no arguments</source>
        <translation>dashboard list 不接受参数</translation>
    </message>
    <message>
        <source>dashboard show takes one dashboard NAME</source>
        <translation>dashboard show 需要一个仪表板名称 NAME</translation>
    </message>
    <message>
        <source>%1 (%2), %3 columns</source>
        <translation>%1（%2），%3 列</translation>
    </message>
    <message>
        <source>dashboard export takes one dashboard NAME</source>
        <translation>dashboard export 需要一个仪表板名称 NAME</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>exported dashboard %1 to %2</source>
        <translation>已将仪表板 %1 导出到 %2</translation>
    </message>
    <message>
        <source>dashboard remove takes one dashboard NAME</source>
        <translation>dashboard remove 需要一个仪表板名称 NAME</translation>
    </message>
    <message>
        <source>removed dashboard %1</source>
        <translation>已删除仪表板 %1</translation>
    </message>
    <message>
        <source>Dashboards: grids of charts, values and tables over the metrics cache.</source>
        <translation>仪表板：基于指标缓存的图表、数值和表格网格。</translation>
    </message>
    <message>
        <source>export: the file to write (default: standard output)</source>
        <translation>export：要写入的文件（默认：标准输出）</translation>
    </message>
    <message>
        <source>import: save under this name</source>
        <translation>import：以此名称保存</translation>
    </message>
    <message>
        <source>import: overwrite a dashboard of the same name</source>
        <translation>import：覆盖同名仪表板</translation>
    </message>
    <message>
        <source>import: FILE is a Grafana dashboard&apos;s JSON</source>
        <translation>import：FILE 是 Grafana 仪表板的 JSON</translation>
    </message>
    <message>
        <source>import --grafana: read the Grafana datasource (uid or name) from this Opsdeck source (id or URL); repeat for several</source>
        <translation>import --grafana：从此 Opsdeck 数据源（id 或 URL）读取该 Grafana 数据源（uid 或名称）；可重复指定多个</translation>
    </message>
    <message>
        <source>--out FILE.pdf is needed</source>
        <translation>需要 --out FILE.pdf</translation>
    </message>
    <message>
        <source>export dashboard writes a PDF: end --out in .pdf, not &apos;%1&apos;</source>
        <translation>export dashboard 输出 PDF：--out 应以 .pdf 结尾，而不是“%1”</translation>
    </message>
    <message>
        <source>--to goes with --from</source>
        <translation>--to 需与 --from 一起使用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1：无数据</translation>
    </message>
    <message>
        <source>name the dashboard: export dashboard NAME</source>
        <translation>请指定仪表板名称：export dashboard NAME</translation>
    </message>
    <message>
        <source>dashboard %1 has no points from %2 to %3</source>
        <translation>仪表板 %1 在 %2 到 %3 之间没有数据点</translation>
    </message>
    <message>
        <source>dashboard %1 has no points in its panels&apos; ranges</source>
        <translation>仪表板 %1 在其各面板的时间范围内没有数据点</translation>
    </message>
    <message>
        <source>A dashboard as a multi-page PDF report, without a display.</source>
        <translation>将仪表板导出为多页 PDF 报告，无需显示器。</translation>
    </message>
    <message>
        <source>start (ISO 8601, epoch, now, -1h; default: each panel&apos;s range)</source>
        <translation>开始时间（ISO 8601、epoch、now、-1h；默认：各面板的时间范围）</translation>
    </message>
    <message>
        <source>the report&apos;s title (default: the dashboard&apos;s)</source>
        <translation>报告标题（默认：仪表板的标题）</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>--datasource takes GRAFANA=SOURCE (a Grafana uid or name, an Opsdeck source id or URL), not &apos;%1&apos;</source>
        <translation>--datasource 的参数应为 GRAFANA=SOURCE（Grafana uid 或名称，Opsdeck 数据源 id 或 URL），而不是“%1”</translation>
    </message>
    <message>
        <source>taken:   %1 (%2) &lt;- source %3: %4</source>
        <translation>已采用：%1（%2）&lt;- 数据源 %3：%4</translation>
    </message>
    <message>
        <source>skipped: %1 (%2): %3</source>
        <translation>已跳过：%1（%2）：%3</translation>
    </message>
    <message>
        <source>nothing imported: say which Opsdeck source each of these Grafana datasources is, with --datasource NAME=SOURCE: %1</source>
        <translation>未导入任何内容：请用 --datasource NAME=SOURCE 指明以下每个 Grafana 数据源对应哪个 Opsdeck 数据源：%1</translation>
    </message>
    <message>
        <source>nothing imported: no panel of %1 could be taken</source>
        <translation>未导入任何内容：%1 中没有可采用的面板</translation>
    </message>
    <message>
        <source>dashboard import takes one FILE (- for standard input)</source>
        <translation>dashboard import 需要一个文件 FILE（- 表示标准输入）</translation>
    </message>
    <message>
        <source>--datasource goes with --grafana</source>
        <translation>--datasource 需与 --grafana 一起使用</translation>
    </message>
    <message>
        <source>imported dashboard %1 (%2 panels)</source>
        <translation>已导入仪表板 %1（%2 个面板）</translation>
    </message>
    <message>
        <source>import --grafana: add no source for the queries no source polls (those panels stay empty)</source>
        <translation>import --grafana：不为尚无来源轮询的查询添加来源（这些面板保持为空）</translation>
    </message>
    <message>
        <source>taken:   %1 (%2) &lt;- a new source: %3</source>
        <translation>已采用：%1（%2）&lt;- 新来源：%3</translation>
    </message>
    <message>
        <source>added:   source %1 (%2 %3 on %4, a copy of source %5) polls %6</source>
        <translation>已添加：来源 %1（%4 上的 %2 %3，来源 %5 的副本）轮询 %6</translation>
    </message>
    <message>
        <source>no machine</source>
        <translation>无机器</translation>
    </message>
    <message>
        <source>not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>empty:   %1: no source of source %2&apos;s URL polls %3 with an --as key; the panel stays empty until one does</source>
        <translation>为空：%1：来源 %2 的 URL 下没有以 --as 键轮询 %3 的来源；在有来源这样做之前，该面板保持为空</translation>
    </message>
    <message>
        <source>imported dashboard %1: %2 panels taken, %3 skipped, %4 sources added</source>
        <translation>已导入仪表板 %1：采用 %2 个面板，跳过 %3 个，添加 %4 个来源</translation>
    </message>
    <message>
        <source>--no-add-sources goes with --grafana</source>
        <translation>--no-add-sources 需与 --grafana 一起使用</translation>
    </message>
    <message>
        <source>opsdeck: disk usage by device: the mount points could not be read: %1</source>
        <translation>opsdeck：磁盘使用按设备显示：无法读取挂载点：%1</translation>
    </message>
</context>
<context>
    <name>CommandJob</name>
    <message>
        <source>no command to run</source>
        <translation>没有要运行的命令</translation>
    </message>
    <message>
        <source>no hosts to run the command on</source>
        <translation>没有可运行该命令的主机</translation>
    </message>
    <message>
        <source>every host of job %1 succeeded: nothing to retry</source>
        <translation>任务 %1 的所有主机均已成功：无需重试</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>CPU busy</source>
        <translation>CPU 繁忙</translation>
    </message>
    <message>
        <source>Load (1 min)</source>
        <translation>负载（1 分钟）</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <source>Traffic in</source>
        <translation>入流量</translation>
    </message>
    <message>
        <source>Traffic out</source>
        <translation>出流量</translation>
    </message>
    <message>
        <source>Disk usage (fullest)</source>
        <translation>磁盘使用率（最满）</translation>
    </message>
</context>
<context>
    <name>ConfigTemplate</name>
    <message>
        <source>the config template uses {{%1}} on line %2, which no unit has (known: %3)</source>
        <translation>配置模板在第 %2 行使用了 {{%1}}，但没有任何实例具有该值（已知：%3）</translation>
    </message>
</context>
<context>
    <name>CpuPercent</name>
    <message>
        <source>no CPU series for %1 in the metrics cache</source>
        <translation>指标缓存中没有 %1 的 CPU 序列</translation>
    </message>
    <message>
        <source>no CPU series for %1 from source %2</source>
        <translation>数据源 %2 中没有 %1 的 CPU 序列</translation>
    </message>
    <message>
        <source>no %1 for %2 from source %3</source>
        <translation>数据源 %3 中没有 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>a dashboard&apos;s name is 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>仪表板名称由 1 到 64 个字母、数字、&apos;_&apos;、&apos;.&apos; 或 &apos;-&apos; 组成</translation>
    </message>
</context>
<context>
    <name>DashboardJson</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>a node path&apos;s segments cannot be blank</source>
        <translation>节点路径的各段不能为空</translation>
    </message>
    <message>
        <source>must be a node path (a/b, or / for the whole tree)</source>
        <translation>必须是节点路径（a/b，或 / 表示整棵树）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>give machine or node, not both</source>
        <translation>请给出 machine 或 node，不能同时给出</translation>
    </message>
    <message>
        <source>give metric or series, not both</source>
        <translation>请给出 metric 或 series，不能同时给出</translation>
    </message>
    <message>
        <source>required (or series)</source>
        <translation>必填（或给出 series）</translation>
    </message>
    <message>
        <source>a metric needs a machine or a node</source>
        <translation>指标需要指定机器或节点</translation>
    </message>
    <message>
        <source>must be a duration such as 1h, 1d or 7d, at most 10 years, not &apos;%1&apos;</source>
        <translation>必须是 1h、1d 或 7d 这样的时长，最长 10 年，而不是“%1”</translation>
    </message>
    <message>
        <source>the panel reaches past the dashboard&apos;s %1 columns</source>
        <translation>面板超出了仪表板的 %1 列</translation>
    </message>
    <message>
        <source>only a table has columns</source>
        <translation>只有表格才有列</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>a URL table&apos;s column is one of %1</source>
        <translation>URL 表格的列须为 %1 之一</translation>
    </message>
    <message>
        <source>at most 16 columns</source>
        <translation>最多 16 列</translation>
    </message>
    <message>
        <source>must be chart, value or table, not &apos;%1&apos;</source>
        <translation>必须是 chart、value 或 table，而不是“%1”</translation>
    </message>
    <message>
        <source>must be machines, product_lines, urls or product_line_urls, not &apos;%1&apos;</source>
        <translation>必须是 machines、product_lines、urls 或 product_line_urls，而不是“%1”</translation>
    </message>
    <message>
        <source>only a table has rows</source>
        <translation>只有表格才有行</translation>
    </message>
    <message>
        <source>these rows come from a node: give node</source>
        <translation>这些行来自节点：请给出 node</translation>
    </message>
    <message>
        <source>must be one of %1, not &apos;%2&apos;</source>
        <translation>必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>not JSON (at byte %1: %2)</source>
        <translation>不是 JSON（在第 %1 字节处：%2）</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>version %1 is not one this Opsdeck reads (it reads %2)</source>
        <translation>此 Opsdeck 无法读取版本 %1（它读取 %2）</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>at most %1 panels</source>
        <translation>最多 %1 个面板</translation>
    </message>
</context>
<context>
    <name>DashboardStore</name>
    <message>
        <source>there is no dashboard &apos;%1&apos;; see opsdeck dashboard list</source>
        <translation>没有仪表板“%1”；请参阅 opsdeck dashboard list</translation>
    </message>
    <message>
        <source>&apos;home&apos; is the built-in dashboard: it cannot be replaced or removed; export it and import it under another name to change it</source>
        <translation>“home”是内置仪表板：不能替换或删除；如需修改，请将其导出并以其他名称导入</translation>
    </message>
    <message>
        <source>the stored dashboard &apos;%1&apos; does not read back: %2</source>
        <translation>已存储的仪表板“%1”无法读回：%2</translation>
    </message>
    <message>
        <source>a dashboard named &apos;%1&apos; exists; give --replace to overwrite it</source>
        <translation>已存在名为“%1”的仪表板；请给出 --replace 以覆盖它</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: the database is locked by another program (%2); close the other Opsdeck or wait, then try again</source>
        <translation>%1：数据库已被另一个程序锁定（%2）；请关闭另一个 Opsdeck 或稍候，然后重试</translation>
    </message>
    <message>
        <source>%1: the database file is damaged or is not an Opsdeck database (%2); move it aside or choose another with --db</source>
        <translation>%1：数据库文件已损坏或不是 Opsdeck 数据库（%2）；请将其移走或用 --db 选择另一个</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2); nothing was written, free some space and try again</source>
        <translation>%1：磁盘已满（%2）；未写入任何内容，请释放一些空间后重试</translation>
    </message>
    <message>
        <source>%1: the database is read-only (%2); check the file&apos;s permissions</source>
        <translation>%1：数据库为只读（%2）；请检查文件权限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>preparing a statement failed</source>
        <translation>准备语句失败</translation>
    </message>
    <message>
        <source>a database statement failed</source>
        <translation>数据库语句执行失败</translation>
    </message>
    <message>
        <source>opening %1 failed</source>
        <translation>打开 %1 失败</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>读取 %1 失败</translation>
    </message>
    <message>
        <source>starting a transaction failed</source>
        <translation>开始事务失败</translation>
    </message>
    <message>
        <source>committing a transaction failed</source>
        <translation>提交事务失败</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database; check its permissions</source>
        <translation>无法为数据库创建文件夹 %1；请检查其权限</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>reading the schema version of %1 failed</source>
        <translation>读取 %1 的架构版本失败</translation>
    </message>
    <message>
        <source>%1 was written by a newer Opsdeck (schema %2; this one knows up to %3). It was left untouched: upgrade Opsdeck or choose another database with --db</source>
        <translation>%1 由更新版本的 Opsdeck 写入（架构 %2；当前版本最高支持 %3）。未对其做任何修改：请升级 Opsdeck 或用 --db 选择另一个数据库</translation>
    </message>
    <message>
        <source>switching %1 to WAL failed</source>
        <translation>将 %1 切换为 WAL 模式失败</translation>
    </message>
    <message>
        <source>creating schema_version failed</source>
        <translation>创建 schema_version 失败</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed</source>
        <translation>迁移 %1（%2）失败</translation>
    </message>
    <message>
        <source>setting up a connection to %1 failed</source>
        <translation>设置到 %1 的连接失败</translation>
    </message>
    <message>
        <source>cannot move the database from %1 to %2; move it by hand or choose it with --db</source>
        <translation>无法将数据库从 %1 移动到 %2；请手动移动，或用 --db 指定它</translation>
    </message>
    <message>
        <source>the disk holding the database is almost full (%1 free); writes will fail until space is freed</source>
        <translation>数据库所在的磁盘即将用满（剩余 %1）；在释放空间之前写入将会失败</translation>
    </message>
    <message>
        <source>opening %1 failed: the Qt SQL driver %2 is not installed</source>
        <translation>打开 %1 失败：未安装 Qt SQL 驱动 %2</translation>
    </message>
    <message>
        <source>locking schema_version failed</source>
        <translation>锁定 schema_version 失败</translation>
    </message>
    <message>
        <source>the connection to the database server was lost (%1)</source>
        <translation>与数据库服务器的连接已断开（%1）</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>与数据库服务器的连接已断开</translation>
    </message>
    <message>
        <source>connecting to %1 failed</source>
        <translation>连接 %1 失败</translation>
    </message>
    <message>
        <source>%1: the database refused it (%2); your team role may not do this (opsdeck db whoami)</source>
        <translation>%1：数据库拒绝了该操作（%2）；你的团队角色可能无权执行（opsdeck db whoami）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database URL such as postgresql://USER@HOST:5432/DBNAME</source>
        <translation>&apos;%1&apos; 不是数据库 URL，应形如 postgresql://USER@HOST:5432/DBNAME</translation>
    </message>
    <message>
        <source>a database URL must not hold the password; put it in ~/.pgpass (HOST:PORT:DBNAME:USER:PASSWORD, mode 0600)</source>
        <translation>数据库 URL 中不能包含密码；请写入 ~/.pgpass（HOST:PORT:DBNAME:USER:PASSWORD，权限 0600）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a user, a host and a database name: postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]</source>
        <translation>&apos;%1&apos; 需要用户、主机和数据库名：postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]</translation>
    </message>
    <message>
        <source>the database URL option &apos;%1&apos; is not known; only sslmode is</source>
        <translation>未知的数据库 URL 选项 &apos;%1&apos;；仅支持 sslmode</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode &apos;%1&apos; 不是 %2 之一</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the target database is not empty (%1 has rows): a copy goes only into an empty database; nothing was written</source>
        <translation>目标数据库不为空（%1 中有数据行）：只能复制到空数据库；未写入任何内容</translation>
    </message>
    <message>
        <source>%1 refers to its own rows but has no primary key</source>
        <translation>%1 引用了自身的行，但没有主键</translation>
    </message>
    <message>
        <source>reading %1 failed</source>
        <translation>读取 %1 失败</translation>
    </message>
    <message>
        <source>writing %1 failed</source>
        <translation>写入 %1 失败</translation>
    </message>
    <message>
        <source>a database cannot be copied into itself</source>
        <translation>数据库不能复制到自身</translation>
    </message>
    <message>
        <source>only the target database&apos;s owner may copy into it; %1 is not the owner</source>
        <translation>只有目标数据库的所有者才能向其复制；%1 不是所有者</translation>
    </message>
</context>
<context>
    <name>DatabaseUnlock</name>
    <message>
        <source>The keychain&apos;s password for %1 (entry %2) was refused.</source>
        <translation>钥匙串中 %1 的密码（条目 %2）被拒绝。</translation>
    </message>
    <message>
        <source>The password for %1 is now in the keychain (entry %2).</source>
        <translation>%1 的密码已存入钥匙串（条目 %2）。</translation>
    </message>
    <message>
        <source>The password for %1 was not stored in the keychain: %2</source>
        <translation>%1 的密码未能存入钥匙串：%2</translation>
    </message>
    <message>
        <source>%1 refused the password three times; check the user name, or put the password in ~/.pgpass</source>
        <translation>%1 已三次拒绝密码；请检查用户名，或将密码写入 ~/.pgpass</translation>
    </message>
</context>
<context>
    <name>DeployJob</name>
    <message>
        <source>%1 has no units to deploy to; add some with opsdeck unit add or opsdeck service scale</source>
        <translation>%1 没有可部署的实例；请用 opsdeck unit add 或 opsdeck service scale 添加</translation>
    </message>
    <message>
        <source>a release name cannot hold &apos;/&apos; or start with &apos;.&apos;: %1</source>
        <translation>版本名称不能包含 &apos;/&apos;，也不能以 &apos;.&apos; 开头：%1</translation>
    </message>
    <message>
        <source>none of %1 is a unit of %2</source>
        <translation>%1 中没有一个是 %2 的实例</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The local machine %1 could not be registered: %2</source>
        <translation>无法注册本地机器 %1：%2</translation>
    </message>
</context>
<context>
    <name>ExecRun</name>
    <message>
        <source>cannot open a channel</source>
        <translation>无法打开通道</translation>
    </message>
    <message>
        <source>the server refused to run the command</source>
        <translation>服务器拒绝运行该命令</translation>
    </message>
    <message>
        <source>cannot close the channel</source>
        <translation>无法关闭通道</translation>
    </message>
    <message>
        <source>reading the command&apos;s output failed</source>
        <translation>读取命令输出失败</translation>
    </message>
</context>
<context>
    <name>GrafanaImportWriter</name>
    <message>
        <source>cannot add %1: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
</context>
<context>
    <name>GrafanaImporter</name>
    <message>
        <source>the panel type &apos;%1&apos; has no Opsdeck counterpart</source>
        <translation>面板类型“%1”在 Opsdeck 中没有对应类型</translation>
    </message>
    <message>
        <source>it mixes datasources; Opsdeck reads one source per panel</source>
        <translation>它混用了多个数据源；Opsdeck 每个面板只读取一个数据源</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>它没有查询目标</translation>
    </message>
    <message>
        <source>its targets mix datasources; Opsdeck reads one source per panel</source>
        <translation>它的查询目标混用了多个数据源；Opsdeck 每个面板只读取一个数据源</translation>
    </message>
    <message>
        <source>its datasource &apos;%1&apos; is neither Prometheus nor Graphite</source>
        <translation>它的数据源“%1”既不是 Prometheus 也不是 Graphite</translation>
    </message>
    <message>
        <source>a copy of source %1 polling %2</source>
        <translation>来源 %1 的副本，轮询 %2</translation>
    </message>
    <message>
        <source>not JSON (at byte %1: %2)</source>
        <translation>不是 JSON（在第 %1 字节处：%2）</translation>
    </message>
    <message>
        <source>not a Grafana dashboard: it has neither &quot;panels&quot; nor &quot;rows&quot;</source>
        <translation>不是 Grafana 仪表板：既没有 &quot;panels&quot; 也没有 &quot;rows&quot;</translation>
    </message>
    <message>
        <source>--datasource %1=%2: there is no Opsdeck source with that id or URL; see opsdeck source list</source>
        <translation>--datasource %1=%2：没有该 id 或 URL 对应的 Opsdeck 数据源；请参阅 opsdeck source list</translation>
    </message>
    <message>
        <source>--datasource %1 names source %2, a %3 source, not %4</source>
        <translation>--datasource %1 指定的数据源 %2 是 %3 数据源，而不是 %4</translation>
    </message>
    <message>
        <source>no Opsdeck source of kind %1 (add one with opsdeck source add %1 URL)</source>
        <translation>没有类型为 %1 的 Opsdeck 数据源（可用 opsdeck source add %1 URL 添加）</translation>
    </message>
    <message>
        <source>datasource &apos;%1&apos; could be any of the %2 sources %3; give --datasource %1=SOURCE</source>
        <translation>数据源“%1”可能是 %2 个数据源 %3 中的任意一个；请给出 --datasource %1=SOURCE</translation>
    </message>
    <message>
        <source>the template variable $%1 cannot be resolved to one value</source>
        <translation>模板变量 $%1 无法解析为单个值</translation>
    </message>
</context>
<context>
    <name>GraphDefinition</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>no graph: the first line must be the graph&apos;s title</source>
        <translation>没有图表：第一行必须是图表的标题</translation>
    </message>
    <message>
        <source>&apos;@@&apos; needs a graph name</source>
        <translation>&apos;@@&apos; 需要一个图表名称</translation>
    </message>
    <message>
        <source>the first line must be the graph&apos;s title (its vertical label), not an element</source>
        <translation>第一行必须是图表的标题（其纵轴标签），而不是元素</translation>
    </message>
    <message>
        <source>unknown template in &apos;%1&apos; (only &lt;?= $device ?&gt;)</source>
        <translation>&apos;%1&apos; 中有未知模板（仅支持 &lt;?= $device ?&gt;）</translation>
    </message>
    <message>
        <source>%1 is not supported, left out</source>
        <translation>不支持 %1，已略去</translation>
    </message>
    <message>
        <source>unknown element &apos;%1&apos;</source>
        <translation>未知元素 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>DEF needs name=&lt;%RRD_FOR key %&gt;:ds:CF</source>
        <translation>DEF 需要 name=&lt;%RRD_FOR key %&gt;:ds:CF</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name</source>
        <translation>&apos;%1&apos; 不是有效的名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice</source>
        <translation>&apos;%1&apos; 被定义了两次</translation>
    </message>
    <message>
        <source>DEF &apos;%1&apos; must read &lt;%RRD_FOR key.type %&gt;</source>
        <translation>DEF &apos;%1&apos; 必须读取 &lt;%RRD_FOR key.type %&gt;</translation>
    </message>
    <message>
        <source>RRD_EX needs a plugin, a host and a key</source>
        <translation>RRD_EX 需要插件、主机和键</translation>
    </message>
    <message>
        <source>%1 takes one key</source>
        <translation>%1 只接受一个键</translation>
    </message>
    <message>
        <source>DEF &apos;%1&apos; names no metric</source>
        <translation>DEF &apos;%1&apos; 未指定指标</translation>
    </message>
    <message>
        <source>unknown consolidation &apos;%1&apos; (AVERAGE, MIN, MAX or LAST)</source>
        <translation>未知的合并函数 &apos;%1&apos;（AVERAGE、MIN、MAX 或 LAST）</translation>
    </message>
    <message>
        <source>CDEF &apos;%1&apos; has no expression</source>
        <translation>CDEF &apos;%1&apos; 没有表达式</translation>
    </message>
    <message>
        <source>CDEF &apos;%1&apos;: &apos;%2&apos; needs %3 values</source>
        <translation>CDEF &apos;%1&apos;：&apos;%2&apos; 需要 %3 个值</translation>
    </message>
    <message>
        <source>CDEF &apos;%1&apos; uses &apos;%2&apos;, which is not supported; left out</source>
        <translation>CDEF &apos;%1&apos; 使用了不支持的 &apos;%2&apos;，已略去</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not defined</source>
        <translation>&apos;%1&apos; 未定义</translation>
    </message>
    <message>
        <source>CDEF &apos;%1&apos; leaves %2 values, not one</source>
        <translation>CDEF &apos;%1&apos; 剩下 %2 个值，而不是一个</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is left out</source>
        <translation>已略去 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour (#RRGGBB)</source>
        <translation>&apos;%1&apos; 不是颜色（#RRGGBB）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dash pattern</source>
        <translation>&apos;%1&apos; 不是虚线样式</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; of %2</source>
        <translation>%2 的未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>GPRINT needs value:LAST|AVERAGE|MAX|MIN:format</source>
        <translation>GPRINT 需要 value:LAST|AVERAGE|MAX|MIN:format</translation>
    </message>
    <message>
        <source>unknown statistic &apos;%1&apos; (LAST, AVERAGE, MAX or MIN)</source>
        <translation>未知统计量 &apos;%1&apos;（LAST、AVERAGE、MAX 或 MIN）</translation>
    </message>
    <message>
        <source>GPRINT format &apos;%1&apos; needs exactly one number (%lf)</source>
        <translation>GPRINT 格式 &apos;%1&apos; 必须恰好包含一个数字（%lf）</translation>
    </message>
    <message>
        <source>line %1: graph &apos;%2&apos; has no title line</source>
        <translation>第 %1 行：图表 &apos;%2&apos; 没有标题行</translation>
    </message>
    <message>
        <source>line %1: graph &apos;%2&apos; draws nothing (no LINE, AREA or STACK)</source>
        <translation>第 %1 行：图表 &apos;%2&apos; 不绘制任何内容（没有 LINE、AREA 或 STACK）</translation>
    </message>
</context>
<context>
    <name>GraphitePlaintext</name>
    <message>
        <source>too many fields</source>
        <translation>字段过多</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>metric path longer than 1024 bytes</source>
        <translation>指标路径超过 1024 字节</translation>
    </message>
    <message>
        <source>control character in metric path</source>
        <translation>指标路径中含有控制字符</translation>
    </message>
    <message>
        <source>metric path is not valid UTF-8</source>
        <translation>指标路径不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>value is not a number</source>
        <translation>值不是数字</translation>
    </message>
    <message>
        <source>value is not finite</source>
        <translation>值不是有限数</translation>
    </message>
    <message>
        <source>timestamp is not a number</source>
        <translation>时间戳不是数字</translation>
    </message>
    <message>
        <source>missing timestamp</source>
        <translation>缺少时间戳</translation>
    </message>
</context>
<context>
    <name>HomeDashboard</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Company CPU (assigned machines)</source>
        <translation>全公司 CPU（已分配的机器）</translation>
    </message>
    <message>
        <source>CPU by machine</source>
        <translation>各机器的 CPU</translation>
    </message>
    <message>
        <source>Resource use by product line</source>
        <translation>各产品线的资源使用</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Product-line availability and response time (1 day)</source>
        <translation>产品线可用性和响应时间（1 天）</translation>
    </message>
    <message numerus="yes">
        <source>%n-day averages</source>
        <translation>
            <numerusform>%n 天平均值</numerusform></translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <source>Load average</source>
        <translation>平均负载</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>buffers</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>in</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>TCP established</source>
        <translation>TCP 已建立连接</translation>
    </message>
    <message>
        <source>established</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>磁盘使用量</translation>
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
        <translation>无法读取磁盘的挂载点：%1</translation>
    </message>
    <message>
        <source>Series from %1</source>
        <translation>来自 %1 的序列</translation>
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
        <translation>主机 &apos;%1&apos; 中的端口无效</translation>
    </message>
    <message>
        <source>an empty host name in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 中有空的主机名</translation>
    </message>
</context>
<context>
    <name>InMemoryCredentialProvider</name>
    <message>
        <source>no secret for %1</source>
        <translation>没有 %1 的密钥</translation>
    </message>
</context>
<context>
    <name>InteractiveCredentials</name>
    <message>
        <source>none is configured</source>
        <translation>未配置钥匙串</translation>
    </message>
    <message>
        <source>The keychain cannot be reached (%1): secrets you type are kept in memory only while Opsdeck runs.</source>
        <translation>无法访问钥匙串（%1）：你输入的密钥仅在 Opsdeck 运行期间保存在内存中。</translation>
    </message>
    <message>
        <source>no secret for %1</source>
        <translation>没有 %1 的密钥</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>importing failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>writing the audit log failed</source>
        <translation>写入审计日志失败</translation>
    </message>
    <message>
        <source>reading the inventory failed</source>
        <translation>读取资产清单失败</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; of node &apos;%3&apos; is not a URL with a scheme and a host</source>
        <translation>%1：节点“%3”的“%2”不是带协议和主机的 URL</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>%1: %2: there is no node &apos;%3&apos;</source>
        <translation>%1：%2：没有节点“%3”</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; is a %4, not a service; units and relations belong to service nodes</source>
        <translation>%1：%2：“%3”是 %4，不是 service；实例和关联只属于服务节点</translation>
    </message>
    <message>
        <source>unit %1 on %2:%3</source>
        <translation>实例 %1 位于 %2:%3</translation>
    </message>
    <message>
        <source>%1: %2: there is no machine &apos;%3&apos;</source>
        <translation>%1：%2：没有机器“%3”</translation>
    </message>
    <message>
        <source>%1: %2: the port is outside 1-65535</source>
        <translation>%1：%2：端口超出 1-65535 范围</translation>
    </message>
    <message>
        <source>%1: %2: port %3 on machine &apos;%4&apos; is already used by a unit of &apos;%5&apos;</source>
        <translation>%1：%2：机器“%4”上的端口 %3 已被“%5”的实例占用</translation>
    </message>
    <message>
        <source>%1: %2: machine &apos;%3&apos; is %4 after this import; units go only to READY machines</source>
        <translation>%1：%2：导入后机器“%3”处于 %4 状态；实例只能部署在 READY 的机器上</translation>
    </message>
    <message>
        <source>relation %1 -&gt; %2</source>
        <translation>关联 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1: %2: a service cannot need itself</source>
        <translation>%1：%2：服务不能依赖自身</translation>
    </message>
    <message>
        <source>%1: %2: a relation has either a service (and a port) or an endpoint</source>
        <translation>%1：%2：关联要么指向一个服务（可带端口），要么指向一个端点</translation>
    </message>
    <message>
        <source>%1: %2: a port belongs to a relation on a service</source>
        <translation>%1：%2：端口只用于指向服务的关联</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>reading the tree failed</source>
        <translation>读取服务树失败</translation>
    </message>
    <message>
        <source>reading pools failed</source>
        <translation>读取资源池失败</translation>
    </message>
    <message>
        <source>reading machines failed</source>
        <translation>读取机器失败</translation>
    </message>
    <message>
        <source>reading machine meta failed</source>
        <translation>读取机器元数据失败</translation>
    </message>
    <message>
        <source>reading bindings failed</source>
        <translation>读取绑定失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the node &apos;%2&apos; is a service here and a %3 in the file; change its kind by hand first</source>
        <translation>%1：节点 &apos;%2&apos; 在此处是 service，而在文件中是 %3；请先手动更改其类型</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; would be placed under the service &apos;%3&apos;; a service holds units, not other nodes</source>
        <translation>%1：&apos;%2&apos; 将被放在服务 &apos;%3&apos; 之下；service 只包含实例，不能包含其他节点</translation>
    </message>
    <message>
        <source>%1: the host name &apos;%2&apos; is empty or contains a space or &apos;/&apos;</source>
        <translation>%1：主机名 &apos;%2&apos; 为空或含有空格或 &apos;/&apos;</translation>
    </message>
    <message>
        <source>%1: host &apos;%2&apos; appears twice; the first one is used</source>
        <translation>%1：主机 &apos;%2&apos; 出现了两次；使用第一个</translation>
    </message>
    <message>
        <source>%1: host &apos;%2&apos; has the port %3, outside 1-65535</source>
        <translation>%1：主机 &apos;%2&apos; 的端口为 %3，超出 1-65535 范围</translation>
    </message>
    <message>
        <source>%1: host &apos;%2&apos; has the state &apos;%3&apos;, which is not one of %4</source>
        <translation>%1：主机“%2”的状态“%3”不在 %4 之中</translation>
    </message>
    <message>
        <source>%1: machine &apos;%2&apos; is %3 here and %4 in the file; an import does not change a machine&apos;s state (use `opsdeck machine` for that)</source>
        <translation>%1：机器“%2”在此处为 %3，文件中为 %4；导入不会更改机器状态（请使用 `opsdeck machine`）</translation>
    </message>
    <message>
        <source>reading URLs failed</source>
        <translation>读取 URL 失败</translation>
    </message>
    <message>
        <source>reading units failed</source>
        <translation>读取实例失败</translation>
    </message>
    <message>
        <source>reading relations failed</source>
        <translation>读取关联失败</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos;: use %2</source>
        <translation>未知导入格式 &apos;%1&apos;：请使用 %2</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;: use %2</source>
        <translation>未知导出格式 &apos;%1&apos;：请使用 %2</translation>
    </message>
    <message>
        <source>the node path &apos;%1&apos; has an empty part</source>
        <translation>节点路径 &apos;%1&apos; 中有空的部分</translation>
    </message>
    <message>
        <source>a node path is needed, such as company/shop/web</source>
        <translation>需要节点路径，例如 company/shop/web</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;; see `opsdeck machine list`</source>
        <translation>没有名为 &apos;%1&apos; 的机器；请查看 `opsdeck machine list`</translation>
    </message>
    <message>
        <source>no tree node &apos;%1&apos;; see `opsdeck tree list`</source>
        <translation>没有树节点 &apos;%1&apos;；参见 `opsdeck tree list`</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, not a service; units and relations belong to service nodes</source>
        <translation>&apos;%1&apos; 是 %2，不是 service；实例和关联属于服务节点</translation>
    </message>
    <message>
        <source>a machine needs a name</source>
        <translation>机器需要名称</translation>
    </message>
    <message>
        <source>the machine name &apos;%1&apos; contains a space or &apos;/&apos;; choose another</source>
        <translation>机器名 &apos;%1&apos; 含有空格或 &apos;/&apos;；请换一个名称</translation>
    </message>
    <message>
        <source>the SSH port %1 is outside 1-65535</source>
        <translation>SSH 端口 %1 超出 1-65535 范围</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; already exists (state %2); allowed events from %2: %3</source>
        <translation>机器 &apos;%1&apos; 已存在（状态 %2）；%2 状态下允许的事件：%3</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is %2: event &apos;%3&apos; is not allowed from %2; allowed events from %2: %4</source>
        <translation>机器 &apos;%1&apos; 处于 %2 状态：不允许从 %2 执行事件 &apos;%3&apos;；%2 状态下允许的事件：%4</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; needs an address (--address)</source>
        <translation>机器 &apos;%1&apos; 需要地址（--address）</translation>
    </message>
    <message>
        <source>no machine named</source>
        <translation>没有该名称的机器</translation>
    </message>
    <message>
        <source>changing machine states failed</source>
        <translation>更改机器状态失败</translation>
    </message>
    <message>
        <source>removing a machine failed</source>
        <translation>删除机器失败</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; needs an address</source>
        <translation>机器 &apos;%1&apos; 需要地址</translation>
    </message>
    <message>
        <source>the machine Opsdeck runs on, registered on first start</source>
        <translation>运行 Opsdeck 的本机，首次启动时注册</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT (such as db.example.com:5432)</source>
        <translation>&apos;%1&apos; 不是 HOST:PORT 格式（如 db.example.com:5432）</translation>
    </message>
    <message>
        <source>the port %1 is outside 1-65535</source>
        <translation>端口 %1 超出 1-65535 范围</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot need itself</source>
        <translation>&apos;%1&apos; 不能依赖自身</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already needs &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 已依赖 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no relation with id %1; see `opsdeck relation list`</source>
        <translation>没有 ID 为 %1 的关联；参见 `opsdeck relation list`</translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; already exists (a %2)</source>
        <translation>节点 &apos;%1&apos; 已存在（类型为 %2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a service: a service holds units, not other nodes</source>
        <translation>&apos;%1&apos; 是 service：service 只包含实例，不能包含其他节点</translation>
    </message>
    <message>
        <source>unknown node kind &apos;%1&apos;: use folder, group or service</source>
        <translation>未知节点类型 &apos;%1&apos;：请使用 folder、group 或 service</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2: only a folder can be a product line</source>
        <translation>&apos;%1&apos; 是 %2：只有 folder 才能作为产品线</translation>
    </message>
    <message>
        <source>a node name is one word without &apos;/&apos;</source>
        <translation>节点名是一个不含 &apos;/&apos; 的词</translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; already exists</source>
        <translation>节点 &apos;%1&apos; 已存在</translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos; into itself (&apos;%2&apos;)</source>
        <translation>无法将 &apos;%1&apos; 移动到其自身之下（&apos;%2&apos;）</translation>
    </message>
    <message>
        <source>removing &apos;%1&apos; would also remove %2 nodes below it, %3 units, %4 machine bindings, %5 URLs and %6 relations; repeat with --force to remove them</source>
        <translation>删除 &apos;%1&apos; 还将删除其下 %2 个节点、%3 个实例、%4 个机器绑定、%5 个 URL 和 %6 个关联；如确认删除，请加上 --force 重新执行</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is not bound to &apos;%2&apos;</source>
        <translation>机器 &apos;%1&apos; 未绑定到 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL with a scheme and a host, such as https://shop.example.com/</source>
        <translation>&apos;%1&apos; 不是包含协议和主机的 URL，例如 https://shop.example.com/</translation>
    </message>
    <message>
        <source>the URL &apos;%1&apos; is not bound to &apos;%2&apos;</source>
        <translation>URL &apos;%1&apos; 未绑定到 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the unit port %1 is outside 1-65535</source>
        <translation>实例端口 %1 超出 1-65535 范围</translation>
    </message>
    <message>
        <source>adding units failed</source>
        <translation>添加实例失败</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is %2: new units go only to READY machines (bring it online first: `opsdeck machine transition %1 online`)</source>
        <translation>机器 &apos;%1&apos; 处于 %2 状态：新实例只能添加到 READY 状态的机器（请先将其上线：`opsdeck machine transition %1 online`）</translation>
    </message>
    <message>
        <source>port %1 on machine &apos;%2&apos; is already used by a unit of &apos;%3&apos;</source>
        <translation>机器 &apos;%2&apos; 上的端口 %1 已被 &apos;%3&apos; 的实例占用</translation>
    </message>
    <message>
        <source>no unit of &apos;%1&apos; on &apos;%2&apos; at port %3</source>
        <translation>&apos;%2&apos; 上端口 %3 没有 &apos;%1&apos; 的实例</translation>
    </message>
    <message>
        <source>cancelled by the operator; nothing was written</source>
        <translation>已被操作人取消；未写入任何内容</translation>
    </message>
    <message>
        <source>a service has a health URL or a health command, not both</source>
        <translation>服务只能有健康检查 URL 或健康检查命令之一，不能两者都有</translation>
    </message>
    <message>
        <source>what a unit needs cannot be negative</source>
        <translation>实例所需的资源不能为负数</translation>
    </message>
    <message>
        <source>a pool needs a name</source>
        <translation>资源池需要名称</translation>
    </message>
    <message>
        <source>the init script failed (job %1): %2</source>
        <translation>初始化脚本失败（任务 %1）：%2</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos;</source>
        <translation>机器 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; was removed by another console; event &apos;%2&apos; was not applied</source>
        <translation>机器 &apos;%1&apos; 已被另一个控制台删除；事件 &apos;%2&apos; 未执行</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; was changed by %2 at %3: it is now %4, not %5; event &apos;%6&apos; was not applied. Its current values: %7</source>
        <translation>机器 &apos;%1&apos; 已于 %3 被 %2 修改：现在为 %4，而不是 %5；事件 &apos;%6&apos; 未执行。其当前值：%7</translation>
    </message>
    <message>
        <source>tree node &apos;%1&apos;</source>
        <translation>树节点 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the tree node &apos;%1&apos; was removed by another console</source>
        <translation>树节点 &apos;%1&apos; 已被另一个控制台删除</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;</source>
        <translation>服务 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pool &apos;%1&apos;</source>
        <translation>资源池 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no pool &apos;%1&apos; (at version %2)</source>
        <translation>不存在资源池 &apos;%1&apos;（版本 %2）</translation>
    </message>
    <message>
        <source>the pool &apos;%1&apos; was removed</source>
        <translation>资源池 &apos;%1&apos; 已被删除</translation>
    </message>
</context>
<context>
    <name>InventoryIo</name>
    <message>
        <source>&apos;%1&apos; is not a section header like [group], [group:children] or [group:vars]</source>
        <translation>&apos;%1&apos; 不是 [group]、[group:children] 或 [group:vars] 这样的节标题</translation>
    </message>
    <message>
        <source>unknown section kind &apos;:%1&apos; (use :children or :vars)</source>
        <translation>未知的节类型 &apos;:%1&apos;（请使用 :children 或 :vars）</translation>
    </message>
    <message>
        <source>expected key=value in [%1:vars], got &apos;%2&apos;</source>
        <translation>[%1:vars] 中应为 key=value，实际为 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; contains a space</source>
        <translation>变量名 &apos;%1&apos; 含有空格</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>expected one group name in [%1:children], got &apos;%2&apos;</source>
        <translation>[%1:children] 中应为一个组名，实际为 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected key=value after the host name, got &apos;%1&apos;</source>
        <translation>主机名后应为 key=value，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>group &apos;all&apos; cannot be the child of another group</source>
        <translation>组 &apos;all&apos; 不能是其他组的子组</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; cannot be its own child</source>
        <translation>组 &apos;%1&apos; 不能是自身的子组</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a port (1-65535)</source>
        <translation>%1 &apos;%2&apos; 不是端口（1-65535）</translation>
    </message>
    <message>
        <source>opsdeck_kind &apos;%1&apos; is not folder, group or service</source>
        <translation>opsdeck_kind &apos;%1&apos; 不是 folder、group 或 service</translation>
    </message>
    <message>
        <source>opsdeck_name &apos;%1&apos; is not a node name (not empty, no &apos;/&apos;, no outer spaces)</source>
        <translation>opsdeck_name &apos;%1&apos; 不是有效的节点名（不能为空，不能含 &apos;/&apos;，首尾不能有空格）</translation>
    </message>
    <message>
        <source>opsdeck_product_line &apos;%1&apos; is not true or false</source>
        <translation>opsdeck_product_line &apos;%1&apos; 不是 true 或 false</translation>
    </message>
    <message>
        <source>a variable needs a name</source>
        <translation>变量需要名称</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; is not in the inventory</source>
        <translation>主机 &apos;%1&apos; 不在清单中</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; is its own ancestor (through &apos;%2&apos;)</source>
        <translation>组 &apos;%1&apos; 是其自身的祖先（经由 &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>the groups give more than %1 tree nodes</source>
        <translation>这些组产生的树节点超过 %1 个</translation>
    </message>
    <message>
        <source>group name &apos;%1&apos; cannot be a node name (&apos;/&apos; separates node names, and outer spaces are not kept); give the group an opsdeck_name var</source>
        <translation>组名 &apos;%1&apos; 不能用作节点名（&apos;/&apos; 用于分隔节点名，且首尾空格不会保留）；请为该组设置 opsdeck_name 变量</translation>
    </message>
    <message>
        <source>two groups give the node path &apos;%1&apos; (check opsdeck_name)</source>
        <translation>两个组产生了相同的节点路径 &apos;%1&apos;（请检查 opsdeck_name）</translation>
    </message>
    <message>
        <source>values nest too deeply</source>
        <translation>值嵌套过深</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value</source>
        <translation>映射的键必须是普通值</translation>
    </message>
    <message>
        <source>groups nest too deeply</source>
        <translation>组嵌套过深</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; must be a mapping of hosts, vars and children</source>
        <translation>组 &apos;%1&apos; 必须是由 hosts、vars 和 children 组成的映射</translation>
    </message>
    <message>
        <source>group &apos;%1&apos;: skipped unknown key &apos;%2&apos; (use hosts, vars or children)</source>
        <translation>组 &apos;%1&apos;：已跳过未知键 &apos;%2&apos;（请使用 hosts、vars 或 children）</translation>
    </message>
    <message>
        <source>&apos;hosts&apos; of group &apos;%1&apos; must be a mapping of host names</source>
        <translation>组 &apos;%1&apos; 的 &apos;hosts&apos; 必须是主机名的映射</translation>
    </message>
    <message>
        <source>a host name must be a plain value</source>
        <translation>主机名必须是普通值</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; must be a mapping of vars</source>
        <translation>主机 &apos;%1&apos; 必须是变量的映射</translation>
    </message>
    <message>
        <source>a variable name must be a plain value</source>
        <translation>变量名必须是普通值</translation>
    </message>
    <message>
        <source>&apos;vars&apos; of group &apos;%1&apos; must be a mapping</source>
        <translation>组 &apos;%1&apos; 的 &apos;vars&apos; 必须是映射</translation>
    </message>
    <message>
        <source>&apos;children&apos; of group &apos;%1&apos; must be a mapping of groups</source>
        <translation>组 &apos;%1&apos; 的 &apos;children&apos; 必须是组的映射</translation>
    </message>
    <message>
        <source>a group name must be a plain value</source>
        <translation>组名必须是普通值</translation>
    </message>
    <message>
        <source>an Ansible YAML inventory must be a mapping of groups (usually starting with &apos;all:&apos;)</source>
        <translation>Ansible YAML 清单必须是组的映射（通常以 &apos;all:&apos; 开头）</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>闭合引号后有意外的文本</translation>
    </message>
    <message>
        <source>host range [%1] must be [start:end] or [start:end:stride]</source>
        <translation>主机范围 [%1] 必须为 [start:end] 或 [start:end:stride]</translation>
    </message>
    <message>
        <source>host range [%1] has a stride that is not a positive number</source>
        <translation>主机范围 [%1] 的步长不是正数</translation>
    </message>
    <message>
        <source>host range [%1] has no end</source>
        <translation>主机范围 [%1] 没有结束值</translation>
    </message>
    <message>
        <source>host range [%1] starts after it ends</source>
        <translation>主机范围 [%1] 的开始值大于结束值</translation>
    </message>
    <message>
        <source>host range [%1] gives more than %2 names</source>
        <translation>主机范围 [%1] 产生的名称超过 %2 个</translation>
    </message>
    <message>
        <source>host range [%1] must run between two numbers or two letters of the same case</source>
        <translation>主机范围 [%1] 必须介于两个数字或两个大小写相同的字母之间</translation>
    </message>
    <message>
        <source>empty host name</source>
        <translation>主机名为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in host &apos;%2&apos; is not a port (1-65535)</source>
        <translation>主机 &apos;%2&apos; 中的 &apos;%1&apos; 不是端口（1-65535）</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has a &apos;]&apos; without &apos;[&apos;</source>
        <translation>主机 &apos;%1&apos; 中有 &apos;]&apos; 但没有 &apos;[&apos;</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has a &apos;[&apos; without &apos;]&apos;</source>
        <translation>主机 &apos;%1&apos; 中有 &apos;[&apos; 但没有 &apos;]&apos;</translation>
    </message>
    <message>
        <source>host pattern &apos;%1&apos; gives more than %2 names</source>
        <translation>主机模式 &apos;%1&apos; 产生的名称超过 %2 个</translation>
    </message>
    <message>
        <source>a header row is needed (name,address,port,pool,node_path)</source>
        <translation>需要标题行（name,address,port,pool,node_path）</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>标题行第 %1 列没有名称</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>列 &apos;%1&apos; 出现了两次</translation>
    </message>
    <message>
        <source>the header has no &apos;name&apos; column (expected name,address,port,pool,node_path)</source>
        <translation>标题行没有 &apos;name&apos; 列（应为 name,address,port,pool,node_path）</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>有 %1 个字段，但标题行有 %2 个</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is already on line %2</source>
        <translation>机器 &apos;%1&apos; 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number between 1 and 65535</source>
        <translation>端口 &apos;%1&apos; 不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; 必须是字符串</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of strings</source>
        <translation>“%1”必须是字符串数组</translation>
    </message>
    <message>
        <source>&apos;port&apos; is required</source>
        <translation>缺少“port”</translation>
    </message>
    <message>
        <source>port %1 is not a number between 1 and 65535</source>
        <translation>端口 %1 不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>skipped unknown key &apos;%1&apos;</source>
        <translation>已跳过未知键 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the inventory must be a JSON object with &apos;nodes&apos; and &apos;machines&apos;</source>
        <translation>清单必须是包含 &apos;nodes&apos; 和 &apos;machines&apos; 的 JSON 对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Opsdeck inventory</source>
        <translation>&apos;%1&apos; 不是 Opsdeck 清单</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Opsdeck reads version 1)</source>
        <translation>不支持版本 %1（此 Opsdeck 只能读取版本 1）</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is listed twice</source>
        <translation>节点 &apos;%1&apos; 列出了两次</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; comes before or without its parent &apos;%2&apos;</source>
        <translation>节点 &apos;%1&apos; 出现在其父节点 &apos;%2&apos; 之前，或缺少父节点</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is not folder, group or service</source>
        <translation>类型 &apos;%1&apos; 不是 folder、group 或 service</translation>
    </message>
    <message>
        <source>&apos;product_line&apos; must be true or false</source>
        <translation>&apos;product_line&apos; 必须为 true 或 false</translation>
    </message>
    <message>
        <source>&apos;vars&apos; must be an object</source>
        <translation>&apos;vars&apos; 必须是对象</translation>
    </message>
    <message>
        <source>a machine needs a name</source>
        <translation>机器需要名称</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is listed twice</source>
        <translation>机器 &apos;%1&apos; 列出了两次</translation>
    </message>
    <message>
        <source>&apos;nodes&apos; must be an array of node paths</source>
        <translation>&apos;nodes&apos; 必须是节点路径的数组</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; is not in &apos;nodes&apos;</source>
        <translation>节点 &apos;%1&apos; 不在 &apos;nodes&apos; 中</translation>
    </message>
    <message>
        <source>&apos;meta&apos; must be an object</source>
        <translation>&apos;meta&apos; 必须是对象</translation>
    </message>
    <message>
        <source>a unit needs a &apos;service&apos; and a &apos;machine&apos;</source>
        <translation>实例需要“service”和“machine”</translation>
    </message>
    <message>
        <source>the unit is listed twice</source>
        <translation>该实例重复列出</translation>
    </message>
    <message>
        <source>a relation needs a &apos;service&apos;</source>
        <translation>关联需要“service”</translation>
    </message>
    <message>
        <source>a relation has either &apos;needs&apos; (a service) or &apos;endpoint&apos; (HOST:PORT)</source>
        <translation>关联要么有“needs”（一个服务），要么有“endpoint”（HOST:PORT）</translation>
    </message>
    <message>
        <source>&apos;port&apos; belongs to a relation on a service, not on an endpoint</source>
        <translation>“port”只用于指向服务的关联，不用于端点</translation>
    </message>
    <message>
        <source>the relation is listed twice</source>
        <translation>该关联重复列出</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>a node path must not be empty</source>
        <translation>节点路径不能为空</translation>
    </message>
    <message>
        <source>node path &apos;%1&apos; has an empty part</source>
        <translation>节点路径 &apos;%1&apos; 中有空的部分</translation>
    </message>
    <message>
        <source>node path &apos;%1&apos; has a part that starts or ends with a space</source>
        <translation>节点路径 &apos;%1&apos; 中有部分以空格开头或结尾</translation>
    </message>
    <message>
        <source>expected a keyword</source>
        <translation>应为关键字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; 需要一个值</translation>
    </message>
    <message>
        <source>skipped wildcard Host pattern &apos;%1&apos; (its settings still apply to the hosts it matches)</source>
        <translation>已跳过通配符 Host 模式 &apos;%1&apos;（其设置仍适用于它匹配的主机）</translation>
    </message>
    <message>
        <source>skipped Match block &apos;%1&apos; (it needs a live connection to evaluate)</source>
        <translation>已跳过 Match 块 &apos;%1&apos;（需要实时连接才能求值）</translation>
    </message>
    <message>
        <source>skipped Include &apos;%1&apos; (import that file on its own)</source>
        <translation>已跳过 Include &apos;%1&apos;（请单独导入该文件）</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is not a number between 1 and 65535</source>
        <translation>Port &apos;%1&apos; 不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>machine name &apos;%1&apos; contains a space, a control character or &apos;/&apos;</source>
        <translation>机器名 &apos;%1&apos; 含有空格、控制字符或 &apos;/&apos;</translation>
    </message>
    <message>
        <source>the file lists more than %1 hosts (ranges expanded); split it</source>
        <translation>文件列出的主机超过 %1 台（已展开范围）；请拆分该文件</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: %2 &apos;%3&apos; is a Jinja template that is not a plain reference to a var of the host; not used (empty, port 22)</source>
        <translation>主机 &apos;%1&apos;：%2 &apos;%3&apos; 是一个 Jinja 模板，并非对该主机变量的简单引用；未使用（留空，端口 22）</translation>
    </message>
    <message>
        <source>host name %1 is not a string for Ansible (YAML reads it as a number or a boolean); put it in quotes</source>
        <translation>主机名 %1 对 Ansible 而言不是字符串（YAML 将其读取为数字或布尔值）；请为其加上引号</translation>
    </message>
    <message>
        <source>skipped negated Host pattern &apos;%1&apos; (a negation: the block does not apply to the hosts it matches)</source>
        <translation>已跳过否定的 Host 模式 &apos;%1&apos;（否定模式：该块不适用于其匹配的主机）</translation>
    </message>
    <message>
        <source>ssh refuses this file: &apos;%1&apos; is not an OpenSSH keyword (&quot;Bad configuration option&quot;); line skipped</source>
        <translation>ssh 拒绝此文件：&apos;%1&apos; 不是 OpenSSH 关键字（&quot;Bad configuration option&quot;）；已跳过该行</translation>
    </message>
    <message>
        <source>ssh refuses this file: SetEnv &apos;%1&apos; is not NAME=VALUE (&quot;Invalid SetEnv&quot;); line skipped</source>
        <translation>ssh 拒绝此文件：SetEnv &apos;%1&apos; 不是 NAME=VALUE 形式（&quot;Invalid SetEnv&quot;）；已跳过该行</translation>
    </message>
</context>
<context>
    <name>JobClaims</name>
    <message>
        <source>%1 %2 is held by another deploy that has not ended; try again when it has</source>
        <translation>%1 %2 被另一个尚未结束的部署占用；请在其结束后重试</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>%1 %2 is being deployed by job %3 (%4, %5 since %6): wait for it to end, or cancel it with `opsdeck job cancel %3`</source>
        <translation>%1 %2 正由任务 %3 部署中（%4，%5，自 %6 起）：请等待其结束，或用 `opsdeck job cancel %3` 取消</translation>
    </message>
</context>
<context>
    <name>JobLogExport</name>
    <message>
        <source>== %1: %2, exit %3%4 ==
</source>
        <translation>== %1：%2，退出码 %3%4 ==
</translation>
    </message>
    <message>
        <source>(%1 bytes past the output cap were not kept)
</source>
        <translation>（超出输出上限的 %1 字节未保留）
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>JobPreparer</name>
    <message>
        <source>no machine is bound to %1 or below it</source>
        <translation>没有机器绑定到 %1 或其下级节点</translation>
    </message>
    <message>
        <source>the service %1 has no units</source>
        <translation>服务 %1 没有实例</translation>
    </message>
    <message>
        <source>unknown host selection &apos;%1&apos; (hosts, node or service)</source>
        <translation>未知的主机选择方式 &apos;%1&apos;（hosts、node 或 service）</translation>
    </message>
    <message>
        <source>--hosts names no host</source>
        <translation>--hosts 未指定任何主机</translation>
    </message>
    <message>
        <source>a command job needs a command</source>
        <translation>命令任务需要一个命令</translation>
    </message>
    <message>
        <source>a deploy job needs a package</source>
        <translation>部署任务需要一个程序包</translation>
    </message>
    <message>
        <source>deploying release %1 of %2 to %3 unit(s); hooks: %4</source>
        <translation>正在将 %2 的版本 %1 部署到 %3 个实例；钩子：%4</translation>
    </message>
    <message>
        <source>a %1 job cannot be built from a template</source>
        <translation>%1 任务无法从模板创建</translation>
    </message>
    <message>
        <source>a %1 job cannot be saved as a template</source>
        <translation>%1 任务无法保存为模板</translation>
    </message>
    <message>
        <source>no unit needs %1: nothing to notify</source>
        <translation>没有实例需要 %1：无需通知</translation>
    </message>
    <message>
        <source>a %1 job cannot be retried</source>
        <translation>%1 任务无法重试</translation>
    </message>
    <message>
        <source>job %1 is still %2</source>
        <translation>任务 %1 仍处于 %2 状态</translation>
    </message>
    <message>
        <source>retrying %1 host(s) of job %2: %3</source>
        <translation>正在重试任务 %2 的 %1 台主机：%3</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>killed by signal %1</source>
        <translation>被信号 %1 终止</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>did not finish within %1 s</source>
        <translation>未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>cancelled before step %1</source>
        <translation>在步骤 %1 之前已取消</translation>
    </message>
    <message>
        <source>%1; then %2 failed too: %3</source>
        <translation>%1；随后 %2 也失败了：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 of %2 hosts failed</source>
        <translation>%2 台主机中有 %1 台失败</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>there is no job %1</source>
        <translation>不存在任务 %1</translation>
    </message>
    <message>
        <source>job %1 has no host %2</source>
        <translation>任务 %1 没有主机 %2</translation>
    </message>
    <message>
        <source>job %1 has already ended (%2)</source>
        <translation>任务 %1 已结束（%2）</translation>
    </message>
    <message>
        <source>job %1 has no running process to pause or resume it (see `opsdeck job show %1`)</source>
        <translation>作业 %1 没有正在运行的进程可暂停或继续（参见 `opsdeck job show %1`）</translation>
    </message>
    <message>
        <source>job %1 is already paused</source>
        <translation>作业 %1 已处于暂停状态</translation>
    </message>
    <message>
        <source>job %1 is not paused (%2)</source>
        <translation>作业 %1 未暂停（%2）</translation>
    </message>
    <message>
        <source>Opsdeck stopped while this host ran</source>
        <translation>此主机运行期间 Opsdeck 已停止</translation>
    </message>
</context>
<context>
    <name>JobTemplateStore</name>
    <message>
        <source>job template &apos;%1&apos;</source>
        <translation>任务模板 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a job template needs a name</source>
        <translation>任务模板需要一个名称</translation>
    </message>
    <message>
        <source>job template &apos;%1&apos; was removed by another console; it was at version %2</source>
        <translation>任务模板 &apos;%1&apos; 已被另一个控制台删除；删除前为版本 %2</translation>
    </message>
    <message>
        <source>job template &apos;%1&apos; was removed by another console</source>
        <translation>任务模板 &apos;%1&apos; 已被另一个控制台删除</translation>
    </message>
    <message>
        <source>there is no job template %1 (see `opsdeck job template list`)</source>
        <translation>没有任务模板 %1（参见 `opsdeck job template list`）</translation>
    </message>
    <message>
        <source>there is no job template %1</source>
        <translation>没有任务模板 %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretProvider</name>
    <message>
        <source>no secret named &apos;%1&apos; in the keychain; store the password or token there under service &quot;opsdeck&quot;, key &apos;%1&apos;</source>
        <translation>钥匙串中没有名为 &apos;%1&apos; 的密钥；请将密码或令牌以服务 &quot;opsdeck&quot;、键 &apos;%1&apos; 存入钥匙串</translation>
    </message>
    <message>
        <source>cannot read the secret &apos;%1&apos; from the keychain: %2</source>
        <translation>无法从钥匙串读取密钥 &apos;%1&apos;：%2</translation>
    </message>
</context>
<context>
    <name>KnownHostsStore</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the host key of %1 is unknown (%2 %3); accept it after checking the fingerprint (--accept-new)</source>
        <translation>%1 的主机密钥未知（%2 %3）；请核对指纹后再接受（--accept-new）</translation>
    </message>
    <message>
        <source>the host key of %1 has CHANGED: it is now %2 %3, %4:%5 holds %6; refused (someone may be intercepting the connection, or the host was reinstalled: remove that line once you know which)</source>
        <translation>%1 的主机密钥已变更：现在为 %2 %3，而 %4:%5 中记录的是 %6；已拒绝（可能有人正在拦截连接，或该主机已重装：确认是哪种情况后删除该行）</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) is marked @revoked in %4:%5; refused</source>
        <translation>%1 的主机密钥（%2 %3）在 %4:%5 中被标记为 @revoked；已拒绝</translation>
    </message>
</context>
<context>
    <name>KuradoLines</name>
    <message>
        <source>expected [ip&lt;TAB&gt;]key&lt;TAB&gt;value&lt;TAB&gt;timestamp</source>
        <translation>应为 [ip&lt;TAB&gt;]key&lt;TAB&gt;value&lt;TAB&gt;timestamp</translation>
    </message>
    <message>
        <source>empty key</source>
        <translation>键为空</translation>
    </message>
    <message>
        <source>space or control character in key</source>
        <translation>键中含有空格或控制字符</translation>
    </message>
    <message>
        <source>key is not valid UTF-8</source>
        <translation>键不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>timestamp is not an integer</source>
        <translation>时间戳不是整数</translation>
    </message>
    <message>
        <source>missing timestamp</source>
        <translation>缺少时间戳</translation>
    </message>
    <message>
        <source>key names no metric</source>
        <translation>键未指明任何指标</translation>
    </message>
    <message>
        <source>meta value is not valid UTF-8</source>
        <translation>元数据值不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>value is not a finite number</source>
        <translation>值不是有限数</translation>
    </message>
</context>
<context>
    <name>LifecycleLink</name>
    <message>
        <source>check %1 failed %2 times: %3</source>
        <translation>检查 %1 已失败 %2 次：%3</translation>
    </message>
</context>
<context>
    <name>LocalCollector</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot measure %1: %2</source>
        <translation>无法测量 %1：%2</translation>
    </message>
    <message>
        <source>/proc/stat lists no cpuN line</source>
        <translation>/proc/stat 中没有 cpuN 行</translation>
    </message>
    <message>
        <source>nothing could be read from %1: %2</source>
        <translation>无法从 %1 读取任何内容：%2</translation>
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
        <translation>平均负载</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>buffers</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Network traffic</source>
        <translation>网络流量</translation>
    </message>
    <message>
        <source>%1 rx</source>
        <translation>%1 接收</translation>
    </message>
    <message>
        <source>%1 tx</source>
        <translation>%1 发送</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 读</translation>
    </message>
    <message>
        <source>%1 write</source>
        <translation>%1 写</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>磁盘使用量</translation>
    </message>
    <message>
        <source>% used</source>
        <translation>已用 %</translation>
    </message>
</context>
<context>
    <name>MachineMetaWriter</name>
    <message>
        <source>cannot store the machine&apos;s meta</source>
        <translation>无法存储机器的元数据</translation>
    </message>
</context>
<context>
    <name>MaintenanceStore</name>
    <message>
        <source>there is no maintenance window %1; see opsdeck check maintenance list</source>
        <translation>没有维护窗口 %1；请查看 opsdeck check maintenance list</translation>
    </message>
    <message>
        <source>a maintenance window must end after it starts</source>
        <translation>维护窗口的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>a maintenance reason takes at most %1 characters</source>
        <translation>维护原因最多 %1 个字符</translation>
    </message>
    <message>
        <source>the new maintenance window could not be read back</source>
        <translation>无法读回新的维护窗口</translation>
    </message>
</context>
<context>
    <name>MetricStore</name>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation>时间范围的结束（%1）早于开始（%2）</translation>
    </message>
    <message>
        <source>the number of points must not be negative</source>
        <translation>点数不能为负</translation>
    </message>
    <message>
        <source>no series %1 in the metrics cache</source>
        <translation>指标缓存中没有序列 %1</translation>
    </message>
    <message>
        <source>the range is too long for one query; ask for a shorter one</source>
        <translation>该范围对单次查询而言过长；请缩短范围</translation>
    </message>
</context>
<context>
    <name>NagiosOutput</name>
    <message>
        <source>&apos;%1&apos;: no label=value</source>
        <translation>&apos;%1&apos;：没有 label=value</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: empty label</source>
        <translation>&apos;%1&apos;：标签为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the value is not a number</source>
        <translation>&apos;%1&apos;：值不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown unit of measurement</source>
        <translation>&apos;%1&apos;：未知的计量单位</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the minimum is not a number</source>
        <translation>&apos;%1&apos;：最小值不是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the maximum is not a number</source>
        <translation>&apos;%1&apos;：最大值不是数字</translation>
    </message>
    <message>
        <source>more than %1 performance data items; the rest is ignored</source>
        <translation>性能数据超过 %1 项；其余的被忽略</translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message>
        <source>importance %1 is below the threshold %2</source>
        <translation>重要性 %1 低于阈值 %2</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>静默至 %1</translation>
    </message>
    <message>
        <source>maintenance of %1 until %2</source>
        <translation>%1 维护中，直到 %2</translation>
    </message>
    <message>
        <source>quiet hours %1</source>
        <translation>免打扰时段 %1</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>失败中</translation>
    </message>
    <message>
        <source>its failure was not notified</source>
        <translation>其失败未曾通知</translation>
    </message>
    <message>
        <source>not a failure nor a recovery</source>
        <translation>既不是失败也不是恢复</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>unknown format &apos;%1&apos;: use json, csv, table or text</source>
        <translation>未知格式 &apos;%1&apos;：请使用 json、csv、table 或 text</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>%1: the entry %2 points outside the package</source>
        <translation>%1：条目 %2 指向程序包之外</translation>
    </message>
    <message>
        <source>%1: the link %2 points outside the package (%3)</source>
        <translation>%1：链接 %2 指向程序包之外（%3）</translation>
    </message>
    <message>
        <source>%1: hooks/%2 is not a regular file</source>
        <translation>%1：hooks/%2 不是普通文件</translation>
    </message>
    <message>
        <source>%1: hooks/%2 is not executable (chmod +x it before packing)</source>
        <translation>%1：hooks/%2 不可执行（打包前请对其执行 chmod +x）</translation>
    </message>
    <message>
        <source>cannot read the package %1: %2</source>
        <translation>无法读取程序包 %1：%2</translation>
    </message>
    <message>
        <source>the package</source>
        <translation>程序包</translation>
    </message>
    <message>
        <source>%1 is not a .tar.gz package: %2</source>
        <translation>%1 不是 .tar.gz 程序包：%2</translation>
    </message>
    <message>
        <source>%1 is not gzip-compressed: a package is a .tar.gz</source>
        <translation>%1 未经 gzip 压缩：程序包应为 .tar.gz</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 has no hooks: a package needs at least one of hooks/%2</source>
        <translation>%1 没有钩子：程序包至少需要 hooks/%2 之一</translation>
    </message>
</context>
<context>
    <name>PanelEvaluator</name>
    <message>
        <source>there is no node &apos;%1&apos;</source>
        <translation>没有节点“%1”</translation>
    </message>
    <message>
        <source>no machine to read</source>
        <translation>没有可读取的机器</translation>
    </message>
    <message>
        <source>no machine to read under %1</source>
        <translation>%1 下没有可读取的机器</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
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
        <translation>%1 没有磁盘使用率序列</translation>
    </message>
</context>
<context>
    <name>PathAdmission</name>
    <message>
        <source>%1 line %2: &apos;%3&apos; is not a regular expression: %4</source>
        <translation>%1 第 %2 行：&apos;%3&apos; 不是正则表达式：%4</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>no charts to write</source>
        <translation>没有可写的图表</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>无法开始写 PDF</translation>
    </message>
    <message>
        <source>cannot add a page to the PDF</source>
        <translation>无法向 PDF 添加页面</translation>
    </message>
    <message>
        <source>%1 · generated %2</source>
        <translation>%1 · 生成于 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>无法完成 PDF</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>无数据行</translation>
    </message>
</context>
<context>
    <name>PlacementPlanner</name>
    <message>
        <source>no room for %1 more units: %2 would fit on the %3 READY machines of the pool</source>
        <translation>没有空间再容纳 %1 个实例：资源池中 %3 台 READY 机器上只能容纳 %2 个</translation>
    </message>
    <message>
        <source> (%1 of them have no collected processors or memory-total)</source>
        <translation> （其中 %1 台没有采集到 processors 或 memory-total）</translation>
    </message>
</context>
<context>
    <name>PluginConfig</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>%1: [plugin.metrics.%2] must be a table whose name holds only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>%1：[plugin.metrics.%2] 必须是一个表，且名称只能包含字母、数字、&apos;-&apos; 和 &apos;_&apos;</translation>
    </message>
    <message>
        <source>%1: timeout must be seconds (e.g. 10 or &quot;30s&quot;), at most one hour</source>
        <translation>%1：timeout 必须为秒数（如 10 或 &quot;30s&quot;），最长一小时</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; ignored</source>
        <translation>%1：已忽略未知键 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: [plugin.metrics.%2] has no command (command = &quot;...&quot;)</source>
        <translation>%1：[plugin.metrics.%2] 没有命令（command = &quot;...&quot;）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: only [plugin.metrics.NAME] tables are read; &apos;%2&apos; ignored</source>
        <translation>%1：只读取 [plugin.metrics.NAME] 表；已忽略 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: plugin %2 is defined by an earlier file; this one is ignored</source>
        <translation>%1：插件 %2 已在之前的文件中定义；忽略此处的定义</translation>
    </message>
</context>
<context>
    <name>PluginRunner</name>
    <message>
        <source>cannot run /bin/sh: %1</source>
        <translation>无法运行 /bin/sh：%1</translation>
    </message>
    <message>
        <source>no exit within %1 s; killed</source>
        <translation>%1 秒内未退出；已强制终止</translation>
    </message>
    <message>
        <source>crashed: %1</source>
        <translation>已崩溃：%1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>退出状态 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not in Kurado&apos;s format: %1</source>
        <translation>
            <numerusform>%n 行不符合 Kurado 格式：%1</numerusform></translation>
    </message>
</context>
<context>
    <name>PollExecutor</name>
    <message>
        <source>the keychain entry &apos;%1&apos; must hold user:password when the source names no user</source>
        <translation>数据源未指定用户时，钥匙串条目 &apos;%1&apos; 必须存放 user:password</translation>
    </message>
    <message>
        <source>source %1 needs the secret &apos;%2&apos; but no keychain is available</source>
        <translation>数据源 %1 需要密钥 &apos;%2&apos;，但没有可用的钥匙串</translation>
    </message>
    <message>
        <source>cannot read the answer of %1: %2</source>
        <translation>无法读取 %1 的响应：%2</translation>
    </message>
    <message>
        <source>fetched but not stored: %1</source>
        <translation>已获取但未存储：%1</translation>
    </message>
    <message>
        <source>ssh sources cannot be polled here</source>
        <translation>此处无法轮询 ssh 数据源</translation>
    </message>
    <message>
        <source>cannot read the output of %1: %2</source>
        <translation>无法读取 %1 的输出：%2</translation>
    </message>
    <message>
        <source>read but not stored: %1</source>
        <translation>已读取但未存储：%1</translation>
    </message>
</context>
<context>
    <name>ProcParsers</name>
    <message>
        <source>%1 is truncated: no complete line</source>
        <translation>%1 被截断：没有完整的行</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>/proc/stat line %1: the cpu line has %2 readable columns, needs at least 4</source>
        <translation>/proc/stat 第 %1 行：cpu 行只有 %2 个可读列，至少需要 4 个</translation>
    </message>
    <message>
        <source>/proc/stat has no cpu line</source>
        <translation>/proc/stat 中没有 cpu 行</translation>
    </message>
    <message>
        <source>/proc/loadavg: expected three load averages, got &quot;%1&quot;</source>
        <translation>/proc/loadavg：应为三个负载平均值，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>/proc/meminfo has no readable MemTotal line</source>
        <translation>/proc/meminfo 中没有可读的 MemTotal 行</translation>
    </message>
    <message>
        <source>/proc/diskstats has no readable device line</source>
        <translation>/proc/diskstats 中没有可读的设备行</translation>
    </message>
    <message>
        <source>/proc/net/dev has no readable interface line</source>
        <translation>/proc/net/dev 中没有可读的网络接口行</translation>
    </message>
    <message>
        <source>/proc/net/snmp: the Tcp header has no CurrEstab column</source>
        <translation>/proc/net/snmp：Tcp 标题行中没有 CurrEstab 列</translation>
    </message>
    <message>
        <source>/proc/net/snmp: the Tcp value line is too short</source>
        <translation>/proc/net/snmp：Tcp 值行过短</translation>
    </message>
    <message>
        <source>/proc/net/snmp: CurrEstab is not a number: &quot;%1&quot;</source>
        <translation>/proc/net/snmp：CurrEstab 不是数字：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>/proc/net/snmp has no Tcp lines</source>
        <translation>/proc/net/snmp 中没有 Tcp 行</translation>
    </message>
    <message>
        <source>/proc/net/snmp has no Tcp value line</source>
        <translation>/proc/net/snmp 中没有 Tcp 值行</translation>
    </message>
    <message>
        <source>/proc/mounts has no readable mount line</source>
        <translation>/proc/mounts 中没有可读的挂载行</translation>
    </message>
    <message>
        <source>/proc/uptime: expected seconds, got &quot;%1&quot;</source>
        <translation>/proc/uptime：应为秒数，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>/proc/version is blank</source>
        <translation>/proc/version 为空</translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>bad metric name in HELP or TYPE line</source>
        <translation>HELP 或 TYPE 行中的指标名错误</translation>
    </message>
    <message>
        <source>unknown metric type in TYPE line</source>
        <translation>TYPE 行中的指标类型未知</translation>
    </message>
    <message>
        <source>second TYPE line for the same metric</source>
        <translation>同一指标出现了第二个 TYPE 行</translation>
    </message>
    <message>
        <source>a sample line must start with a metric name</source>
        <translation>样本行必须以指标名开头</translation>
    </message>
    <message>
        <source>unterminated label set</source>
        <translation>标签集未结束</translation>
    </message>
    <message>
        <source>bad label name</source>
        <translation>标签名错误</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after a label name</source>
        <translation>标签名后应为 &apos;=&apos;</translation>
    </message>
    <message>
        <source>expected a quoted label value</source>
        <translation>应为带引号的标签值</translation>
    </message>
    <message>
        <source>unterminated label value or unknown escape</source>
        <translation>标签值未结束或转义序列未知</translation>
    </message>
    <message>
        <source>duplicate label name</source>
        <translation>标签名重复</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in the label set</source>
        <translation>标签集中应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>bad character in metric name</source>
        <translation>指标名中含有错误字符</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>value is not a number</source>
        <translation>值不是数字</translation>
    </message>
    <message>
        <source>timestamp is not an integer</source>
        <translation>时间戳不是整数</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp</source>
        <translation>时间戳后有意外的文本</translation>
    </message>
    <message>
        <source>label value is not valid UTF-8</source>
        <translation>标签值不是有效的 UTF-8</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos; is not a time: use a number with s, m, h, d, w or y, like 60s:1d,5m:7d,15m:3y</source>
        <translation>保留策略 &apos;%2&apos; 中的 &apos;%1&apos; 不是时间：请使用带 s、m、h、d、w 或 y 的数字，如 60s:1d,5m:7d,15m:3y</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos; must be more than zero</source>
        <translation>保留策略 &apos;%2&apos; 中的 &apos;%1&apos; 必须大于零</translation>
    </message>
    <message>
        <source>the retention is empty: give precision:duration pairs like 60s:1d,5m:7d,15m:3y</source>
        <translation>保留策略为空：请给出 precision:duration 对，如 60s:1d,5m:7d,15m:3y</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos; is not precision:duration (like 5m:7d)</source>
        <translation>保留策略 &apos;%2&apos; 中的 &apos;%1&apos; 不是 precision:duration 格式（如 5m:7d）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos; keeps less than one point of its precision</source>
        <translation>保留策略 &apos;%2&apos; 中的 &apos;%1&apos; 保留的时长不足其精度的一个点</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos;: each precision must be coarser than the one before it</source>
        <translation>保留策略 &apos;%2&apos; 中的 &apos;%1&apos;：每个精度必须比前一个更粗</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos;: each precision must be a whole multiple of the one before it</source>
        <translation>保留策略 &apos;%2&apos; 中的 &apos;%1&apos;：每个精度必须是前一个的整数倍</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the retention &apos;%2&apos;: the archive before it keeps less than one of its points, so it could never be rolled up</source>
        <translation>保留策略 &apos;%2&apos; 中的 &apos;%1&apos;：其前一个归档保留的数据不足它的一个点，因此永远无法汇总</translation>
    </message>
    <message>
        <source>the retention &apos;%1&apos; has more than 8 archives</source>
        <translation>保留策略 &apos;%1&apos; 的归档超过 8 个</translation>
    </message>
    <message>
        <source>the setting %1 is not a valid retention: %2</source>
        <translation>设置项 %1 不是有效的保留策略：%2</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>%1: section [%2] has no retentions</source>
        <translation>%1：节 [%2] 没有 retentions</translation>
    </message>
    <message>
        <source>%1: section [%2] has no pattern</source>
        <translation>%1：节 [%2] 没有 pattern</translation>
    </message>
    <message>
        <source>%1 line %2: an empty section name</source>
        <translation>%1 第 %2 行：节名为空</translation>
    </message>
    <message>
        <source>%1 line %2: expected [section] or key = value</source>
        <translation>%1 第 %2 行：应为 [section] 或 key = value</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot name a rule</source>
        <translation>&apos;%1&apos; 不能用作规则名</translation>
    </message>
    <message>
        <source>the pattern &apos;%1&apos; is not a regular expression: %2</source>
        <translation>模式 &apos;%1&apos; 不是正则表达式：%2</translation>
    </message>
    <message>
        <source>the setting %1 is not valid: %2</source>
        <translation>设置项 %1 无效：%2</translation>
    </message>
</context>
<context>
    <name>Rollout</name>
    <message>
        <source>the canary host %1 failed</source>
        <translation>金丝雀主机 %1 失败</translation>
    </message>
    <message>
        <source>%1 of %2 hosts failed, more than %3%</source>
        <translation>%2 台主机中有 %1 台失败，超过 %3%</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (now version %4; your change was based on version %5). Its current values: %6. Reload and try again.</source>
        <translation>%1 已于 %3 被 %2 修改（现为版本 %4；您的修改基于版本 %5）。其当前值：%6。请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>ScaleOut</name>
    <message>
        <source>%1 has %2 units already; scaling in is `opsdeck unit remove`</source>
        <translation>%1 已有 %2 个实例；缩容请使用 `opsdeck unit remove`</translation>
    </message>
    <message>
        <source>%1 has no units yet: give the port with --port</source>
        <translation>%1 尚无实例：请用 --port 指定端口</translation>
    </message>
</context>
<context>
    <name>SecretProviderCredentials</name>
    <message>
        <source>the keychain&apos;s secret &apos;%1&apos; is wrong; correct it there</source>
        <translation>钥匙串中的密钥 &apos;%1&apos; 不正确；请在钥匙串中更正</translation>
    </message>
    <message>
        <source>the keychain is gone</source>
        <translation>钥匙串已不可用</translation>
    </message>
</context>
<context>
    <name>SmtpNotifier</name>
    <message>
        <source>the SMTP server %1 refused the login of user &apos;%2&apos; (wrong password?)</source>
        <translation>SMTP 服务器 %1 拒绝了用户 &apos;%2&apos; 的登录（密码错误？）</translation>
    </message>
    <message>
        <source>the SMTP server %1 does not offer STARTTLS; nothing was sent (the password is never sent in clear)</source>
        <translation>SMTP 服务器 %1 不提供 STARTTLS；未发送任何内容（密码绝不以明文发送）</translation>
    </message>
    <message>
        <source>could not connect to the SMTP server %1</source>
        <translation>无法连接到 SMTP 服务器 %1</translation>
    </message>
    <message>
        <source>the SMTP server&apos;s host &apos;%1&apos; is not known</source>
        <translation>SMTP 服务器的主机 &apos;%1&apos; 未知</translation>
    </message>
    <message>
        <source>the SMTP server %1 did not answer in time</source>
        <translation>SMTP 服务器 %1 未及时响应</translation>
    </message>
    <message>
        <source>the SMTP server %1&apos;s certificate is not trusted: %2</source>
        <translation>SMTP 服务器 %1 的证书不受信任：%2</translation>
    </message>
    <message>
        <source>sending e-mail through %1 failed: %2</source>
        <translation>通过 %1 发送邮件失败：%2</translation>
    </message>
    <message>
        <source>e-mail is not set up: opsdeck alert config --smtp-server H --smtp-from A --smtp-to A</source>
        <translation>未设置电子邮件：opsdeck alert config --smtp-server H --smtp-from A --smtp-to A</translation>
    </message>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl 无法启动</translation>
    </message>
</context>
<context>
    <name>SourceOutage</name>
    <message>
        <source>metric source %1</source>
        <translation>指标数据源 %1</translation>
    </message>
    <message>
        <source>metric source %1 is down; its checks are unknown until it answers again: %2</source>
        <translation>指标数据源 %1 故障；在其恢复响应之前，其检查均为未知：%2</translation>
    </message>
    <message>
        <source>metric source %1 answers again after %2 s</source>
        <translation>指标数据源 %1 在 %2 秒后恢复响应</translation>
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
        <translation>过期</translation>
    </message>
    <message>
        <source>down</source>
        <translation>故障</translation>
    </message>
</context>
<context>
    <name>SourceProtocol</name>
    <message>
        <source>the page is not in the Prometheus text format (%1 malformed lines; first: %2)</source>
        <translation>该页面不是 Prometheus 文本格式（%1 行格式错误；第一行：%2）</translation>
    </message>
    <message>
        <source>%1 at %2: value is not finite</source>
        <translation>%1 在 %2：值不是有限数</translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <source>a source needs a URL</source>
        <translation>数据源需要 URL</translation>
    </message>
    <message>
        <source>bind a source to --machine or to --node, not both</source>
        <translation>请将数据源绑定到 --machine 或 --node，不能同时绑定两者</translation>
    </message>
    <message>
        <source>a node-exporter source needs --machine NAME or --node PATH</source>
        <translation>node-exporter 数据源需要 --machine NAME 或 --node PATH</translation>
    </message>
    <message>
        <source>a %1 source needs --query EXPR</source>
        <translation>%1 数据源需要 --query EXPR</translation>
    </message>
    <message>
        <source>--query is for graphite, prometheus and opentsdb sources</source>
        <translation>--query 仅用于 graphite、prometheus 和 opentsdb 数据源</translation>
    </message>
    <message>
        <source>interval, timeout and step must be positive</source>
        <translation>间隔、超时和步长必须为正数</translation>
    </message>
    <message>
        <source>the timeout (%1 s) must not be longer than the interval (%2 s)</source>
        <translation>超时（%1 秒）不得长于间隔（%2 秒）</translation>
    </message>
    <message>
        <source>--auth %1 needs --secret-name NAME (the keychain entry that holds the secret)</source>
        <translation>--auth %1 需要 --secret-name NAME（存放密钥的钥匙串条目）</translation>
    </message>
    <message>
        <source>--secret-name needs --auth basic or --auth bearer</source>
        <translation>--secret-name 需要 --auth basic 或 --auth bearer</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;; add it with opsdeck machine add</source>
        <translation>没有名为 &apos;%1&apos; 的机器；请用 opsdeck machine add 添加</translation>
    </message>
    <message>
        <source>no source with id %1; see opsdeck source list</source>
        <translation>没有 ID 为 %1 的数据源；参见 opsdeck source list</translation>
    </message>
    <message>
        <source>the service tree is not available in this database; bind the source with --machine NAME</source>
        <translation>此数据库中没有可用的服务树；请用 --machine NAME 绑定数据源</translation>
    </message>
    <message>
        <source>no tree node &apos;%1&apos;; see opsdeck tree list</source>
        <translation>没有树节点 &apos;%1&apos;；参见 opsdeck tree list</translation>
    </message>
    <message>
        <source>an ssh source has no URL: it runs --command CMD (default: read /proc)</source>
        <translation>ssh 数据源没有 URL：它运行 --command CMD（默认：读取 /proc）</translation>
    </message>
    <message>
        <source>an ssh source needs --machine NAME or --node PATH</source>
        <translation>ssh 数据源需要 --machine NAME 或 --node PATH</translation>
    </message>
    <message>
        <source>an ssh source authenticates as the machine&apos;s SSH user, not with --auth</source>
        <translation>ssh 数据源以机器的 SSH 用户身份进行认证，而不是使用 --auth</translation>
    </message>
    <message>
        <source>interval and timeout must be positive</source>
        <translation>间隔和超时必须为正数</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>数据源 %1</translation>
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
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>SshCollect</name>
    <message>
        <source>%1 printed no /proc/%2</source>
        <translation>%1 未输出 /proc/%2</translation>
    </message>
    <message>
        <source>df printed nothing for %1</source>
        <translation>df 未针对 %1 输出任何内容</translation>
    </message>
    <message>
        <source>no Kurado line could be read (%1 malformed): %2</source>
        <translation>无法读取任何 Kurado 行（%1 行格式错误）：%2</translation>
    </message>
</context>
<context>
    <name>SshSourcePoller</name>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1：%2 秒内无响应</translation>
    </message>
    <message>
        <source>%1: the command printed more than %2 bytes</source>
        <translation>%1：命令输出超过 %2 字节</translation>
    </message>
    <message>
        <source>%1: the command exited with status %2</source>
        <translation>%1：命令以状态 %2 退出</translation>
    </message>
    <message>
        <source>%1: the command died of signal %2</source>
        <translation>%1：命令被信号 %2 终止</translation>
    </message>
</context>
<context>
    <name>StopSignal</name>
    <message>
        <source>cannot set up signal handling</source>
        <translation>无法设置信号处理</translation>
    </message>
</context>
<context>
    <name>TableCatalog</name>
    <message>
        <source>no table named %1</source>
        <translation>没有名为 %1 的表</translation>
    </message>
    <message>
        <source>the tables&apos; foreign keys form a cycle</source>
        <translation>表的外键形成了循环</translation>
    </message>
</context>
<context>
    <name>TeamAccess</name>
    <message>
        <source>the database did not say who is connected</source>
        <translation>数据库未返回当前连接的用户</translation>
    </message>
    <message>
        <source>%1 may not %2 on this team database: that needs the %3 role (%1 has %4)</source>
        <translation>%1 不能在此团队数据库上%2：这需要 %3 角色（%1 拥有 %4）</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>无团队角色</translation>
    </message>
</context>
<context>
    <name>TeamGrants</name>
    <message>
        <source>setting up the team roles failed</source>
        <translation>设置团队角色失败</translation>
    </message>
    <message>
        <source>only the database&apos;s owner may set up the team roles; %1 is not the owner: connect as the role that owns the schema</source>
        <translation>只有数据库所有者才能设置团队角色；%1 不是所有者：请以拥有该模式的角色连接</translation>
    </message>
    <message>
        <source>could not create the role %1 (the owner needs CREATEROLE): %2</source>
        <translation>无法创建角色 %1（所有者需要 CREATEROLE 权限）：%2</translation>
    </message>
    <message>
        <source>a team role is viewer, operator or admin, not &apos;%1&apos;</source>
        <translation>团队角色应为 viewer、operator 或 admin，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>team roles are for a shared PostgreSQL database (--db postgresql://...); a local SQLite file has one user</source>
        <translation>团队角色用于共享的 PostgreSQL 数据库（--db postgresql://...）；本地 SQLite 文件只有一个用户</translation>
    </message>
    <message>
        <source>team roles are for a shared PostgreSQL database</source>
        <translation>团队角色用于共享的 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>no database role named &apos;%1&apos; (create it with CREATE ROLE ... LOGIN)</source>
        <translation>没有名为 &apos;%1&apos; 的数据库角色（请用 CREATE ROLE ... LOGIN 创建）</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 4 hours</source>
        <translation>最近 4 小时</translation>
    </message>
    <message>
        <source>Last 8 hours</source>
        <translation>最近 8 小时</translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation>最近 3 天</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>最近 1 个月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>最近 1 年</translation>
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
        <translation>&apos;%1&apos; 不是时长：请使用带 s、m、h、d 或 w 的数字，如 30s 或 5m</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive duration</source>
        <translation>&apos;%1&apos; 不是正的时长</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time: use ISO 8601 (2026-11-21T10:00:00Z), epoch seconds, now, or -10m/-2h/-7d</source>
        <translation>&apos;%1&apos; 不是时间：请使用 ISO 8601（2026-11-21T10:00:00Z）、epoch 秒数、now 或 -10m/-2h/-7d</translation>
    </message>
</context>
<context>
    <name>UploadRun</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot start SFTP</source>
        <translation>无法启动 SFTP</translation>
    </message>
    <message>
        <source>cannot create %1 on the host</source>
        <translation>无法在主机上创建 %1</translation>
    </message>
    <message>
        <source>cannot finish writing %1 on the host</source>
        <translation>无法在主机上完成 %1 的写入</translation>
    </message>
    <message>
        <source>writing %1 on the host failed</source>
        <translation>在主机上写入 %1 失败</translation>
    </message>
    <message>
        <source>cannot check %1 on the host (sha256sum exit %2): %3</source>
        <translation>无法在主机上校验 %1（sha256sum 退出状态 %2）：%3</translation>
    </message>
    <message>
        <source>%1 arrived damaged: sha256 %2 on the host, %3 here</source>
        <translation>%1 传输后已损坏：主机上的 sha256 为 %2，本地为 %3</translation>
    </message>
</context>
<context>
    <name>UrlTemplate</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL: %2</source>
        <translation>&apos;%1&apos; 不是有效的 URL：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; 不是 http 或 https URL</translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>the metric %1 needs --param (a device or interface name)</source>
        <translation>指标 %1 需要 --param（设备或网络接口名）</translation>
    </message>
    <message>
        <source>the metric %1 takes no parameter; write {param} in the key where &apos;%2&apos; goes (like traffic-{param}-rxbytes)</source>
        <translation>指标 %1 不接受参数；请在键中 &apos;%2&apos; 所在位置写 {param}（如 traffic-{param}-rxbytes）</translation>
    </message>
    <message>
        <source>the period must be more than zero</source>
        <translation>周期必须大于零</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>时间范围的结束早于开始</translation>
    </message>
    <message>
        <source>that asks for more than a million periods; use a longer period</source>
        <translation>请求的周期数超过一百万；请使用更长的周期</translation>
    </message>
    <message>
        <source>for this range the data has one point every %1 s; use a period that is a whole multiple of it</source>
        <translation>在此范围内数据每 %1 秒一个点；请使用其整数倍的周期</translation>
    </message>
</context>
<context>
    <name>UsageReportDialog</name>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>Custom (seconds)</source>
        <translation>自定义（秒）</translation>
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
        <translation>--%1 需要不小于 %2 的数字，而不是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 需要 %2 到 %3 之间的数字，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>--%1 is %2, not &apos;%3&apos;</source>
        <translation>--%1 的取值应为 %2，而不是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Run &apos;opsdeck %1 --help&apos; for the options.</source>
        <translation>运行 &apos;opsdeck %1 --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;opsdeck %2&apos;</source>
        <translation>--%1 不能与 &apos;opsdeck %2&apos; 一起使用</translation>
    </message>
    <message>
        <source>%1 needs a verb</source>
        <translation>%1 需要一个子命令</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos; for %2</source>
        <translation>%2 的未知子命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has nothing to run</source>
        <translation>%1 没有可运行的内容</translation>
    </message>
    <message>
        <source>Run &apos;opsdeck %1 VERB --help&apos; for a verb&apos;s options.</source>
        <translation>运行 &apos;opsdeck %1 VERB --help&apos; 查看子命令的选项。</translation>
    </message>
    <message>
        <source>json, csv, table or text</source>
        <translation>json、csv、table 或 text</translation>
    </message>
    <message>
        <source>why, for the audit log</source>
        <translation>原因，记入审计日志</translation>
    </message>
    <message>
        <source>--%1 takes a size of at least %2 bytes, such as 64K, 512M or 2G, not &apos;%3&apos;</source>
        <translation>--%1 需要至少 %2 字节的大小，例如 64K、512M 或 2G，而不是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>run &apos;%1&apos;</source>
        <translation>运行 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refuse (exit 3) unless %1 is still at this version (as list/show print it)</source>
        <translation>除非%1仍为此版本（即 list/show 所显示的版本），否则拒绝执行（退出码 3）</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>the inventory&apos;s audit log</source>
        <translation>清单的审计日志</translation>
    </message>
    <message>
        <source>read this machine&apos;s metrics (--once prints Kurado&apos;s dump form)</source>
        <translation>读取本机的指标（--once 以 Kurado 的 dump 格式打印）</translation>
    </message>
    <message>
        <source>import and export the inventory (Ansible, ssh_config, CSV, JSON)</source>
        <translation>导入和导出清单（Ansible、ssh_config、CSV、JSON）</translation>
    </message>
    <message>
        <source>add, list, show machines and move them through their lifecycle</source>
        <translation>添加、列出、查看机器，并推进其生命周期</translation>
    </message>
    <message>
        <source>availability (2xx+3xx)/(all-4xx) of status-class series</source>
        <translation>状态码类别序列的可用率 (2xx+3xx)/(all-4xx)</translation>
    </message>
    <message>
        <source>poll the metric sources (--once: each once)</source>
        <translation>拉取指标数据源（--once：每个拉取一次）</translation>
    </message>
    <message>
        <source>print a series&apos; points from the metrics cache</source>
        <translation>打印指标缓存中某个序列的数据点</translation>
    </message>
    <message>
        <source>one value per period of a series (kanyun&apos;s usage report)</source>
        <translation>序列每个周期一个值（kanyun 的用量报表）</translation>
    </message>
    <message>
        <source>list the series in the metrics cache</source>
        <translation>列出指标缓存中的序列</translation>
    </message>
    <message>
        <source>receive Graphite plaintext on TCP and UDP (port 2003) into the cache</source>
        <translation>通过 TCP 和 UDP（端口 2003）接收 Graphite 明文协议数据并存入缓存</translation>
    </message>
    <message>
        <source>relations between services and what they resolve to</source>
        <translation>服务之间的关联及其解析结果</translation>
    </message>
    <message>
        <source>the service tree: add, list, bind machines and URLs, flag</source>
        <translation>服务树：添加、列出、绑定机器和 URL、标记</translation>
    </message>
    <message>
        <source>units: a service&apos;s instances on machines</source>
        <translation>实例：服务在机器上的实例</translation>
    </message>
    <message>
        <source>print the versions of Opsdeck and its libraries</source>
        <translation>打印 Opsdeck 及其依赖库的版本</translation>
    </message>
    <message>
        <source>add, list, change, inspect or remove metric sources</source>
        <translation>添加、列出、修改、查看或删除指标数据源</translation>
    </message>
    <message>
        <source>store Kurado agent lines or Graphite plaintext from a file or stdin</source>
        <translation>从文件或标准输入存储 Kurado 代理的输出行或 Graphite 明文协议数据</translation>
    </message>
    <message>
        <source>retention rules by metric key (list, add, remove, import storage-schemas.conf)</source>
        <translation>按指标键设置的保留规则（列出、添加、删除、导入 storage-schemas.conf）</translation>
    </message>
    <message>
        <source>deploy a program package to a service&apos;s units over SSH</source>
        <translation>通过 SSH 将程序包部署到服务的实例</translation>
    </message>
    <message>
        <source>run one command on many hosts over SSH</source>
        <translation>通过 SSH 在多台主机上运行同一条命令</translation>
    </message>
    <message>
        <source>a service&apos;s deploy settings: set, show</source>
        <translation>服务的部署设置：set、show</translation>
    </message>
    <message>
        <source>a resource pool&apos;s settings: its init script</source>
        <translation>资源池的设置：其初始化脚本</translation>
    </message>
    <message>
        <source>open a terminal with ssh to a machine (host key checked first)</source>
        <translation>打开通过 ssh 连接到机器的终端（先检查主机密钥）</translation>
    </message>
    <message>
        <source>the database: path, schema, team roles, copies</source>
        <translation>数据库：路径、模式、团队角色、复制</translation>
    </message>
    <message>
        <source>list the alert history (transitions of checks)</source>
        <translation>列出告警历史（检查的状态转换）</translation>
    </message>
    <message>
        <source>show or set where alert notifications go</source>
        <translation>显示或设置告警通知的发送目标</translation>
    </message>
    <message>
        <source>send a test notification</source>
        <translation>发送测试通知</translation>
    </message>
    <message>
        <source>check the SMTP password with the server and keep it in the keychain</source>
        <translation>向服务器验证 SMTP 密码并将其保存到钥匙串</translation>
    </message>
    <message>
        <source>add, list or remove checks; acknowledge or silence them</source>
        <translation>添加、列出或删除检查；确认或静默检查</translation>
    </message>
    <message>
        <source>run every check once (--once); exits 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN</source>
        <translation>将每个检查运行一次（--once）；退出码 0 OK、1 WARNING、2 CRITICAL、3 UNKNOWN</translation>
    </message>
    <message>
        <source>write charts from the metrics cache to PNG, SVG, PDF or CSV</source>
        <translation>将指标缓存中的图表写为 PNG、SVG、PDF 或 CSV</translation>
    </message>
    <message>
        <source>the jobs&apos; history: list, show, log, cancel, pause, resume, retry; job templates</source>
        <translation>作业历史：list、show、log、cancel、pause、resume、retry；作业模板</translation>
    </message>
    <message>
        <source>add, list or remove maintenance windows on tree nodes</source>
        <translation>添加、列出或删除树节点上的维护窗口</translation>
    </message>
    <message>
        <source>list, show, export, import (also from Grafana) and remove dashboards</source>
        <translation>列出、显示、导出、导入（也可从 Grafana 导入）和删除仪表板</translation>
    </message>
    <message>
        <source>write a dashboard to a multi-page PDF report</source>
        <translation>将仪表板写入多页 PDF 报告</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Opsdeck cannot start on the database %1:

%2

Choose another file with --db PATH or OPSDECK_DB.</source>
        <translation>Opsdeck 无法在数据库 %1 上启动：

%2

请用 --db PATH 或 OPSDECK_DB 选择另一个文件。</translation>
    </message>
    <message>
        <source>Opsdeck cannot start</source>
        <translation>Opsdeck 无法启动</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1; see opsdeck --help</source>
        <translation>未知选项 %1；参见 opsdeck --help</translation>
    </message>
    <message>
        <source>
Run &apos;opsdeck COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
运行 &apos;opsdeck COMMAND --help&apos; 查看命令的选项。
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see opsdeck --help</source>
        <translation>未知命令 &apos;%1&apos;；参见 opsdeck --help</translation>
    </message>
    <message>
        <source>no password for %1 was given</source>
        <translation>未提供 %1 的密码</translation>
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
        <translation>用法：opsdeck [--db PATH] [--lang LOCALE] [COMMAND [ARGS...]]
不带命令时打开 Opsdeck 窗口。

全局选项：
  --db PATH      数据库文件或 postgresql://USER@HOST/DBNAME（否则为 $OPSDECK_DB，再否则为数据目录）
  --lang LOCALE  界面语言（en、zh_CN、ja_JP）
  --version      打印版本并退出

命令：
</translation>
    </message>
</context>
<context>
    <name>opsdeck::AboutDialog</name>
    <message>
        <source>About Opsdeck</source>
        <translation>关于 Opsdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Opsdeck&lt;/h3&gt;&lt;p&gt;An operations console for SREs: the fleet, its metrics, its health and its deployments in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Opsdeck&lt;/h3&gt;&lt;p&gt;面向 SRE 的运维控制台：在一个窗口中管理机群、指标、健康状况和部署。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with:&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;p&gt;构建所用组件：&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>opsdeck::AccessGate</name>
    <message>
        <source>The team database cannot be reached: read-only until it is back.</source>
        <translation>无法连接团队数据库：恢复连接之前为只读。</translation>
    </message>
    <message>
        <source>%1 may not do this on the team database: that needs the %2 role.</source>
        <translation>%1 不能在团队数据库上执行此操作：这需要 %2 角色。</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertDispatcher</name>
    <message>
        <source>no SMTP password for %1 in the keychain: opsdeck alert set-smtp-password</source>
        <translation>钥匙串中没有 %1 的 SMTP 密码：opsdeck alert set-smtp-password</translation>
    </message>
    <message>
        <source>the webhook is on but nothing reads its URL here</source>
        <translation>Webhook 已开启，但此处没有读取其 URL 的组件</translation>
    </message>
    <message>
        <source>opsdeck alert config --webhook-stdin</source>
        <translation>opsdeck alert config --webhook-stdin</translation>
    </message>
    <message>
        <source>the webhook URL in the keychain (entry %1) is not an http(s) URL: %2</source>
        <translation>钥匙串中的 Webhook URL（条目 %1）不是 http(s) URL：%2</translation>
    </message>
    <message>
        <source>the webhook is on but this computer&apos;s keychain has no URL for it (entry %1): %2</source>
        <translation>Webhook 已开启，但本机钥匙串中没有它的 URL（条目 %1）：%2</translation>
    </message>
    <message>
        <source>could not read the webhook URL from the keychain: %1</source>
        <translation>无法从钥匙串读取 Webhook URL：%1</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>状态转换</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertHistoryPanel</name>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>最近 1 周</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Check name</source>
        <translation>检查名称</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>任意重要性</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>Target machine</source>
        <translation>目标机器</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertTray</name>
    <message>
        <source>&amp;Show Alerts</source>
        <translation>显示告警(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray When the Window Is Closed</source>
        <translation>关闭窗口后在托盘中继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit Opsdeck</source>
        <translation>退出 Opsdeck(&amp;Q)</translation>
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
        <translation>Opsdeck — %1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Opsdeck — every check passes</source>
        <translation>Opsdeck — 所有检查均通过</translation>
    </message>
    <message>
        <source>Opsdeck — no check has run yet</source>
        <translation>Opsdeck — 尚无检查运行过</translation>
    </message>
    <message>
        <source>Opsdeck — no checks</source>
        <translation>Opsdeck — 没有检查</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 is failing (%2)</source>
        <translation>%1 失败中（%2）</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 已恢复</translation>
    </message>
    <message>
        <source>Tray &amp;Settings…</source>
        <translation>托盘设置(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged or silenced</source>
        <translation>
            <numerusform>%n 个已确认或已静默</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in maintenance</source>
        <translation>
            <numerusform>%n 个维护中</numerusform></translation>
    </message>
    <message>
        <source>Opsdeck — nothing open; %1</source>
        <translation>Opsdeck — 没有未解决的告警；%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertsDock</name>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Cannot read the alert history: %1</source>
        <translation>无法读取告警历史：%1</translation>
    </message>
</context>
<context>
    <name>opsdeck::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>opsdeck::AuditView</name>
    <message>
        <source>Any entity</source>
        <translation>任意实体</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action (add, online, bind…)</source>
        <translation>操作（add、online、bind…）</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
</context>
<context>
    <name>opsdeck::CheckListModel</name>
    <message>
        <source>machine %1</source>
        <translation>机器 %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>failing (%1)</source>
        <translation>失败中（%1）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1: %2 since %3 — %4</source>
        <translation>%1：自 %3 起 %2 — %4</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>绑定到</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Silenced until</source>
        <translation>静默至</translation>
    </message>
    <message>
        <source>%1, in maintenance</source>
        <translation>%1，维护中</translation>
    </message>
</context>
<context>
    <name>opsdeck::CheckScheduler</name>
    <message>
        <source>no probe can run this check here (a metric check needs the local metrics cache)</source>
        <translation>此处没有可运行此检查的探测（metric 检查需要本地指标缓存）</translation>
    </message>
    <message>
        <source>no machine named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的机器</translation>
    </message>
    <message>
        <source>machine %1 is %2</source>
        <translation>机器 %1 处于 %2 状态</translation>
    </message>
</context>
<context>
    <name>opsdeck::CheckerLink</name>
    <message>
        <source>The %1 notification of %2 failed: %3</source>
        <translation>%2 的 %1 通知失败：%3</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>检查：%1</translation>
    </message>
    <message>
        <source>%1: %2. Mark it ERROR_DETECTED with the machine table’s abnormal action or `opsdeck machine transition %1 abnormal`.</source>
        <translation>%1：%2。可通过机器表的 abnormal 操作或 `opsdeck machine transition %1 abnormal` 将其标记为 ERROR_DETECTED。</translation>
    </message>
    <message>
        <source>%1 is now ERROR_DETECTED: %2</source>
        <translation>%1 现为 ERROR_DETECTED：%2</translation>
    </message>
    <message>
        <source>This console runs the checks.</source>
        <translation>本控制台运行检查。</translation>
    </message>
    <message>
        <source>Another console of the team runs the checks; this one shows them.</source>
        <translation>团队中的另一个控制台运行检查；本控制台仅显示结果。</translation>
    </message>
    <message>
        <source>Cannot read the alert settings: %1</source>
        <translation>无法读取告警设置：%1</translation>
    </message>
    <message>
        <source>E-mail alerts: %1</source>
        <translation>邮件告警：%1</translation>
    </message>
</context>
<context>
    <name>opsdeck::ChecksPanel</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge the check&apos;s failing targets until they recover</source>
        <translation>确认该检查失败的目标，直到其恢复</translation>
    </message>
    <message>
        <source>&amp;Silence For…</source>
        <translation>静默一段时间(&amp;S)…</translation>
    </message>
    <message>
        <source>No notification for the check until a chosen time</source>
        <translation>在所选时间之前不发送该检查的通知</translation>
    </message>
    <message>
        <source>&amp;Unsilence</source>
        <translation>取消静默(&amp;U)</translation>
    </message>
    <message>
        <source>Notify about the check again</source>
        <translation>重新发送该检查的通知</translation>
    </message>
    <message>
        <source>No checks yet</source>
        <translation>尚无检查</translation>
    </message>
    <message>
        <source>Add one with `opsdeck check add http|tcp|metric|nagios|… --name NAME`; its state and alerts are listed here.</source>
        <translation>使用 `opsdeck check add http|tcp|metric|nagios|… --name NAME` 添加；其状态和告警将列在此处。</translation>
    </message>
    <message>
        <source>Select a check first</source>
        <translation>请先选择一个检查</translation>
    </message>
    <message>
        <source>%1 acknowledged (%2 target(s)) until it recovers</source>
        <translation>已确认 %1（%2 个目标），直到其恢复</translation>
    </message>
    <message>
        <source>Cannot acknowledge %1: %2</source>
        <translation>无法确认 %1：%2</translation>
    </message>
    <message>
        <source>%1 silenced (%2 target(s))</source>
        <translation>已静默 %1（%2 个目标）</translation>
    </message>
    <message>
        <source>Cannot silence %1: %2</source>
        <translation>无法静默 %1：%2</translation>
    </message>
    <message>
        <source>%1 unsilenced (%2 target(s))</source>
        <translation>已取消静默 %1（%2 个目标）</translation>
    </message>
    <message>
        <source>Cannot unsilence %1: %2</source>
        <translation>无法取消静默 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Tray Settings…</source>
        <translation>托盘设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Which alerts pop a tray message, and whether closing the window keeps Opsdeck in the tray</source>
        <translation>哪些告警会弹出托盘消息，以及关闭窗口后 Opsdeck 是否保留在托盘中</translation>
    </message>
    <message>
        <source>&amp;Maintenance Windows…</source>
        <translation>维护窗口(&amp;M)…</translation>
    </message>
    <message>
        <source>Hold back the alerts below a tree node for a while: list, add, remove</source>
        <translation>在一段时间内暂缓服务树节点下的告警：列出、添加、删除</translation>
    </message>
</context>
<context>
    <name>opsdeck::CollectorService</name>
    <message>
        <source>cannot store the local samples: %1</source>
        <translation>无法存储本地样本：%1</translation>
    </message>
    <message>
        <source>cannot store the local machine&apos;s meta: %1</source>
        <translation>无法存储本地机器的元数据：%1</translation>
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
        <translation>各面板的时间范围</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 4 hours</source>
        <translation>最近 4 小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>最近 1 周</translation>
    </message>
    <message>
        <source>&amp;Dashboard:</source>
        <translation>仪表板(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read every panel again</source>
        <translation>重新读取所有面板</translation>
    </message>
    <message>
        <source>New &amp;Dashboard…</source>
        <translation>新建仪表板(&amp;D)…</translation>
    </message>
    <message>
        <source>An empty dashboard of your own</source>
        <translation>一个属于你自己的空仪表板</translation>
    </message>
    <message>
        <source>&amp;New Panel…</source>
        <translation>新建面板(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a chart, value or table</source>
        <translation>添加图表、数值或表格</translation>
    </message>
    <message>
        <source>&amp;Edit Panel…</source>
        <translation>编辑面板(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected panel (click one)</source>
        <translation>修改所选面板（单击选择）</translation>
    </message>
    <message>
        <source>&amp;Remove Panel</source>
        <translation>删除面板(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected panel</source>
        <translation>删除所选面板</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>A dashboard&apos;s JSON file</source>
        <translation>仪表板的 JSON 文件</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>This dashboard as JSON</source>
        <translation>将此仪表板导出为 JSON</translation>
    </message>
    <message>
        <source>The charts&apos; range</source>
        <translation>图表的时间范围</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>无法读取仪表板：%1</translation>
    </message>
    <message>
        <source>The dashboards could not be listed: %1</source>
        <translation>无法列出仪表板：%1</translation>
    </message>
    <message>
        <source>Home is built in: export it and import it under another name to change it</source>
        <translation>Home 是内置仪表板：如需修改，请将其导出并以其他名称导入</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>New Dashboard</source>
        <translation>新建仪表板</translation>
    </message>
    <message>
        <source>Name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;):</source>
        <translation>名称（字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;）：</translation>
    </message>
    <message>
        <source>Dashboard %1 created</source>
        <translation>已创建仪表板 %1</translation>
    </message>
    <message>
        <source>Panel added to %1</source>
        <translation>已向 %1 添加面板</translation>
    </message>
    <message>
        <source>Panel changed in %1</source>
        <translation>已修改 %1 中的面板</translation>
    </message>
    <message>
        <source>Panel removed from %1</source>
        <translation>已从 %1 删除面板</translation>
    </message>
    <message>
        <source>Import Dashboard</source>
        <translation>导入仪表板</translation>
    </message>
    <message>
        <source>Dashboard JSON (*.json);;All files (*)</source>
        <translation>仪表板 JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a dashboard: %2</source>
        <translation>%1 不是仪表板：%2</translation>
    </message>
    <message>
        <source>A dashboard named %1 exists. Replace it?</source>
        <translation>已存在名为 %1 的仪表板。要替换它吗？</translation>
    </message>
    <message>
        <source>Dashboard %1 imported</source>
        <translation>已导入仪表板 %1</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>导出仪表板</translation>
    </message>
    <message>
        <source>Dashboard JSON (*.json)</source>
        <translation>仪表板 JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Dashboard %1 exported to %2</source>
        <translation>已将仪表板 %1 导出到 %2</translation>
    </message>
    <message>
        <source>Import from &amp;Grafana…</source>
        <translation>从 Grafana 导入(&amp;G)…</translation>
    </message>
    <message>
        <source>A Grafana dashboard&apos;s JSON: its Prometheus and Graphite panels</source>
        <translation>Grafana 仪表板的 JSON：其中的 Prometheus 和 Graphite 面板</translation>
    </message>
    <message>
        <source>Import from Grafana</source>
        <translation>从 Grafana 导入</translation>
    </message>
    <message>
        <source>Grafana dashboard JSON (*.json);;All files (*)</source>
        <translation>Grafana 仪表板 JSON (*.json);;所有文件 (*)</translation>
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
        <translation>在钥匙串中记住(&amp;R)</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>团队数据库密码</translation>
    </message>
    <message>
        <source>The team database %1 asks for a password.</source>
        <translation>团队数据库 %1 需要密码。</translation>
    </message>
    <message>
        <source>The last password was refused; try again.</source>
        <translation>上一个密码被拒绝；请重试。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>No keychain is reachable (no D-Bus session bus): put the password in ~/.pgpass to be asked no more.</source>
        <translation>无法访问钥匙串（没有 D-Bus 会话总线）：将密码写入 ~/.pgpass 即可不再被询问。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>opsdeck::DeployDialog</name>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>shop/web</source>
        <translation>shop/web</translation>
    </message>
    <message>
        <source>A .tar.gz with hooks/install, hooks/start, …</source>
        <translation>带 hooks/install、hooks/start、… 的 .tar.gz</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>empty: the UTC time</source>
        <translation>留空：使用 UTC 时间</translation>
    </message>
    <message>
        <source>The first N units go alone first</source>
        <translation>前 N 个实例先单独进行</translation>
    </message>
    <message>
        <source>Then batches of N units (0: one batch)</source>
        <translation>然后每批 N 个实例（0：全部作为一批）</translation>
    </message>
    <message>
        <source>At most N hosts at once</source>
        <translation>最多同时处理 N 台主机</translation>
    </message>
    <message>
        <source>Stop starting hosts when failures pass this share of all hosts</source>
        <translation>失败的主机超过全部主机的此比例时，不再启动新的主机</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Roll a failed unit back to its previous release</source>
        <translation>将失败的实例回滚到其先前的版本</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>程序包(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;elease:</source>
        <translation>版本(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Canary units:</source>
        <translation>金丝雀实例(&amp;C)：</translation>
    </message>
    <message>
        <source>B&amp;atch size:</source>
        <translation>批次大小(&amp;A)：</translation>
    </message>
    <message>
        <source>Para&amp;llel hosts:</source>
        <translation>并行主机数(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Max failures:</source>
        <translation>失败上限(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>部署(&amp;D)</translation>
    </message>
    <message>
        <source>Program Package</source>
        <translation>程序包</translation>
    </message>
    <message>
        <source>Packages (*.tar.gz *.tgz);;All files (*)</source>
        <translation>程序包 (*.tar.gz *.tgz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Name the service to deploy (its path in the tree, like shop/web).</source>
        <translation>请指定要部署的服务（其在树中的路径，例如 shop/web）。</translation>
    </message>
    <message>
        <source>Checking the service and the package…</source>
        <translation>正在检查服务和程序包…</translation>
    </message>
    <message>
        <source>Cannot deploy: %1</source>
        <translation>无法部署：%1</translation>
    </message>
    <message>
        <source>Require checks to &amp;pass after each batch</source>
        <translation>每个批次之后要求检查通过(&amp;P)</translation>
    </message>
    <message>
        <source>After each batch but the last, the chosen checks run on its units; the deploy pauses (it does not fail) until they pass</source>
        <translation>除最后一个批次外，每个批次之后都会在其实例上运行所选检查；在检查通过之前部署会暂停（不会失败）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A paused gate asks its checks again after this long</source>
        <translation>暂停的门禁在经过此时长后重新检查</translation>
    </message>
    <message>
        <source>Ask a paused gate again after:</source>
        <translation>暂停的门禁重新检查间隔：</translation>
    </message>
    <message>
        <source>Cannot list the checks: %1</source>
        <translation>无法列出检查：%1</translation>
    </message>
    <message>
        <source>%1 (disabled: runs nothing)</source>
        <translation>%1（已禁用：不运行任何内容）</translation>
    </message>
    <message>
        <source>No checks yet: add one with opsdeck check add</source>
        <translation>尚无检查：请用 opsdeck check add 添加</translation>
    </message>
    <message>
        <source>Choose the checks the gate runs, or turn the gate off.</source>
        <translation>请选择门禁要运行的检查，或关闭门禁。</translation>
    </message>
    <message>
        <source>Cannot deploy: this window cannot run a deploy gate yet; use opsdeck deploy %1 --package FILE --gate %2</source>
        <translation>无法部署：此窗口尚不能运行部署门禁；请使用 opsdeck deploy %1 --package FILE --gate %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::DesktopNotifier</name>
    <message>
        <source>the desktop notification was not shown: no D-Bus session bus</source>
        <translation>未显示桌面通知：没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <source>the desktop notification was not shown: %1 (%2)</source>
        <translation>未显示桌面通知：%1（%2）</translation>
    </message>
</context>
<context>
    <name>opsdeck::Engine</name>
    <message>
        <source>the saved receiver address &apos;%1&apos; is not an IP address; set it again in the Graphite receiver panel, or give --listen ADDR:PORT</source>
        <translation>保存的接收器地址 &apos;%1&apos; 不是 IP 地址；请在 Graphite 接收器面板中重新设置，或给出 --listen ADDR:PORT</translation>
    </message>
    <message>
        <source>the saved receiver port &apos;%1&apos; is not a port; set it again in the Graphite receiver panel, or give --listen ADDR:PORT</source>
        <translation>保存的接收器端口 &apos;%1&apos; 不是有效端口；请在 Graphite 接收器面板中重新设置，或给出 --listen ADDR:PORT</translation>
    </message>
</context>
<context>
    <name>opsdeck::ExportActions</name>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save one of the charts on screen as PNG, SVG, PDF or CSV</source>
        <translation>将屏幕上的一个图表保存为 PNG、SVG、PDF 或 CSV</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>导出报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Save every chart on screen as one multi-page PDF</source>
        <translation>将屏幕上的所有图表保存为一个多页 PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Nothing to export: no chart on screen has data in this range</source>
        <translation>没有可导出的内容：屏幕上的图表在此范围内都没有数据</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf);;CSV data (*.csv)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg);;PDF 文档 (*.pdf);;CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>An export is still being written</source>
        <translation>仍有导出正在写入</translation>
    </message>
    <message>
        <source>no such chart on screen</source>
        <translation>屏幕上没有此图表</translation>
    </message>
    <message>
        <source>unknown file type: use .png, .svg, .pdf or .csv</source>
        <translation>未知文件类型：请使用 .png、.svg、.pdf 或 .csv</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>no chart on screen has data in this range</source>
        <translation>屏幕上的图表在此范围内都没有数据</translation>
    </message>
    <message>
        <source>a report is a PDF: name the file .pdf</source>
        <translation>报告是 PDF：请将文件命名为 .pdf</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>opsdeck::FleetDock</name>
    <message>
        <source>Fleet</source>
        <translation>机群</translation>
    </message>
    <message>
        <source>Filter nodes and machines (Ctrl+F)</source>
        <translation>筛选节点和机器 (Ctrl+F)</translation>
    </message>
    <message>
        <source>The service tree with its machines; pick a machine to chart it, a node to see it</source>
        <translation>服务树及其机器；选择机器可查看其图表，选择节点可查看该节点</translation>
    </message>
</context>
<context>
    <name>opsdeck::FleetTreeModel</name>
    <message>
        <source>%1: pick it to see its machines&apos; figures</source>
        <translation>%1：选择它以查看其机器的数据</translation>
    </message>
    <message>
        <source>%1, bound to no node: pick it to chart it</source>
        <translation>%1，未绑定到任何节点：选择它以查看图表</translation>
    </message>
    <message>
        <source>%1 in %2: pick it to chart it</source>
        <translation>%1 位于 %2：选择它以查看图表</translation>
    </message>
    <message>
        <source>The machines bound to no node of the service tree</source>
        <translation>未绑定到服务树任何节点的机器</translation>
    </message>
    <message>
        <source>Pool (unassigned)</source>
        <translation>机器池（未分配）</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>机群</translation>
    </message>
</context>
<context>
    <name>opsdeck::GrafanaImportFlow</name>
    <message>
        <source>Which Opsdeck %1 source is the Grafana datasource %2? (a source id or URL)</source>
        <translation>Grafana 数据源 %2 对应哪个 Opsdeck %1 数据源？（数据源 ID 或 URL）</translation>
    </message>
    <message>
        <source>Which Opsdeck %1 source is the Grafana datasource %2?</source>
        <translation>Grafana 数据源 %2 对应哪个 Opsdeck %1 数据源？</translation>
    </message>
    <message>
        <source>Import from Grafana</source>
        <translation>从 Grafana 导入</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a Grafana dashboard</source>
        <translation>%1 太大，不像是 Grafana 仪表板</translation>
    </message>
    <message>
        <source>Not a Grafana dashboard: %1</source>
        <translation>不是 Grafana 仪表板：%1</translation>
    </message>
    <message>
        <source>Nothing imported: the Grafana datasource %1 has no Opsdeck source</source>
        <translation>未导入任何内容：Grafana 数据源 %1 没有对应的 Opsdeck 数据源</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: none of the %n panel(s) could be taken</source>
        <translation>
            <numerusform>未导入任何内容：%n 个面板都无法导入</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Dashboard %1 imported from Grafana: %2 panel(s) taken, %3 left out</source>
        <translation>已从 Grafana 导入仪表板 %1：导入 %2 个面板，%3 个未导入</translation>
    </message>
    <message numerus="yes">
        <source>; %n source(s) to add for the queries no source polls</source>
        <translation>
            <numerusform>；将为尚无来源轮询的查询添加 %n 个来源</numerusform></translation>
    </message>
    <message>
        <source>Nothing to save: import a Grafana dashboard first</source>
        <translation>没有可保存的内容：请先导入 Grafana 仪表板</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>source %1 (a copy of source %2) polls %3 for %4</source>
        <translation>来源 %1（来源 %2 的副本）为 %4 轮询 %3</translation>
    </message>
    <message>
        <source>; sources added: %1</source>
        <translation>；已添加来源：%1</translation>
    </message>
    <message>
        <source>Left out:
%1</source>
        <translation>未导入：
%1</translation>
    </message>
    <message>
        <source>Sources added:
%1</source>
        <translation>已添加来源：
%1</translation>
    </message>
</context>
<context>
    <name>opsdeck::HostKeyDialog</name>
    <message>
        <source>Host Keys</source>
        <translation>主机密钥</translation>
    </message>
    <message numerus="yes">
        <source>Before %1: the host key of %n host(s) is unknown. Compare each SHA256 fingerprint with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*.pub on it). Accept writes the keys to Opsdeck&apos;s known_hosts and goes on; Refuse starts nothing.</source>
        <translation>
            <numerusform>启动 %1 之前：有 %n 台主机的主机密钥未知。请将每个 SHA256 指纹与该主机自身的指纹进行核对（在该主机上运行 ssh-keygen -lf /etc/ssh/ssh_host_*.pub）。“接受并继续”会将这些密钥写入 Opsdeck 的 known_hosts 并继续；“拒绝”则不启动任何操作。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 does not start: the host key of %n host(s) has CHANGED or is revoked. Someone may be intercepting the connection, or the host was reinstalled: once you know which, remove the old line named below.</source>
        <translation>
            <numerusform>%1 未启动：有 %n 台主机的主机密钥已变更或已被吊销。可能有人正在拦截连接，或该主机已重装：确认是哪种情况后，请删除下方列出的旧行。</numerusform></translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation>SHA256 指纹</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>now %1, was %2</source>
        <translation>现为 %1，原为 %2</translation>
    </message>
    <message>
        <source>revoked in %1:%2 — refused</source>
        <translation>已在 %1:%2 中吊销 — 已拒绝</translation>
    </message>
    <message>
        <source>CHANGED (old key in %1:%2) — refused</source>
        <translation>已变更（旧密钥位于 %1:%2）— 已拒绝</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Accept and Continue</source>
        <translation>接受并继续(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>opsdeck::HostKeyGate</name>
    <message numerus="yes">
        <source>Checking the host keys of %n host(s)…</source>
        <translation>
            <numerusform>正在检查 %n 台主机的主机密钥…</numerusform></translation>
    </message>
    <message>
        <source>Not started (%1): %2</source>
        <translation>未启动（%1）：%2</translation>
    </message>
    <message>
        <source>Not started (%1): host keys refused</source>
        <translation>未启动（%1）：主机密钥被拒绝</translation>
    </message>
    <message>
        <source>Not started (%1): cannot write Opsdeck&apos;s known_hosts: %2</source>
        <translation>未启动（%1）：无法写入 Opsdeck 的 known_hosts：%2</translation>
    </message>
</context>
<context>
    <name>opsdeck::HttpFetcher</name>
    <message>
        <source>no complete answer from %1 within %2 s (timed out)</source>
        <translation>%2 秒内未收到 %1 的完整响应（已超时）</translation>
    </message>
    <message>
        <source>the response from %1 is larger than the %2 MB cap; it was cut off there</source>
        <translation>来自 %1 的响应超过了 %2 MB 的上限；已在该处截断</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 返回了 HTTP %2 %3</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
</context>
<context>
    <name>opsdeck::HttpProbe</name>
    <message>
        <source>an HTTP check needs an http:// or https:// URL, not &apos;%1&apos;</source>
        <translation>HTTP 检查需要 http:// 或 https:// URL，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read CA certificates from %1</source>
        <translation>无法从 %1 读取 CA 证书</translation>
    </message>
    <message>
        <source>no server certificate to read</source>
        <translation>没有可读取的服务器证书</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message>
        <source>the certificate expires in %1 days (%2)</source>
        <translation>证书将在 %1 天后过期（%2）</translation>
    </message>
    <message>
        <source>certificate valid for %1 days</source>
        <translation>证书有效期还有 %1 天</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>status %1 is not accepted</source>
        <translation>状态 %1 不被接受</translation>
    </message>
    <message>
        <source>the body regex is invalid: %1</source>
        <translation>正文正则表达式无效：%1</translation>
    </message>
    <message>
        <source>the first MiB of the body does not match &apos;%1&apos;</source>
        <translation>正文的前 1 MiB 与 &apos;%1&apos; 不匹配</translation>
    </message>
    <message>
        <source>the body does not match &apos;%1&apos;</source>
        <translation>正文与 &apos;%1&apos; 不匹配</translation>
    </message>
    <message>
        <source>answered in %1 ms, more than %2 ms</source>
        <translation>响应用时 %1 毫秒，超过 %2 毫秒</translation>
    </message>
    <message>
        <source>%1: status %2 in %3 ms</source>
        <translation>%1：状态 %2，用时 %3 毫秒</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1：%2 毫秒内无响应</translation>
    </message>
    <message>
        <source>%1: libcurl could not start the request</source>
        <translation>%1：libcurl 无法发起请求</translation>
    </message>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl 无法启动</translation>
    </message>
</context>
<context>
    <name>opsdeck::ImportDialog</name>
    <message>
        <source>Import inventory</source>
        <translation>导入清单</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Ansible inventory (INI)</source>
        <translation>Ansible 清单（INI）</translation>
    </message>
    <message>
        <source>Ansible inventory (YAML)</source>
        <translation>Ansible 清单（YAML）</translation>
    </message>
    <message>
        <source>OpenSSH ssh_config</source>
        <translation>OpenSSH ssh_config</translation>
    </message>
    <message>
        <source>CSV (name,address,port,pool,node_path)</source>
        <translation>CSV（name,address,port,pool,node_path）</translation>
    </message>
    <message>
        <source>Opsdeck JSON</source>
        <translation>Opsdeck JSON</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Choose a file and press Preview to see what the import would do.</source>
        <translation>选择一个文件并点击“预览”，查看导入将执行的操作。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Inventory file</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos;</source>
        <translation>未知导入格式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing will be imported.</source>
        <translation>不会导入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2 to add, %3 to change, %4 left as they are</source>
        <translation>%1：将添加 %2 项，修改 %3 项，%4 项保持原样</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>绑定</translation>
    </message>
    <message numerus="yes">
        <source>%n new pool(s)</source>
        <translation>
            <numerusform>%n 个新资源池</numerusform></translation>
    </message>
    <message>
        <source>The inventory already holds everything in this file: nothing to apply.</source>
        <translation>清单中已包含此文件中的所有内容：无需应用。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>已导入：添加 %1 项，修改 %2 项，%3 项未变。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is written</source>
        <translation>停止导入；不会写入任何导入内容</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在规划…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>opsdeck::InventoryView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running change; nothing of it is written</source>
        <translation>停止正在进行的修改；不会写入其中任何内容</translation>
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
        <translation>响应不是 Jenkins 的构建 JSON（%1）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>the answer is not Jenkins&apos;s build JSON (no build number)</source>
        <translation>响应不是 Jenkins 的构建 JSON（没有构建编号）</translation>
    </message>
    <message>
        <source>%1: no result yet</source>
        <translation>%1：尚无结果</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a Jenkins check needs a url and a job</source>
        <translation>Jenkins 检查需要 url 和 job</translation>
    </message>
</context>
<context>
    <name>opsdeck::JobListModel</name>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>relation update</source>
        <translation>关联更新</translation>
    </message>
    <message>
        <source>init script</source>
        <translation>初始化脚本</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed of %3</source>
        <translation>共 %3 个，%1 个正常，%2 个失败</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>opsdeck::JobProgressModel</name>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>canary</source>
        <translation>金丝雀</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>opsdeck::JobProgressView</name>
    <message>
        <source>ETA —</source>
        <translation>预计剩余 —</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>预计剩余 %1 秒</translation>
    </message>
    <message>
        <source>ETA %1 min %2 s</source>
        <translation>预计剩余 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>ETA %1 h %2 min</source>
        <translation>预计剩余 %1 小时 %2 分</translation>
    </message>
    <message>
        <source>Search the output</source>
        <translation>搜索输出</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>重试失败的主机(&amp;F)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export Host Log…</source>
        <translation>导出主机日志(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancelling job %1: each host stops before its next step</source>
        <translation>正在取消任务 %1：每台主机将在其下一步骤之前停止</translation>
    </message>
    <message>
        <source>“%1” is not in the output</source>
        <translation>输出中没有“%1”</translation>
    </message>
    <message>
        <source>The job did not start: %1</source>
        <translation>任务未启动：%1</translation>
    </message>
    <message>
        <source>Cannot read the job: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <source>Job %1: %2 %3</source>
        <translation>任务 %1：%2 %3</translation>
    </message>
    <message>
        <source>Cannot read the output of %1: %2</source>
        <translation>无法读取 %1 的输出：%2</translation>
    </message>
    <message>
        <source>Export the Log of %1</source>
        <translation>导出 %1 的日志</translation>
    </message>
    <message>
        <source>job-%1-%2.log</source>
        <translation>job-%1-%2.log</translation>
    </message>
    <message>
        <source>Log written to %1</source>
        <translation>日志已写入 %1</translation>
    </message>
    <message>
        <source>Cannot export the log: %1</source>
        <translation>无法导出日志：%1</translation>
    </message>
    <message>
        <source>%1 ok, %2 failed, %3 running, %4 pending</source>
        <translation>%1 个正常，%2 个失败，%3 个运行中，%4 个等待中</translation>
    </message>
</context>
<context>
    <name>opsdeck::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Target or service</source>
        <translation>目标或服务</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xport Log…</source>
        <translation>导出日志(&amp;X)…</translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <source>Select a job to export its log</source>
        <translation>请选择要导出日志的任务</translation>
    </message>
    <message>
        <source>Export the Log of Job %1</source>
        <translation>导出任务 %1 的日志</translation>
    </message>
    <message>
        <source>job-%1.log</source>
        <translation>job-%1.log</translation>
    </message>
    <message>
        <source>Log written to %1</source>
        <translation>日志已写入 %1</translation>
    </message>
    <message>
        <source>Cannot export the log: %1</source>
        <translation>无法导出日志：%1</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>再次运行(&amp;A)</translation>
    </message>
    <message>
        <source>Select a job to run it again</source>
        <translation>请选择要再次运行的任务</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>重试失败的主机(&amp;F)</translation>
    </message>
    <message>
        <source>Select a job to retry its failed hosts</source>
        <translation>请选择要重试其失败主机的任务</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>另存为模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Run T&amp;emplate</source>
        <translation>运行模板(&amp;E)</translation>
    </message>
    <message>
        <source>Run the selected job again, retry its failed hosts, save it as a template, or run a template</source>
        <translation>再次运行所选任务、重试其失败的主机、将其另存为模板，或运行模板</translation>
    </message>
    <message>
        <source>Cannot read the job templates: %1</source>
        <translation>无法读取任务模板：%1</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>No templates: save a job as one</source>
        <translation>没有模板：请将任务另存为模板</translation>
    </message>
    <message>
        <source>Select a job to save it as a template</source>
        <translation>请选择要另存为模板的任务</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Template name for job %1:</source>
        <translation>任务 %1 的模板名称：</translation>
    </message>
    <message>
        <source>Cannot save job %1 as a template: %2</source>
        <translation>无法将任务 %1 另存为模板：%2</translation>
    </message>
    <message>
        <source>Job %1 saved as the template %2</source>
        <translation>已将任务 %1 另存为模板 %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::KeychainSecretWriter</name>
    <message>
        <source>Cannot store the secret &apos;%1&apos; in the system keychain: %2. Nothing was saved; unlock or start the keychain (Secret Service) and try again.</source>
        <translation>无法将密钥 &apos;%1&apos; 存入系统钥匙串：%2。未保存任何内容；请解锁或启动钥匙串（Secret Service）后重试。</translation>
    </message>
    <message>
        <source>cannot delete the secret &apos;%1&apos; from the system keychain: %2</source>
        <translation>无法从系统钥匙串删除密钥 &apos;%1&apos;：%2</translation>
    </message>
</context>
<context>
    <name>opsdeck::MachineChartsView</name>
    <message>
        <source>No machine selected</source>
        <translation>未选择机器</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No samples in this range yet</source>
        <translation>此范围内暂无样本</translation>
    </message>
    <message>
        <source>Cannot read the metrics: %1</source>
        <translation>无法读取指标：%1</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Show a chosen span (from, to)</source>
        <translation>显示所选时间段（起、止）</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Follow the clock: new samples are added as they arrive</source>
        <translation>跟随时钟：新样本到达时即添加</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>The range before the last zoom</source>
        <translation>上次缩放之前的范围</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to the chosen range, live (or double-click a chart)</source>
        <translation>返回所选范围并实时更新（或双击图表）</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>The range is empty: &quot;to&quot; must be after &quot;from&quot;.</source>
        <translation>范围为空：“到”必须晚于“从”。</translation>
    </message>
    <message>
        <source>Graph definitions left out: %1</source>
        <translation>未包含的图表定义：%1</translation>
    </message>
    <message>
        <source>Graph definitions: %1</source>
        <translation>图表定义：%1</translation>
    </message>
    <message>
        <source>Compare sources…</source>
        <translation>对比数据源…</translation>
    </message>
    <message>
        <source>One chart of a quantity from every source this machine has series from</source>
        <translation>将该机器各数据源中的同一数量绘制在一张图表中</translation>
    </message>
</context>
<context>
    <name>opsdeck::MachineDetailsPane</name>
    <message>
        <source>Select a machine to see its details.</source>
        <translation>选择一台机器以查看其详情。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>machine &apos;%1&apos; is no longer in the pool</source>
        <translation>机器 &apos;%1&apos; 已不在资源池中</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2:%3, user %4&lt;br&gt;state &lt;b&gt;%5&lt;/b&gt;, pool %6%7&lt;br&gt;tags: %8&lt;br&gt;nodes: %9&lt;br&gt;last seen: %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2:%3，用户 %4&lt;br&gt;状态 &lt;b&gt;%5&lt;/b&gt;，资源池 %6%7&lt;br&gt;标签：%8&lt;br&gt;节点：%9&lt;br&gt;最后在线：%10</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source> (pool stock)</source>
        <translation>（资源池库存）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>opsdeck::MachineDialog</name>
    <message>
        <source>Edit machine %1</source>
        <translation>编辑机器 %1</translation>
    </message>
    <message>
        <source>Add machine</source>
        <translation>添加机器</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <source>SSH user (optional)</source>
        <translation>SSH 用户（可选）</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH 端口(&amp;P)：</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>资源池(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>the SSH port &apos;%1&apos; is not a number</source>
        <translation>SSH 端口 &apos;%1&apos; 不是数字</translation>
    </message>
    <message>
        <source>Replace the fields with the machine&apos;s current values</source>
        <translation>用机器的当前值替换这些字段</translation>
    </message>
    <message>
        <source>Reloaded: these are the machine&apos;s current values (version %1). Make your change again and save.</source>
        <translation>已重新加载：这些是机器的当前值（版本 %1）。请重新修改并保存。</translation>
    </message>
</context>
<context>
    <name>opsdeck::MachineTableModel</name>
    <message>
        <source>%1 (pool stock: bound to no product line)</source>
        <translation>%1（资源池库存：未绑定到任何产品线）</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>从未在线</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
</context>
<context>
    <name>opsdeck::MachineTablePanel</name>
    <message>
        <source>Filter machines (name, address, tag, node) — Ctrl+F</source>
        <translation>筛选机器（名称、地址、标签、节点）— Ctrl+F</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Apply the lifecycle event &apos;%1&apos; to the selected machines</source>
        <translation>对所选机器执行生命周期事件 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Set pool…</source>
        <translation>设置资源池…</translation>
    </message>
    <message>
        <source>Set tags…</source>
        <translation>设置标签…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n 台机器</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n machine(s)</source>
        <translation>
            <numerusform>%1 台（共 %n 台机器）</numerusform></translation>
    </message>
    <message>
        <source>Any pool</source>
        <translation>任意资源池</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Remove machines</source>
        <translation>删除机器</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n machine(s) from the pool? Their bindings and units are deleted too.</source>
        <translation>
            <numerusform>从资源池中删除 %n 台机器？其绑定和实例也将一并删除。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n machine(s)</source>
        <translation>
            <numerusform>对 %n 台机器执行 %1</numerusform></translation>
    </message>
    <message>
        <source>Set pool</source>
        <translation>设置资源池</translation>
    </message>
    <message numerus="yes">
        <source>Pool for %n machine(s):</source>
        <translation>
            <numerusform>%n 台机器的资源池：</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Moving %n machine(s) to pool %1</source>
        <translation>
            <numerusform>正在将 %n 台机器移动到资源池 %1</numerusform></translation>
    </message>
    <message>
        <source>Set tags</source>
        <translation>设置标签</translation>
    </message>
    <message numerus="yes">
        <source>Tags for %n machine(s), comma-separated:</source>
        <translation>
            <numerusform>%n 台机器的标签，以逗号分隔：</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Setting tags on %n machine(s)</source>
        <translation>
            <numerusform>正在为 %n 台机器设置标签</numerusform></translation>
    </message>
    <message>
        <source>Add machine…</source>
        <translation>添加机器…</translation>
    </message>
    <message>
        <source>Register a new machine in the pool (Ctrl+N)</source>
        <translation>在资源池中登记一台新机器（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit machine…</source>
        <translation>编辑机器…</translation>
    </message>
    <message>
        <source>Change the address, port, user, pool and tags of the current machine (F2, Return)</source>
        <translation>修改当前机器的地址、端口、用户、资源池和标签（F2、Return）</translation>
    </message>
    <message>
        <source>Adding machine %1</source>
        <translation>正在添加机器 %1</translation>
    </message>
    <message>
        <source>Editing machine %1</source>
        <translation>正在修改机器 %1</translation>
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
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>资产清单(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the charts and the machine list again</source>
        <translation>重新读取图表和机器列表</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Machine</source>
        <translation>查找机器(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Opsdeck</source>
        <translation>关于 Opsdeck(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — Opsdeck</source>
        <translation>%1 — Opsdeck</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>数据源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Run Command…</source>
        <translation>运行命令(&amp;R)…</translation>
    </message>
    <message>
        <source>Run a shell command over SSH on machines, a node or a service</source>
        <translation>通过 SSH 在机器、节点或服务上运行 shell 命令</translation>
    </message>
    <message>
        <source>Job %1 — Opsdeck</source>
        <translation>任务 %1 — Opsdeck</translation>
    </message>
    <message>
        <source>Run Command</source>
        <translation>运行命令</translation>
    </message>
    <message>
        <source>Hosts, comma-separated (machine names, [user@]host[:port], node:PATH, service:PATH):</source>
        <translation>主机，以逗号分隔（机器名称、[user@]host[:port]、node:PATH、service:PATH）：</translation>
    </message>
    <message>
        <source>Command to run on %1:</source>
        <translation>要在 %1 上运行的命令：</translation>
    </message>
    <message>
        <source>The job&apos;s history could not be written: %1</source>
        <translation>无法写入任务的历史记录：%1</translation>
    </message>
    <message>
        <source>Job %1 ended</source>
        <translation>任务 %1 已结束</translation>
    </message>
    <message>
        <source>Job %1 ended: %2</source>
        <translation>任务 %1 已结束：%2</translation>
    </message>
    <message>
        <source>The secret was not stored in the keychain: %1</source>
        <translation>密钥未存入钥匙串：%1</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>部署(&amp;D)…</translation>
    </message>
    <message>
        <source>Push a program package to a service&apos;s units with a canary and batches</source>
        <translation>以金丝雀和分批的方式将程序包推送到服务的实例</translation>
    </message>
    <message>
        <source>Open &amp;Terminal</source>
        <translation>打开终端(&amp;T)</translation>
    </message>
    <message>
        <source>A terminal with ssh to the selected machine, after checking its host key</source>
        <translation>检查主机密钥后，打开通过 ssh 连接到所选机器的终端</translation>
    </message>
    <message>
        <source>Run Command on These Machines…</source>
        <translation>在这些机器上运行命令…</translation>
    </message>
    <message>
        <source>The selected machines, or every machine the table&apos;s filters show</source>
        <translation>所选的机器，或表格按筛选条件显示的所有机器</translation>
    </message>
    <message>
        <source>Run Command on This Node…</source>
        <translation>在此节点上运行命令…</translation>
    </message>
    <message>
        <source>Every machine under the selected tree node</source>
        <translation>所选树节点下的所有机器</translation>
    </message>
    <message>
        <source>Select a tree node to run a command on its machines</source>
        <translation>请选择一个树节点，以在其下的机器上运行命令</translation>
    </message>
    <message>
        <source>every machine under %1</source>
        <translation>%1 下的所有机器</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No machine is shown: change the filters first</source>
        <translation>没有显示任何机器：请先更改筛选条件</translation>
    </message>
    <message numerus="yes">
        <source>%n selected machine(s)</source>
        <translation>
            <numerusform>所选的 %n 台机器</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the %n machine(s) the filters show</source>
        <translation>
            <numerusform>按筛选条件显示的 %n 台机器</numerusform></translation>
    </message>
    <message>
        <source>Cannot run the command</source>
        <translation>无法运行命令</translation>
    </message>
    <message>
        <source>Cannot retry job %1</source>
        <translation>无法重试任务 %1</translation>
    </message>
    <message>
        <source>Cannot run job %1 again</source>
        <translation>无法再次运行任务 %1</translation>
    </message>
    <message>
        <source>Cannot run the template %1</source>
        <translation>无法运行模板 %1</translation>
    </message>
    <message>
        <source>Select a machine to open a terminal on it</source>
        <translation>请选择要打开终端的机器</translation>
    </message>
    <message>
        <source>Cannot open a terminal on %1: %2</source>
        <translation>无法在 %1 上打开终端：%2</translation>
    </message>
    <message>
        <source>the terminal on %1</source>
        <translation>%1 上的终端</translation>
    </message>
    <message>
        <source>Cannot start the terminal %1; set $TERMINAL to your terminal program</source>
        <translation>无法启动终端 %1；请将 $TERMINAL 设置为你的终端程序</translation>
    </message>
    <message>
        <source>Terminal opened on %1</source>
        <translation>已在 %1 上打开终端</translation>
    </message>
    <message>
        <source>job %1 %2</source>
        <translation>任务 %1 %2</translation>
    </message>
    <message>
        <source>Opsdeck could not be started again on %1</source>
        <translation>无法在 %1 上重新启动 Opsdeck</translation>
    </message>
    <message>
        <source>Cannot read the checks: %1</source>
        <translation>无法读取检查：%1</translation>
    </message>
    <message>
        <source>&amp;Usage Report…</source>
        <translation>用量报表(&amp;U)…</translation>
    </message>
    <message>
        <source>One value per period of a metric, as a table and a chart, saved as CSV</source>
        <translation>指标每个周期一个值，以表格和图表显示，并可保存为 CSV</translation>
    </message>
    <message>
        <source>Job %1: gate after batch %2 passed</source>
        <translation>任务 %1：批次 %2 之后的门禁已通过</translation>
    </message>
    <message>
        <source>Job %1 paused after batch %2: %3</source>
        <translation>任务 %1 已在批次 %2 之后暂停：%3</translation>
    </message>
    <message>
        <source>Zoom &amp;Back</source>
        <translation>缩放后退(&amp;B)</translation>
    </message>
    <message>
        <source>No earlier zoom to go back to</source>
        <translation>没有可以后退到的更早缩放</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot read the fleet&apos;s tree: %1</source>
        <translation>无法读取机群的服务树：%1</translation>
    </message>
    <message>
        <source>&amp;Custom Range…</source>
        <translation>自定义范围(&amp;C)…</translation>
    </message>
    <message>
        <source>Show a chosen span of the charts (from, to)</source>
        <translation>显示图表的指定时间段（起、止）</translation>
    </message>
    <message>
        <source>&amp;Compare These Machines</source>
        <translation>对比这些机器(&amp;C)</translation>
    </message>
    <message>
        <source>The selected machines, or every machine the table&apos;s filters show, side by side on one scale</source>
        <translation>所选机器，或表格筛选条件显示的所有机器，并排显示在同一刻度上</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s) — Opsdeck</source>
        <translation>
            <numerusform>%n 台机器 — Opsdeck</numerusform></translation>
    </message>
</context>
<context>
    <name>opsdeck::MaintenanceDialog</name>
    <message>
        <source>Maintenance Windows</source>
        <translation>维护窗口</translation>
    </message>
    <message>
        <source>Show &amp;ended windows</source>
        <translation>显示已结束的窗口(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>End the selected window now by removing it (Delete)</source>
        <translation>通过删除立即结束所选窗口 (Delete)</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>新建窗口</translation>
    </message>
    <message>
        <source>a tree node, e.g. acme/shop; / for the whole tree</source>
        <translation>服务树节点，例如 acme/shop；/ 表示整棵树</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>节点(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>直到…</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>why (shown beside the alerts it holds back)</source>
        <translation>原因（显示在被暂缓的告警旁）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Add Window</source>
        <translation>添加窗口(&amp;A)</translation>
    </message>
    <message>
        <source>Name the tree node the window is on (/ for the whole tree).</source>
        <translation>请指定窗口所在的服务树节点（/ 表示整棵树）。</translation>
    </message>
    <message>
        <source>The window was not added: %1</source>
        <translation>未添加窗口：%1</translation>
    </message>
    <message>
        <source>the whole tree</source>
        <translation>整棵树</translation>
    </message>
    <message>
        <source>Maintenance window %1 on %2 added</source>
        <translation>已在 %2 上添加维护窗口 %1</translation>
    </message>
    <message>
        <source>The window was not removed: %1</source>
        <translation>未删除窗口：%1</translation>
    </message>
    <message>
        <source>Maintenance window %1 removed</source>
        <translation>已删除维护窗口 %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::MaintenanceModel</name>
    <message>
        <source>Cannot read the maintenance windows: %1</source>
        <translation>无法读取维护窗口：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>(whole tree)</source>
        <translation>（整棵树）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>创建者</translation>
    </message>
</context>
<context>
    <name>opsdeck::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>opsdeck::MetricChartWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform></translation>
    </message>
    <message>
        <source>%1 · %2 resolution</source>
        <translation>%1 · 分辨率 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>opsdeck::MetricProbe</name>
    <message>
        <source>a metric check needs a series, or a metric and a machine</source>
        <translation>metric 检查需要一个序列，或者一个指标和一台机器</translation>
    </message>
    <message>
        <source>a metric check needs an op (&gt;, &gt;=, &lt;, &lt;=, ==, !=), a warning or critical value and agg last, avg, min or max</source>
        <translation>metric 检查需要 op（&gt;、&gt;=、&lt;、&lt;=、==、!=）、警告值或严重值，以及 agg（last、avg、min 或 max）</translation>
    </message>
    <message>
        <source>no data since %1 s</source>
        <translation>最近 %1 秒内没有数据</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: source %2 is down (%3)</source>
        <translation>%1：数据源 %2 故障（%3）</translation>
    </message>
    <message>
        <source>%1: %2 of the last %3 points is %4</source>
        <translation>%1：最近 %3 个数据点的 %2 为 %4</translation>
    </message>
    <message>
        <source>%1: %2 of the last %3 points is %4 (%5 %6)</source>
        <translation>%1：最近 %3 个数据点的 %2 为 %4（%5 %6）</translation>
    </message>
</context>
<context>
    <name>opsdeck::NagiosProbe</name>
    <message>
        <source>the plugin printed nothing (exit code %1)</source>
        <translation>插件没有任何输出（退出码 %1）</translation>
    </message>
    <message>
        <source>the plugin printed nothing on stdout (exit code %1): %2</source>
        <translation>插件在标准输出上没有任何输出（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>exit code %1 is not a plugin status: %2</source>
        <translation>退出码 %1 不是插件状态：%2</translation>
    </message>
    <message>
        <source>[performance data not read: %1]</source>
        <translation>[未读取性能数据：%1]</translation>
    </message>
    <message>
        <source>the command has an unterminated %1 quote</source>
        <translation>命令中有未闭合的 %1 引号</translation>
    </message>
    <message>
        <source>a Nagios check needs a command</source>
        <translation>Nagios 检查需要命令</translation>
    </message>
    <message>
        <source>the plugin printed more than %1 bytes; it was stopped</source>
        <translation>插件输出超过 %1 字节；已将其停止</translation>
    </message>
    <message>
        <source>the plugin could not be started: %1</source>
        <translation>无法启动插件：%1</translation>
    </message>
    <message>
        <source>the plugin crashed (%1)</source>
        <translation>插件已崩溃（%1）</translation>
    </message>
    <message>
        <source>no SSH engine to run the plugin over SSH</source>
        <translation>没有可通过 SSH 运行插件的 SSH 引擎</translation>
    </message>
    <message>
        <source>a Nagios check over SSH needs a machine</source>
        <translation>通过 SSH 运行的 Nagios 检查需要一台机器</translation>
    </message>
    <message>
        <source>the plugin died of signal %1</source>
        <translation>插件被信号 %1 终止</translation>
    </message>
</context>
<context>
    <name>opsdeck::NavigationController</name>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>机器 %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>dashboard %1</source>
        <translation>仪表板 %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>后退到 %1</translation>
    </message>
    <message>
        <source>No earlier page</source>
        <translation>没有更早的页面</translation>
    </message>
    <message>
        <source>Forward to %1</source>
        <translation>前进到 %1</translation>
    </message>
    <message>
        <source>No later page</source>
        <translation>没有更晚的页面</translation>
    </message>
</context>
<context>
    <name>opsdeck::NodeComparePage</name>
    <message>
        <source>The metric every host&apos;s chart shows</source>
        <translation>每台主机的图表显示的指标</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the charts and the figures again</source>
        <translation>重新读取图表和数据</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Cannot read the machines of %1: %2</source>
        <translation>无法读取 %1 的机器：%2</translation>
    </message>
    <message>
        <source>Cannot read the metrics: %1</source>
        <translation>无法读取指标：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>%n 台机器</numerusform></translation>
    </message>
    <message>
        <source>No machines</source>
        <translation>没有机器</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台主机</numerusform></translation>
    </message>
    <message>
        <source> · no data in this range</source>
        <translation> · 此时间范围内没有数据</translation>
    </message>
    <message>
        <source> · %1 with data · average %2 · max %3 (%4)</source>
        <translation> · 有数据：%1 · 平均 %2 · 最大 %3（%4）</translation>
    </message>
</context>
<context>
    <name>opsdeck::OverlayChart</name>
    <message>
        <source>The quantity to compare across the host&apos;s sources</source>
        <translation>要在该主机各数据源之间对比的数量</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Cannot list the series of %1: %2</source>
        <translation>无法列出 %1 的序列：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n source(s))</source>
        <translation>
            <numerusform>%1（%n 个数据源）</numerusform></translation>
    </message>
    <message>
        <source>No series for %1 in the cache</source>
        <translation>缓存中没有 %1 的序列</translation>
    </message>
    <message>
        <source>Cannot read the series: %1</source>
        <translation>无法读取序列：%1</translation>
    </message>
    <message>
        <source>No samples in this range</source>
        <translation>此时间范围内没有样本</translation>
    </message>
    <message>
        <source>Compare sources — %1</source>
        <translation>对比数据源 — %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::PanelDialog</name>
    <message>
        <source>New Panel</source>
        <translation>新建面板</translation>
    </message>
    <message>
        <source>Edit Panel</source>
        <translation>编辑面板</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Single value</source>
        <translation>单个数值</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Statistic:</source>
        <translation>统计量(&amp;S)：</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>时间范围(&amp;A)：</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Product lines</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Product lines from their URLs</source>
        <translation>按 URL 归属的产品线</translation>
    </message>
    <message>
        <source>Table &amp;rows:</source>
        <translation>表格行(&amp;R)：</translation>
    </message>
    <message>
        <source>cpu, memory, disk — or qps, response_time, bandwidth, availability</source>
        <translation>cpu、memory、disk，或 qps、response_time、bandwidth、availability</translation>
    </message>
    <message>
        <source>Table &amp;columns:</source>
        <translation>表格列(&amp;C)：</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Node (/ for the whole tree)</source>
        <translation>节点（/ 表示整棵树）</translation>
    </message>
    <message>
        <source>No machine (a pushed series)</source>
        <translation>无机器（推送的序列）</translation>
    </message>
    <message>
        <source>web1, or acme/shop</source>
        <translation>web1，或 acme/shop</translation>
    </message>
    <message>
        <source>&amp;Read from:</source>
        <translation>读取自(&amp;R)：</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>&amp;Metric or series:</source>
        <translation>指标或序列(&amp;M)：</translation>
    </message>
    <message>
        <source>any (the freshest)</source>
        <translation>任意（最新的）</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>数据源(&amp;O)：</translation>
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
        <translation>宽</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>位置(&amp;P)：</translation>
    </message>
    <message>
        <source>The range is a duration such as 1h, 1d or 7d.</source>
        <translation>时间范围是 1h、1d 或 7d 这样的时长。</translation>
    </message>
</context>
<context>
    <name>opsdeck::PanelTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>QPS</source>
        <translation>QPS</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
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
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>此时间范围内没有数据</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 over the range</source>
        <translation>该时间范围内 %2 的%1</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>没有行</translation>
    </message>
</context>
<context>
    <name>opsdeck::PlaintextReceiver</name>
    <message>
        <source>cannot listen on TCP %1:%2: %3</source>
        <translation>无法监听 TCP %1:%2：%3</translation>
    </message>
    <message>
        <source>cannot listen on UDP %1:%2: %3</source>
        <translation>无法监听 UDP %1:%2：%3</translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 bytes, dropped</source>
        <translation>%1：第 %2 行：超过 %3 字节，已丢弃</translation>
    </message>
    <message>
        <source>%1: %2 at %3: older than the retention keeps (since %4), dropped</source>
        <translation>%1：%3 的 %2：早于保留策略所保留的范围（%4 之后），已丢弃</translation>
    </message>
</context>
<context>
    <name>opsdeck::PollScheduler</name>
    <message numerus="yes">
        <source>%n source(s) skipped; source %1: %2</source>
        <translation>
            <numerusform>已跳过 %n 个数据源；数据源 %1：%2</numerusform></translation>
    </message>
</context>
<context>
    <name>opsdeck::PollSchedulerWorker</name>
    <message>
        <source>cannot read the sources: %1</source>
        <translation>无法读取数据源：%1</translation>
    </message>
</context>
<context>
    <name>opsdeck::PollStatusWriter</name>
    <message numerus="yes">
        <source>cannot record %n poll(s) yet (will retry): %1</source>
        <translation>
            <numerusform>暂时无法记录 %n 次拉取结果（将重试）：%1</numerusform></translation>
    </message>
</context>
<context>
    <name>opsdeck::ReceiverPanel</name>
    <message>
        <source>Graphite plaintext receiver</source>
        <translation>Graphite 明文协议接收器</translation>
    </message>
    <message>
        <source>&amp;Receive Graphite plaintext</source>
        <translation>接收 Graphite 明文协议数据(&amp;R)</translation>
    </message>
    <message>
        <source>Listen for Graphite plaintext (path value timestamp) on TCP and UDP and store what arrives</source>
        <translation>在 TCP 和 UDP 上监听 Graphite 明文协议数据（path value timestamp），并存储收到的内容</translation>
    </message>
    <message>
        <source>The IP address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface)</source>
        <translation>要监听的 IP 地址（127.0.0.1：仅本机；0.0.0.0：所有网络接口）</translation>
    </message>
    <message>
        <source>Malformed lines appear here</source>
        <translation>格式错误的行将显示在此处</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>计数：</translation>
    </message>
    <message>
        <source>Recent errors:</source>
        <translation>最近的错误：</translation>
    </message>
    <message>
        <source>The receiver was on when Opsdeck last ran but cannot start again: %1</source>
        <translation>Opsdeck 上次运行时接收器处于开启状态，但现在无法再次启动：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address; enter e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>&apos;%1&apos; 不是 IP 地址；请输入例如 127.0.0.1 或 0.0.0.0。</translation>
    </message>
    <message>
        <source>Cannot receive on %1: %2. Another program (carbon-cache, another Opsdeck) may hold the port; stop it or choose another port.</source>
        <translation>无法在 %1 上接收：%2。可能有其他程序（carbon-cache、另一个 Opsdeck）占用了该端口；请停止该程序或选择其他端口。</translation>
    </message>
    <message>
        <source>Listening on %1 (TCP and UDP)</source>
        <translation>正在监听 %1（TCP 和 UDP）</translation>
    </message>
    <message>
        <source>Off — turn on &quot;Receive Graphite plaintext&quot; to listen</source>
        <translation>已关闭 — 打开“接收 Graphite 明文协议数据”即可开始监听</translation>
    </message>
    <message>
        <source>stored %1 · malformed %2 · refused %3</source>
        <translation>已存储 %1 · 格式错误 %2 · 已拒绝 %3</translation>
    </message>
    <message>
        <source>store refused a batch: %1</source>
        <translation>存储拒绝了一批数据：%1</translation>
    </message>
    <message>
        <source>The receiver is on, but that could not be saved for the next start: %1</source>
        <translation>接收器已开启，但无法保存此设置以供下次启动使用：%1</translation>
    </message>
    <message>
        <source>The receiver is off, but that could not be saved for the next start: %1</source>
        <translation>接收器已关闭，但无法保存此设置以供下次启动使用：%1</translation>
    </message>
</context>
<context>
    <name>opsdeck::RelationsEditor</name>
    <message>
        <source>Needs service…</source>
        <translation>依赖服务…</translation>
    </message>
    <message>
        <source>Needs endpoint…</source>
        <translation>依赖端点…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select a service in the tree first</source>
        <translation>请先在服务树中选择一个服务</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>添加关联</translation>
    </message>
    <message>
        <source>%1 needs every unit of the service:</source>
        <translation>%1 依赖该服务的所有实例：</translation>
    </message>
    <message>
        <source>Only its units at port (empty for every port):</source>
        <translation>仅限其在此端口上的实例（留空表示所有端口）：</translation>
    </message>
    <message>
        <source>Adding a relation</source>
        <translation>正在添加关联</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number</source>
        <translation>&apos;%1&apos; 不是端口号</translation>
    </message>
    <message>
        <source>Adding relation %1 → %2</source>
        <translation>正在添加关联 %1 → %2</translation>
    </message>
    <message>
        <source>%1 needs the endpoint (HOST:PORT):</source>
        <translation>%1 依赖的端点（HOST:PORT）：</translation>
    </message>
    <message>
        <source>Remove the relation %1 → %2?</source>
        <translation>删除关联 %1 → %2？</translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>删除关联</translation>
    </message>
    <message>
        <source>Removing a relation</source>
        <translation>正在删除关联</translation>
    </message>
</context>
<context>
    <name>opsdeck::RelationsModel</name>
    <message>
        <source>units of a service</source>
        <translation>服务的实例</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>依赖</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>下游</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Resolved endpoints</source>
        <translation>解析出的端点</translation>
    </message>
</context>
<context>
    <name>opsdeck::RetentionRulesPanel</name>
    <message>
        <source>Retention by metric key</source>
        <translation>按指标键设置保留策略</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Retentions</source>
        <translation>保留策略</translation>
    </message>
    <message>
        <source>The first rule whose pattern matches a series&apos; metric key gives its retention; the default applies to the rest</source>
        <translation>序列的保留策略由第一条模式与其指标键匹配的规则决定；其余序列使用默认策略</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Retentions:</source>
        <translation>保留策略：</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>The retention rules could not be saved: %1</source>
        <translation>无法保存保留规则：%1</translation>
    </message>
    <message>
        <source>Select a rule to remove (the default stays)</source>
        <translation>请选择要删除的规则（默认规则会保留）</translation>
    </message>
</context>
<context>
    <name>opsdeck::SecretPrompt</name>
    <message>
        <source>The key %1 needs its passphrase.</source>
        <translation>密钥 %1 需要口令。</translation>
    </message>
    <message>
        <source>%1@%2 asks for a password.</source>
        <translation>%1@%2 要求输入密码。</translation>
    </message>
    <message>
        <source>That was not accepted.</source>
        <translation>输入的内容未被接受。</translation>
    </message>
    <message>
        <source>the window is closing</source>
        <translation>窗口正在关闭</translation>
    </message>
    <message>
        <source>no keychain is configured</source>
        <translation>未配置钥匙串</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <source>SSH Password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>在钥匙串中记住(&amp;R)</translation>
    </message>
    <message>
        <source>no secret given for %1</source>
        <translation>未提供 %1 的密钥</translation>
    </message>
</context>
<context>
    <name>opsdeck::ServiceTreeModel</name>
    <message>
        <source>%1 (%2)%3
%4 machines bound here, %5 in the subtree
%6 units in the subtree, %7 URLs bound here</source>
        <translation>%1（%2）%3
此处绑定 %4 台机器，子树中共 %5 台
子树中 %6 个实例，此处绑定 %7 个 URL</translation>
    </message>
    <message>
        <source>, product line</source>
        <translation>，产品线</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>%1, in maintenance</source>
        <translation>%1，维护中</translation>
    </message>
</context>
<context>
    <name>opsdeck::ServiceTreePanel</name>
    <message>
        <source>Filter nodes</source>
        <translation>筛选节点</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Bind URL…</source>
        <translation>绑定 URL…</translation>
    </message>
    <message numerus="yes">
        <source>Binding %n machine(s) to %1</source>
        <translation>
            <numerusform>正在将 %n 台机器绑定到 %1</numerusform></translation>
    </message>
    <message>
        <source>Moving %1</source>
        <translation>正在移动 %1</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Kind of the new node:</source>
        <translation>新节点的类型：</translation>
    </message>
    <message>
        <source>Name of the new top-level node:</source>
        <translation>新顶级节点的名称：</translation>
    </message>
    <message>
        <source>Name of the new node under %1:</source>
        <translation>%1 下新节点的名称：</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>正在添加 %1</translation>
    </message>
    <message>
        <source>Rename node</source>
        <translation>重命名节点</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Renaming %1</source>
        <translation>正在重命名 %1</translation>
    </message>
    <message>
        <source>Move node</source>
        <translation>移动节点</translation>
    </message>
    <message>
        <source>Move %1 under (a node path; empty for the top level):</source>
        <translation>将 %1 移动到（节点路径；留空表示顶级）：</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) below it</source>
        <translation>
            <numerusform>其下 %n 个节点</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n machine binding(s)</source>
        <translation>
            <numerusform>%n 个机器绑定</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n URL binding(s)</source>
        <translation>
            <numerusform>%n 个 URL 绑定</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n 个关联</numerusform></translation>
    </message>
    <message>
        <source>The node is empty.</source>
        <translation>该节点为空。</translation>
    </message>
    <message>
        <source>This also deletes: %1.</source>
        <translation>这也将删除：%1。</translation>
    </message>
    <message>
        <source>The machines stay in the pool.</source>
        <translation>机器仍保留在资源池中。</translation>
    </message>
    <message>
        <source>Delete node</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>正在删除 %1</translation>
    </message>
    <message>
        <source>Bind URL</source>
        <translation>绑定 URL</translation>
    </message>
    <message>
        <source>URL to bind to %1:</source>
        <translation>要绑定到 %1 的 URL：</translation>
    </message>
    <message>
        <source>Binding %1 to %2</source>
        <translation>正在将 %1 绑定到 %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::SilenceDialog</name>
    <message>
        <source>Silence %1</source>
        <translation>静默 %1</translation>
    </message>
    <message>
        <source>No notification for %1 until the silence ends; its state is still shown.</source>
        <translation>静默结束前不发送 %1 的通知；其状态仍会显示。</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>直到…</translation>
    </message>
    <message>
        <source>&amp;Silence for:</source>
        <translation>静默时长(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>直到(&amp;U)：</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>静默</translation>
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
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>此时间范围内没有数据</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
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
        <translation>添加指标数据源</translation>
    </message>
    <message>
        <source>node_exporter agent</source>
        <translation>node_exporter 代理</translation>
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
        <translation>{address}、{name} 和 {port} 会被替换为每台机器的对应值</translation>
    </message>
    <message>
        <source>Passed through: a Graphite target, PromQL, or OpenTSDB m=…</source>
        <translation>原样传递：Graphite target、PromQL 或 OpenTSDB m=…</translation>
    </message>
    <message>
        <source>the series&apos; own name</source>
        <translation>序列自身的名称</translation>
    </message>
    <message>
        <source>One machine</source>
        <translation>单台机器</translation>
    </message>
    <message>
        <source>Every machine under a tree node</source>
        <translation>树节点下的所有机器</translation>
    </message>
    <message>
        <source>No machine (backend)</source>
        <translation>无机器（后端）</translation>
    </message>
    <message>
        <source>e.g. shop/web</source>
        <translation>例如 shop/web</translation>
    </message>
    <message>
        <source>Poll this source</source>
        <translation>拉取此数据源</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic（用户名和密码）</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>The system keychain entry (service &quot;opsdeck&quot;) that holds the secret</source>
        <translation>存放密钥的系统钥匙串条目（服务 &quot;opsdeck&quot;）</translation>
    </message>
    <message>
        <source>Stored in the system keychain only, never in Opsdeck&apos;s database</source>
        <translation>仅存储在系统钥匙串中，绝不存入 Opsdeck 的数据库</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;URL template:</source>
        <translation>URL 模板(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>查询(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>步长(&amp;S)：</translation>
    </message>
    <message>
        <source>Store &amp;as:</source>
        <translation>存储为(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Bound to:</source>
        <translation>绑定到(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>机器(&amp;M)：</translation>
    </message>
    <message>
        <source>Tree &amp;node:</source>
        <translation>树节点(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>认证(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Keychain entry:</source>
        <translation>钥匙串条目(&amp;K)：</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>密码或令牌(&amp;W)：</translation>
    </message>
    <message>
        <source>Edit Metric Source</source>
        <translation>编辑指标数据源</translation>
    </message>
    <message>
        <source>unchanged — type to replace</source>
        <translation>未更改 — 输入新值以替换</translation>
    </message>
    <message>
        <source>Enter the URL to poll, e.g. %1.</source>
        <translation>请输入要拉取的 URL，例如 %1。</translation>
    </message>
    <message>
        <source>Enter the query this backend should answer (a Graphite target, PromQL or an OpenTSDB m=… expression).</source>
        <translation>请输入该后端要应答的查询（Graphite target、PromQL 或 OpenTSDB m=… 表达式）。</translation>
    </message>
    <message>
        <source>Choose the machine this source belongs to.</source>
        <translation>请选择此数据源所属的机器。</translation>
    </message>
    <message>
        <source>Enter the tree node whose machines this source polls (e.g. shop/web).</source>
        <translation>请输入此数据源所轮询其下机器的树节点（例如 shop/web）。</translation>
    </message>
    <message>
        <source>The timeout (%1 s) must not be longer than the interval (%2 s).</source>
        <translation>超时（%1 秒）不得长于间隔（%2 秒）。</translation>
    </message>
    <message>
        <source>Name the keychain entry that holds the password or token.</source>
        <translation>请指定存放密码或令牌的钥匙串条目。</translation>
    </message>
    <message>
        <source>Enter the password or token; it is stored in the system keychain only.</source>
        <translation>请输入密码或令牌；它仅存储在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Command over SSH (agentless)</source>
        <translation>通过 SSH 运行命令（无代理）</translation>
    </message>
    <message>
        <source>empty: read /proc like the local collector</source>
        <translation>留空：像本地采集器一样读取 /proc</translation>
    </message>
    <message>
        <source>Replace the form with the source&apos;s current values</source>
        <translation>用数据源的当前值替换表单内容</translation>
    </message>
    <message>
        <source>Reloaded: these are the source&apos;s current values (version %1). Make your change again and save.</source>
        <translation>已重新加载：这些是数据源的当前值（版本 %1）。请重新修改并保存。</translation>
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
        <translation>机器 %1</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Bound to</source>
        <translation>绑定到</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最后错误</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
</context>
<context>
    <name>opsdeck::SourceTargetsModel</name>
    <message>
        <source>(backend)</source>
        <translation>（后端）</translation>
    </message>
    <message>
        <source>%1 (not polled yet)</source>
        <translation>%1（尚未拉取）</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>最后尝试</translation>
    </message>
    <message>
        <source>Last OK</source>
        <translation>最后成功</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最后错误</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>第 %1 行：%2：%3</translation>
    </message>
    <message>
        <source>Last malformed lines:
%1</source>
        <translation>最近的格式错误行：
%1</translation>
    </message>
    <message>
        <source>%1 series of the last answer mapped onto Kurado&apos;s metric names</source>
        <translation>上次响应中有 %1 个序列映射到了 Kurado 的指标名称</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>已映射</translation>
    </message>
</context>
<context>
    <name>opsdeck::SourcesView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a metric source</source>
        <translation>添加指标数据源</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected source</source>
        <translation>修改所选数据源</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>删除所选数据源</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>停用(&amp;B)</translation>
    </message>
    <message>
        <source>Stop or resume polling the selected source</source>
        <translation>停止或恢复拉取所选数据源</translation>
    </message>
    <message>
        <source>Cannot read the sources: %1</source>
        <translation>无法读取数据源：%1</translation>
    </message>
    <message>
        <source>Cannot read the targets: %1</source>
        <translation>无法读取目标：%1</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>启用(&amp;B)</translation>
    </message>
    <message>
        <source>Changed source %1.</source>
        <translation>已修改数据源 %1。</translation>
    </message>
    <message>
        <source>Added source %1.</source>
        <translation>已添加数据源 %1。</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>删除数据源</translation>
    </message>
    <message>
        <source>Remove source %1 (%2, %3)? Its poll status goes with it; the samples it stored stay.</source>
        <translation>删除数据源 %1（%2，%3）？其拉取状态将一并删除；它已存储的样本会保留。</translation>
    </message>
    <message>
        <source>Removed source %1.</source>
        <translation>已删除数据源 %1。</translation>
    </message>
    <message>
        <source>Source %1 is polled again.</source>
        <translation>数据源 %1 已恢复拉取。</translation>
    </message>
    <message>
        <source>Source %1 is no longer polled.</source>
        <translation>数据源 %1 已停止拉取。</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收器</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留策略</translation>
    </message>
    <message>
        <source>Removed source %1, but its secret &apos;%2&apos; is still in the system keychain: %3. The source stays removed; delete the entry (service &quot;opsdeck&quot;) by hand.</source>
        <translation>已删除数据源 %1，但其密钥 &apos;%2&apos; 仍在系统钥匙串中：%3。数据源仍为已删除状态；请手动删除该条目（服务 &quot;opsdeck&quot;）。</translation>
    </message>
</context>
<context>
    <name>opsdeck::StaleReload</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
</context>
<context>
    <name>opsdeck::StatusBarController</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>The local SQL cache this window works on (--db PATH or OPSDECK_DB to choose another)</source>
        <translation>此窗口所使用的本地 SQL 缓存（用 --db PATH 或 OPSDECK_DB 选择另一个）</translation>
    </message>
    <message>
        <source>Collector: stopped</source>
        <translation>采集器：已停止</translation>
    </message>
    <message>
        <source>Collector: running, last pass %1</source>
        <translation>采集器：运行中，上次采集 %1</translation>
    </message>
    <message>
        <source>Collector: running, first pass under way</source>
        <translation>采集器：运行中，正在进行首次采集</translation>
    </message>
    <message>
        <source>Collector error: %1</source>
        <translation>采集器错误：%1</translation>
    </message>
    <message>
        <source>The local collector reads /proc every %1 s off the GUI thread</source>
        <translation>本地采集器每 %1 秒在 GUI 线程之外读取一次 /proc</translation>
    </message>
    <message>
        <source>Samples that could not be written stay buffered and are written as soon as the database accepts them again</source>
        <translation>未能写入的样本会保留在缓冲区中，一旦数据库重新接受写入，就会立即写入</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n failure(s) since %3)</source>
        <translation>
            <numerusform>%1：%2（自 %3 起失败 %n 次）</numerusform></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>See the Sources tab or opsdeck source status</source>
        <translation>请查看“数据源”标签页或 opsdeck source status</translation>
    </message>
    <message>
        <source>Metrics cache</source>
        <translation>指标缓存</translation>
    </message>
    <message numerus="yes">
        <source>Collector: running, last pass %1, %n plugin warning(s)</source>
        <translation>
            <numerusform>采集器：运行中，上次采集 %1，%n 个插件警告</numerusform></translation>
    </message>
    <message>
        <source>Metrics cache: %1; the default retention is used until it is fixed (opsdeck metrics retention)</source>
        <translation>指标缓存：%1；修复之前使用默认保留策略（opsdeck metrics retention）</translation>
    </message>
</context>
<context>
    <name>opsdeck::TargetDetailsPane</name>
    <message>
        <source>Select a target to see how much of its page was mapped and its last malformed lines.</source>
        <translation>选择一个目标，查看其页面中有多少内容已映射，以及最近的格式错误行。</translation>
    </message>
    <message>
        <source>(backend)</source>
        <translation>（后端）</translation>
    </message>
    <message>
        <source>%1: no answer read yet</source>
        <translation>%1：尚未读取到响应</translation>
    </message>
    <message>
        <source>%1: %2 series of the last answer mapped onto Kurado&apos;s names</source>
        <translation>%1：上次响应中有 %2 个序列映射到了 Kurado 的名称</translation>
    </message>
    <message>
        <source>No malformed lines in the last answer.</source>
        <translation>上次响应中没有格式错误的行。</translation>
    </message>
    <message numerus="yes">
        <source>Last malformed lines (%n in all so far):</source>
        <translation>
            <numerusform>最近的格式错误行（迄今共 %n 行）：</numerusform></translation>
    </message>
</context>
<context>
    <name>opsdeck::TcpProbe</name>
    <message>
        <source>a TCP check needs a host and a port (1-65535)</source>
        <translation>TCP 检查需要主机和端口（1-65535）</translation>
    </message>
    <message>
        <source>%1 accepts connections (%2 ms)</source>
        <translation>%1 接受连接（%2 毫秒）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no connection within %2 ms</source>
        <translation>%1：%2 毫秒内未能连接</translation>
    </message>
</context>
<context>
    <name>opsdeck::TeamDatabaseDialog</name>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>在钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to a Team Database</source>
        <translation>连接到团队数据库</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database: its inventory, jobs and checks. Charts stay in this computer&apos;s own cache.</source>
        <translation>团队共享一个 PostgreSQL 数据库：其中有资产清单、任务和检查。图表保留在本机自己的缓存中。</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <source>Re&amp;cent:</source>
        <translation>最近使用(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>TLS as libpq&apos;s sslmode: verify-full checks the server&apos;s certificate and name</source>
        <translation>按 libpq 的 sslmode 使用 TLS：verify-full 会校验服务器的证书和名称</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>TLS (sslmode)(&amp;T)：</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass or the keychain</source>
        <translation>留空：使用 ~/.pgpass 或钥匙串</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Give the database server&apos;s host name.</source>
        <translation>请给出数据库服务器的主机名。</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>请给出数据库名称。</translation>
    </message>
    <message>
        <source>Give the user to log in as.</source>
        <translation>请给出登录所用的用户。</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>已登录到 %1。</translation>
    </message>
    <message>
        <source>The password was not stored in the keychain: %1</source>
        <translation>密码未能存入钥匙串：%1</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>%1 asks for a password: type it above, or put it in ~/.pgpass.</source>
        <translation>%1 需要密码：请在上方输入，或写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>%1 refused the password.</source>
        <translation>%1 拒绝了该密码。</translation>
    </message>
</context>
<context>
    <name>opsdeck::TeamSession</name>
    <message>
        <source>Connect to a &amp;Team Database…</source>
        <translation>连接到团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <source>Use the &amp;Local Database</source>
        <translation>使用本地数据库(&amp;L)</translation>
    </message>
    <message>
        <source>Open a shared PostgreSQL database that the whole team sees</source>
        <translation>打开整个团队都能看到的共享 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>Start again on this computer&apos;s own database</source>
        <translation>在本机自己的数据库上重新启动</translation>
    </message>
    <message>
        <source>Cannot tell what you may do on the team database: %1</source>
        <translation>无法确定您在团队数据库上可以执行的操作：%1</translation>
    </message>
    <message>
        <source>Team database lost</source>
        <translation>团队数据库连接已断开</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached (%2). What was read stays on screen, read-only; Opsdeck keeps trying to reconnect.</source>
        <translation>无法连接团队数据库 %1（%2）。已读取的内容仍以只读方式显示；Opsdeck 会持续尝试重新连接。</translation>
    </message>
    <message>
        <source>Team database lost: try %1 failed, next in %2 s</source>
        <translation>团队数据库连接已断开：第 %1 次尝试失败，%2 秒后重试</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached (%2). What was read stays on screen, read-only; trying again in %3 s.</source>
        <translation>无法连接团队数据库 %1（%2）。已读取的内容仍以只读方式显示；%3 秒后重试。</translation>
    </message>
    <message>
        <source>The team database %1 answers again; the views are read afresh.</source>
        <translation>团队数据库 %1 已恢复响应；视图已重新读取。</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>本地数据库</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>只读者</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <source>Team: %1 (%2)</source>
        <translation>团队：%1（%2）</translation>
    </message>
</context>
<context>
    <name>opsdeck::TraySettingsDialog</name>
    <message>
        <source>Tray Settings</source>
        <translation>托盘设置</translation>
    </message>
    <message>
        <source>Warning and above</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Error and above</source>
        <translation>错误及以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>Tray &amp;messages for:</source>
        <translation>托盘消息适用于(&amp;M)：</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the window closes as usual and alerts go out as desktop notifications.</source>
        <translation>此桌面没有系统托盘：窗口照常关闭，告警以桌面通知的形式发出。</translation>
    </message>
    <message>
        <source>Webhook, e-mail and quiet hours: opsdeck alert config.</source>
        <translation>Webhook、电子邮件和免打扰时段：opsdeck alert config。</translation>
    </message>
</context>
<context>
    <name>opsdeck::UnitsModel</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Machine state</source>
        <translation>机器状态</translation>
    </message>
    <message>
        <source>Deploy folder</source>
        <translation>部署文件夹</translation>
    </message>
</context>
<context>
    <name>opsdeck::UnreachableProbe</name>
    <message>
        <source>an unreachable check needs a machine</source>
        <translation>unreachable 检查需要一台机器</translation>
    </message>
    <message>
        <source>%1: no data at all</source>
        <translation>%1：完全没有数据</translation>
    </message>
    <message>
        <source>%1: no data for %2 s (more than %3 s)</source>
        <translation>%1：已 %2 秒没有数据（超过 %3 秒）</translation>
    </message>
    <message>
        <source>%1: last data %2 s ago</source>
        <translation>%1：最后一次数据在 %2 秒前</translation>
    </message>
</context>
<context>
    <name>opsdeck::UsageReportDialog</name>
    <message>
        <source>Usage Report</source>
        <translation>用量报表</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the report (Ctrl+Return)</source>
        <translation>运行报表（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>保存 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>eth0, sda, total or empty</source>
        <translation>eth0、sda、total 或留空</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>机器(&amp;M)：</translation>
    </message>
    <message>
        <source>M&amp;etric:</source>
        <translation>指标(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Statistic:</source>
        <translation>统计量(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>周期(&amp;E)：</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>时间范围(&amp;A)：</translation>
    </message>
    <message>
        <source>Cannot list the cached series: %1</source>
        <translation>无法列出缓存的序列：%1</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>正在运行报表…</translation>
    </message>
    <message>
        <source>Choose a machine and a metric.</source>
        <translation>请选择机器和指标。</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>时间范围的结束早于开始。</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 per %4</source>
        <translation>%3 上 %2 的 %1（每 %4）</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), data at %1 s resolution</source>
        <translation>
            <numerusform>%n 个周期，数据分辨率为 %1 秒</numerusform></translation>
    </message>
    <message>
        <source>Run the report first.</source>
        <translation>请先运行报表。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save Usage Report</source>
        <translation>保存用量报表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
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
        <translation>周期开始</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>opsdeck::WebhookNotifier</name>
    <message>
        <source>%1 (tried twice)</source>
        <translation>%1（已尝试两次）</translation>
    </message>
    <message>
        <source>the webhook at %1 answered HTTP %2%3</source>
        <translation>%1 处的 Webhook 响应了 HTTP %2%3</translation>
    </message>
    <message>
        <source>the webhook at %1 did not answer within %2 ms</source>
        <translation>%1 处的 Webhook 未在 %2 毫秒内响应</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>网络错误 %1</translation>
    </message>
    <message>
        <source>could not reach the webhook at %1: %2</source>
        <translation>无法连接到 %1 处的 Webhook：%2</translation>
    </message>
</context>
<context>
    <name>opsdeck::ssh::SshConnection</name>
    <message>
        <source>the connection to %1 is closed</source>
        <translation>与 %1 的连接已关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot create an SSH session (out of memory)</source>
        <translation>无法创建 SSH 会话（内存不足）</translation>
    </message>
    <message>
        <source>the SSH handshake with %1 failed: %2</source>
        <translation>与 %1 的 SSH 握手失败：%2</translation>
    </message>
    <message>
        <source>%1 sent no host key</source>
        <translation>%1 未发送主机密钥</translation>
    </message>
    <message>
        <source>no passphrase or password source is set up</source>
        <translation>未设置口令或密码的来源</translation>
    </message>
    <message>
        <source>during the SSH handshake (the host accepted the connection and said nothing)</source>
        <translation>在 SSH 握手期间（主机已接受连接，但未发送任何内容）</translation>
    </message>
    <message>
        <source>during authentication</source>
        <translation>在认证期间</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s %3</source>
        <translation>%3，%2 秒内未收到 %1 的响应</translation>
    </message>
    <message>
        <source>the connection to %1 broke: %2</source>
        <translation>与 %1 的连接中断：%2</translation>
    </message>
    <message>
        <source>%1 stopped answering: nothing heard for %2 s</source>
        <translation>%1 已停止响应：%2 秒内没有任何回应</translation>
    </message>
</context>
<context>
    <name>opsdeck::ssh::TcpDialer</name>
    <message>
        <source>while connecting</source>
        <translation>在连接时</translation>
    </message>
    <message>
        <source>while resolving the host name</source>
        <translation>在解析主机名时</translation>
    </message>
    <message>
        <source>cannot resolve the host name %1: %2</source>
        <translation>无法解析主机名 %1：%2</translation>
    </message>
    <message>
        <source>connection refused by %1 (is sshd running on that port?)</source>
        <translation>%1 拒绝连接（该端口上是否运行着 sshd？）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
</context>
</TS>
