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
