<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Seedbed::CanvasScene</name>
    <message>
        <source>There is no stage type &quot;%1&quot; in this version of Seedbed.</source>
        <translation>此版本的 Seedbed 中没有节点类型“%1”。</translation>
    </message>
    <message>
        <source>Drop the connection on one of the inputs of &quot;%1&quot;.</source>
        <translation>请将连线放到“%1”的某个输入端口上。</translation>
    </message>
</context>
<context>
    <name>Seedbed::GraphCommands</name>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n stage(s)</source>
        <translation>
            <numerusform>添加 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>删除 %n 条连线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stage(s)</source>
        <translation>
            <numerusform>删除 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n stage(s)</source>
        <translation>
            <numerusform>移动 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>断开 %1 与 %2 的连接</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>Seedbed::InspectorWidget</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Select a stage on the canvas to edit its settings.</source>
        <translation>在画布上选择一个节点以编辑其设置。</translation>
    </message>
    <message numerus="yes">
        <source>%n stages selected. Select a single stage to edit its settings.</source>
        <translation>
            <numerusform>已选择 %n 个节点。请只选择一个节点来编辑其设置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>节点名称</translation>
    </message>
    <message>
        <source>The name shown on the canvas; press Enter to rename.</source>
        <translation>画布上显示的名称；按 Enter 键重命名。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown stage type &quot;%1&quot;</source>
        <translation>未知节点类型“%1”</translation>
    </message>
    <message>
        <source>This project was made with a Seedbed that knows more stage types. The stage is kept as it is but cannot be edited.</source>
        <translation>此项目由支持更多节点类型的 Seedbed 版本创建。该节点会原样保留，但无法编辑。</translation>
    </message>
    <message>
        <source>Receives fields:</source>
        <translation>输入字段：</translation>
    </message>
    <message>
        <source>Adds fields:</source>
        <translation>新增字段：</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::ConnectionTester</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). The server may be busy or still loading a model, or a firewall may be silently dropping the connection.</source>
        <translation>
            <numerusform>%1 在 %n 秒内没有响应。服务器可能正忙或仍在加载模型，也可能是防火墙在静默丢弃连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 answered with a web page instead of a model list. The base URL probably points at a website rather than at its API; check its path (many APIs end in “/v1”).</source>
        <translation>%1 处的服务器返回的是网页，而不是模型列表。基础 URL 可能指向了网站而不是其 API；请检查路径（许多 API 以“/v1”结尾）。</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not with a model list (%2). Check that the base URL and the protocol chosen in the profile match the server.</source>
        <translation>%1 处的服务器有响应，但返回的不是模型列表（%2）。请检查配置中的基础 URL 和协议是否与服务器相符。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server offers %n model(s). Its model list is public, so the key was not checked; add a model to the profile to check the key too.</source>
        <translation>
            <numerusform>已连接到 %1：服务器提供 %n 个模型。其模型列表是公开的，因此未检查密钥；在配置中添加模型即可同时检查密钥。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server offers %n model(s).</source>
        <translation>
            <numerusform>已连接到 %1：服务器提供 %n 个模型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server offers %n model(s), including %2.</source>
        <translation>
            <numerusform>已连接到 %1：服务器提供 %n 个模型，其中包括 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered the one-token test request to %1 with an error: %2.</source>
        <translation>服务器对发往 %1 的单 token 测试请求返回了错误：%2。</translation>
    </message>
    <message>
        <source>Connected to %1: the server has no model list, but a one-token test request to %2 was answered.</source>
        <translation>已连接到 %1：服务器没有模型列表，但发往 %2 的单 token 测试请求得到了响应。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server offers %n model(s), and a one-token test request to %2 was answered.</source>
        <translation>
            <numerusform>已连接到 %1：服务器提供 %n 个模型，且发往 %2 的单 token 测试请求得到了响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 and the key was accepted; the server refused only the one-token test request itself (%2).</source>
        <translation>已连接到 %1 且密钥已被接受；服务器仅拒绝了单 token 测试请求本身（%2）。</translation>
    </message>
    <message>
        <source>Connected, but the server does not know the model %1 (HTTP %2: %3). Check the model name.</source>
        <translation>已连接，但服务器不认识模型 %1（HTTP %2：%3）。请检查模型名称。</translation>
    </message>
    <message>
        <source>No base URL is set. Enter the address of the API, for example https://api.deepseek.com/v1 or http://127.0.0.1:11434.</source>
        <translation>未设置基础 URL。请输入 API 地址，例如 https://api.deepseek.com/v1 或 http://127.0.0.1:11434。</translation>
    </message>
    <message>
        <source>The base URL %1 is not a valid address (%2).</source>
        <translation>基础 URL %1 不是有效的地址（%2）。</translation>
    </message>
    <message>
        <source>The base URL %1 must start with http:// or https://, for example https://%2 (or http://%2 for a server on your own network).</source>
        <translation>基础 URL %1 必须以 http:// 或 https:// 开头，例如 https://%2（自己网络中的服务器则用 http://%2）。</translation>
    </message>
    <message>
        <source>The base URL %1 must start with http:// or https://.</source>
        <translation>基础 URL %1 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The base URL %1 has no host name.</source>
        <translation>基础 URL %1 没有主机名。</translation>
    </message>
    <message>
        <source>The base URL %1 already ends with the endpoint %2. Remove it: the base URL stops before it, here %3.</source>
        <translation>基础 URL %1 已经以端点 %2 结尾。请将其删除：基础 URL 应止于端点之前，此处为 %3。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. Servers on this computer usually speak plain HTTP: try a base URL that starts with http://.</source>
        <translation>与 %1 的安全连接（TLS）失败：%2。本机上的服务器通常使用普通 HTTP：请尝试以 http:// 开头的基础 URL。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. The server&apos;s certificate may be invalid, expired or self-signed, the computer&apos;s clock may be wrong, or a proxy may be intercepting the connection.</source>
        <translation>与 %1 的安全连接（TLS）失败：%2。服务器证书可能无效、已过期或为自签名证书，也可能是本机时钟不准，或有代理在拦截连接。</translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the spelling of the base URL and that this computer can reach that network.</source>
        <translation>找不到主机 %1。请检查基础 URL 的拼写，并确认本机可以访问该网络。</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 (connection refused). Is Ollama running? Start it with “ollama serve”.</source>
        <translation>%1 上没有服务在监听（连接被拒绝）。Ollama 是否在运行？请用“ollama serve”启动它。</translation>
    </message>
    <message>
        <source>Nothing is listening at %1 (connection refused). Is the server running? Start it first (for example “ollama serve”, “vllm serve &lt;model&gt;” or “llama-server -m &lt;model.gguf&gt;”) and check the port.</source>
        <translation>%1 上没有服务在监听（连接被拒绝）。服务器是否在运行？请先启动它（例如“ollama serve”“vllm serve &lt;model&gt;”或“llama-server -m &lt;model.gguf&gt;”），并检查端口。</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the host name and port of the base URL, and whether a firewall is blocking it.</source>
        <translation>%1 拒绝了连接。请检查基础 URL 的主机名和端口，以及是否被防火墙拦截。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection without answering. If it only speaks HTTPS, change the base URL to start with https://.</source>
        <translation>%1 处的服务器未响应就关闭了连接。如果它只支持 HTTPS，请将基础 URL 改为以 https:// 开头。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection without answering. Check the base URL, and whether a proxy or firewall is in the way.</source>
        <translation>%1 处的服务器未响应就关闭了连接。请检查基础 URL，以及是否有代理或防火墙阻挡。</translation>
    </message>
    <message>
        <source>The proxy failed (%1). Check the proxy settings of this computer.</source>
        <translation>代理出错（%1）。请检查本机的代理设置。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>与 %1 的连接失败：%2。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>The server requires a key (HTTP %1: %2), but none was sent: the profile has no key. Enter the key, or name an environment variable that holds it.</source>
        <translation>服务器要求提供密钥（HTTP %1：%2），但未发送任何密钥：该配置没有密钥。请输入密钥，或指定保存密钥的环境变量。</translation>
    </message>
    <message>
        <source>The server rejected the key from the environment variable %1 (HTTP %2: %3). Check that the variable holds a valid, active key for this service.</source>
        <translation>服务器拒绝了来自环境变量 %1 的密钥（HTTP %2：%3）。请检查该变量中是否为此服务有效且可用的密钥。</translation>
    </message>
    <message>
        <source>The server rejected the key stored in the system keychain (HTTP %1: %2). Enter the key again in the profile settings.</source>
        <translation>服务器拒绝了系统钥匙串中保存的密钥（HTTP %1：%2）。请在配置设置中重新输入密钥。</translation>
    </message>
    <message>
        <source>The server rejected the key (HTTP %1: %2). Check that it is a valid, active key for this service.</source>
        <translation>服务器拒绝了密钥（HTTP %1：%2）。请检查它是否为此服务有效且可用的密钥。</translation>
    </message>
    <message>
        <source>The server has nothing at %1 (HTTP %2). The base URL probably needs “/v1” at the end: try %3.</source>
        <translation>服务器上 %1 处没有内容（HTTP %2）。基础 URL 末尾可能需要加上“/v1”：请尝试 %3。</translation>
    </message>
    <message>
        <source>The server has nothing at %1 (HTTP %2). For Ollama&apos;s own protocol the base URL must not end in “/v1”: try %3. (With “/v1”, choose the OpenAI-compatible protocol instead.)</source>
        <translation>服务器上 %1 处没有内容（HTTP %2）。使用 Ollama 自有协议时，基础 URL 不能以“/v1”结尾：请尝试 %3。（若要使用“/v1”，请改选 OpenAI 兼容协议。）</translation>
    </message>
    <message>
        <source>The server has nothing at %1 (HTTP %2). For Anthropic the base URL must not end in “/v1”, Seedbed adds it: try %3.</source>
        <translation>服务器上 %1 处没有内容（HTTP %2）。对于 Anthropic，基础 URL 不能以“/v1”结尾，Seedbed 会自动添加：请尝试 %3。</translation>
    </message>
    <message>
        <source>The server has nothing at %1 (HTTP %2). Check the path of the base URL, and that the server speaks the protocol chosen in the profile.</source>
        <translation>服务器上 %1 处没有内容（HTTP %2）。请检查基础 URL 的路径，并确认服务器支持配置中选择的协议。</translation>
    </message>
    <message>
        <source>The server is reachable, but it is limiting requests right now (HTTP 429: %1). Try again in a minute.</source>
        <translation>服务器可以访问，但目前正在限制请求（HTTP 429：%1）。请稍候一分钟再试。</translation>
    </message>
    <message>
        <source>The server is reachable but failed to answer (HTTP %1: %2). It may be starting up, overloaded or misconfigured.</source>
        <translation>服务器可以访问，但未能正常响应（HTTP %1：%2）。它可能正在启动、负载过高或配置有误。</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2.</source>
        <translation>服务器返回 HTTP %1：%2。</translation>
    </message>
    <message>
        <source>Connected, but the server has no models yet. Download one with “ollama pull %1”.</source>
        <translation>已连接，但服务器上还没有模型。请用“ollama pull %1”下载一个。</translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Load a model on the server first.</source>
        <translation>已连接，但服务器没有列出任何模型。请先在服务器上加载模型。</translation>
    </message>
    <message numerus="yes">
        <source>Connected, but the server does not have %n of the profile&apos;s models: %1. It has: %2.</source>
        <translation>
            <numerusform>已连接，但服务器缺少配置中的 %n 个模型：%1。服务器现有：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>网页</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::JsonExtractor</name>
    <message>
        <source>Found the start of a JSON object (“%1”), but it is never closed; the answer may have been cut off.</source>
        <translation>找到了 JSON 对象的开头（“%1”），但它没有闭合；回答可能被截断了。</translation>
    </message>
    <message>
        <source>Found the start of a JSON array (“%1”), but it is never closed; the answer may have been cut off.</source>
        <translation>找到了 JSON 数组的开头（“%1”），但它没有闭合；回答可能被截断了。</translation>
    </message>
    <message>
        <source>Found “%1”, but it is not a valid JSON object: %2 (at character %3).</source>
        <translation>找到了“%1”，但它不是有效的 JSON 对象：%2（位于第 %3 个字符）。</translation>
    </message>
    <message>
        <source>Found “%1”, but it is not a valid JSON array: %2 (at character %3).</source>
        <translation>找到了“%1”，但它不是有效的 JSON 数组：%2（位于第 %3 个字符）。</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>回答为空。</translation>
    </message>
    <message>
        <source>The answer holds only reasoning (&lt;think&gt;…&lt;/think&gt;) and nothing after it.</source>
        <translation>回答中只有推理内容（&lt;think&gt;…&lt;/think&gt;），其后没有任何内容。</translation>
    </message>
    <message>
        <source>Found a JSON array but no JSON object.</source>
        <translation>找到了 JSON 数组，但没有 JSON 对象。</translation>
    </message>
    <message>
        <source>Found a JSON object but no JSON array.</source>
        <translation>找到了 JSON 对象，但没有 JSON 数组。</translation>
    </message>
    <message>
        <source>The answer contains no JSON object.</source>
        <translation>回答中没有 JSON 对象。</translation>
    </message>
    <message>
        <source>The answer contains no JSON array.</source>
        <translation>回答中没有 JSON 数组。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::KeyStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name: use letters, digits and underscores, for example %2.</source>
        <translation>“%1”不是有效的环境变量名：请使用字母、数字和下划线，例如 %2。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no id, so its key cannot be looked up in the system keychain. Save the profile first.</source>
        <translation>配置“%1”没有 ID，因此无法在系统钥匙串中查找其密钥。请先保存该配置。</translation>
    </message>
    <message>
        <source>The key is empty; nothing was stored.</source>
        <translation>密钥为空；未保存任何内容。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no id yet, so its key cannot be stored. Save the profile first.</source>
        <translation>配置“%1”还没有 ID，因此无法保存其密钥。请先保存该配置。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set, or is empty. Set it to the key before starting Seedbed (for example in your shell profile), or store the key in the system keychain instead.</source>
        <translation>环境变量 %1 未设置或为空。请在启动 Seedbed 之前将其设为密钥（例如在 shell 配置文件中），或改为将密钥保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>No key for the profile &quot;%1&quot; is stored in the system keychain. Enter the key in the profile settings, or set the environment variable %2 and name it in the profile.</source>
        <translation>系统钥匙串中没有配置“%1”的密钥。请在配置设置中输入密钥，或设置环境变量 %2 并在配置中指定它。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the key of the profile &quot;%1&quot; could not be used. Allow Seedbed to use the keychain, or set the environment variable %2 to the key and name it in the profile.</source>
        <translation>访问系统钥匙串被拒绝，因此无法使用配置“%1”的密钥。请允许 Seedbed 使用钥匙串，或将环境变量 %2 设为密钥并在配置中指定它。</translation>
    </message>
    <message>
        <source>The key of the profile &quot;%1&quot; could not be removed from the system keychain (%2). Remove the entry &quot;%3&quot; of the service &quot;%4&quot; with your keychain manager.</source>
        <translation>无法从系统钥匙串中删除配置“%1”的密钥（%2）。请用钥匙串管理工具删除服务“%4”下的条目“%3”。</translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation>没有钥匙串服务响应</translation>
    </message>
    <message>
        <source>The key could not be stored: the system keychain is not available (%1). On Linux it needs a Secret Service such as GNOME Keyring or KWallet running in your session. The key was not written anywhere else. Instead, set the environment variable %2 to the key before starting Seedbed and name %2 in the profile.</source>
        <translation>无法保存密钥：系统钥匙串不可用（%1）。在 Linux 上，需要在会话中运行 Secret Service，例如 GNOME Keyring 或 KWallet。密钥未写入其他任何地方。请改为在启动 Seedbed 之前将环境变量 %2 设为密钥，并在配置中指定 %2。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the key of the profile &quot;%2&quot; cannot be read. On Linux it needs a Secret Service such as GNOME Keyring or KWallet running in your session. Instead, set the environment variable %3 to the key before starting Seedbed and name %3 in the profile.</source>
        <translation>系统钥匙串不可用（%1），因此无法读取配置“%2”的密钥。在 Linux 上，需要在会话中运行 Secret Service，例如 GNOME Keyring 或 KWallet。请改为在启动 Seedbed 之前将环境变量 %3 设为密钥，并在配置中指定 %3。</translation>
    </message>
    <message>
        <source>This build of Seedbed cannot use the system keychain (it was built without QtKeychain), so keys cannot be stored. Set the environment variable %1 to the key before starting Seedbed and name %1 in the profile.</source>
        <translation>此版本的 Seedbed 无法使用系统钥匙串（构建时未包含 QtKeychain），因此无法保存密钥。请在启动 Seedbed 之前将环境变量 %1 设为密钥，并在配置中指定 %1。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::LineSplitter</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>服务器发送的某一行超过 %1 字节。</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8 (byte 0x%1 at position %2 of a line).</source>
        <translation>服务器发送的文本不是有效的 UTF-8（某行第 %2 个位置的字节 0x%1）。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::LlmClient</name>
    <message>
        <source>The base URL “%1” of provider “%2” is not a valid http or https URL.</source>
        <translation>服务商“%2”的基础 URL“%1”不是有效的 http 或 https URL。</translation>
    </message>
    <message>
        <source>The connection to %1 ended before the response was complete.</source>
        <translation>与 %1 的连接在响应完成前中断。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP 401): check the key stored for this provider.</source>
        <translation>%1 拒绝了 API 密钥（HTTP 401）：请检查为此服务商保存的密钥。</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403): the key may not be allowed to use this model.</source>
        <translation>%1 拒绝访问（HTTP 403）：该密钥可能无权使用此模型。</translation>
    </message>
    <message>
        <source>Nothing found at %1 (HTTP 404): check the base URL and the model name.</source>
        <translation>%1 处未找到内容（HTTP 404）：请检查基础 URL 和模型名称。</translation>
    </message>
    <message>
        <source>%1 is limiting the rate of requests (HTTP 429).</source>
        <translation>%1 正在限制请求频率（HTTP 429）。</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2).</source>
        <translation>%1 出现服务器错误（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 返回 HTTP %2。</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 服务器返回：%2</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server running?</source>
        <translation>%1 拒绝了连接：服务器是否在运行？</translation>
    </message>
    <message>
        <source>The host of %1 was not found: check the base URL.</source>
        <translation>找不到 %1 的主机：请检查基础 URL。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>与 %1 的连接失败：%2</translation>
    </message>
    <message>
        <source>The request to %1 took longer than %2 s.</source>
        <translation>发往 %1 的请求耗时超过 %2 秒。</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>无法在 %2 秒内连接到 %1。</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s.</source>
        <translation>%1 已有 %2 秒未发送任何数据。</translation>
    </message>
    <message>
        <source>Anthropic offers no embeddings endpoint; use an OpenAI-compatible or Ollama profile for embedding dedup.</source>
        <translation>Anthropic 不提供嵌入端点；请使用 OpenAI 兼容或 Ollama 配置进行嵌入去重。</translation>
    </message>
    <message>
        <source>The response of %1 is larger than %2 MiB.</source>
        <translation>%1 的响应大于 %2 MiB。</translation>
    </message>
    <message>
        <source>%1 returned %2 embeddings for %3 inputs.</source>
        <translation>%1 为 %3 条输入返回了 %2 个嵌入。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::ProfileStore</name>
    <message>
        <source>The provider settings file %1 could not be read (%2). It was left as it is; changes to providers will not be saved until it can be read.</source>
        <translation>无法读取服务商设置文件 %1（%2）。该文件保持原样；在能够读取之前，对服务商的更改将不会保存。</translation>
    </message>
    <message>
        <source>The provider settings file %1 was written by a newer version of Seedbed (%2). It was left as it is, and changes to providers will not be saved so that it is not damaged.</source>
        <translation>服务商设置文件 %1 由更新版本的 Seedbed 写入（%2）。该文件保持原样，为避免损坏，对服务商的更改将不会保存。</translation>
    </message>
    <message>
        <source>The provider settings file %1 is damaged (%2). It was kept as %3 and Seedbed starts with no providers; you can repair the file by hand and put it back.</source>
        <translation>服务商设置文件 %1 已损坏（%2）。该文件已另存为 %3，Seedbed 将在没有服务商的情况下启动；你可以手动修复该文件后再放回原处。</translation>
    </message>
    <message>
        <source>The provider settings file %1 is damaged (%2) and could not be set aside (%3). It was left as it is; changes to providers will not be saved until it is repaired or removed.</source>
        <translation>服务商设置文件 %1 已损坏（%2），且无法移到别处（%3）。该文件保持原样；在修复或删除它之前，对服务商的更改将不会保存。</translation>
    </message>
    <message>
        <source>The provider settings file %1 contains a field that looks like an API key. Seedbed ignores it and removes it the next time it saves the file; keep keys in the system keychain or in an environment variable.</source>
        <translation>服务商设置文件 %1 中有一个看似 API 密钥的字段。Seedbed 会忽略它，并在下次保存该文件时将其删除；请将密钥保存在系统钥匙串或环境变量中。</translation>
    </message>
    <message>
        <source>The folder %1 for the provider settings could not be created.</source>
        <translation>无法创建服务商设置的文件夹 %1。</translation>
    </message>
    <message>
        <source>The provider settings could not be saved to %1: %2.</source>
        <translation>无法将服务商设置保存到 %1：%2。</translation>
    </message>
    <message>
        <source>The provider settings could not be saved to %1: %2. The previous file was left unchanged.</source>
        <translation>无法将服务商设置保存到 %1：%2。原文件保持不变。</translation>
    </message>
    <message>
        <source>There is no provider profile &quot;%1&quot; to change.</source>
        <translation>没有要修改的服务商配置“%1”。</translation>
    </message>
    <message>
        <source>There is no provider profile &quot;%1&quot; to remove.</source>
        <translation>没有要删除的服务商配置“%1”。</translation>
    </message>
    <message>
        <source>A provider profile needs a name.</source>
        <translation>服务商配置需要名称。</translation>
    </message>
    <message>
        <source>Another provider profile already has the id %1.</source>
        <translation>另一个服务商配置已使用 ID %1。</translation>
    </message>
    <message>
        <source>There is already a provider profile named &quot;%1&quot;; stages refer to profiles by name, so names must differ.</source>
        <translation>已存在名为“%1”的服务商配置；节点按名称引用配置，因此名称不能重复。</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>其中不是 JSON 对象</translation>
    </message>
    <message>
        <source>it is not a Seedbed provider file</source>
        <translation>它不是 Seedbed 服务商文件</translation>
    </message>
    <message>
        <source>format version %1</source>
        <translation>格式版本 %1</translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <translation>没有有效的格式版本</translation>
    </message>
    <message>
        <source>it has no list of profiles</source>
        <translation>没有配置列表</translation>
    </message>
    <message>
        <source>profile %1 is not a JSON object</source>
        <translation>配置 %1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>profile %1 has no id or no name</source>
        <translation>配置 %1 缺少 ID 或名称</translation>
    </message>
    <message>
        <source>profile %1 repeats the id or name of another profile</source>
        <translation>配置 %1 与另一个配置的 ID 或名称重复</translation>
    </message>
    <message>
        <source>profile %1 has an unknown protocol &quot;%2&quot;</source>
        <translation>配置 %1 使用了未知协议“%2”</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::ProviderPresets</name>
    <message>
        <source>Outside mainland China use https://dashscope-intl.aliyuncs.com/compatible-mode/v1 with a key from that region.</source>
        <translation>在中国大陆以外，请使用 https://dashscope-intl.aliyuncs.com/compatible-mode/v1 及该地域的密钥。</translation>
    </message>
    <message>
        <source>Outside mainland China use https://api.moonshot.ai/v1 with a key from that platform.</source>
        <translation>在中国大陆以外，请使用 https://api.moonshot.ai/v1 及该平台的密钥。</translation>
    </message>
    <message>
        <source>Outside mainland China use https://api.siliconflow.com/v1 with a key from that platform.</source>
        <translation>在中国大陆以外，请使用 https://api.siliconflow.com/v1 及该平台的密钥。</translation>
    </message>
    <message>
        <source>Start the server with “ollama serve” and download a model with “ollama pull &lt;model&gt;”.</source>
        <translation>用“ollama serve”启动服务器，并用“ollama pull &lt;model&gt;”下载模型。</translation>
    </message>
    <message>
        <source>Start the server with “vllm serve &lt;model&gt;”. A key is needed only if the server was started with --api-key.</source>
        <translation>用“vllm serve &lt;model&gt;”启动服务器。仅当服务器以 --api-key 启动时才需要密钥。</translation>
    </message>
    <message>
        <source>Start the server with “llama-server -m &lt;model.gguf&gt;”.</source>
        <translation>用“llama-server -m &lt;model.gguf&gt;”启动服务器。</translation>
    </message>
    <message>
        <source>Start the server in LM Studio&apos;s Developer tab or with “lms server start”, and load a model.</source>
        <translation>在 LM Studio 的“Developer”标签页中或用“lms server start”启动服务器，并加载模型。</translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation>自定义 OpenAI 兼容服务</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat completions API. Its base URL usually ends in /v1.</source>
        <translation>任何支持 OpenAI Chat Completions API 的服务器。其基础 URL 通常以 /v1 结尾。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::RequestBuilder</name>
    <message>
        <source>The server sent a response that is not valid JSON (%1 at byte %2).</source>
        <translation>服务器发送的响应不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The server sent a response that is not a JSON object.</source>
        <translation>服务器发送的响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>服务器报告了错误，但没有附带消息。</translation>
    </message>
    <message>
        <source>Anthropic offers no embeddings. Use an OpenAI-compatible or Ollama profile for embeddings.</source>
        <translation>Anthropic 不提供嵌入。请使用 OpenAI 兼容或 Ollama 配置生成嵌入。</translation>
    </message>
    <message>
        <source>The response has no &quot;%1&quot; list.</source>
        <translation>响应中没有“%1”列表。</translation>
    </message>
    <message>
        <source>An embedding in the response is not a list of numbers.</source>
        <translation>响应中的某个嵌入不是数字列表。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::SseDecoder</name>
    <message>
        <source>The server sent an event larger than %1 bytes.</source>
        <translation>服务器发送的事件超过 %1 字节。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::StreamParser</name>
    <message>
        <source>it ends too early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>意外的字符</translation>
    </message>
    <message>
        <source>unescaped control character in a string</source>
        <translation>字符串中有未转义的控制字符</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation>数字格式错误</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套层级过深</translation>
    </message>
    <message>
        <source>unexpected text after the end</source>
        <translation>结尾之后有多余文本</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>过大</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>响应超过 %1 字节。</translation>
    </message>
    <message>
        <source>The server sent a chunk that is not valid JSON (%1 at byte %2).</source>
        <translation>服务器发送的数据块不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The server sent a line that is not valid JSON (%1 at byte %2).</source>
        <translation>服务器发送的某一行不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The server sent a response that is not valid JSON (%1 at byte %2).</source>
        <translation>服务器发送的响应不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>服务器报告了错误，但没有附带消息。</translation>
    </message>
    <message>
        <source>The server sent a chunk that is not a JSON object.</source>
        <translation>服务器发送的数据块不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The server sent a line that is not a JSON object.</source>
        <translation>服务器发送的某一行不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8 (byte 0x%1 at position %2).</source>
        <translation>服务器发送的文本不是有效的 UTF-8（第 %2 个位置的字节 0x%1）。</translation>
    </message>
    <message>
        <source>The server sent an empty response.</source>
        <translation>服务器发送了空响应。</translation>
    </message>
    <message>
        <source>The server sent a response that is not a JSON object.</source>
        <translation>服务器发送的响应不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>Seedbed::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Projects save themselves as you edit; this writes pending edits now.</source>
        <translation>项目会在编辑时自动保存；此操作会立即写入尚未保存的修改。</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find Stage Type…</source>
        <translation>查找节点类型(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit Pipeline in Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Seedbed</source>
        <translation>关于 Seedbed(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>节点库</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Could not copy the example project to %1. Check that you may write there.</source>
        <translation>无法将示例项目复制到 %1。请检查是否有该位置的写入权限。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Seedbed projects (project.seedbed)</source>
        <translation>Seedbed 项目 (project.seedbed)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>The clipboard holds no Seedbed stages.</source>
        <translation>剪贴板中没有 Seedbed 节点。</translation>
    </message>
    <message>
        <source>The clipboard content is damaged and cannot be pasted.</source>
        <translation>剪贴板内容已损坏，无法粘贴。</translation>
    </message>
    <message>
        <source>%1 — Seedbed</source>
        <translation>%1 — Seedbed</translation>
    </message>
    <message>
        <source>Seedbed</source>
        <translation>Seedbed</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>About Seedbed</source>
        <translation>关于 Seedbed</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seedbed %1&lt;/h3&gt;&lt;p&gt;Grow high-quality training datasets for language models from a few seed examples: design prompts, diversify generation, control quality, mix with real data and export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seedbed %1&lt;/h3&gt;&lt;p&gt;从少量种子样例出发，为语言模型培育高质量的训练数据集：设计提示词、多样化生成、质量控制、混合真实数据并导出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>If you close the project now, the changes since the last successful save are lost. Retry once the problem is fixed, or save a copy elsewhere.</source>
        <translation>如果现在关闭项目，上次成功保存之后的修改将会丢失。请在问题解决后重试，或将副本另存到其他位置。</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>正在保存副本…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Provider Profiles…</source>
        <translation>服务商配置(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>Seedbed::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>For example: Customer support Q&amp;A</source>
        <translation>例如：客服问答</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Project folder:</source>
        <translation>项目文件夹：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Enter a name for the project.</source>
        <translation>请输入项目名称。</translation>
    </message>
    <message>
        <source>Use letters or digits in the name; it also names the project folder.</source>
        <translation>名称中请使用文字或数字；它也用作项目文件夹的名称。</translation>
    </message>
    <message>
        <source>Choose the location where the project folder is created.</source>
        <translation>请选择创建项目文件夹的位置。</translation>
    </message>
    <message>
        <source>Enter the location as a full path, or choose it with Browse.</source>
        <translation>请以完整路径输入位置，或点击“浏览”进行选择。</translation>
    </message>
    <message>
        <source>The location %1 is a file, not a folder.</source>
        <translation>位置 %1 是文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>A file named %1 already exists in this location. Choose another name.</source>
        <translation>此位置已存在名为 %1 的文件。请换一个名称。</translation>
    </message>
    <message>
        <source>The folder %1 already exists and is not empty. Choose another name or location.</source>
        <translation>文件夹 %1 已存在且不为空。请换一个名称或位置。</translation>
    </message>
    <message>
        <source>You may not create folders in %1. Choose another location.</source>
        <translation>没有在 %1 中创建文件夹的权限。请选择其他位置。</translation>
    </message>
    <message>
        <source>Choose Location</source>
        <translation>选择位置</translation>
    </message>
    <message>
        <source>(enter a name)</source>
        <translation>（请输入名称）</translation>
    </message>
</context>
<context>
    <name>Seedbed::PipelineGraph</name>
    <message>
        <source>The stage no longer exists.</source>
        <translation>该节点已不存在。</translation>
    </message>
    <message>
        <source>A stage cannot feed itself.</source>
        <translation>节点不能连接到自身。</translation>
    </message>
    <message>
        <source>The stage type is unknown to this version of Seedbed.</source>
        <translation>此版本的 Seedbed 无法识别该节点类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no output: it is the end of the pipeline.</source>
        <translation>“%1”没有输出：它是流水线的终点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no input: it is a source.</source>
        <translation>“%1”不接受输入：它是数据源。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no input named &quot;%2&quot;.</source>
        <translation>“%1”没有名为“%2”的输入。</translation>
    </message>
    <message>
        <source>These stages are already connected.</source>
        <translation>这两个节点已经连接。</translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; of &quot;%2&quot; is already connected; remove that connection first.</source>
        <translation>“%2”的输入“%1”已有连接；请先删除该连接。</translation>
    </message>
    <message>
        <source>This connection would make a loop: &quot;%1&quot; already feeds &quot;%2&quot;.</source>
        <translation>此连接会形成环路：“%1”已在向“%2”提供数据。</translation>
    </message>
</context>
<context>
    <name>Seedbed::PipelineValidator</name>
    <message>
        <source>The stage type &quot;%1&quot; is unknown to this version of Seedbed.</source>
        <translation>此版本的 Seedbed 无法识别节点类型“%1”。</translation>
    </message>
    <message>
        <source>This stage is part of a loop; remove one of the connections of the loop.</source>
        <translation>此节点位于环路中；请删除环路中的某个连接。</translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; is not connected; connect a stage&apos;s output to it.</source>
        <translation>输入“%1”尚未连接；请将某个节点的输出连接到它。</translation>
    </message>
    <message>
        <source>Nothing uses the output of this stage.</source>
        <translation>此节点的输出未被使用。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>“%1”必须是数字。</translation>
    </message>
    <message>
        <source>%1 is %2; it must be between %3 and %4.</source>
        <translation>“%1”为 %2；必须介于 %3 和 %4 之间。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>“%1”必须是整数。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of the offered choices.</source>
        <translation>“%1”的值“%2”不在可选项中。</translation>
    </message>
    <message>
        <source>The chosen prompt template no longer exists; choose another.</source>
        <translation>所选提示词模板已不存在；请另选一个。</translation>
    </message>
</context>
<context>
    <name>Seedbed::ProjectDocument</name>
    <message>
        <source>There is no Seedbed project at %1 (no %2 file).</source>
        <translation>%1 处没有 Seedbed 项目（缺少 %2 文件）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the project.</source>
        <translation>文件夹 %1 不为空。请为项目选择一个新的或空的文件夹。</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write there.</source>
        <translation>无法创建文件夹 %1。请检查是否有该位置的写入权限。</translation>
    </message>
    <message>
        <source>This project is already open in another Seedbed window (process %1 on %2). Switch to that window, or close it there and try again.</source>
        <translation>此项目已在另一个 Seedbed 窗口中打开（%2 上的进程 %1）。请切换到该窗口，或在那里关闭项目后重试。</translation>
    </message>
    <message>
        <source>Could not lock the project folder %1 for writing. Check that you may write there.</source>
        <translation>无法锁定项目文件夹 %1 以进行写入。请检查是否有该位置的写入权限。</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Your changes are kept in memory; free some disk space or check permissions and they will be saved again.</source>
        <translation>无法保存 %1：%2。你的修改仍保留在内存中；释放磁盘空间或检查权限后，将会再次保存。</translation>
    </message>
</context>
<context>
    <name>Seedbed::ProjectFormat</name>
    <message>
        <source>A stage has no type.</source>
        <translation>有节点缺少类型。</translation>
    </message>
    <message>
        <source>The position of stage &quot;%1&quot; is not a pair of numbers.</source>
        <translation>节点“%1”的位置不是一对数字。</translation>
    </message>
    <message>
        <source>A connection names no input port.</source>
        <translation>有连接未指定输入端口。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 at line %3. Restore it from a backup or from version control.</source>
        <translation>%1 已损坏：第 %3 行有误（%2）。请从备份或版本控制中恢复。</translation>
    </message>
    <message>
        <source>%1 is not a Seedbed project file (it is not JSON).</source>
        <translation>%1 不是 Seedbed 项目文件（不是 JSON 格式）。</translation>
    </message>
    <message>
        <source>%1 is not a Seedbed project file (it has no &quot;format&quot;: &quot;%2&quot;).</source>
        <translation>%1 不是 Seedbed 项目文件（缺少 &quot;format&quot;: &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing or invalid.</source>
        <translation>%1 已损坏：格式版本缺失或无效。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seedbed (project format %2); this version reads up to format %3. Update Seedbed to open it.</source>
        <translation>%1 由更新版本的 Seedbed 写入（项目格式 %2）；此版本最高只能读取格式 %3。请更新 Seedbed 后再打开。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>a stage is not an object.</source>
        <translation>有节点不是对象。</translation>
    </message>
    <message>
        <source>two stages share the id %1.</source>
        <translation>两个节点使用了相同的 ID %1。</translation>
    </message>
    <message>
        <source>a connection is not an object.</source>
        <translation>有连接不是对象。</translation>
    </message>
    <message>
        <source>a connection refers to a stage that does not exist.</source>
        <translation>有连接指向不存在的节点。</translation>
    </message>
    <message>
        <source>a connection is listed twice.</source>
        <translation>有连接重复出现。</translation>
    </message>
    <message>
        <source>a prompt template is not an object.</source>
        <translation>有提示词模板不是对象。</translation>
    </message>
    <message>
        <source>two prompt templates share the id %1.</source>
        <translation>两个提示词模板使用了相同的 ID %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or is not a valid id.</source>
        <translation>“%1”缺失或不是有效的 ID。</translation>
    </message>
    <message>
        <source>The settings of stage &quot;%1&quot; are not an object.</source>
        <translation>节点“%1”的设置不是一个对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>“%1”不是列表。</translation>
    </message>
</context>
<context>
    <name>Seedbed::ProjectStore</name>
    <message>
        <source>The data file %1 does not exist.</source>
        <translation>数据文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a Seedbed data file.</source>
        <translation>%1 不是 Seedbed 数据文件。</translation>
    </message>
    <message>
        <source>The data file %1 is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>数据文件 %1 已损坏，无法打开。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of Seedbed (data format %2); this version reads up to %3. Update Seedbed to open it.</source>
        <translation>数据文件 %1 由更新版本的 Seedbed 写入（数据格式 %2）；此版本最高只能读取格式 %3。请更新 Seedbed 后再打开。</translation>
    </message>
    <message>
        <source>The data file %1 is in use by another program. Close it there and try again.</source>
        <translation>数据文件 %1 正被其他程序使用。请在该程序中将其关闭后重试。</translation>
    </message>
    <message>
        <source>Could not read or write the data file %1: %2</source>
        <translation>无法读写数据文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: a file with that name already exists.</source>
        <translation>无法创建 %1：已存在同名文件。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the data file %1 for writing: it is read-only.</source>
        <translation>无法以写入方式打开数据文件 %1：该文件为只读。</translation>
    </message>
    <message>
        <source>cannot use write-ahead logging (journal mode %1)</source>
        <translation>无法使用预写日志 WAL（日志模式为 %1）</translation>
    </message>
    <message>
        <source>Could not upgrade the data file %1 from data format %2 to %3: %4</source>
        <translation>无法将数据文件 %1 从数据格式 %2 升级到 %3：%4</translation>
    </message>
    <message>
        <source>Cannot write a backup to %1: no data file is open.</source>
        <translation>无法将备份写入 %1：没有打开的数据文件。</translation>
    </message>
    <message>
        <source>Cannot write a backup to %1: a file with that name already exists.</source>
        <translation>无法将备份写入 %1：已存在同名文件。</translation>
    </message>
    <message>
        <source>Could not write a backup to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>The data file %1 changed while it was being opened. Try again.</source>
        <translation>数据文件 %1 在打开过程中被更改。请重试。</translation>
    </message>
</context>
<context>
    <name>Seedbed::ProvidersDialog</name>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 兼容</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Provider Profiles</source>
        <translation>服务商配置</translation>
    </message>
    <message>
        <source>No provider profiles yet.
Click “Add…” to create one from a service or a local server.</source>
        <translation>还没有服务商配置。
点击“添加…”，从在线服务或本地服务器创建一个。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Discards the edits not applied yet. Keys stored with “Store in keychain” and removed profiles stay as they are: those take effect at once.</source>
        <translation>放弃尚未应用的修改。通过“保存到钥匙串”保存的密钥和已删除的配置不受影响：这些操作会立即生效。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a profile for a service or a local server (%1)</source>
        <translation>为在线服务或本地服务器添加配置（%1）</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>在线服务</translation>
    </message>
    <message>
        <source>Servers on this computer</source>
        <translation>本机服务器</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Add a copy of the selected profile. A key stored in the keychain is not copied.</source>
        <translation>添加所选配置的副本。钥匙串中保存的密钥不会被复制。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected profile and its key (%1)</source>
        <translation>删除所选配置及其密钥（%1）</translation>
    </message>
    <message>
        <source>Stages refer to the profile by this name.</source>
        <translation>节点通过此名称引用该配置。</translation>
    </message>
    <message>
        <source>POST /chat/completions: OpenAI, DeepSeek, Qwen, vLLM, llama.cpp, LM Studio and most others</source>
        <translation>POST /chat/completions：OpenAI、DeepSeek、Qwen、vLLM、llama.cpp、LM Studio 及大多数其他服务</translation>
    </message>
    <message>
        <source>Ollama&apos;s own API: /api/chat, /api/tags</source>
        <translation>Ollama 自有 API：/api/chat、/api/tags</translation>
    </message>
    <message>
        <source>Anthropic&apos;s Messages API: /v1/messages</source>
        <translation>Anthropic Messages API：/v1/messages</translation>
    </message>
    <message>
        <source>For example https://api.deepseek.com/v1</source>
        <translation>例如 https://api.deepseek.com/v1</translation>
    </message>
    <message>
        <source>One model per line</source>
        <translation>每行一个模型</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>System &amp;keychain</source>
        <translation>系统钥匙串(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Environment variable</source>
        <translation>环境变量(&amp;E)</translation>
    </message>
    <message>
        <source>No key (&amp;local server)</source>
        <translation>无密钥（本地服务器）(&amp;L)</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>在此粘贴密钥</translation>
    </message>
    <message>
        <source>The key goes to the system keychain and nowhere else; the field is cleared once it is stored. “Test connection” uses a key typed here without storing it.</source>
        <translation>密钥只会保存到系统钥匙串，不会存放在其他地方；保存后此输入框会被清空。“测试连接”会使用此处输入的密钥，但不会保存它。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the key while you type it</source>
        <translation>输入时显示或隐藏密钥</translation>
    </message>
    <message>
        <source>Store in Keychain</source>
        <translation>保存到钥匙串</translation>
    </message>
    <message>
        <source>Stores the key in the system keychain and saves the profile at once; Cancel does not undo this.</source>
        <translation>将密钥保存到系统钥匙串并立即保存配置；“取消”无法撤销此操作。</translation>
    </message>
    <message>
        <source>The name of the variable, not the key: Seedbed reads the key from it when it needs one.</source>
        <translation>填写变量名，而不是密钥本身：Seedbed 需要密钥时会从该变量读取。</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Asks the server for its models with the profile as edited, including edits not applied yet</source>
        <translation>使用当前编辑的配置（包括尚未应用的修改）向服务器查询其模型</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Replaces the models of the profile with the ones the server listed</source>
        <translation>用服务器列出的模型替换配置中的模型</translation>
    </message>
    <message>
        <source>How many requests may be in flight at once</source>
        <translation>可同时进行的请求数</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The first attempt plus retries after connection errors, timeouts, 429 and 5xx answers</source>
        <translation>首次尝试加上因连接错误、超时、429 和 5xx 响应而进行的重试</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>How long to wait for the connection and the first byte</source>
        <translation>等待建立连接并收到第一个字节的时长</translation>
    </message>
    <message>
        <source>The longest silence allowed between two pieces of a response</source>
        <translation>响应的两段数据之间允许的最长间隔</translation>
    </message>
    <message>
        <source>The longest one attempt may take</source>
        <translation>单次尝试允许的最长时间</translation>
    </message>
    <message>
        <source>Max &amp;concurrent requests:</source>
        <translation>最大并发请求数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation>每分钟请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation>每分钟 token 数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Attempts per request:</source>
        <translation>每个请求的尝试次数(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;onnect timeout:</source>
        <translation>连接超时(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>空闲超时(&amp;I)：</translation>
    </message>
    <message>
        <source>0 means unlimited. Seedbed also slows down by itself when the server answers 429 (too many requests).</source>
        <translation>0 表示不限。服务器返回 429（请求过多）时，Seedbed 也会自动放慢速度。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input per 1M tokens</source>
        <translation>每百万输入 token</translation>
    </message>
    <message>
        <source>Output per 1M tokens</source>
        <translation>每百万输出 token</translation>
    </message>
    <message>
        <source>Add Price</source>
        <translation>添加价格</translation>
    </message>
    <message>
        <source>Remove Price</source>
        <translation>删除价格</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>Prices per million tokens, used to add up the cost of runs. A model without a price makes the cost incomplete, not zero.</source>
        <translation>每百万 token 的价格，用于累计运行费用。缺少价格的模型会使费用统计不完整，而不是按零计算。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <source>Another profile is already named %1. Stages refer to profiles by name, so names must differ.</source>
        <translation>已有另一个配置名为 %1。节点按名称引用配置，因此名称不能重复。</translation>
    </message>
    <message>
        <source>Enter the base URL of the API, for example https://api.deepseek.com/v1 or http://127.0.0.1:11434.</source>
        <translation>请输入 API 的基础 URL，例如 https://api.deepseek.com/v1 或 http://127.0.0.1:11434。</translation>
    </message>
    <message>
        <source>The base URL %1 is not a valid address.</source>
        <translation>基础 URL %1 不是有效的地址。</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://.</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The base URL %1 has no host name.</source>
        <translation>基础 URL %1 没有主机名。</translation>
    </message>
    <message>
        <source>Enter the name of the environment variable that holds the key.</source>
        <translation>请输入保存密钥的环境变量名。</translation>
    </message>
    <message>
        <source>%1 is not a valid environment variable name: use letters, digits and underscores, for example %2.</source>
        <translation>%1 不是有效的环境变量名：请使用字母、数字和下划线，例如 %2。</translation>
    </message>
    <message>
        <source>Enter the currency of the prices, for example USD.</source>
        <translation>请输入价格的货币，例如 USD。</translation>
    </message>
    <message>
        <source>A price has no model name. Enter the model, or remove the row.</source>
        <translation>有一项价格缺少模型名称。请输入模型，或删除该行。</translation>
    </message>
    <message>
        <source>The model %1 has two prices; remove one.</source>
        <translation>模型 %1 有两个价格；请删除其中一个。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Remove the provider profile %1?</source>
        <translation>要删除服务商配置 %1 吗？</translation>
    </message>
    <message>
        <source>Its key is also deleted from the system keychain. Stages that use this profile will need another one. This takes effect at once.</source>
        <translation>其密钥也会从系统钥匙串中删除。使用此配置的节点需要改用其他配置。此操作立即生效。</translation>
    </message>
    <message>
        <source>Stages that use this profile will need another one. This takes effect at once.</source>
        <translation>使用此配置的节点需要改用其他配置。此操作立即生效。</translation>
    </message>
    <message>
        <source>The profile %1 could not be removed: %2</source>
        <translation>无法删除配置 %1：%2</translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation>已删除配置 %1。</translation>
    </message>
    <message>
        <source>The profile %1 was removed, but its key could not be deleted from the system keychain: %2</source>
        <translation>配置 %1 已删除，但无法从系统钥匙串中删除其密钥：%2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>无 URL</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>尚未应用</translation>
    </message>
    <message>
        <source>%1
Not applied yet</source>
        <translation>%1
尚未应用</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>This build of Seedbed cannot use the system keychain; use an environment variable.</source>
        <translation>此版本的 Seedbed 无法使用系统钥匙串；请使用环境变量。</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Enter another one to replace it.</source>
        <translation>系统钥匙串中已保存密钥。输入新的密钥即可替换。</translation>
    </message>
    <message>
        <source>No key is stored yet: paste it above and click “Store in Keychain”.</source>
        <translation>尚未保存密钥：请粘贴到上方，然后点击“保存到钥匙串”。</translation>
    </message>
    <message>
        <source>Use the Environment Variable %1</source>
        <translation>使用环境变量 %1</translation>
    </message>
    <message>
        <source>Enter the name of the variable that holds the key.</source>
        <translation>请输入保存密钥的变量名。</translation>
    </message>
    <message>
        <source>Use letters, digits and underscores only.</source>
        <translation>只能使用字母、数字和下划线。</translation>
    </message>
    <message>
        <source>%1 is set in Seedbed&apos;s environment.</source>
        <translation>Seedbed 的环境中已设置 %1。</translation>
    </message>
    <message>
        <source>%1 is not set in the environment Seedbed was started from. Set it (for example in your shell profile) and start Seedbed again.</source>
        <translation>启动 Seedbed 的环境中未设置 %1。请设置它（例如在 shell 配置文件中），然后重新启动 Seedbed。</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>配置 %1：%2</translation>
    </message>
    <message>
        <source>The profile %1 could not be saved: %2</source>
        <translation>无法保存配置 %1：%2</translation>
    </message>
    <message>
        <source>The key was not stored: the profile must be saved with it, but %1</source>
        <translation>密钥未保存：密钥需要与配置一同保存，但%1</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>密钥已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain, but the profile could not be saved: %1</source>
        <translation>密钥已保存到系统钥匙串，但无法保存配置：%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Connection works</source>
        <translation>连接正常</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message numerus="yes">
        <source>Use the Server&apos;s %n Model(s)</source>
        <translation>
            <numerusform>使用服务器的 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Tota&amp;l timeout:</source>
        <translation>总超时(&amp;L)：</translation>
    </message>
    <message>
        <source>Input per 1M tokens (%1)</source>
        <translation>每百万输入 token（%1）</translation>
    </message>
    <message>
        <source>Output per 1M tokens (%1)</source>
        <translation>每百万输出 token（%1）</translation>
    </message>
</context>
<context>
    <name>Seedbed::SettingEditor</name>
    <message>
        <source>One item per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Add column…</source>
        <translation>添加列…</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Name of the new column (a field name):</source>
        <translation>新列的名称（即字段名）：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Data files (*.csv *.json *.jsonl *.txt);;All files (*)</source>
        <translation>数据文件 (*.csv *.json *.jsonl *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(missing template)</source>
        <translation>（模板缺失）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>未命名模板</translation>
    </message>
</context>
<context>
    <name>Seedbed::StageItem</name>
    <message>
        <source>Unknown stage type</source>
        <translation>未知节点类型</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>Seedbed::StagePalette</name>
    <message>
        <source>Search stages</source>
        <translation>搜索节点</translation>
    </message>
    <message>
        <source>Stage types</source>
        <translation>节点类型</translation>
    </message>
    <message>
        <source>No stage matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的节点。</translation>
    </message>
</context>
<context>
    <name>Seedbed::StageRegistry</name>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Name of the provider profile that serves this stage (configured in Settings).</source>
        <translation>为此节点提供模型服务的服务商配置名称（在“设置”中配置）。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model name as the provider knows it, for example deepseek-chat or qwen2.5:7b.</source>
        <translation>服务商所用的模型名称，例如 deepseek-chat 或 qwen2.5:7b。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Higher values give more varied output; lower values more predictable output.</source>
        <translation>值越高，输出越多样；值越低，输出越稳定。</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>Upper bound on the length of each model response, in tokens.</source>
        <translation>每次模型回复的最大长度，以 token 计。</translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation>并发请求数</translation>
    </message>
    <message>
        <source>How many requests this stage keeps in flight at once.</source>
        <translation>此节点同时发出的请求数量。</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>提示词模板</translation>
    </message>
    <message>
        <source>The prompt template this stage renders for every input record.</source>
        <translation>此节点为每条输入记录渲染的提示词模板。</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed gives the same selection on every run.</source>
        <translation>种子相同，每次运行的选取结果也相同。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>Every combination</source>
        <translation>所有组合</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>同义改写</translation>
    </message>
    <message>
        <source>Change style</source>
        <translation>转换风格</translation>
    </message>
    <message>
        <source>Change difficulty</source>
        <translation>调整难度</translation>
    </message>
    <message>
        <source>Add background</source>
        <translation>补充背景</translation>
    </message>
    <message>
        <source>In depth (harder)</source>
        <translation>深度（更难）</translation>
    </message>
    <message>
        <source>In breadth (new topic)</source>
        <translation>广度（新主题）</translation>
    </message>
    <message>
        <source>Depth and breadth</source>
        <translation>深度与广度</translation>
    </message>
    <message>
        <source>Ask a model</source>
        <translation>调用模型</translation>
    </message>
    <message>
        <source>Run a command</source>
        <translation>运行命令</translation>
    </message>
    <message>
        <source>Stratified by field</source>
        <translation>按字段分层</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>取前几行</translation>
    </message>
    <message>
        <source>JSON Lines (fields as is)</source>
        <translation>JSON Lines（字段原样）</translation>
    </message>
    <message>
        <source>OpenAI chat messages (JSONL)</source>
        <translation>OpenAI 对话消息 (JSONL)</translation>
    </message>
    <message>
        <source>Alpaca (instruction, input, output)</source>
        <translation>Alpaca (instruction, input, output)</translation>
    </message>
    <message>
        <source>ShareGPT conversations</source>
        <translation>ShareGPT 对话</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Accepted only</source>
        <translation>仅已采纳</translation>
    </message>
    <message>
        <source>All but rejected</source>
        <translation>除已拒绝外全部</translation>
    </message>
    <message>
        <source>Everything that passed</source>
        <translation>所有通过筛选的记录</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Generators</source>
        <translation>数据生成</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量控制</translation>
    </message>
    <message>
        <source>Mixing</source>
        <translation>数据混合</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Seed table</source>
        <translation>种子表</translation>
    </message>
    <message>
        <source>A few hand-written example records, typed in or imported from a CSV, JSON or JSON Lines file. Every column becomes a field.</source>
        <translation>少量手写的示例记录，可直接输入，也可从 CSV、JSON 或 JSON Lines 文件导入。每一列都成为一个字段。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>The seed records. Each column is a field available to later stages.</source>
        <translation>种子记录。每一列都是可供后续节点使用的字段。</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Optional CSV, JSON or JSON Lines file read in addition to the rows.</source>
        <translation>可选的 CSV、JSON 或 JSON Lines 文件，在表格行之外额外读取。</translation>
    </message>
    <message>
        <source>Add at least one seed row or choose a file to import.</source>
        <translation>请至少添加一行种子数据，或选择要导入的文件。</translation>
    </message>
    <message>
        <source>Topic list</source>
        <translation>主题列表</translation>
    </message>
    <message>
        <source>A fixed list of topics; one record per topic.</source>
        <translation>固定的主题列表；每个主题生成一条记录。</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>One topic per line.</source>
        <translation>每行一个主题。</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>字段名</translation>
    </message>
    <message>
        <source>Name of the field that holds the topic.</source>
        <translation>存放主题的字段名称。</translation>
    </message>
    <message>
        <source>Topic tree</source>
        <translation>主题树</translation>
    </message>
    <message>
        <source>Expands a root subject into subtopics with a model, level by level, so that generation covers the whole domain.</source>
        <translation>用模型将根主题逐层展开为子主题，使生成内容覆盖整个领域。</translation>
    </message>
    <message>
        <source>Root subject</source>
        <translation>根主题</translation>
    </message>
    <message>
        <source>The domain to cover, for example &quot;online shop customer support&quot;.</source>
        <translation>要覆盖的领域，例如“网店客服”。</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Number of levels below the root.</source>
        <translation>根主题之下的层数。</translation>
    </message>
    <message>
        <source>Subtopics per topic</source>
        <translation>每个主题的子主题数</translation>
    </message>
    <message>
        <source>How many subtopics the model proposes for each topic.</source>
        <translation>模型为每个主题提出的子主题数量。</translation>
    </message>
    <message>
        <source>Attribute grid</source>
        <translation>属性网格</translation>
    </message>
    <message>
        <source>Combines controllable attributes (tone, audience, difficulty, language…) so that every record asks for a specific mix.</source>
        <translation>组合可控属性（语气、受众、难度、语言…），使每条记录都对应一种特定的属性组合。</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>One row per attribute: its name and its values separated by &quot;|&quot;.</source>
        <translation>每行一个属性：属性名及以“|”分隔的取值。</translation>
    </message>
    <message>
        <source>Combinations</source>
        <translation>组合方式</translation>
    </message>
    <message>
        <source>Every combination, or a random sample of them.</source>
        <translation>使用所有组合，或从中随机抽样。</translation>
    </message>
    <message>
        <source>How many combinations to draw when sampling at random.</source>
        <translation>随机抽样时抽取的组合数量。</translation>
    </message>
    <message>
        <source>Fact list</source>
        <translation>事实列表</translation>
    </message>
    <message>
        <source>Facts or knowledge snippets that generation must stay grounded in; one record per fact.</source>
        <translation>生成内容必须依据的事实或知识片段；每条事实生成一条记录。</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>One fact per line.</source>
        <translation>每行一条事实。</translation>
    </message>
    <message>
        <source>Optional text file with one fact per line.</source>
        <translation>可选的文本文件，每行一条事实。</translation>
    </message>
    <message>
        <source>Name of the field that holds the fact.</source>
        <translation>存放事实的字段名称。</translation>
    </message>
    <message>
        <source>Add at least one fact or choose a file to import.</source>
        <translation>请至少添加一条事实，或选择要导入的文件。</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Renders a prompt for every input record and asks a model for new samples.</source>
        <translation>为每条输入记录渲染提示词，并请求模型生成新样本。</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>JSON output is parsed into the output fields; text goes into the first one.</source>
        <translation>JSON 输出会解析到各输出字段；纯文本则写入第一个字段。</translation>
    </message>
    <message>
        <source>Output fields</source>
        <translation>输出字段</translation>
    </message>
    <message>
        <source>Fields the model must produce; one per line.</source>
        <translation>模型必须生成的字段；每行一个。</translation>
    </message>
    <message>
        <source>Samples per input</source>
        <translation>每条输入的样本数</translation>
    </message>
    <message>
        <source>How many samples to generate from each input record.</source>
        <translation>每条输入记录生成的样本数量。</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>Paraphrases a field, changes its style or difficulty or adds background, keeping the meaning.</source>
        <translation>在保持含义不变的前提下，对字段进行同义改写、转换风格、调整难度或补充背景。</translation>
    </message>
    <message>
        <source>Field to rewrite</source>
        <translation>改写字段</translation>
    </message>
    <message>
        <source>The field whose text is rewritten.</source>
        <translation>要改写其文本的字段。</translation>
    </message>
    <message>
        <source>Kind of rewrite</source>
        <translation>改写方式</translation>
    </message>
    <message>
        <source>What to change while keeping the meaning.</source>
        <translation>在保持含义的前提下改变什么。</translation>
    </message>
    <message>
        <source>Variants per record</source>
        <translation>每条记录的变体数</translation>
    </message>
    <message>
        <source>How many rewrites to produce from each record.</source>
        <translation>每条记录生成的改写数量。</translation>
    </message>
    <message>
        <source>Evolve (Evol-Instruct)</source>
        <translation>演化 (Evol-Instruct)</translation>
    </message>
    <message>
        <source>Makes instructions harder or broader over several rounds, after the Evol-Instruct method.</source>
        <translation>参照 Evol-Instruct 方法，经多轮演化使指令更难或覆盖更广。</translation>
    </message>
    <message>
        <source>Instruction field</source>
        <translation>指令字段</translation>
    </message>
    <message>
        <source>The field holding the instruction.</source>
        <translation>存放指令的字段。</translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation>演化方向</translation>
    </message>
    <message>
        <source>In depth adds constraints and reasoning steps; in breadth finds new topics.</source>
        <translation>深度演化增加约束和推理步骤；广度演化拓展新主题。</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>How many times each instruction is evolved.</source>
        <translation>每条指令演化的次数。</translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation>大模型评审</translation>
    </message>
    <message>
        <source>A model scores every record against a rubric and explains its score; records below the threshold are filtered.</source>
        <translation>由模型按评分标准为每条记录打分并说明理由；低于阈值的记录会被过滤。</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>What a good record looks like: accuracy, consistency, fluency, format…</source>
        <translation>好记录的标准：准确性、一致性、流畅度、格式…</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Scores range from 1 to this value.</source>
        <translation>分数范围为 1 到此值。</translation>
    </message>
    <message>
        <source>Pass threshold</source>
        <translation>通过阈值</translation>
    </message>
    <message>
        <source>Records scoring below this are marked as filtered.</source>
        <translation>得分低于此值的记录将标记为已过滤。</translation>
    </message>
    <message>
        <source>The pass threshold is above the highest score, so every record would be filtered.</source>
        <translation>通过阈值高于最高分，所有记录都会被过滤。</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>规则过滤</translation>
    </message>
    <message>
        <source>Filters records by length, patterns and score without a model.</source>
        <translation>无需模型，按长度、模式和分数过滤记录。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>The field the length and pattern rules look at.</source>
        <translation>长度和模式规则所检查的字段。</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>最小长度</translation>
    </message>
    <message>
        <source>Records with fewer characters are filtered.</source>
        <translation>字符数少于此值的记录将被过滤。</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <source>Records with more characters are filtered.</source>
        <translation>字符数多于此值的记录将被过滤。</translation>
    </message>
    <message>
        <source>Must match</source>
        <translation>必须匹配</translation>
    </message>
    <message>
        <source>Regular expression the field must contain; empty for none.</source>
        <translation>字段中必须包含的正则表达式；留空表示不限制。</translation>
    </message>
    <message>
        <source>Must not match</source>
        <translation>不得匹配</translation>
    </message>
    <message>
        <source>Regular expression the field must not contain, e.g. &quot;As an AI&quot;.</source>
        <translation>字段中不得包含的正则表达式，例如“作为一个AI”。</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>Records whose judge score is lower are filtered; 0 keeps all.</source>
        <translation>评审得分低于此值的记录将被过滤；0 表示全部保留。</translation>
    </message>
    <message>
        <source>The minimum length is greater than the maximum length.</source>
        <translation>最小长度大于最大长度。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>“%1”不是有效的正则表达式：%2</translation>
    </message>
    <message>
        <source>Verify answers</source>
        <translation>答案校验</translation>
    </message>
    <message>
        <source>Checks that answers are correct: asks a model to solve the task again, or runs an external validator command.</source>
        <translation>检查答案是否正确：让模型重新解答任务，或运行外部校验命令。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>How answers are checked.</source>
        <translation>答案的校验方式。</translation>
    </message>
    <message>
        <source>Validator command</source>
        <translation>校验命令</translation>
    </message>
    <message>
        <source>Program that reads a record as JSON on standard input and exits 0 when it is correct. Runs only after you allow it for this project.</source>
        <translation>从标准输入读取 JSON 格式记录的程序，记录正确时以 0 退出。仅在你为此项目允许后才会运行。</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <source>A check that takes longer counts as failed.</source>
        <translation>耗时超过此值的检查视为失败。</translation>
    </message>
    <message>
        <source>Enter the validator command to run.</source>
        <translation>请输入要运行的校验命令。</translation>
    </message>
    <message>
        <source>Exact dedup</source>
        <translation>精确去重</translation>
    </message>
    <message>
        <source>Fields compared; empty compares all fields.</source>
        <translation>参与比较的字段；留空则比较所有字段。</translation>
    </message>
    <message>
        <source>Ignore case and spacing</source>
        <translation>忽略大小写和空白</translation>
    </message>
    <message>
        <source>Compare text after lower-casing and collapsing spaces.</source>
        <translation>转为小写并合并连续空白后再比较文本。</translation>
    </message>
    <message>
        <source>Near-duplicate dedup (MinHash)</source>
        <translation>近似去重 (MinHash)</translation>
    </message>
    <message>
        <source>Finds near-duplicates by shingle overlap (MinHash LSH) and keeps one record of each cluster.</source>
        <translation>按文本片段的重叠度（MinHash LSH）查找近似重复记录，每个簇只保留一条。</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>相似度阈值</translation>
    </message>
    <message>
        <source>Estimated Jaccard similarity above which records are duplicates.</source>
        <translation>估算的 Jaccard 相似度高于此值时，记录视为重复。</translation>
    </message>
    <message>
        <source>Shingle size (characters)</source>
        <translation>片段长度（字符）</translation>
    </message>
    <message>
        <source>Length of the character n-grams compared.</source>
        <translation>用于比较的字符 n-gram 长度。</translation>
    </message>
    <message>
        <source>Hash permutations</source>
        <translation>哈希置换数</translation>
    </message>
    <message>
        <source>More permutations estimate similarity more precisely.</source>
        <translation>置换越多，相似度估算越精确。</translation>
    </message>
    <message>
        <source>Semantic dedup (embeddings)</source>
        <translation>语义去重（向量）</translation>
    </message>
    <message>
        <source>Removes records whose meaning is too close to an earlier record, by cosine similarity of embeddings.</source>
        <translation>按向量的余弦相似度，移除与先前记录语义过于接近的记录。</translation>
    </message>
    <message>
        <source>Fields embedded; empty embeds all fields.</source>
        <translation>参与向量化的字段；留空则使用所有字段。</translation>
    </message>
    <message>
        <source>Cosine similarity above which records are duplicates.</source>
        <translation>余弦相似度高于此值时，记录视为重复。</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>人工审核</translation>
    </message>
    <message>
        <source>Holds records until a person accepts, edits or rejects them; a sample rate reviews only a share of them.</source>
        <translation>暂存记录，直到有人采纳、编辑或拒绝；设置抽样比例可只审核其中一部分。</translation>
    </message>
    <message>
        <source>Share reviewed</source>
        <translation>审核比例</translation>
    </message>
    <message>
        <source>Fraction of records that need a review; the rest pass through.</source>
        <translation>需要审核的记录比例；其余记录直接通过。</translation>
    </message>
    <message>
        <source>Passed downstream</source>
        <translation>向下游传递</translation>
    </message>
    <message>
        <source>Which reviewed records continue.</source>
        <translation>哪些已审核的记录继续向下游传递。</translation>
    </message>
    <message>
        <source>Mix with real data</source>
        <translation>混合真实数据</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>合成</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>Real data file</source>
        <translation>真实数据文件</translation>
    </message>
    <message>
        <source>CSV, JSON or JSON Lines file of real records, if not connected.</source>
        <translation>未连接输入时使用的真实记录文件（CSV、JSON 或 JSON Lines）。</translation>
    </message>
    <message>
        <source>Share of real data</source>
        <translation>真实数据比例</translation>
    </message>
    <message>
        <source>Fraction of the mixed output that comes from real data.</source>
        <translation>混合输出中来自真实数据的比例。</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Assigns every record to train, validation or test.</source>
        <translation>将每条记录分配到训练集、验证集或测试集。</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>训练集比例</translation>
    </message>
    <message>
        <source>Fraction of records in the training split.</source>
        <translation>分到训练集的记录比例。</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Fraction of records in the validation split.</source>
        <translation>分到验证集的记录比例。</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <source>Fraction of records in the test split.</source>
        <translation>分到测试集的记录比例。</translation>
    </message>
    <message>
        <source>The shares add up to %1; they must add up to 1.</source>
        <translation>各比例之和为 %1；必须等于 1。</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Keeps a fixed number of records, at random or balanced over a field.</source>
        <translation>随机或按字段均衡地保留固定数量的记录。</translation>
    </message>
    <message>
        <source>Records kept</source>
        <translation>保留记录数</translation>
    </message>
    <message>
        <source>How many records to keep.</source>
        <translation>要保留的记录数量。</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>How records are picked.</source>
        <translation>记录的选取方式。</translation>
    </message>
    <message>
        <source>Balance over field</source>
        <translation>均衡字段</translation>
    </message>
    <message>
        <source>With the stratified strategy: the field to balance.</source>
        <translation>使用分层策略时要均衡的字段。</translation>
    </message>
    <message>
        <source>Name the field to balance over.</source>
        <translation>请指定要均衡的字段。</translation>
    </message>
    <message>
        <source>Writes the records to a file in a format fine-tuning tools read.</source>
        <translation>将记录写入文件，格式可供微调工具直接读取。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File format of the exported dataset.</source>
        <translation>导出数据集的文件格式。</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Where to write the dataset; relative paths are inside the project folder.</source>
        <translation>数据集的写入位置；相对路径以项目文件夹为基准。</translation>
    </message>
    <message>
        <source>Records included</source>
        <translation>包含的记录</translation>
    </message>
    <message>
        <source>Which records, by review state, are written.</source>
        <translation>按审核状态决定写入哪些记录。</translation>
    </message>
    <message>
        <source>Prompt field</source>
        <translation>提示词字段</translation>
    </message>
    <message>
        <source>Field used as the user turn.</source>
        <translation>用作用户轮次的字段。</translation>
    </message>
    <message>
        <source>Response field</source>
        <translation>回复字段</translation>
    </message>
    <message>
        <source>Field used as the assistant turn.</source>
        <translation>用作助手轮次的字段。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Optional system message added to every exported conversation.</source>
        <translation>添加到每段导出对话中的可选系统消息。</translation>
    </message>
    <message>
        <source>At random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Combinations drawn</source>
        <translation>抽取组合数</translation>
    </message>
    <message>
        <source>Marks records whose fields are identical (after normalizing case and spaces) as duplicates.</source>
        <translation>将字段完全相同（忽略大小写和空白差异）的记录标记为重复。</translation>
    </message>
    <message>
        <source>Blends synthetic records with real, human-labeled ones in a chosen ratio, so that real data anchors the distribution.</source>
        <translation>按设定比例将合成记录与人工标注的真实数据混合，由真实数据锚定数据分布。</translation>
    </message>
</context>
<context>
    <name>Seedbed::StartPage</name>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <source>Create a project in a new folder</source>
        <translation>在新文件夹中创建项目</translation>
    </message>
    <message>
        <source>Open a project folder or its project.seedbed file</source>
        <translation>打开项目文件夹或其中的 project.seedbed 文件</translation>
    </message>
    <message>
        <source>Open a copy of a small customer-support project that shows every step</source>
        <translation>打开一个小型客服项目的副本，其中演示了每个步骤</translation>
    </message>
    <message>
        <source>Grow training datasets for language models from a few seed examples.</source>
        <translation>从少量种子样例出发，为语言模型培育训练数据集。</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>No recent projects yet. Create a new project, or open the example to see how a pipeline grows a dataset.</source>
        <translation>暂无最近的项目。新建一个项目，或打开示例，看看流水线如何培育数据集。</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>从列表中移除</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grow LLM training datasets from a few seed examples.</source>
        <translation>从少量种子样例出发，培育大模型训练数据集。</translation>
    </message>
    <message>
        <source>Open the bundled example project.</source>
        <translation>打开内置的示例项目。</translation>
    </message>
    <message>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation>界面语言，例如 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>Project folder or project.seedbed file to open.</source>
        <translation>要打开的项目文件夹或 project.seedbed 文件。</translation>
    </message>
</context>
</TS>
