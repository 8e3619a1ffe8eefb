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
    <name>Seedbed::ChartsDock</name>
    <message>
        <source>Computing the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field whose text the length and word charts measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words or word pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct words (pairs) divided by all words (pairs): the higher, the more varied the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide common words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorical field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All text fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching record(s). Scores, lengths, words and balance from a sample of %L1.</source>
        <translation>
            <numerusform>%Ln matching record. Scores, lengths, words and balance from a sample of %L1.</numerusform>
            <numerusform>%Ln matching records. Scores, lengths, words and balance from a sample of %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching record(s).</source>
        <translation>
            <numerusform>%Ln matching record.</numerusform>
            <numerusform>%Ln matching records.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scores yet: scores appear once a judge stage has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln scored record(s), mean %1</source>
        <translation>
            <numerusform>%Ln scored record, mean %1</numerusform>
            <numerusform>%Ln scored records, mean %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No text to measure in the chosen field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewed records yet: acceptance appears when you review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Per hour. %1 of %Ln reviewed record(s) kept.</source>
        <translation>
            <numerusform>Per hour. %1 of %Ln reviewed record kept.</numerusform>
            <numerusform>Per hour. %1 of %Ln reviewed records kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Per day. %1 of %Ln reviewed record(s) kept.</source>
        <translation>
            <numerusform>Per day. %1 of %Ln reviewed record kept.</numerusform>
            <numerusform>Per day. %1 of %Ln reviewed records kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>No words in the chosen field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-1 %1 · distinct-2 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No word pairs: every text is a single word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only common words: uncheck “Hide common words”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No categorical field: a field whose values repeat, with at most %1 different ones, shows its balance here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more value(s) not shown.</source>
        <translation>
            <numerusform>%Ln more value not shown.</numerusform>
            <numerusform>%Ln more values not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) without the field.</source>
        <translation>
            <numerusform>%Ln record without the field.</numerusform>
            <numerusform>%Ln records without the field.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project to see charts of its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Cli</name>
    <message>
        <source>Create a project: empty, or a copy of the example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a project&apos;s pipeline for problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records of each stage and the last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rows from a CSV, TSV or JSON file to a seed table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add, remove and test LLM provider profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a project&apos;s pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a project&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or the help of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seedbed %1: this command is not available in this version of Seedbed. Open the project in the Seedbed window instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: seedbed [options] [PROJECT]          opens the Seedbed window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       seedbed COMMAND [options] [ARGS…]    runs a command without a window or display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow LLM training datasets from a few seed examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;seedbed help COMMAND&quot; or &quot;seedbed COMMAND --help&quot; for the arguments of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled example project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seedbed help: there is no command &quot;%1&quot;. Run &quot;seedbed help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seedbed: there is no command &quot;%1&quot;. Run &quot;seedbed help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing or malformed argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial failure: some of the work failed (run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is invalid or cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider could not be reached or refused the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing arguments: expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected arguments: %1. Expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: seedbed %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seedbed %1: %2
Run &quot;seedbed help %1&quot; for the arguments it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seedbed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) are named &quot;%1&quot;; give the id of the one you mean:</source>
        <translation>
            <numerusform>%n stage is named &quot;%1&quot;; give the id of the one you mean:</numerusform>
            <numerusform>%n stages are named &quot;%1&quot;; give the id of the one you mean:</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no stage with the id or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no seed table stage; add one in the Seedbed window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed table stages in this project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads seed rows from a CSV, TSV, JSON Lines or JSON array file and adds them to a seed table stage, then saves the project. Problems in the file are listed with their line; rows that cannot be read are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project folder or its project.seedbed file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read rows from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed table stage, by id or by exact name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the stage&apos;s rows instead of adding to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CSV and TSV files, read cells that are numbers or true/false as such rather than as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the seed table to import into with --stage ID or --stage NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: no such file, or it is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; is a %2 stage; rows can only be imported into a seed table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not shown.</source>
        <translation>
            <numerusform>%1: %n more problem not shown.</numerusform>
            <numerusform>%1: %n more problems not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows to import; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Rows with errors were skipped (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced the rows of &quot;%1&quot; with %n row(s) from %2.</source>
        <translation>
            <numerusform>Replaced the rows of &quot;%1&quot; with %n row from %2.</numerusform>
            <numerusform>Replaced the rows of &quot;%1&quot; with %n rows from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s) from %2 to &quot;%1&quot;; it now has %3.</source>
        <translation>
            <numerusform>Added %n row from %2 to &quot;%1&quot;; it now has %3.</numerusform>
            <numerusform>Added %n rows from %2 to &quot;%1&quot;; it now has %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no Seedbed project at %1 (no %2 file). Give the project folder or its %2 file.</source>
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
        <source>Could not copy the example project to %1. Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read or is not a Seedbed data file. Restore it from a backup, or move it away to start the project&apos;s data afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seedbed (data format %2); this version reads up to %3. Update Seedbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a project in FOLDER, which must not exist or be empty: an empty pipeline, or a copy of the bundled example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to create the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the bundled example project (customer support Q&amp;A) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s name; the folder&apos;s name when not given. Not with --example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name cannot be used with --example: the example has its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the project &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a project&apos;s pipeline: unknown stage types, loops, unconnected inputs, missing or invalid settings. Changes nothing and works while the project is open in a window. Exits with 0 when there are no errors (warnings allowed), 3 when there are or the project cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be read or is not a Seedbed data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of Seedbed; update Seedbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, setting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The project &quot;%1&quot; is valid, with %n warning(s).</source>
        <translation>
            <numerusform>The project &quot;%1&quot; is valid, with %n warning.</numerusform>
            <numerusform>The project &quot;%1&quot; is valid, with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project has %n error(s); fix them before running it.</source>
        <translation>
            <numerusform>The project has %n error; fix it before running it.</numerusform>
            <numerusform>The project has %n errors; fix them before running it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows, for each stage, its records by status and review state, and the state of the last run. Reads only: changes nothing, takes no lock, and works while the project is open or running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages shown by id are no longer in the pipeline; their records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: #%1, %2, started %3, finished %4 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: #%1, %2, started %3 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has not been run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: seedbed providers COMMAND [options] [ARGS…]
Manages the LLM provider profiles kept in your configuration (%1), never in a project. Keys are kept in the system keychain or read from an environment variable; they are never written to a file or shown.

Commands:
  list             List the profiles.
  add NAME         Add a profile.
  remove NAME      Remove a profile (and its keychain entry).
  test NAME        Check that the provider answers and accepts the key.

Run &quot;seedbed help providers COMMAND&quot; for the arguments of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the provider profiles: name, kind, base URL and where the key comes from (keychain, an environment variable, or none). Keys are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the profiles as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no provider profiles yet. Add one with &quot;seedbed providers add NAME --kind openai --base-url URL --key-env VARIABLE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a provider profile named NAME (stages refer to it by name). Start from a preset with --preset, or give --kind and --base-url. The key comes from an environment variable (--key-env) or is stored in the system keychain (--key-stdin); it is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a known service or local server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol: openai (OpenAI-compatible), ollama or anthropic. Default: openai, or the preset&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s base URL, e.g. https://api.deepseek.com/v1 or http://127.0.0.1:11434.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the key from this environment variable when the profile is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VARIABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the key from standard input (not echoed) and store it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model to offer; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute at most; 0: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per minute at most; 0: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;. Presets: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use openai, ollama or anthropic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable base URL; give an http:// or https:// address such as https://api.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the API&apos;s address with --base-url URL, or start from a preset with --preset ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --key-env or --key-stdin, not both: a profile&apos;s key comes from one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name: use letters, digits and underscores, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a provider profile named &quot;%1&quot;. Remove it first with &quot;seedbed providers remove %1&quot;, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is read from the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key (for local servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the provider profile &quot;%1&quot; (%2, %3); %4. Check it with &quot;seedbed providers test %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a provider profile and its key from the system keychain. An environment variable it named is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider profile &quot;%1&quot;. See the list with &quot;seedbed providers list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the provider profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the provider answers, accepts the key and has the profile&apos;s models (or --model). Exits with 4 when it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this model rather than the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seedbed providers: there is no command &quot;%1&quot;; use list, add, remove or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n failed)</source>
        <translation>
            <numerusform> (%n failure)</numerusform>
            <numerusform> (%n failures)</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1/%2 in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the project&apos;s pipeline and stores every record in its data file as it is made. A run that was stopped (Ctrl+C, a crash, a power cut) continues where it stopped when run again; answers already stored are never asked for twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only this stage (id or name) and the stages it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take at most N records from each source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where the last run stopped (what every run does; accepted for scripts that say so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the models again for new samples instead of reusing stored answers; this costs tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the records that failed (errors, cut-off or unparseable answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve every LLM stage from this provider profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this model, for every LLM stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a machine-readable summary on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline cannot run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 ok, %3 filtered, %4 duplicate, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n request(s) to models</source>
        <translation>
            <numerusform>  %n request to models</numerusform>
            <numerusform>  %n requests to models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n answered from the cache</source>
        <translation>
            <numerusform>, %n was answered from the cache</numerusform>
            <numerusform>, %n were answered from the cache</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 tokens in, %2 out%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (partly estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cost: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run completed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished with problems in %1; “seedbed run --retry-failed” redoes the failed records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run stopped; what was done is stored, and running again continues from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seedbed run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By review: everything (the default), not-rejected or accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the chat formats: the field of the user&apos;s turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the chat formats: the field of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the chat formats: a system prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the stage with --stage and the file with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown review choice “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>%n record written to %1.</numerusform>
            <numerusform>%n records written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a project&apos;s validator commands and allow them to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s commands are not trusted (see seedbed trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run these commands? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project runs commands on this computer (its validators):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They run only in a project you trust. Review them, then run “seedbed trust %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the commands a project runs on this computer (the validator commands of its Verify stages) and, once you agree, lets them run. The trust is for this folder and these commands: when a command or a script it names in the project folder changes, Seedbed asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the project: ask again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seedbed will ask again before running the commands of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs no commands; there is nothing to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is trusted to run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs these commands on this computer, in the project folder and with your permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted; the commands will not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted: “seedbed run” and the Seedbed window run these commands for this project until they change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the records of a stage to a file (or, for huggingface, a dataset folder). The file is replaced only once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage whose records to export (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1. jsonl writes the records&apos; fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For huggingface: the format of each split&apos;s file: openai-chat (the default), alpaca, sharegpt, jsonl or preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (for huggingface: the folder). It must not be a name Windows reserves, such as CON or NUL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of these statuses, separated by commas: ok (the default), filtered, failed, duplicate, or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records with at least this score of the judge, such as Judge=7; a bare number is the primary score (repeat for several judges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUDGE=SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records with this tag (repeat: any of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage: the splits a Split stage wrote; a split&apos;s name, such as train: only its records; or shares such as train=80,validation=10,test=10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of shares chosen with --split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start each answer with the model&apos;s reasoning in a &lt;think&gt; block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For csv and tsv: start with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the chat formats: a field with more input (Alpaca&apos;s input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For preference: the judge whose score ranks the samples (default: the primary score).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUDGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For huggingface: the licence the dataset card names, such as cc-by-4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record format “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-score “%1” is not JUDGE=SCORE, such as Judge=7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--split “%1” is not a list of shares such as train=80,validation=10,test=10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--split-seed “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped; %1 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Diversity::Evolution</name>
    <message>
        <source>The model returned no instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evolved instruction holds only punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instruction came back unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model refused to evolve the instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evolved instruction copies words of the evolution prompt (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evolved instruction is shorter than the original; an instruction made harder should not lose content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Diversity::TopicExpander</name>
    <message>
        <source>the list it gave is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither a JSON array of names nor a numbered or bulleted list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic “%1” is no longer in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subtopics of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s answer for “%1” holds no subtopics: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; the topics received so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::DuplicateCluster</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not in a duplicate cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of “%1” are duplicates of record %2 of the input, whose record is gone.</source>
        <translation>
            <numerusform>%n record of “%1” is a duplicate of record %2 of the input, whose record is gone.</numerusform>
            <numerusform>%n records of “%1” are duplicates of record %2 of the input, whose record is gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” kept record %2 and marked %n record(s) as its duplicates. Lines that differ from the kept record are highlighted.</source>
        <translation>
            <numerusform>“%1” kept record %2 and marked %n record as its duplicate. Lines that differ from the kept record are highlighted.</numerusform>
            <numerusform>“%1” kept record %2 and marked %n records as its duplicates. Lines that differ from the kept record are highlighted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep record %1 instead: the kept record becomes its duplicate and what was made of it downstream is removed (Edit ▸ Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Export::ExportOptions</name>
    <message>
        <source>JSON Lines (fields as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV (tab separated)</source>
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
        <source>OpenAI chat fine-tuning (messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference pairs (prompt, chosen, rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpt turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistant message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen and rejected answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the stage whose records to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template of “%1” has an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field (or write the template) of the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field (or write the template) of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every split a name and a share of zero or more, at least one of them above zero, such as train=80, validation=10, test=10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the field that holds the split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”: use ok, filtered, failed or duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Export::ExportTarget</name>
    <message>
        <source>Choose the folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the export a file name, such as dataset.jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an absolute path; give a name inside the chosen folder, such as dataset.jsonl, and choose the folder separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” leaves the chosen folder; give a name inside it, such as dataset.jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains the character “%2”, which some systems do not allow in file names; leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a name Windows reserves for a device; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends with a dot or a space, which Windows drops; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” leads out of the chosen folder through a link; give a name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Export::Exporter</name>
    <message>
        <source>Cannot read the project&apos;s records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: a folder of that name is in the way. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the dataset folder %1: %2 is there already and is not an earlier dataset export. Choose another name or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s records: %1. %2 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous dataset folder is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: it cannot be renamed (is a file in it open?). The previous dataset folder is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new dataset folder to %1. The previous dataset folder is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1 free); free some space and export again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::ExportDialog</name>
    <message>
        <source>Export Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;ters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset &amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage whose records are exported, or an Export stage of the pipeline: its input with its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of the lines in each split&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include reasoning as &lt;think&gt; blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s reasoning, when the records kept it, starts the answer inside &lt;think&gt;…&lt;/think&gt;; raw formats get a &quot;reasoning&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order &amp;mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the file with a UTF-8 byte order mark, so that Excel reads accents and Chinese correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score that picks the chosen (best) and rejected (worst) answer among the samples of one prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the file is written in; the export never writes outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s name in the folder; sub-folders such as export/train.jsonl are made when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All but rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted and edited only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Minimum Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records whose score (of the primary score or of one judge) is at least this high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records carrying at least one of these tags, separated by commas; empty: any record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Split stage&apos;s field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen here, by ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1 share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed puts every record in the same split again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split with share 0 is left out; the shares are proportions and need not add up to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single file holds only the records of this split (e.g. train); empty: all of them. A Hugging Face folder writes every split to its own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onl&amp;y split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SPDX licence id for the dataset card, or &quot;other&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the dataset is for, where its seeds come from, known limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card also lists the models, prompt versions, filters, dedup settings, counts and score distributions of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stage “%1” (its input and settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage: add stages to the pipeline and run it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose an existing folder with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists; exporting replaces it (only once the new one is complete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the stage whose records to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one status on the Filters tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record carries a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records carry this field: each goes to the split it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record carries this field yet: run a Split stage first, or choose the splits here by ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stage to see its records here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview until the problem under the file name is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the first records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the project&apos;s data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record passes the filters: the file would be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n line(s) of the file:</source>
        <translation>
            <numerusform>The first %n line of the file:</numerusform>
            <numerusform>The first %n lines of the file:</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the project&apos;s data file %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s), %1, to %2</source>
        <translation>
            <numerusform>Wrote %n record, %1, to %2</numerusform>
            <numerusform>Wrote %n records, %1, to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; the previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; the previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::ExportMappingEditor</name>
    <message>
        <source>&amp;Add Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Col&amp;umns From Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a column; choose its record field or write a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per record field, to rename, reorder or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in these records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template, e.g. Question: {{ question }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of the records is written, as it is. Add columns to choose, rename or combine fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns are written, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record field for each part of the format, or a template that combines fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::FirstRunWizard</name>
    <message>
        <source>Set Up Seedbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the guide without changing anything. It stays in Help ▸ Setup Guide, and profiles can be added in Settings ▸ Provider Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does your model run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seedbed writes and judges samples with a language model. Choose the service or the server on this computer that you want to use; more can be added later in Settings ▸ Provider Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud services (need an API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer or your network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model stages use unless they name another. “Test Connection” lists the models the server has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste the key; Seedbed keeps it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it from the &amp;environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the variable, not the key: Seedbed reads the key from it when it needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No key: the server does not ask for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider profile is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;example project (a small pipeline that grows customer-support answers from a few seeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seedbed talks to the server at the address below. Change it if the server runs elsewhere or on another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the server; for an OpenAI-compatible API it usually ends in /v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key from your %1 account, or name the environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider profile “%1” is saved. New generator and judge stages use it; change it, or add others, in Settings ▸ Provider Profiles.

This guide stays in Help ▸ Setup Guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://127.0.0.1:8000/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, for example http://127.0.0.1:11434.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key goes to your system keychain (the service “Seedbed”), and nowhere else: not into projects, exports, logs or Seedbed&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Seedbed cannot use a system keychain: name an environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and underscores, for example MY_SERVER_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set: Seedbed reads the key from it each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set in this session. Set it to the key before starting Seedbed, for example in your shell profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local servers usually need no key; vLLM asks for one only when it was started with --api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Environment Variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
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
    <message>
        <source>Rename template %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit system prompt of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user prompt of %1</source>
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
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::JsonSchema</name>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a type must be a name such as &quot;string&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemas are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schema must be a JSON object, true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; points outside this schema; only references such as &quot;#/$defs/name&quot; are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an anchor, which is not supported; use a JSON pointer such as &quot;#/$defs/name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at something that is not a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema refers back to itself (through $ref, allOf, anyOf, oneOf or not) without descending into the value, so checking would never end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value is allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply to check (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches alternatives %1 and %2, but must match exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not allowed here: it matches a schema it must not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches none of the allowed alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches none of the allowed alternatives (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, at least %1 characters required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 character, at least %1 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, at least %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, at most %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be greater than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a multiple of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, at least %1 items required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item, at least %1 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, at least %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items %1 and %2 are the same, but all items must be different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, at most %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema is not valid JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no schema to check against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema is too complex to check this value completely (more than %1 steps)</source>
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
    <name>Seedbed::Llm::CredentialLoader</name>
    <message>
        <source>Stage “%1” has no provider profile. Choose one in its settings, in the Inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” uses the provider profile “%2”, which is not set up on this computer. Add a profile named “%2” in Settings ▸ Provider Profiles, or choose another one in the stage&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::HttpResponseParser</name>
    <message>
        <source>The server sent a malformed response: a chunk or trailer line is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response head larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed response: “%1” is not a chunk size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed response: a chunk is longer than its size says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status line is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status code is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status code %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first header line is a continuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header line has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it switched to another protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Content-Length is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before the response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
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
    <message numerus="yes">
        <source>Gave up looking for JSON in the answer after %n bracketed passage(s): it holds too many brackets or quotes. Ask the model to answer with the JSON alone.</source>
        <translation>
            <numerusform>Gave up looking for JSON in the answer after %n bracketed passage: it holds too many brackets or quotes. Ask the model to answer with the JSON alone.</numerusform>
            <numerusform>Gave up looking for JSON in the answer after %n bracketed passages: it holds too many brackets or quotes. Ask the model to answer with the JSON alone.</numerusform>
        </translation>
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
    <message>
        <source>%1 redirects to %2 (HTTP %3): if that is the right server, use its address as the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP: check the base URL and the port. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response of %1 exceeded %2 million characters of text and was stopped.</source>
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
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every stage; records made by earlier runs with the same settings are kept, not made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Selected Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the selected stage and the stages it needs, and nothing after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses or resumes the run: while paused, no new requests are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the run now; every record made so far is kept, and the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;Failed Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the pipeline again, redoing the records whose request or answer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with Fresh Sa&amp;mples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the models again for new samples instead of reusing their earlier answers; this costs tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and the stages it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole pipeline, redoing the failed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole pipeline, with fresh samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved (%1); the run uses the pipeline as it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not start: some stages have no way to reach their model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not start: the key of a provider profile could not be read. Keys are set in Settings ▸ Provider Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous run has not ended yet. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run ended, but not everything could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: requests in flight are dropped, everything made so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with Fresh Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the models again for new samples?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each generate and judge stage sends its requests again instead of reusing the answers it got before. The samples those stages made so far, and everything made from them, are replaced by the new ones.

This costs tokens: as many as the first run of those stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Run Is in Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline of “%1” is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To close, the run is cancelled: every record made so far is kept, and the next run continues where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Run and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another project cannot be opened while the pipeline of “%1” runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the run ends, or cancel it with Run ▸ Cancel Run (%1); what it made so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, making %n chosen record(s) again</source>
        <translation>
            <numerusform>%1, making %n chosen record again</numerusform>
            <numerusform>%1, making %n chosen records again</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes records to disk in a format fine-tuning tools read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setup Guide…</source>
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
    <name>Seedbed::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seedbed uses the language the next time it starts; numbers and dates follow it too. The --language option overrides it for one start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::PreviewBoard</name>
    <message>
        <source>mean score %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass rate %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean length %1 chars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n sample failed</numerusform>
            <numerusform>%n samples failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seedbed::PreviewCard</name>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered from the response cache: this cost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields this stage received for this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge&apos;s reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sample %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no input fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, reaches the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: below the judge&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈%1 + ≈%2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt + completion tokens of this call, and its cost from the profile&apos;s prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::PreviewDock</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the selected stage on a few input rows and shows what it makes, with the judge&apos;s scores (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the preview (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many input rows to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the source, or rows drawn at random: new ones at each Preview, the same ones with Same Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previews again on the random rows of the last preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the stage as it is (A) with a variant B that uses another prompt version, model or temperature, on the same rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt text of B: a saved version, or the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model of B; empty: the stage&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temperature of B; “as A”: the stage&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B differs in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;mpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to preview its stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a generate or judge stage on the canvas to preview what it makes of a few input rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a %2 stage, which calls no model: only generate and judge stages can be previewed. Select one on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview (%1) to see what “%2” makes of the first %3 input rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the provider profiles and keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview did not start: some stages have no way to reach their model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview did not start: the key of a provider profile could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A · the stage as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B · the same as A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 calls · %4 from cache</source>
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
    <message>
        <source>Could not lock the project folder %1 for writing: the disk holding it is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to a file outside the project folder, which Seedbed does not follow. Replace the link with a copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file: it is not a Seedbed project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, far too large for a project file: it is damaged or not a Seedbed project.</source>
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
    <name>Seedbed::PromptPanel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage has no prompt template yet. Create one, or choose an existing one in the stage&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template this stage uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new template for this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current text as a version you can compare and restore (Ctrl+Alt+S). Runs save a version by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current text with the selected version; the current text is kept as a version first. Undo reverts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered with row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row to render the prompt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt as the model will receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also used by %1: edits here change their prompts too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved versions yet. Save one to compare later edits with it; every run saves the text it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 (left) compared with the current text (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── system ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── user ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current text is saved already, as v%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for version %1 (what changed, why):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore v%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source stage feeds this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n from “%1”</source>
        <translation>
            <numerusform>of %n row from “%1”</numerusform>
            <numerusform>of %n rows from “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>does not render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %L1 tokens</source>
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
    <name>Seedbed::Quality::AnswerCheck</name>
    <message>
        <source>the method “%1” is not an answer check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer pattern “%1” is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no final answer found in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression in “%1” cannot be evaluated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer “%1” differs from the expected “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Quality::Arithmetic</name>
    <message>
        <source>the expression is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1” at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result is too large to represent (at position %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remainder of a division by zero at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exponent at position %1 is larger than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative number to a fractional power (at position %1) is not a real number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing “)” for the “(” at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name “%1” at position %2: only numbers, + - * / % ^, parentheses, sqrt and abs are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the square root of a negative number (at position %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma at position %1 does not separate thousands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number at position %1 is too large to represent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Quality::DedupBatch</name>
    <message>
        <source>The reference file “%1” of stage “%2” cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contaminated: matches row %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A near-duplicate of record %1 (similarity %2), which is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same text as record %1, which is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1”: the embeddings do not match the records (%2 values for %3 records of dimension %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semantic duplicate of record %1 (cosine similarity %2), which is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Quality::TextSafety</name>
    <message>
        <source>an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Latin script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither Chinese nor English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains the blocked word “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains personal information: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::RecordDetail</name>
    <message>
        <source>Select a record to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[system]
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1]
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ %1 · #%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which %1 reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Escape cancels. Values that are not text are JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate Cluster (%n)</source>
        <translation>
            <numerusform>Duplicate Cluster (%n record)</numerusform>
            <numerusform>Duplicate Cluster (%n records)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the records of the cluster side by side and lets you choose which one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::RecordFilterBar</name>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage whose records are shown; follows the canvas selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score a range is about: the primary score or one judge&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score shown (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest score shown (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match by their beginning; &quot;quoted words&quot; as a phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a range for another judge&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records carrying every one of these tags, separated by commas or semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this score range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::RecordImporter</name>
    <message>
        <source>There is text after the closing quote of a cell; it was kept as part of the cell. Inside a quoted cell, write a quote as two quotes (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted cell starts here but its closing quote (&quot;) is missing, so the rest of the file would be one cell. Add the missing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted cell starts here and runs for more than %L1 characters; its closing quote (&quot;) is probably missing. Add the missing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is longer than %L1 characters. Check that the file really is CSV or TSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a CSV, TSV or JSON file: it contains binary data. Choose a text file with one row per line, or a JSON array of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in the middle of a character, so its last character was left out. The file may be cut short; check its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; there are no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no rows below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text from here on; characters that could not be read were replaced with �. Save the file as %1 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no name in the header row, so it is called “%2”. Give it a name in the file if you want another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one column is called “%1” in the header row, so column %2 is called “%3”. Rename it in the file if you want another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cell(s) but the header row names only %1, so the row was skipped. Put quotes around cells that contain the separator, or name the extra columns in the header row.</source>
        <translation>
            <numerusform>This row has %n cell but the header row names only %1, so the row was skipped. Put quotes around cells that contain the separator, or name the extra columns in the header row.</numerusform>
            <numerusform>This row has %n cells but the header row names only %1, so the row was skipped. Put quotes around cells that contain the separator, or name the extra columns in the header row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cell(s) but the header row names %1; the missing cells were left empty. Check for a missing separator.</source>
        <translation>
            <numerusform>This row has %n cell but the header row names %1; the missing cells were left empty. Check for a missing separator.</numerusform>
            <numerusform>This row has %n cells but the header row names %1; the missing cells were left empty. Check for a missing separator.</numerusform>
        </translation>
    </message>
    <message>
        <source>This line is longer than %L1 characters, so it was skipped. Check that the file really holds one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line holds a JSON array, not an object, so it was skipped. Each line of a JSON Lines file must hold one object, like {&quot;name&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not a JSON object, so it was skipped. Each line of a JSON Lines file must hold one object, like {&quot;name&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not valid JSON (%1), so it was skipped. Correct the line or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file is larger than %1, too large to read as one array. Save it as JSON Lines (one object per line), which is read piece by piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1). Correct it at this place and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a single JSON object. Seed rows must be a JSON array of objects ([{…}, {…}]) or JSON Lines, one object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element %1 of the array is not an object ({…}), so it was skipped. Every element must be an object whose keys name the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. It may be Chinese text in GB18030, but this system cannot read GB18030. Save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Records::Agreement</name>
    <message>
        <source>The agreement could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Records::RecordIndex</name>
    <message>
        <source>Could not update the search index of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Records::RecordStats</name>
    <message>
        <source>There are no records yet: run the pipeline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Records::RecordsModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the records of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Records::ReviewStore</name>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n record(s)</source>
        <translation>
            <numerusform>Edit %n record</numerusform>
            <numerusform>Edit %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n record(s) as %1</source>
        <translation>
            <numerusform>Tag %n record as %1</numerusform>
            <numerusform>Tag %n records as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag %1 from %n record(s)</source>
        <translation>
            <numerusform>Remove the tag %1 from %n record</numerusform>
            <numerusform>Remove the tag %1 from %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n record(s)</source>
        <translation>
            <numerusform>Accept %n record</numerusform>
            <numerusform>Accept %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n record(s)</source>
        <translation>
            <numerusform>Reject %n record</numerusform>
            <numerusform>Reject %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n record(s) as edited</source>
        <translation>
            <numerusform>Mark %n record as edited</numerusform>
            <numerusform>Mark %n records as edited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n record(s) as unreviewed</source>
        <translation>
            <numerusform>Mark %n record as unreviewed</numerusform>
            <numerusform>Mark %n records as unreviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note on %n record(s)</source>
        <translation>
            <numerusform>Note on %n record</numerusform>
            <numerusform>Note on %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n record(s)</source>
        <translation>
            <numerusform>Change %n record</numerusform>
            <numerusform>Change %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one record to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not a duplicate of a kept record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep another record of a duplicate cluster (%n record(s) changed)</source>
        <translation>
            <numerusform>Keep another record of a duplicate cluster (%n record changed)</numerusform>
            <numerusform>Keep another record of a duplicate cluster (%n records changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the status of %n record(s) to %1</source>
        <translation>
            <numerusform>Set the status of %n record to %1</numerusform>
            <numerusform>Set the status of %n records to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seedbed::RecordsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;gative Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the records as few-shot exemplars for the stage&apos;s prompt (tag “exemplar”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the records as negative examples, “don&apos;t do this” (tag “negative”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Inverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next action applies to every record the filter matches, not only the selected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / K next / previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)?</source>
        <translation>
            <numerusform>Delete %n record?</numerusform>
            <numerusform>Delete %n records?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong or right about this record; fed back to the generator with negative examples and exemplars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are removed with their review history, and later runs do not make them again. Edit ▸ Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no judge stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these records has been judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these records has failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::BatchStages</name>
    <message>
        <source>The real data file “%1” of stage “%2” cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” has no real records to mix in: connect its Real input or choose a real data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out to keep the mix at %1 % real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out to keep the mix at %1 % real among the records without tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out to keep the mix at %1 % real among the records tagged “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares of stage “%1” add up to 0: give train, validation or test a share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” samples stratified but names no field to balance over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not drawn: “%1” = “%2” already has its %n record(s).</source>
        <translation>
            <numerusform>Not drawn: “%1” = “%2” already has its %n record.</numerusform>
            <numerusform>Not drawn: “%1” = “%2” already has its %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not among the first %n record(s).</source>
        <translation>
            <numerusform>Not among the first %n record.</numerusform>
            <numerusform>Not among the first %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1” keeps the highest-scored records, but no record has a score: put a judge before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” keeps the records the judge “%2” scores highest, but no record has a score from “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not among the %n highest-scored record(s).</source>
        <translation>
            <numerusform>Not among the %n highest-scored record.</numerusform>
            <numerusform>Not among the %n highest-scored records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not among the %n record(s) drawn at random.</source>
        <translation>
            <numerusform>Not among the %n record drawn at random.</numerusform>
            <numerusform>Not among the %n records drawn at random.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1” is not a mix, split or sample.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::PreviewEngine</name>
    <message>
        <source>%1 The answers of this preview are not cached: the next preview or run asks the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no data file (%1) yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is of another version of Seedbed; open the project to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers of this preview could not be added to the response cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage to preview is not in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not call a model (only generate and judge stages do): there is nothing to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has a cycle before “%1”; remove one of its connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no source before it (a seed table or a topic list): connect one to preview the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” (%2), before “%3”, cannot be previewed in this version of Seedbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no rows to preview with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped by “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::Runner</name>
    <message>
        <source>The answer was cut off (the token limit or the stream ended early); raise “Max tokens” or retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model asked to call a tool instead of answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer did not end normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2. Check that the disk has room and the folder is writable; the records stored so far are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has a cycle; remove one of its connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no stage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” (%2) cannot run in this version of Seedbed; the stages after it were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” has no input; connect a stage to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n record(s) of earlier settings removed.</source>
        <translation>
            <numerusform>Stage “%1”: %n record of earlier settings removed.</numerusform>
            <numerusform>Stage “%1”: %n records of earlier settings removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same text as an earlier record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n record(s) exported to %2.</source>
        <translation>
            <numerusform>Stage “%1”: %n record exported to %2.</numerusform>
            <numerusform>Stage “%1”: %n records exported to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1” uses the provider profile “%2”, which is not set up on this computer. Add a profile of that name (Settings ▸ Provider Profiles, or “seedbed providers add”), or choose another provider for the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n failed record(s) to redo.</source>
        <translation>
            <numerusform>Stage “%1”: %n failed record to redo.</numerusform>
            <numerusform>Stage “%1”: %n failed records to redo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stage and those after it were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n record(s) whose review changed go through the review again.</source>
        <translation>
            <numerusform>Stage “%1”: %n record whose review changed goes through the review again.</numerusform>
            <numerusform>Stage “%1”: %n records whose review changed go through the review again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n record(s) wait for a review; run again once they are reviewed.</source>
        <translation>
            <numerusform>Stage “%1”: %n record waits for a review; run again once it is reviewed.</numerusform>
            <numerusform>Stage “%1”: %n records wait for a review; run again once they are reviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1”: expanding the topic tree to depth %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” runs the command “%2”, and this project is not trusted to run commands: allow it when the app asks, or run “seedbed trust” on the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to make again.</source>
        <translation>
            <numerusform>%n record to make again.</numerusform>
            <numerusform>%n records to make again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1” (%2) cannot run in this version of Seedbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider returned %1 embeddings for %2 texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider returned embeddings of different lengths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n earlier decision(s) changed.</source>
        <translation>
            <numerusform>Stage “%1”: %n earlier decision changed.</numerusform>
            <numerusform>Stage “%1”: %n earlier decisions changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1”: the export path “%2” must name a file inside the project folder, such as export/dataset.jsonl. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::SourceStages</name>
    <message>
        <source>Row %1 of the attributes of stage “%2” has values but no attribute name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute “%1” appears twice in stage “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute “%1” of stage “%2” has %3 values but %4 weights: give one weight per value, separated by “|”, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight “%1” of the attribute “%2” (stage “%3”) is not a number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute “%1” of stage “%2” has no values; separate them with “|”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” has no attributes: add a row with an attribute&apos;s name and its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attributes of stage “%1” make more than %L2 combinations, too many to list: choose “At random” and how many to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attributes of stage “%1” make %L2 combinations, more than the %L3 that can be listed: choose “At random” and how many to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” is asked to draw %L2 combinations, more than the %L3 it can make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight of the attribute “%1” (stage “%2”) is zero, so none of its values can be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact file “%1” of stage “%2” cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the fact file “%2” (stage “%3”) is not valid %4 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” cannot tell which column of “%2” holds the facts (its columns: %3): name it in the setting “Fact column”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the fact file “%2” (stage “%3”) is an incomplete triple: “%4” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the fact file “%2” (stage “%3”) has no fact: its column “%4” is empty or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” is not an attribute grid or a fact list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::StageLogic</name>
    <message>
        <source>The seed file “%1” of stage “%2” cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n character(s), fewer than %2.</source>
        <translation>
            <numerusform>“%1” has %n character, fewer than %2.</numerusform>
            <numerusform>“%1” has %n characters, fewer than %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n character(s), more than %2.</source>
        <translation>
            <numerusform>“%1” has %n character, more than %2.</numerusform>
            <numerusform>“%1” has %n characters, more than %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pattern “%1” is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not match “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which “%3” rules out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no score, and at least %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score %1 is below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “%1” has no prompt template: choose one in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 template of “%2” has an error: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 template of “%2” cannot be rendered: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt template “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge gave no numeric “score”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge&apos;s answer holds no JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge scored %1, outside the scale 1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored %1, below the threshold %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model answered nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer holds no JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer lacks the field(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field “%1” is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not match the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n word(s), fewer than %2.</source>
        <translation>
            <numerusform>“%1” has %n word, fewer than %2.</numerusform>
            <numerusform>“%1” has %n words, fewer than %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n word(s), more than %2.</source>
        <translation>
            <numerusform>“%1” has %n word, more than %2.</numerusform>
            <numerusform>“%1” has %n words, more than %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is about %n token(s), more than %2.</source>
        <translation>
            <numerusform>“%1” is about %n token, more than %2.</numerusform>
            <numerusform>“%1” is about %n tokens, more than %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON schema of stage “%1” is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON schema of stage “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed examples of stage “%1” must be a JSON array of objects, such as [{&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge gave no verdict: expected {&quot;verdict&quot;: &quot;pass&quot;} or {&quot;verdict&quot;: &quot;fail&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge said fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not match the output schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: the key for the provider profile “%1” was rejected. Check the key stored for it (Settings ▸ Provider Profiles) or in the environment variable it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401: the server wants a key, and the provider profile “%1” has none. Store one for it (Settings ▸ Provider Profiles) or set the environment variable it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request through the provider profile “%1” failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider profile “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no text in the field “%1” to evolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no task in the field “%1” to solve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s solution names no final answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final answer found in the field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s answer “%1” differs from the model&apos;s own solution “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rewrite is the same as the original.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::ValidatorProcess</name>
    <message>
        <source>validator “%1” could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validator command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no program “%1” in PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validator crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::RunDock</name>
    <message>
        <source>“%1” is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Flight / Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the stage has handled (kept, filtered, failed or duplicate), and how many it is expected to handle in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records whose request or answer failed; Run ▸ Retry Failed Records redoes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that a filter or a judge turned down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records dropped as duplicates of earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for the model now, and how many the stage may send at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests answered from the project&apos;s response cache instead of being sent (and paid for) again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ▸ Run Pipeline (%1) runs the whole pipeline; what it makes is kept in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>a duration: hours, minutes, seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Requests in flight finish; no new ones are sent until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>a log line: time, message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage in the run is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run went to the end, but not every record could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run ended, but some stages could not run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything made so far is kept; the next run continues where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped because of an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed; Run ▸ Retry Failed Records redoes them.</source>
        <translation>
            <numerusform>%n record failed; Run ▸ Retry Failed Records redoes it.</numerusform>
            <numerusform>%n records failed; Run ▸ Retry Failed Records redoes them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈%1</source>
        <comment>an estimated number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈: the provider did not report every count; the rest are estimated from the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens sent to and received from the models in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priced calls yet. Prices are set per model in the provider profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount of money and its currency code, e.g. 0.42 USD</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some calls had no price or no token counts, so the cost is higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated from estimated token counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the prices in the provider profiles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::SchemaEditor</name>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references ($ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>combined schemas (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyword “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deeply nested values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schema that is just true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schema that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key written twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a top-level type other than “object”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules for other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no top-level “type”: “object”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field names with line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field schema that is just true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields with several types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptions with line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields without a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists without an item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists of other than strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enums of values other than strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum values that are empty, repeated or hold commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required fields that are not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field required twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schema uses features the form cannot show (%1); edit it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the schema as a table of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the schema as JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per field of the JSON object. Insert adds a field, Delete removes one, Alt+Up and Alt+Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema yet: any JSON object is accepted.
Add a field to describe the object, one row per field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a field after the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected field (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected field up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected field down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the object may have fields not listed here. Strict structured output needs this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form can show the fields once the JSON is valid; fix the error below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form can show the fields once the schema is valid; fix the error below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form can show the fields once the schema is valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the object must have this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values the field may take, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a field of type “one of…” has values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two fields are called “%1”; field names must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs at least one value; separate values with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” lists the value “%2” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid schema.</source>
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
    <message>
        <source>The profile&apos;s first model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a provider profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up provider profiles: presets, keys in the system keychain, Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
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
        <source>Combinations</source>
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
        <source>Validator command</source>
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
        <source>Share of real data</source>
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
    <message>
        <source>Score from 1 to the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass or fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other input records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best accepted records so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON schema the answer must satisfy, sent to the model as structured output; answers that do not satisfy it fail. Empty: the output fields must be present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few-shot examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples per prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many examples each prompt gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON array of example objects, used when the examples are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score from 1 to the highest score, or a verdict: pass (scored 1) or fail (scored 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference answer field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field holding a known good answer to compare with; the prompt sees it as {{ reference }}. Empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with fewer words in the field are filtered; a Chinese, Japanese or Korean character counts as a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with more words are filtered; 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum tokens (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records whose field is estimated at more tokens are filtered (about four characters of English or one Chinese character a token); 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that must be present and not empty; one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON schema the record&apos;s fields must satisfy; empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens up to this probability mass are considered; 1 leaves it to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to models that support it (plus the sample number) so that the same prompt gives the same answer; 0 sends none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records marked as exemplars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples the prompt can show as {{ examples }}: the fixed ones below, other input records, the best-scored accepted records of this stage so far, or the records of this stage a reviewer marked as exemplars. Records marked as negative examples are always available as {{ negative_examples }}, each with the reviewer&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which record of a cluster of duplicates is kept: the first, the one with the highest score, or the longest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional CSV, JSON or JSON Lines file, for example an evaluation set: records that match one of its rows are removed as contaminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the final answer with a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with an arithmetic expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Chinese nor English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter records that contain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask it and keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every topic below the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One record per leaf topic, or one per topic of every level below the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate grows the tree to the depth; rename (F2), delete (Del) or add topics (Ins) by hand. A run expands what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per attribute: its name, its values separated by &quot;|&quot; and, optionally, their weights in the same order (&quot;3|1|1&quot; draws the first value three times as often). Each record has a field per attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every combination (at most 1,000,000), or a random sample of them drawn by the weights, without repeats while there are combinations not yet drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional file of facts: a text file with one fact per line, or a CSV, TSV, JSON or JSON Lines file with one per row. Knowledge triples (columns subject, predicate, object or head, relation, tail) become &quot;subject predicate object&quot; and keep their three fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column of a CSV or JSON file that holds the fact. Empty: the triple columns, else a column named like the field, &quot;fact&quot; or &quot;text&quot;, else the only column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the field that holds the fact. Each record also has &quot;fact_id&quot;, the fact&apos;s number, for a generator to cite and a judge to check against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change while keeping the meaning. Without a template of its own the stage uses the built-in prompt of this kind; &quot;New&quot; in the Prompt tab starts a template from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the prompt, e.g. the style wanted (&quot;as a tweet&quot;) or the difficulty (&quot;for a ten-year-old&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language a translation rewrite writes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times each instruction is evolved; every round makes a record, and an evolution that fails ends its chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters records by length, patterns, score, language, blocked words and personal information without a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps only records whose text fields are in this script: Chinese when at least 30% of the letters are Han characters, English when at least 70% are Latin letters and fewer than 5% are Han; digits, punctuation and spaces are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records containing any of these in a text field are filtered; one per line, ignoring case. Latin words match whole words, Chinese anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses, phone numbers, Chinese resident ID numbers and card numbers: filter the records that contain them, or replace them with [EMAIL], [PHONE], [ID] and [CARD] and keep the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How answers are checked: a model solves the task again; the final answer is compared with a reference field or with the value of an arithmetic expression; or a command decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &quot;Ask a model&quot;: the field holding the task the model solves again; its final answer must equal the record&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field that holds the answer whose final result is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression that finds the final answer; its first capture group (or the whole match) is the answer, and the last match counts. Empty: &quot;#### 42&quot;, &quot;The answer is 42&quot;, &quot;答案是 42&quot; or \boxed{42}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field with the expected answer (for the answer method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field with an arithmetic expression whose value is the expected answer, e.g. (3 + 4) * 2 (for the expression method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers that differ by at most this much (or this fraction of the larger, whichever is more) are equal; text is compared ignoring case and surrounding spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and arguments (no shell) that read a record as JSON on standard input and exit 0 when it is correct; runs in the project folder. Runs only after you trust this project&apos;s commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider whose model solves the tasks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the field that holds the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the field with the expected answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the field with the arithmetic expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shingle unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shingles are made of: words, characters, or automatic (characters for Chinese, Japanese and Korean text, words otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shingle size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of consecutive words or characters in each shingle compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, JSON or JSON Lines file of real records, read when no records come through the Real input. A &quot;tags&quot; column (tags separated by commas) tags its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of the mixed output that comes from real data. All synthetic records are kept and real ones drawn; with too few real ones, synthetic ones are drawn instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share within each tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the share of real data within each set of tags, not only overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratify by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the shares hold within each value of this field, so that every split has the same mix of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a fixed number of records: at random, the first, the highest-scored or balanced over a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score of judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the highest-score strategy: the name of the judge stage whose score ranks the records. Empty: the latest score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference pairs (prompt, chosen, rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Split stage&apos;s field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares chosen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the Hugging Face dataset folder: the format of each split&apos;s JSONL file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional field used as Alpaca&apos;s input (added to the user turn in chat formats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional field with earlier turns: a list of [user, assistant] pairs or of {role, content} messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records scored at least this much, such as “Judge=7” (several separated by commas; a bare number is the primary score).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records with one of these tags (separated by commas); empty: any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train/validation/test: none, the field a Split stage wrote, or shares chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With shares chosen here: each split&apos;s name and share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed puts every record in the same split again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-file formats: write only the records of this split, such as train; empty: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start each answer with the model&apos;s reasoning in a &lt;think&gt;…&lt;/think&gt; block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and TSV: start with a UTF-8 byte order mark, so that Excel reads the text right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the Hugging Face dataset folder: the licence its card names, such as cc-by-4.0.</source>
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
    <name>Seedbed::Template</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many errors; the rest of the template was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; opened at line %2 is never closed; expected &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{% %1 %}&apos; opened at line %2 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be closed with &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic (&apos;%1&apos;) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is never closed; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; simplify the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%}&apos; after &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a tag name after &apos;{%&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;else&apos; outside &apos;{% if %}&apos; or &apos;{% for %}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; without a matching &apos;{% %2 %}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%}&apos; right after &apos;raw&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;{% %1 %}&apos; tag is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;}}&apos; after the expression, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%}&apos; after the condition, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;elif&apos; cannot follow &apos;else&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{% if %}&apos; already has an &apos;else&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several loop variables (&apos;for a, b in …&apos;) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%}&apos; after the list to loop over, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;in&apos; after the loop variable, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be the name of a loop variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a loop variable name after &apos;for&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{% for %}&apos; already has an &apos;else&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparisons cannot be chained; combine them with &apos;and&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an expression, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close &apos;(&apos; at column %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;loop&apos; is used with a property: loop.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a property name after &apos;loop.&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;loop&apos; has no property &apos;%1&apos;; it has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;loop&apos; has no property &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name after &apos;.&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;]&apos; after the index, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls are not supported; use a filter instead, as in &apos;value | upper&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a test name after &apos;is&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a filter name after &apos;|&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown test &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown test &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no argument named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; of &apos;%2&apos; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an argument without a name cannot follow one with a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes at most %n argument(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; takes at most %n argument</numerusform>
            <numerusform>&apos;%1&apos; takes at most %n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; of &apos;%2&apos; must be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; after an argument of &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an undefined value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined variable &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering takes too long (more than %1 steps); is a loop too large?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text would be longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot loop over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index must be a string or a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot look for %1 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot look for a value in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; of &apos;%2&apos; must be a string, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; of &apos;%2&apos; must be a number, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a string, a list or an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot truncate to a negative length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; indents by 0 to %2 spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a list or a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot divide by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::TemplateEditor</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A completion entry: a field name and the stage that adds it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variable &apos;%1&apos; — no stage before this one adds it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::TemplateProblemsModel</name>
    <message>
        <source>%1:%2  %3</source>
        <extracomment>A problem in a template: line:column, then the message</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seedbed::TopicTreeEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subtopic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topic beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the stage&apos;s model for the subtopics of every topic that has none yet, down to the depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the model again for the subtopics of the selected topic, replacing its branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops generating; the topics received so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of about %m requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no root subject yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic needs a name; “%1” keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a subtopic named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tree belongs to no stage of the project; it cannot be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the root subject first: the tree grows from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the provider profile and its key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate: the stage has no way to reach a model. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate: the key of the provider profile could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate: the provider profile “%1” names no model; choose one in Model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for subtopics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leaf topic(s)</source>
        <translation>
            <numerusform>%n leaf topic</numerusform>
            <numerusform>%n leaf topics</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>No topics yet: Generate grows them from the root subject, or add them by hand (Ins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) not yet expanded to the depth</source>
        <translation>
            <numerusform>%n topic not yet expanded to the depth</numerusform>
            <numerusform>%n topics not yet expanded to the depth</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seedbed::TrustDialog</name>
    <message>
        <source>Trust and Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust This Project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project runs commands on your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Verify stages run the programs below, in the project folder %1 and with your permissions. Run them only if you trust where this project comes from. Seedbed asks again when a command, or a script it names in the project folder, changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
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
