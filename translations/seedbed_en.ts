<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Seedbed::CanvasScene</name>
    <message>
        <source>There is no stage type &quot;%1&quot; in this version of Seedbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the connection on one of the inputs of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::GraphCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n stage(s)</source>
        <translation>
            <numerusform>Add %n stage</numerusform>
            <numerusform>Add %n stages</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Delete %n connection</numerusform>
            <numerusform>Delete %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stage(s)</source>
        <translation>
            <numerusform>Delete %n stage</numerusform>
            <numerusform>Delete %n stages</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n stage(s)</source>
        <translation>
            <numerusform>Move %n stage</numerusform>
            <numerusform>Move %n stages</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::InspectorWidget</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stage on the canvas to edit its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stages selected. Select a single stage to edit its settings.</source>
        <translation>
            <numerusform>%n stage selected. Select a single stage to edit its settings.</numerusform>
            <numerusform>%n stages selected. Select a single stage to edit its settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown on the canvas; press Enter to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project was made with a Seedbed that knows more stage types. The stage is kept as it is but cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::ConnectionTester</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). The server may be busy or still loading a model, or a firewall may be silently dropping the connection.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. The server may be busy or still loading a model, or a firewall may be silently dropping the connection.</numerusform>
            <numerusform>%1 did not answer within %n seconds. The server may be busy or still loading a model, or a firewall may be silently dropping the connection.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 answered with a web page instead of a model list. The base URL probably points at a website rather than at its API; check its path (many APIs end in “/v1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered, but not with a model list (%2). Check that the base URL and the protocol chosen in the profile match the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server offers %n model(s). Its model list is public, so the key was not checked; add a model to the profile to check the key too.</source>
        <translation>
            <numerusform>Connected to %1: the server offers %n model. Its model list is public, so the key was not checked; add a model to the profile to check the key too.</numerusform>
            <numerusform>Connected to %1: the server offers %n models. Its model list is public, so the key was not checked; add a model to the profile to check the key too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server offers %n model(s).</source>
        <translation>
            <numerusform>Connected to %1: the server offers %n model.</numerusform>
            <numerusform>Connected to %1: the server offers %n models.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server offers %n model(s), including %2.</source>
        <translation>
            <numerusform>Connected to %1: the server offers %n model: %2.</numerusform>
            <numerusform>Connected to %1: the server offers %n models, including %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered the one-token test request to %1 with an error: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: the server has no model list, but a one-token test request to %2 was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server offers %n model(s), and a one-token test request to %2 was answered.</source>
        <translation>
            <numerusform>Connected to %1: the server offers %n model, and a one-token test request to %2 was answered.</numerusform>
            <numerusform>Connected to %1: the server offers %n models, and a one-token test request to %2 was answered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 and the key was accepted; the server refused only the one-token test request itself (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the server does not know the model %1 (HTTP %2: %3). Check the model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No base URL is set. Enter the address of the API, for example https://api.deepseek.com/v1 or http://127.0.0.1:11434.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 is not a valid address (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 must start with http:// or https://, for example https://%2 (or http://%2 for a server on your own network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 already ends with the endpoint %2. Remove it: the base URL stops before it, here %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. Servers on this computer usually speak plain HTTP: try a base URL that starts with http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. The server&apos;s certificate may be invalid, expired or self-signed, the computer&apos;s clock may be wrong, or a proxy may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 could not be found. Check the spelling of the base URL and that this computer can reach that network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening at %1 (connection refused). Is Ollama running? Start it with “ollama serve”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening at %1 (connection refused). Is the server running? Start it first (for example “ollama serve”, “vllm serve &lt;model&gt;” or “llama-server -m &lt;model.gguf&gt;”) and check the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the host name and port of the base URL, and whether a firewall is blocking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection without answering. If it only speaks HTTPS, change the base URL to start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection without answering. Check the base URL, and whether a proxy or firewall is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed (%1). Check the proxy settings of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a key (HTTP %1: %2), but none was sent: the profile has no key. Enter the key, or name an environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the key from the environment variable %1 (HTTP %2: %3). Check that the variable holds a valid, active key for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the key stored in the system keychain (HTTP %1: %2). Enter the key again in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the key (HTTP %1: %2). Check that it is a valid, active key for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has nothing at %1 (HTTP %2). The base URL probably needs “/v1” at the end: try %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has nothing at %1 (HTTP %2). For Ollama&apos;s own protocol the base URL must not end in “/v1”: try %3. (With “/v1”, choose the OpenAI-compatible protocol instead.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has nothing at %1 (HTTP %2). For Anthropic the base URL must not end in “/v1”, Seedbed adds it: try %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has nothing at %1 (HTTP %2). Check the path of the base URL, and that the server speaks the protocol chosen in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable, but it is limiting requests right now (HTTP 429: %1). Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable but failed to answer (HTTP %1: %2). It may be starting up, overloaded or misconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the server has no models yet. Download one with “ollama pull %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Load a model on the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected, but the server does not have %n of the profile&apos;s models: %1. It has: %2.</source>
        <translation>
            <numerusform>Connected, but the server does not have %n model of the profile: %1. It has: %2.</numerusform>
            <numerusform>Connected, but the server does not have %n models of the profile: %1. It has: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>a web page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::JsonExtractor</name>
    <message>
        <source>Found the start of a JSON object (“%1”), but it is never closed; the answer may have been cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the start of a JSON array (“%1”), but it is never closed; the answer may have been cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found “%1”, but it is not a valid JSON object: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found “%1”, but it is not a valid JSON array: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer holds only reasoning (&lt;think&gt;…&lt;/think&gt;) and nothing after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a JSON array but no JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a JSON object but no JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer contains no JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer contains no JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::KeyStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name: use letters, digits and underscores, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no id, so its key cannot be looked up in the system keychain. Save the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no id yet, so its key cannot be stored. Save the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set, or is empty. Set it to the key before starting Seedbed (for example in your shell profile), or store the key in the system keychain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key for the profile &quot;%1&quot; is stored in the system keychain. Enter the key in the profile settings, or set the environment variable %2 and name it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the key of the profile &quot;%1&quot; could not be used. Allow Seedbed to use the keychain, or set the environment variable %2 to the key and name it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the profile &quot;%1&quot; could not be removed from the system keychain (%2). Remove the entry &quot;%3&quot; of the service &quot;%4&quot; with your keychain manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored: the system keychain is not available (%1). On Linux it needs a Secret Service such as GNOME Keyring or KWallet running in your session. The key was not written anywhere else. Instead, set the environment variable %2 to the key before starting Seedbed and name %2 in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the key of the profile &quot;%2&quot; cannot be read. On Linux it needs a Secret Service such as GNOME Keyring or KWallet running in your session. Instead, set the environment variable %3 to the key before starting Seedbed and name %3 in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Seedbed cannot use the system keychain (it was built without QtKeychain), so keys cannot be stored. Set the environment variable %1 to the key before starting Seedbed and name %1 in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::LineSplitter</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8 (byte 0x%1 at position %2 of a line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::LlmClient</name>
    <message>
        <source>The base URL “%1” of provider “%2” is not a valid http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 ended before the response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the API key (HTTP 401): check the key stored for this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403): the key may not be allowed to use this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found at %1 (HTTP 404): check the base URL and the model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting the rate of requests (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of %1 was not found: check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 took longer than %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic offers no embeddings endpoint; use an OpenAI-compatible or Ollama profile for embedding dedup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response of %1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned %2 embeddings for %3 inputs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::ProfileStore</name>
    <message>
        <source>The provider settings file %1 could not be read (%2). It was left as it is; changes to providers will not be saved until it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider settings file %1 was written by a newer version of Seedbed (%2). It was left as it is, and changes to providers will not be saved so that it is not damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider settings file %1 is damaged (%2). It was kept as %3 and Seedbed starts with no providers; you can repair the file by hand and put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider settings file %1 is damaged (%2) and could not be set aside (%3). It was left as it is; changes to providers will not be saved until it is repaired or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider settings file %1 contains a field that looks like an API key. Seedbed ignores it and removes it the next time it saves the file; keep keys in the system keychain or in an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the provider settings could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider settings could not be saved to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider settings could not be saved to %1: %2. The previous file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider profile &quot;%1&quot; to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider profile &quot;%1&quot; to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another provider profile already has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a provider profile named &quot;%1&quot;; stages refer to profiles by name, so names must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Seedbed provider file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no list of profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 has no id or no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 repeats the id or name of another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 has an unknown protocol &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::ProviderPresets</name>
    <message>
        <source>Outside mainland China use https://dashscope-intl.aliyuncs.com/compatible-mode/v1 with a key from that region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside mainland China use https://api.moonshot.ai/v1 with a key from that platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside mainland China use https://api.siliconflow.com/v1 with a key from that platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server with “ollama serve” and download a model with “ollama pull &lt;model&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server with “vllm serve &lt;model&gt;”. A key is needed only if the server was started with --api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server with “llama-server -m &lt;model.gguf&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server in LM Studio&apos;s Developer tab or with “lms server start”, and load a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI chat completions API. Its base URL usually ends in /v1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::RequestBuilder</name>
    <message>
        <source>The server sent a response that is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic offers no embeddings. Use an OpenAI-compatible or Ollama profile for embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no &quot;%1&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedding in the response is not a list of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::SseDecoder</name>
    <message>
        <source>The server sent an event larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::StreamParser</name>
    <message>
        <source>it ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unescaped control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a chunk that is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line that is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response that is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a chunk that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent text that is not valid UTF-8 (byte 0x%1 at position %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects save themselves as you edit; this writes pending edits now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Stage Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Pipeline in Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Seedbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the example project to %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seedbed projects (project.seedbed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no Seedbed stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard content is damaged and cannot be pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Seedbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seedbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Seedbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seedbed %1&lt;/h3&gt;&lt;p&gt;Grow high-quality training datasets for language models from a few seed examples: design prompts, diversify generation, control quality, mix with real data and export.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you close the project now, the changes since the last successful save are lost. Retry once the problem is fixed, or save a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Customer support Q&amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters or digits in the name; it also names the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the location where the project folder is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the location as a full path, or choose it with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location %1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named %1 already exists in this location. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 already exists and is not empty. Choose another name or location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create folders in %1. Choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(enter a name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::PipelineGraph</name>
    <message>
        <source>The stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage cannot feed itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage type is unknown to this version of Seedbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no output: it is the end of the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no input: it is a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no input named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These stages are already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; of &quot;%2&quot; is already connected; remove that connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection would make a loop: &quot;%1&quot; already feeds &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::PipelineValidator</name>
    <message>
        <source>The stage type &quot;%1&quot; is unknown to this version of Seedbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage is part of a loop; remove one of the connections of the loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; is not connected; connect a stage&apos;s output to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing uses the output of this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; it must be between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of the offered choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen prompt template no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::ProjectDocument</name>
    <message>
        <source>There is no Seedbed project at %1 (no %2 file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is already open in another Seedbed window (process %1 on %2). Switch to that window, or close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock the project folder %1 for writing. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. Your changes are kept in memory; free some disk space or check permissions and they will be saved again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::ProjectFormat</name>
    <message>
        <source>A stage has no type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position of stage &quot;%1&quot; is not a pair of numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection names no input port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 at line %3. Restore it from a backup or from version control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Seedbed project file (it is not JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Seedbed project file (it has no &quot;format&quot;: &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its format version is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seedbed (project format %2); this version reads up to format %3. Update Seedbed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two stages share the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection refers to a stage that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prompt template is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two prompt templates share the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or is not a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of stage &quot;%1&quot; are not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::ProjectStore</name>
    <message>
        <source>The data file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Seedbed data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged and cannot be opened. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of Seedbed (data format %2); this version reads up to %3. Update Seedbed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is in use by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read or write the data file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: a file with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the data file %1 for writing: it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use write-ahead logging (journal mode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the data file %1 from data format %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a backup to %1: no data file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a backup to %1: a file with that name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a backup to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 changed while it was being opened. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::ProvidersDialog</name>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider profiles yet.
Click “Add…” to create one from a service or a local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discards the edits not applied yet. Keys stored with “Store in keychain” and removed profiles stay as they are: those take effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile for a service or a local server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the selected profile. A key stored in the keychain is not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected profile and its key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages refer to the profile by this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /chat/completions: OpenAI, DeepSeek, Qwen, vLLM, llama.cpp, LM Studio and most others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama&apos;s own API: /api/chat, /api/tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic&apos;s Messages API: /v1/messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example https://api.deepseek.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One model per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key (&amp;local server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key goes to the system keychain and nowhere else; the field is cleared once it is stored. “Test connection” uses a key typed here without storing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key while you type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the key in the system keychain and saves the profile at once; Cancel does not undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the variable, not the key: Seedbed reads the key from it when it needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server for its models with the profile as edited, including edits not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the models of the profile with the ones the server listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests may be in flight at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first attempt plus retries after connection errors, timeouts, 429 and 5xx answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the connection and the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest silence allowed between two pieces of a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest one attempt may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;concurrent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means unlimited. Seedbed also slows down by itself when the server answers 429 (too many requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices per million tokens, used to add up the cost of runs. A model without a price makes the cost incomplete, not zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already named %1. Stages refer to profiles by name, so names must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the base URL of the API, for example https://api.deepseek.com/v1 or http://127.0.0.1:11434.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL %1 has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the environment variable that holds the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid environment variable name: use letters, digits and underscores, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the currency of the prices, for example USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price has no model name. Enter the model, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 has two prices; remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the provider profile %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is also deleted from the system keychain. Stages that use this profile will need another one. This takes effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages that use this profile will need another one. This takes effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 was removed, but its key could not be deleted from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Seedbed cannot use the system keychain; use an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Enter another one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored yet: paste it above and click “Store in Keychain”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Environment Variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the variable that holds the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and underscores only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set in Seedbed&apos;s environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set in the environment Seedbed was started from. Set it (for example in your shell profile) and start Seedbed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not stored: the profile must be saved with it, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in the system keychain, but the profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use the Server&apos;s %n Model(s)</source>
        <translation>
            <numerusform>Use the Server&apos;s %n Model</numerusform>
            <numerusform>Use the Server&apos;s %n Models</numerusform>
        </translation>
    </message>
    <message>
        <source>Tota&amp;l timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input per 1M tokens (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output per 1M tokens (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::SettingEditor</name>
    <message>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new column (a field name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files (*.csv *.json *.jsonl *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::StageItem</name>
    <message>
        <source>Unknown stage type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::StagePalette</name>
    <message>
        <source>Search stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::StageRegistry</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the provider profile that serves this stage (configured in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name as the provider knows it, for example deepseek-chat or qwen2.5:7b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher values give more varied output; lower values more predictable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound on the length of each model response, in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests this stage keeps in flight at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt template this stage renders for every input record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same selection on every run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In depth (harder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In breadth (new topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth and breadth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratified by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (fields as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI chat messages (JSONL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpaca (instruction, input, output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShareGPT conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All but rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few hand-written example records, typed in or imported from a CSV, JSON or JSON Lines file. Every column becomes a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed records. Each column is a field available to later stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional CSV, JSON or JSON Lines file read in addition to the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one seed row or choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed list of topics; one record per topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One topic per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the field that holds the topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expands a root subject into subtopics with a model, level by level, so that generation covers the whole domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain to cover, for example &quot;online shop customer support&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of levels below the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtopics per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many subtopics the model proposes for each topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combines controllable attributes (tone, audience, difficulty, language…) so that every record asks for a specific mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per attribute: its name and its values separated by &quot;|&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every combination, or a random sample of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many combinations to draw when sampling at random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts or knowledge snippets that generation must stay grounded in; one record per fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One fact per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional text file with one fact per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the field that holds the fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one fact or choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a prompt for every input record and asks a model for new samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output is parsed into the output fields; text goes into the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields the model must produce; one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples to generate from each input record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paraphrases a field, changes its style or difficulty or adds background, keeping the meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field to rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field whose text is rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change while keeping the meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rewrites to produce from each record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolve (Evol-Instruct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes instructions harder or broader over several rounds, after the Evol-Instruct method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field holding the instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In depth adds constraints and reasoning steps; in breadth finds new topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times each instruction is evolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model scores every record against a rubric and explains its score; records below the threshold are filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a good record looks like: accuracy, consistency, fluency, format…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores range from 1 to this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records scoring below this are marked as filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pass threshold is above the highest score, so every record would be filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters records by length, patterns and score without a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field the length and pattern rules look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with fewer characters are filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with more characters are filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression the field must contain; empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression the field must not contain, e.g. &quot;As an AI&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records whose judge score is lower are filtered; 0 keeps all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum length is greater than the maximum length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that answers are correct: asks a model to solve the task again, or runs an external validator command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How answers are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program that reads a record as JSON on standard input and exits 0 when it is correct. Runs only after you allow it for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check that takes longer counts as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the validator command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact dedup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields compared; empty compares all fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore case and spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare text after lower-casing and collapsing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate dedup (MinHash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds near-duplicates by shingle overlap (MinHash LSH) and keeps one record of each cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated Jaccard similarity above which records are duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shingle size (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the character n-grams compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash permutations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More permutations estimate similarity more precisely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic dedup (embeddings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes records whose meaning is too close to an earlier record, by cosine similarity of embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields embedded; empty embeds all fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine similarity above which records are duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds records until a person accepts, edits or rejects them; a sample rate reviews only a share of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of records that need a review; the rest pass through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed downstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which reviewed records continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix with real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, JSON or JSON Lines file of real records, if not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of the mixed output that comes from real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigns every record to train, validation or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of records in the training split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of records in the validation split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of records in the test split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares add up to %1; they must add up to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a fixed number of records, at random or balanced over a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How records are picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance over field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the stratified strategy: the field to balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the field to balance over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the records to a file in a format fine-tuning tools read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format of the exported dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the dataset; relative paths are inside the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which records, by review state, are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field used as the user turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field used as the assistant turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional system message added to every exported conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combinations drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks records whose fields are identical (after normalizing case and spaces) as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blends synthetic records with real, human-labeled ones in a chosen ratio, so that real data anchors the distribution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::StartPage</name>
    <message>
        <source>New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project in a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project folder or its project.seedbed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy of a small customer-support project that shows every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow training datasets for language models from a few seed examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects yet. Create a new project, or open the example to see how a pipeline grows a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grow LLM training datasets from a few seed examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled example project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder or project.seedbed file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
