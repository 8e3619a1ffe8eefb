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
    <name>Seedbed::ChartsDock</name>
    <message>
        <source>Computing the charts</source>
        <translation>正在计算图表</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Text field</source>
        <translation>文本字段</translation>
    </message>
    <message>
        <source>The field whose text the length and word charts measure</source>
        <translation>长度图表和词频图表所统计的文本字段</translation>
    </message>
    <message>
        <source>Length in characters</source>
        <translation>长度（字符数）</translation>
    </message>
    <message>
        <source>Status and review</source>
        <translation>状态与审核</translation>
    </message>
    <message>
        <source>Acceptance over time</source>
        <translation>采纳率随时间变化</translation>
    </message>
    <message>
        <source>Words or word pairs</source>
        <translation>词或词对</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Word pairs</source>
        <translation>词对</translation>
    </message>
    <message>
        <source>Distinct words (pairs) divided by all words (pairs): the higher, the more varied the text</source>
        <translation>不同的词（词对）数除以词（词对）总数：值越高，文本越多样</translation>
    </message>
    <message>
        <source>Hide common words</source>
        <translation>隐藏常用词</translation>
    </message>
    <message>
        <source>Top words</source>
        <translation>高频词</translation>
    </message>
    <message>
        <source>Categorical field</source>
        <translation>分类字段</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>类别分布</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>All text fields</source>
        <translation>所有文本字段</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching record(s). Scores, lengths, words and balance from a sample of %L1.</source>
        <translation>
            <numerusform>%Ln 条记录符合条件。得分、长度、词和类别分布按其中 %L1 条记录的样本统计。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching record(s).</source>
        <translation>
            <numerusform>%Ln 条记录符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No scores yet: scores appear once a judge stage has run.</source>
        <translation>尚无得分：评审节点运行后即会显示得分。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scored record(s), mean %1</source>
        <translation>
            <numerusform>%Ln 条已评分记录，平均 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No text to measure in the chosen field.</source>
        <translation>所选字段中没有可统计的文本。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>%1 · %L2</source>
        <translation>%1 · %L2</translation>
    </message>
    <message>
        <source>No reviewed records yet: acceptance appears when you review.</source>
        <translation>尚无已审核的记录：开始审核后即会显示采纳率。</translation>
    </message>
    <message numerus="yes">
        <source>Per hour. %1 of %Ln reviewed record(s) kept.</source>
        <translation>
            <numerusform>按小时统计。%Ln 条已审核记录中保留了 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Per day. %1 of %Ln reviewed record(s) kept.</source>
        <translation>
            <numerusform>按天统计。%Ln 条已审核记录中保留了 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No words in the chosen field.</source>
        <translation>所选字段中没有词。</translation>
    </message>
    <message>
        <source>distinct-1 %1 · distinct-2 %2</source>
        <translation>distinct-1 %1 · distinct-2 %2</translation>
    </message>
    <message>
        <source>No word pairs: every text is a single word.</source>
        <translation>没有词对：每段文本都只有一个词。</translation>
    </message>
    <message>
        <source>Only common words: uncheck “Hide common words”.</source>
        <translation>只有常用词：请取消勾选“隐藏常用词”。</translation>
    </message>
    <message>
        <source>No categorical field: a field whose values repeat, with at most %1 different ones, shows its balance here.</source>
        <translation>没有分类字段：取值有重复、且不同取值不超过 %1 个的字段，会在此显示其类别分布。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more value(s) not shown.</source>
        <translation>
            <numerusform>另有 %Ln 个取值未显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) without the field.</source>
        <translation>
            <numerusform>%Ln 条记录没有该字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project to see charts of its records.</source>
        <translation>打开项目后即可查看其记录的图表。</translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Cli</name>
    <message>
        <source>Create a project: empty, or a copy of the example.</source>
        <translation>创建项目：空项目，或示例项目的副本。</translation>
    </message>
    <message>
        <source>Check a project&apos;s pipeline for problems.</source>
        <translation>检查项目的流水线是否有问题。</translation>
    </message>
    <message>
        <source>Show the records of each stage and the last run.</source>
        <translation>显示各节点的记录及最近一次运行。</translation>
    </message>
    <message>
        <source>Add rows from a CSV, TSV or JSON file to a seed table.</source>
        <translation>将 CSV、TSV 或 JSON 文件中的行添加到种子表。</translation>
    </message>
    <message>
        <source>List, add, remove and test LLM provider profiles.</source>
        <translation>列出、添加、删除和测试大模型服务商配置。</translation>
    </message>
    <message>
        <source>Run a project&apos;s pipeline.</source>
        <translation>运行项目的流水线。</translation>
    </message>
    <message>
        <source>Export a project&apos;s records.</source>
        <translation>导出项目的记录。</translation>
    </message>
    <message>
        <source>Show this help, or the help of a command.</source>
        <translation>显示此帮助，或某个命令的帮助。</translation>
    </message>
    <message>
        <source>seedbed %1: this command is not available in this version of Seedbed. Open the project in the Seedbed window instead.</source>
        <translation>seedbed %1：此版本的 Seedbed 不提供该命令。请改为在 Seedbed 窗口中打开项目。</translation>
    </message>
    <message>
        <source>Usage: seedbed [options] [PROJECT]          opens the Seedbed window</source>
        <translation>用法：seedbed [options] [PROJECT]          打开 Seedbed 窗口</translation>
    </message>
    <message>
        <source>       seedbed COMMAND [options] [ARGS…]    runs a command without a window or display</source>
        <translation>      seedbed COMMAND [options] [ARGS…]    运行命令，无需窗口或显示器</translation>
    </message>
    <message>
        <source>Grow LLM training datasets from a few seed examples.</source>
        <translation>从少量种子样例出发，培育大模型训练数据集。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;seedbed help COMMAND&quot; or &quot;seedbed COMMAND --help&quot; for the arguments of a command.</source>
        <translation>运行“seedbed help COMMAND”或“seedbed COMMAND --help”查看命令的参数。</translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation>窗口选项：</translation>
    </message>
    <message>
        <source>Open the bundled example project.</source>
        <translation>打开内置的示例项目。</translation>
    </message>
    <message>
        <source>--language CODE</source>
        <translation>--language CODE</translation>
    </message>
    <message>
        <source>User interface language, e.g. en or zh_CN.</source>
        <translation>界面语言，例如 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>seedbed help: there is no command &quot;%1&quot;. Run &quot;seedbed help&quot; for the list of commands.</source>
        <translation>seedbed help：没有“%1”命令。运行“seedbed help”查看命令列表。</translation>
    </message>
    <message>
        <source>seedbed: there is no command &quot;%1&quot;. Run &quot;seedbed help&quot; for the list of commands.</source>
        <translation>seedbed：没有“%1”命令。运行“seedbed help”查看命令列表。</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, missing or malformed argument</source>
        <translation>用法错误：未知的命令或选项，参数缺失或格式有误</translation>
    </message>
    <message>
        <source>partial failure: some of the work failed (run)</source>
        <translation>部分失败：部分工作未能完成（run）</translation>
    </message>
    <message>
        <source>the project is invalid or cannot be opened</source>
        <translation>项目无效或无法打开</translation>
    </message>
    <message>
        <source>a provider could not be reached or refused the test</source>
        <translation>无法连接服务商，或服务商拒绝了测试</translation>
    </message>
    <message>
        <source>a file could not be read or written</source>
        <translation>无法读取或写入文件</translation>
    </message>
    <message>
        <source>Missing arguments: expected %1.</source>
        <translation>缺少参数：应为 %1。</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1. Expected %2.</source>
        <translation>多余的参数：%1。应为 %2。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation>--%1 需要不小于 %2 的整数，而不是“%3”。</translation>
    </message>
    <message>
        <source>Usage: seedbed %1 [options] %2</source>
        <translation>用法：seedbed %1 [options] %2</translation>
    </message>
    <message>
        <source>seedbed %1: %2
Run &quot;seedbed help %1&quot; for the arguments it takes.</source>
        <translation>seedbed %1：%2
运行“seedbed help %1”查看它接受的参数。</translation>
    </message>
    <message>
        <source>seedbed %1: %2</source>
        <translation>seedbed %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) are named &quot;%1&quot;; give the id of the one you mean:</source>
        <translation>
            <numerusform>有 %n 个节点名为“%1”；请给出你所指节点的 ID：</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no stage with the id or name &quot;%1&quot;.</source>
        <translation>项目中没有 ID 或名称为“%1”的节点。</translation>
    </message>
    <message>
        <source>The project has no seed table stage; add one in the Seedbed window.</source>
        <translation>项目中没有种子表节点；请在 Seedbed 窗口中添加一个。</translation>
    </message>
    <message>
        <source>Seed table stages in this project:</source>
        <translation>此项目中的种子表节点：</translation>
    </message>
    <message>
        <source>PROJECT FILE</source>
        <translation>PROJECT FILE</translation>
    </message>
    <message>
        <source>Reads seed rows from a CSV, TSV, JSON Lines or JSON array file and adds them to a seed table stage, then saves the project. Problems in the file are listed with their line; rows that cannot be read are skipped.</source>
        <translation>从 CSV、TSV、JSON Lines 或 JSON 数组文件中读取种子行，添加到种子表节点，然后保存项目。文件中的问题会连同所在行一并列出；无法读取的行会被跳过。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>The project folder or its project.seedbed file.</source>
        <translation>项目文件夹或其中的 project.seedbed 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The file to read rows from.</source>
        <translation>要从中读取行的文件。</translation>
    </message>
    <message>
        <source>The seed table stage, by id or by exact name (required).</source>
        <translation>种子表节点，用 ID 或完整名称指定（必填）。</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>Replace the stage&apos;s rows instead of adding to them.</source>
        <translation>替换节点中的行，而不是追加。</translation>
    </message>
    <message>
        <source>In CSV and TSV files, read cells that are numbers or true/false as such rather than as text.</source>
        <translation>在 CSV 和 TSV 文件中，将数字或 true/false 单元格按其类型读取，而不是作为文本。</translation>
    </message>
    <message>
        <source>Name the seed table to import into with --stage ID or --stage NAME.</source>
        <translation>请用 --stage ID 或 --stage NAME 指定要导入的种子表。</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file, or it is not readable.</source>
        <translation>无法读取 %1：文件不存在或不可读。</translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; is a %2 stage; rows can only be imported into a seed table.</source>
        <translation>节点“%1”的类型是“%2”；只能向种子表导入行。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not shown.</source>
        <translation>
            <numerusform>%1：还有 %n 个问题未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1; the project is unchanged.</source>
        <translation>无法导入 %1；项目未更改。</translation>
    </message>
    <message>
        <source>%1 has no rows to import; the project is unchanged.</source>
        <translation>%1 中没有可导入的行；项目未更改。</translation>
    </message>
    <message>
        <source> Rows with errors were skipped (see above).</source>
        <translation>有错误的行已跳过（见上文）。</translation>
    </message>
    <message numerus="yes">
        <source>Replaced the rows of &quot;%1&quot; with %n row(s) from %2.</source>
        <translation>
            <numerusform>已用 %2 中的 %n 行替换“%1”的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s) from %2 to &quot;%1&quot;; it now has %3.</source>
        <translation>
            <numerusform>已将 %2 中的 %n 行添加到“%1”；现共有 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no Seedbed project at %1 (no %2 file). Give the project folder or its %2 file.</source>
        <translation>%1 处没有 Seedbed 项目（缺少 %2 文件）。请给出项目文件夹或其中的 %2 文件。</translation>
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
        <source>Could not copy the example project to %1. Check that you may write there.</source>
        <translation>无法将示例项目复制到 %1。请检查是否有该位置的写入权限。</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>%1 cannot be read or is not a Seedbed data file. Restore it from a backup, or move it away to start the project&apos;s data afresh.</source>
        <translation>%1 无法读取，或不是 Seedbed 数据文件。请从备份中恢复，或将其移走，让项目数据从头开始。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seedbed (data format %2); this version reads up to %3. Update Seedbed.</source>
        <translation>%1 由更新版本的 Seedbed 写入（数据格式 %2）；此版本最高只能读取格式 %3。请更新 Seedbed。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Creates a project in FOLDER, which must not exist or be empty: an empty pipeline, or a copy of the bundled example.</source>
        <translation>在 FOLDER 中创建项目（该文件夹必须不存在或为空）：空流水线，或内置示例的副本。</translation>
    </message>
    <message>
        <source>Where to create the project.</source>
        <translation>创建项目的位置。</translation>
    </message>
    <message>
        <source>Copy the bundled example project (customer support Q&amp;A) instead.</source>
        <translation>改为复制内置的示例项目（客服问答）。</translation>
    </message>
    <message>
        <source>The project&apos;s name; the folder&apos;s name when not given. Not with --example.</source>
        <translation>项目名称；未指定时使用文件夹名。不能与 --example 同时使用。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--name cannot be used with --example: the example has its own name.</source>
        <translation>--name 不能与 --example 同时使用：示例有自己的名称。</translation>
    </message>
    <message>
        <source>The project needs a name.</source>
        <translation>项目需要名称。</translation>
    </message>
    <message>
        <source>Created the project &quot;%1&quot; in %2.</source>
        <translation>已在 %2 中创建项目“%1”。</translation>
    </message>
    <message>
        <source>Checks a project&apos;s pipeline: unknown stage types, loops, unconnected inputs, missing or invalid settings. Changes nothing and works while the project is open in a window. Exits with 0 when there are no errors (warnings allowed), 3 when there are or the project cannot be read.</source>
        <translation>检查项目的流水线：未知的节点类型、环路、未连接的输入、缺失或无效的设置。不做任何更改，项目在窗口中打开时也可使用。没有错误时（允许有警告）以 0 退出；有错误或无法读取项目时以 3 退出。</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>以 JSON 格式将结果输出到标准输出。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read or is not a Seedbed data file.</source>
        <translation>数据文件 %1 无法读取，或不是 Seedbed 数据文件。</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of Seedbed; update Seedbed.</source>
        <translation>数据文件 %1 由更新版本的 Seedbed 写入；请更新 Seedbed。</translation>
    </message>
    <message>
        <source>%1, setting %2</source>
        <translation>%1，设置项 %2</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is valid.</source>
        <translation>项目“%1”有效。</translation>
    </message>
    <message numerus="yes">
        <source>The project &quot;%1&quot; is valid, with %n warning(s).</source>
        <translation>
            <numerusform>项目“%1”有效，有 %n 个警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project has %n error(s); fix them before running it.</source>
        <translation>
            <numerusform>项目有 %n 个错误；请在运行前修复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows, for each stage, its records by status and review state, and the state of the last run. Reads only: changes nothing, takes no lock, and works while the project is open or running.</source>
        <translation>按状态和审核状态显示各节点的记录，以及最近一次运行的状态。只读：不做任何更改，不加锁，项目打开或运行时也可使用。</translation>
    </message>
    <message>
        <source>Print the summary as JSON on standard output.</source>
        <translation>以 JSON 格式将摘要输出到标准输出。</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; in %2</source>
        <translation>项目“%1”，位于 %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有节点</translation>
    </message>
    <message>
        <source>Stages shown by id are no longer in the pipeline; their records are kept.</source>
        <translation>以 ID 显示的节点已不在流水线中；其记录仍会保留。</translation>
    </message>
    <message>
        <source>Last run: #%1, %2, started %3, finished %4 (UTC).</source>
        <translation>最近一次运行：#%1，%2，开始于 %3，结束于 %4（UTC）。</translation>
    </message>
    <message>
        <source>Last run: #%1, %2, started %3 (UTC).</source>
        <translation>最近一次运行：#%1，%2，开始于 %3（UTC）。</translation>
    </message>
    <message>
        <source>The project has not been run yet.</source>
        <translation>项目尚未运行过。</translation>
    </message>
    <message>
        <source>API key (not shown): </source>
        <translation>API 密钥（输入不显示）： </translation>
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
        <translation>用法：seedbed providers COMMAND [options] [ARGS…]
管理保存在你的用户配置（%1）中、而非项目中的大模型服务商配置。密钥保存在系统钥匙串中或从环境变量读取；绝不会写入文件或显示出来。

命令：
  list             列出配置。
  add NAME         添加配置。
  remove NAME      删除配置（及其钥匙串条目）。
  test NAME        检查服务商是否响应并接受密钥。

运行“seedbed help providers COMMAND”查看命令的参数。</translation>
    </message>
    <message>
        <source>Lists the provider profiles: name, kind, base URL and where the key comes from (keychain, an environment variable, or none). Keys are never shown.</source>
        <translation>列出服务商配置：名称、类型、基础 URL 以及密钥来源（钥匙串、环境变量或无）。密钥绝不会显示。</translation>
    </message>
    <message>
        <source>Print the profiles as JSON on standard output.</source>
        <translation>以 JSON 格式将配置输出到标准输出。</translation>
    </message>
    <message>
        <source>There are no provider profiles yet. Add one with &quot;seedbed providers add NAME --kind openai --base-url URL --key-env VARIABLE&quot;.</source>
        <translation>还没有服务商配置。可用“seedbed providers add NAME --kind openai --base-url URL --key-env VARIABLE”添加一个。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASE URL</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>MODELS</source>
        <translation>MODELS</translation>
    </message>
    <message>
        <source>Adds a provider profile named NAME (stages refer to it by name). Start from a preset with --preset, or give --kind and --base-url. The key comes from an environment variable (--key-env) or is stored in the system keychain (--key-stdin); it is never written to a file.</source>
        <translation>添加名为 NAME 的服务商配置（节点按名称引用它）。可用 --preset 从预设开始，或给出 --kind 和 --base-url。密钥来自环境变量（--key-env）或保存在系统钥匙串中（--key-stdin）；绝不会写入文件。</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>配置名称。</translation>
    </message>
    <message>
        <source>Start from a known service or local server: %1.</source>
        <translation>从已知的在线服务或本地服务器开始：%1。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The protocol: openai (OpenAI-compatible), ollama or anthropic. Default: openai, or the preset&apos;s.</source>
        <translation>协议：openai（OpenAI 兼容）、ollama 或 anthropic。默认：openai，或预设的协议。</translation>
    </message>
    <message>
        <source>The API&apos;s base URL, e.g. https://api.deepseek.com/v1 or http://127.0.0.1:11434.</source>
        <translation>API 的基础 URL，例如 https://api.deepseek.com/v1 或 http://127.0.0.1:11434。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the key from this environment variable when the profile is used.</source>
        <translation>使用该配置时从此环境变量读取密钥。</translation>
    </message>
    <message>
        <source>VARIABLE</source>
        <translation>VARIABLE</translation>
    </message>
    <message>
        <source>Read the key from standard input (not echoed) and store it in the system keychain.</source>
        <translation>从标准输入读取密钥（不回显），并保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>A model to offer; repeat for several.</source>
        <translation>提供的模型；可重复指定多个。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8).</source>
        <translation>同时进行的请求数（默认 8）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Requests per minute at most; 0: no limit.</source>
        <translation>每分钟最多请求数；0 表示不限。</translation>
    </message>
    <message>
        <source>Tokens per minute at most; 0: no limit.</source>
        <translation>每分钟最多 token 数；0 表示不限。</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;. Presets: %2.</source>
        <translation>没有预设“%1”。可用预设：%2。</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置需要名称。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use openai, ollama or anthropic.</source>
        <translation>未知类型“%1”：请使用 openai、ollama 或 anthropic。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable base URL; give an http:// or https:// address such as https://api.example.com/v1.</source>
        <translation>“%1”不是可用的基础 URL；请给出 http:// 或 https:// 地址，例如 https://api.example.com/v1。</translation>
    </message>
    <message>
        <source>Give the API&apos;s address with --base-url URL, or start from a preset with --preset ID.</source>
        <translation>请用 --base-url URL 给出 API 地址，或用 --preset ID 从预设开始。</translation>
    </message>
    <message>
        <source>Use either --key-env or --key-stdin, not both: a profile&apos;s key comes from one place.</source>
        <translation>--key-env 和 --key-stdin 只能二选一：一个配置的密钥只能有一个来源。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name: use letters, digits and underscores, for example %2.</source>
        <translation>“%1”不是有效的环境变量名：请使用字母、数字和下划线，例如 %2。</translation>
    </message>
    <message>
        <source>There is already a provider profile named &quot;%1&quot;. Remove it first with &quot;seedbed providers remove %1&quot;, or choose another name.</source>
        <translation>已存在名为“%1”的服务商配置。请先用“seedbed providers remove %1”删除它，或换一个名称。</translation>
    </message>
    <message>
        <source>No key was given on standard input.</source>
        <translation>标准输入中没有提供密钥。</translation>
    </message>
    <message>
        <source>The profile was not added.</source>
        <translation>未添加该配置。</translation>
    </message>
    <message>
        <source>the key is read from the environment variable %1</source>
        <translation>密钥从环境变量 %1 读取</translation>
    </message>
    <message>
        <source>the key is in the system keychain</source>
        <translation>密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>no key (for local servers)</source>
        <translation>无密钥（用于本地服务器）</translation>
    </message>
    <message>
        <source>Added the provider profile &quot;%1&quot; (%2, %3); %4. Check it with &quot;seedbed providers test %1&quot;.</source>
        <translation>已添加服务商配置“%1”（%2，%3）；%4。可用“seedbed providers test %1”检查它。</translation>
    </message>
    <message>
        <source>Removes a provider profile and its key from the system keychain. An environment variable it named is left alone.</source>
        <translation>删除服务商配置及其在系统钥匙串中的密钥。配置中指定的环境变量不受影响。</translation>
    </message>
    <message>
        <source>The profile&apos;s name or id.</source>
        <translation>配置的名称或 ID。</translation>
    </message>
    <message>
        <source>There is no provider profile &quot;%1&quot;. See the list with &quot;seedbed providers list&quot;.</source>
        <translation>没有服务商配置“%1”。可用“seedbed providers list”查看列表。</translation>
    </message>
    <message>
        <source>Removed the provider profile &quot;%1&quot;.</source>
        <translation>已删除服务商配置“%1”。</translation>
    </message>
    <message>
        <source>Checks that the provider answers, accepts the key and has the profile&apos;s models (or --model). Exits with 4 when it does not.</source>
        <translation>检查服务商是否响应、是否接受密钥，以及是否提供配置中的模型（或 --model 指定的模型）。否则以 4 退出。</translation>
    </message>
    <message>
        <source>Check this model rather than the profile&apos;s.</source>
        <translation>检查此模型，而不是配置中的模型。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 20).</source>
        <translation>超过此秒数后放弃（默认 20）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>seedbed providers: there is no command &quot;%1&quot;; use list, add, remove or test.</source>
        <translation>seedbed providers：没有“%1”命令；请使用 list、add、remove 或 test。</translation>
    </message>
    <message numerus="yes">
        <source> (%n failed)</source>
        <translation>
            <numerusform>（%n 条失败）</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1/%2 in flight</source>
        <translation> · 进行中 %1/%2</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · 预计剩余 %1</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <source>Runs the project&apos;s pipeline and stores every record in its data file as it is made. A run that was stopped (Ctrl+C, a crash, a power cut) continues where it stopped when run again; answers already stored are never asked for twice.</source>
        <translation>运行项目的流水线，每条记录一经生成即保存到数据文件中。中断的运行（Ctrl+C、崩溃、断电）再次运行时会从中断处继续；已保存的回答绝不会重复请求。</translation>
    </message>
    <message>
        <source>Run only this stage (id or name) and the stages it needs.</source>
        <translation>只运行此节点（ID 或名称）及其依赖的节点。</translation>
    </message>
    <message>
        <source>Take at most N records from each source.</source>
        <translation>每个数据源最多取 N 条记录。</translation>
    </message>
    <message>
        <source>Continue where the last run stopped (what every run does; accepted for scripts that say so).</source>
        <translation>从上次运行中断处继续（每次运行本来就会如此；接受此选项是为了兼容显式指定它的脚本）。</translation>
    </message>
    <message>
        <source>Ask the models again for new samples instead of reusing stored answers; this costs tokens.</source>
        <translation>重新请求模型生成新样本，而不是复用已保存的回答；这会消耗 token。</translation>
    </message>
    <message>
        <source>Redo the records that failed (errors, cut-off or unparseable answers).</source>
        <translation>重做失败的记录（出错、回答被截断或无法解析）。</translation>
    </message>
    <message>
        <source>Serve every LLM stage from this provider profile.</source>
        <translation>所有大模型节点都使用此服务商配置。</translation>
    </message>
    <message>
        <source>With this model, for every LLM stage.</source>
        <translation>所有大模型节点都使用此模型。</translation>
    </message>
    <message>
        <source>Print a machine-readable summary on standard output.</source>
        <translation>在标准输出上输出机器可读的摘要。</translation>
    </message>
    <message>
        <source>The pipeline cannot run:</source>
        <translation>流水线无法运行：</translation>
    </message>
    <message>
        <source>  %1: %2 ok, %3 filtered, %4 duplicate, %5 failed</source>
        <translation>  %1：%2 条正常，%3 条已过滤，%4 条重复，%5 条失败</translation>
    </message>
    <message numerus="yes">
        <source>  %n request(s) to models</source>
        <translation>
            <numerusform>  向模型发出 %n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n answered from the cache</source>
        <translation>
            <numerusform>，其中 %n 个由缓存应答</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 tokens in, %2 out%3</source>
        <translation>，输入 %1 token，输出 %2 token%3</translation>
    </message>
    <message>
        <source> (partly estimated)</source>
        <translation>（部分为估算）</translation>
    </message>
    <message>
        <source>  cost: %1 %2</source>
        <translation>  费用：%1 %2</translation>
    </message>
    <message>
        <source>  exported %1</source>
        <translation>  已导出 %1</translation>
    </message>
    <message>
        <source>Run completed in %1.</source>
        <translation>运行完成，用时 %1。</translation>
    </message>
    <message>
        <source>Run finished with problems in %1; “seedbed run --retry-failed” redoes the failed records.</source>
        <translation>运行结束但有问题，用时 %1；“seedbed run --retry-failed”可重做失败的记录。</translation>
    </message>
    <message>
        <source>Run stopped; what was done is stored, and running again continues from here.</source>
        <translation>运行已停止；已完成的部分已保存，再次运行将从此处继续。</translation>
    </message>
    <message>
        <source>seedbed run: %1</source>
        <translation>seedbed run：%1</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>By review: everything (the default), not-rejected or accepted.</source>
        <translation>按审核状态：everything（默认）、not-rejected 或 accepted。</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>WHICH</translation>
    </message>
    <message>
        <source>For the chat formats: the field of the user&apos;s turn.</source>
        <translation>用于对话格式：用户轮次的字段。</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>For the chat formats: the field of the answer.</source>
        <translation>用于对话格式：回答的字段。</translation>
    </message>
    <message>
        <source>For the chat formats: a system prompt.</source>
        <translation>用于对话格式：系统提示词。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Name the stage with --stage and the file with --out.</source>
        <translation>请用 --stage 指定节点，用 --out 指定文件。</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>未知格式“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>Unknown review choice “%1”.</source>
        <translation>未知审核选项“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a project&apos;s validator commands and allow them to run.</source>
        <translation>显示项目的校验命令，并允许其运行。</translation>
    </message>
    <message>
        <source>the project&apos;s commands are not trusted (see seedbed trust)</source>
        <translation>项目的命令未获信任（参见 seedbed trust）</translation>
    </message>
    <message>
        <source>Run these commands? [y/N] </source>
        <translation>要运行这些命令吗？[y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是的</translation>
    </message>
    <message>
        <source>This project runs commands on this computer (its validators):</source>
        <translation>此项目会在本机上运行命令（其校验程序）：</translation>
    </message>
    <message>
        <source>They run only in a project you trust. Review them, then run “seedbed trust %1”.</source>
        <translation>这些命令只在你信任的项目中运行。请先检查它们，然后运行“seedbed trust %1”。</translation>
    </message>
    <message>
        <source>Shows the commands a project runs on this computer (the validator commands of its Verify stages) and, once you agree, lets them run. The trust is for this folder and these commands: when a command or a script it names in the project folder changes, Seedbed asks again.</source>
        <translation>显示项目在本机上运行的命令（其“答案校验”节点的校验命令），并在你同意后允许它们运行。信任仅针对此文件夹和这些命令：当某条命令或它在项目文件夹中指定的脚本发生变化时，Seedbed 会再次询问。</translation>
    </message>
    <message>
        <source>Trust without asking.</source>
        <translation>直接信任，不再询问。</translation>
    </message>
    <message>
        <source>Stop trusting the project: ask again next time.</source>
        <translation>不再信任此项目：下次重新询问。</translation>
    </message>
    <message>
        <source>Seedbed will ask again before running the commands of %1.</source>
        <translation>Seedbed 在运行 %1 的命令前会再次询问。</translation>
    </message>
    <message>
        <source>%1 runs no commands; there is nothing to trust.</source>
        <translation>%1 不运行任何命令；无需信任。</translation>
    </message>
    <message>
        <source>%1 is trusted to run:</source>
        <translation>%1 已获信任，可运行：</translation>
    </message>
    <message>
        <source>%1 runs these commands on this computer, in the project folder and with your permissions:</source>
        <translation>%1 会在本机上、在项目文件夹中以你的权限运行以下命令：</translation>
    </message>
    <message>
        <source>Not trusted; the commands will not run.</source>
        <translation>未获信任；这些命令不会运行。</translation>
    </message>
    <message>
        <source>Trusted: “seedbed run” and the Seedbed window run these commands for this project until they change.</source>
        <translation>已信任：在这些命令发生变化之前，“seedbed run”和 Seedbed 窗口会为此项目运行它们。</translation>
    </message>
    <message>
        <source>Writes the records of a stage to a file (or, for huggingface, a dataset folder). The file is replaced only once it is complete.</source>
        <translation>将某个节点的记录写入文件（huggingface 格式则写入数据集文件夹）。文件只在写完后才会被替换。</translation>
    </message>
    <message>
        <source>The stage whose records to export (repeat for several).</source>
        <translation>要导出其记录的节点（可重复指定多个）。</translation>
    </message>
    <message>
        <source>One of: %1. jsonl writes the records&apos; fields.</source>
        <translation>以下之一：%1。jsonl 写出记录的字段。</translation>
    </message>
    <message>
        <source>For huggingface: the format of each split&apos;s file: openai-chat (the default), alpaca, sharegpt, jsonl or preference.</source>
        <translation>用于 huggingface：每个划分文件的格式：openai-chat（默认）、alpaca、sharegpt、jsonl 或 preference。</translation>
    </message>
    <message>
        <source>The file to write (for huggingface: the folder). It must not be a name Windows reserves, such as CON or NUL.</source>
        <translation>要写入的文件（huggingface 格式则为文件夹）。不能使用 Windows 保留的名称，例如 CON 或 NUL。</translation>
    </message>
    <message>
        <source>Records of these statuses, separated by commas: ok (the default), filtered, failed, duplicate, or all.</source>
        <translation>导出这些状态的记录，以逗号分隔：ok（默认）、filtered、failed、duplicate 或 all。</translation>
    </message>
    <message>
        <source>Only records with at least this score of the judge, such as Judge=7; a bare number is the primary score (repeat for several judges).</source>
        <translation>只导出该评审得分不低于此值的记录，例如 Judge=7；单独的数字表示主得分（可为多个评审重复指定）。</translation>
    </message>
    <message>
        <source>JUDGE=SCORE</source>
        <translation>JUDGE=SCORE</translation>
    </message>
    <message>
        <source>Only records with this tag (repeat: any of them).</source>
        <translation>只导出带有此标签的记录（可重复指定：带有其中任一标签即可）。</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>stage: the splits a Split stage wrote; a split&apos;s name, such as train: only its records; or shares such as train=80,validation=10,test=10.</source>
        <translation>stage：使用划分节点写入的划分；划分名称（例如 train）：只导出该划分的记录；或比例，例如 train=80,validation=10,test=10。</translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation>SPLIT</translation>
    </message>
    <message>
        <source>The seed of shares chosen with --split.</source>
        <translation>用 --split 按比例划分时使用的种子。</translation>
    </message>
    <message>
        <source>Start each answer with the model&apos;s reasoning in a &lt;think&gt; block.</source>
        <translation>每个回答以模型的推理过程开头，放在 &lt;think&gt; 块中。</translation>
    </message>
    <message>
        <source>For csv and tsv: start with a UTF-8 byte order mark (for Excel).</source>
        <translation>用于 csv 和 tsv：文件以 UTF-8 字节顺序标记开头（供 Excel 使用）。</translation>
    </message>
    <message>
        <source>For the chat formats: a field with more input (Alpaca&apos;s input).</source>
        <translation>用于对话格式：提供更多输入的字段（Alpaca 的 input）。</translation>
    </message>
    <message>
        <source>For preference: the judge whose score ranks the samples (default: the primary score).</source>
        <translation>用于 preference：按其得分对样本排序的评审（默认：主得分）。</translation>
    </message>
    <message>
        <source>JUDGE</source>
        <translation>JUDGE</translation>
    </message>
    <message>
        <source>For huggingface: the licence the dataset card names, such as cc-by-4.0.</source>
        <translation>用于 huggingface：数据集卡片中注明的许可证，例如 cc-by-4.0。</translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation>LICENCE</translation>
    </message>
    <message>
        <source>Unknown record format “%1”; use one of: %2.</source>
        <translation>未知记录格式“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--min-score “%1” is not JUDGE=SCORE, such as Judge=7.</source>
        <translation>--min-score“%1”不是 JUDGE=SCORE 形式，例如 Judge=7。</translation>
    </message>
    <message>
        <source>--split “%1” is not a list of shares such as train=80,validation=10,test=10.</source>
        <translation>--split“%1”不是比例列表，例如 train=80,validation=10,test=10。</translation>
    </message>
    <message>
        <source>--split-seed “%1” is not a whole number.</source>
        <translation>--split-seed“%1”不是整数。</translation>
    </message>
    <message>
        <source>Export stopped; %1 is unchanged.</source>
        <translation>导出已停止；%1 未改变。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Seedbed::Diversity::Evolution</name>
    <message>
        <source>The model returned no instruction.</source>
        <translation>模型没有返回指令。</translation>
    </message>
    <message>
        <source>The evolved instruction holds only punctuation.</source>
        <translation>演化后的指令只包含标点符号。</translation>
    </message>
    <message>
        <source>The instruction came back unchanged.</source>
        <translation>返回的指令没有变化。</translation>
    </message>
    <message>
        <source>The model refused to evolve the instruction.</source>
        <translation>模型拒绝演化该指令。</translation>
    </message>
    <message>
        <source>The evolved instruction copies words of the evolution prompt (“%1”).</source>
        <translation>演化后的指令照搬了演化提示词中的文字（“%1”）。</translation>
    </message>
    <message>
        <source>The evolved instruction is shorter than the original; an instruction made harder should not lose content.</source>
        <translation>演化后的指令比原指令短；加大难度的指令不应丢失内容。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Diversity::TopicExpander</name>
    <message>
        <source>the list it gave is empty.</source>
        <translation>它给出的列表为空。</translation>
    </message>
    <message>
        <source>it is neither a JSON array of names nor a numbered or bulleted list.</source>
        <translation>它既不是由名称组成的 JSON 数组，也不是编号列表或项目符号列表。</translation>
    </message>
    <message>
        <source>The topic “%1” is no longer in the tree.</source>
        <translation>主题“%1”已不在主题树中。</translation>
    </message>
    <message>
        <source>The subtopics of “%1”: %2</source>
        <translation>“%1”的子主题：%2</translation>
    </message>
    <message>
        <source>The model&apos;s answer for “%1” holds no subtopics: %2</source>
        <translation>模型针对“%1”的回答中没有子主题：%2</translation>
    </message>
    <message>
        <source>Stopped; the topics received so far are kept.</source>
        <translation>已停止；已收到的主题会保留。</translation>
    </message>
</context>
<context>
    <name>Seedbed::DuplicateCluster</name>
    <message>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Duplicate Cluster</source>
        <translation>重复簇</translation>
    </message>
    <message>
        <source>Record %1 is not in a duplicate cluster.</source>
        <translation>记录 %1 不在任何重复簇中。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of “%1” are duplicates of record %2 of the input, whose record is gone.</source>
        <translation>
            <numerusform>“%1”中有 %n 条记录是输入记录 %2 的重复项，而保留下来的那条记录已不存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” kept record %2 and marked %n record(s) as its duplicates. Lines that differ from the kept record are highlighted.</source>
        <translation>
            <numerusform>“%1”保留了记录 %2，并将 %n 条记录标记为它的重复项。与保留记录不同的行已高亮显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>Keep This One</source>
        <translation>保留这条</translation>
    </message>
    <message>
        <source>Keep record %1 instead: the kept record becomes its duplicate and what was made of it downstream is removed (Edit ▸ Undo brings it back).</source>
        <translation>改为保留记录 %1：原先保留的记录变为它的重复项，下游由原记录生成的内容会被删除（“编辑 ▸ 撤销”可将其恢复）。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Export::ExportOptions</name>
    <message>
        <source>JSON Lines (fields as is)</source>
        <translation>JSON Lines（字段原样）</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <source>CSV (comma separated)</source>
        <translation>CSV（逗号分隔）</translation>
    </message>
    <message>
        <source>TSV (tab separated)</source>
        <translation>TSV（制表符分隔）</translation>
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
        <source>OpenAI chat fine-tuning (messages)</source>
        <translation>OpenAI 对话微调 (messages)</translation>
    </message>
    <message>
        <source>Preference pairs (prompt, chosen, rejected)</source>
        <translation>偏好对（prompt、chosen、rejected）</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation>Hugging Face 数据集文件夹</translation>
    </message>
    <message>
        <source>instruction</source>
        <translation>指令（instruction）</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入（input）</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出（output）</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统（system）</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史（history）</translation>
    </message>
    <message>
        <source>system turn</source>
        <translation>系统轮次</translation>
    </message>
    <message>
        <source>earlier turns</source>
        <translation>先前轮次</translation>
    </message>
    <message>
        <source>human turn</source>
        <translation>用户轮次（human）</translation>
    </message>
    <message>
        <source>gpt turn</source>
        <translation>模型轮次（gpt）</translation>
    </message>
    <message>
        <source>system message</source>
        <translation>系统消息</translation>
    </message>
    <message>
        <source>earlier messages</source>
        <translation>先前消息</translation>
    </message>
    <message>
        <source>user message</source>
        <translation>用户消息</translation>
    </message>
    <message>
        <source>assistant message</source>
        <translation>助手消息</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>提示（prompt）</translation>
    </message>
    <message>
        <source>chosen and rejected answers</source>
        <translation>选中与拒绝的回答</translation>
    </message>
    <message>
        <source>Choose the stage whose records to export.</source>
        <translation>请选择要导出其记录的节点。</translation>
    </message>
    <message>
        <source>The template of “%1” has an error: %2</source>
        <translation>“%1”的模板有错误：%2</translation>
    </message>
    <message>
        <source>Choose the field (or write the template) of the prompt.</source>
        <translation>请选择提示所用的字段（或编写模板）。</translation>
    </message>
    <message>
        <source>Choose the field (or write the template) of the answer.</source>
        <translation>请选择回答所用的字段（或编写模板）。</translation>
    </message>
    <message>
        <source>Every column needs a name.</source>
        <translation>每一列都需要名称。</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>Give every split a name and a share of zero or more, at least one of them above zero, such as train=80, validation=10, test=10.</source>
        <translation>请为每个划分指定名称和不小于零的比例，且至少有一个大于零，例如 train=80, validation=10, test=10。</translation>
    </message>
    <message>
        <source>Name the field that holds the split.</source>
        <translation>请指定存放划分的字段。</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use ok, filtered, failed or duplicate.</source>
        <translation>未知状态“%1”：请使用 ok、filtered、failed 或 duplicate。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Export::ExportTarget</name>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>请选择要导出到的文件夹。</translation>
    </message>
    <message>
        <source>Give the export a file name, such as dataset.jsonl.</source>
        <translation>请为导出指定文件名，例如 dataset.jsonl。</translation>
    </message>
    <message>
        <source>“%1” is an absolute path; give a name inside the chosen folder, such as dataset.jsonl, and choose the folder separately.</source>
        <translation>“%1”是绝对路径；请给出所选文件夹内的名称（例如 dataset.jsonl），并单独选择文件夹。</translation>
    </message>
    <message>
        <source>“%1” leaves the chosen folder; give a name inside it, such as dataset.jsonl.</source>
        <translation>“%1”超出了所选文件夹；请给出其中的名称，例如 dataset.jsonl。</translation>
    </message>
    <message>
        <source>“%1” contains the character “%2”, which some systems do not allow in file names; leave it out.</source>
        <translation>“%1”包含字符“%2”，某些系统不允许在文件名中使用该字符；请将其去掉。</translation>
    </message>
    <message>
        <source>“%1” is a name Windows reserves for a device; choose another name.</source>
        <translation>“%1”是 Windows 为设备保留的名称；请另选一个名称。</translation>
    </message>
    <message>
        <source>“%1” ends with a dot or a space, which Windows drops; remove it.</source>
        <translation>“%1”以句点或空格结尾，Windows 会将其丢弃；请将其删除。</translation>
    </message>
    <message>
        <source>“%1” leads out of the chosen folder through a link; give a name inside it.</source>
        <translation>“%1”通过链接指向所选文件夹之外；请给出文件夹内的名称。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Export::Exporter</name>
    <message>
        <source>Cannot read the project&apos;s records: %1</source>
        <translation>无法读取项目的记录：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: a folder of that name is in the way. Choose another file name.</source>
        <translation>无法写入 %1：已有同名文件夹。请另选文件名。</translation>
    </message>
    <message>
        <source>Cannot write the dataset folder %1: %2 is there already and is not an earlier dataset export. Choose another name or remove it.</source>
        <translation>无法写入数据集文件夹 %1：%2 已存在，且不是先前导出的数据集。请另选名称或将其删除。</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>一个文件</translation>
    </message>
    <message>
        <source>Cannot make the folder %1. Check that the disk is writable.</source>
        <translation>无法创建文件夹 %1。请检查磁盘是否可写。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was changed.</source>
        <translation>无法写入 %1：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot read the project&apos;s records: %1. %2 is unchanged.</source>
        <translation>无法读取项目的记录：%1。%2 未改变。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous file is unchanged.</source>
        <translation>无法写入 %1：%2。原有文件未改变。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2. Nothing was changed.</source>
        <translation>无法在 %1 中写入：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous dataset folder is unchanged.</source>
        <translation>无法写入 %1：%2。原有数据集文件夹未改变。</translation>
    </message>
    <message>
        <source>Cannot replace %1: it cannot be renamed (is a file in it open?). The previous dataset folder is unchanged.</source>
        <translation>无法替换 %1：无法重命名（其中是否有文件处于打开状态？）。原有数据集文件夹未改变。</translation>
    </message>
    <message>
        <source>Cannot move the new dataset folder to %1. The previous dataset folder is unchanged.</source>
        <translation>无法将新的数据集文件夹移动到 %1。原有数据集文件夹未改变。</translation>
    </message>
    <message>
        <source>the disk is full (%1 free); free some space and export again</source>
        <translation>磁盘已满（剩余 %1）；请释放一些空间后再次导出</translation>
    </message>
</context>
<context>
    <name>Seedbed::ExportDialog</name>
    <message>
        <source>Export Dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <translation>字段(&amp;D)</translation>
    </message>
    <message>
        <source>Fil&amp;ters</source>
        <translation>过滤(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;plits</source>
        <translation>划分(&amp;P)</translation>
    </message>
    <message>
        <source>Dataset &amp;Card</source>
        <translation>数据集卡片(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The stage whose records are exported, or an Export stage of the pipeline: its input with its settings.</source>
        <translation>要导出其记录的节点，或流水线中的导出节点：使用其输入和设置。</translation>
    </message>
    <message>
        <source>The format of the lines in each split&apos;s file.</source>
        <translation>每个划分文件中各行的格式。</translation>
    </message>
    <message>
        <source>&amp;Include reasoning as &lt;think&gt; blocks</source>
        <translation>以 &lt;think&gt; 块包含推理过程(&amp;I)</translation>
    </message>
    <message>
        <source>The model&apos;s reasoning, when the records kept it, starts the answer inside &lt;think&gt;…&lt;/think&gt;; raw formats get a &quot;reasoning&quot; field.</source>
        <translation>如果记录保留了模型的推理过程，回答会以 &lt;think&gt;…&lt;/think&gt; 中的推理开头；原始格式则多出一个“reasoning”字段。</translation>
    </message>
    <message>
        <source>Byte order &amp;mark (for Excel)</source>
        <translation>字节顺序标记(&amp;M)（供 Excel 使用）</translation>
    </message>
    <message>
        <source>Starts the file with a UTF-8 byte order mark, so that Excel reads accents and Chinese correctly.</source>
        <translation>文件以 UTF-8 字节顺序标记开头，使 Excel 能正确读取重音字符和中文。</translation>
    </message>
    <message>
        <source>The score that picks the chosen (best) and rejected (worst) answer among the samples of one prompt.</source>
        <translation>用于在同一提示的多个样本中挑出选中（最佳）和拒绝（最差）回答的得分。</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>节点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Lines as:</source>
        <translation>行格式(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>排序依据(&amp;R)：</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>The folder the file is written in; the export never writes outside it.</source>
        <translation>写入文件所在的文件夹；导出绝不会写到该文件夹之外。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The file&apos;s name in the folder; sub-folders such as export/train.jsonl are made when missing.</source>
        <translation>文件在该文件夹中的名称；缺少的子文件夹（例如 export/train.jsonl 中的 export）会自动创建。</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>Every record</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <source>All but rejected</source>
        <translation>除已拒绝外全部</translation>
    </message>
    <message>
        <source>Accepted and edited only</source>
        <translation>仅已采纳和已编辑</translation>
    </message>
    <message>
        <source>O&amp;K</source>
        <translation>正常(O&amp;K)</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>重复(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Add Minimum Score</source>
        <translation>添加最低分(&amp;A)</translation>
    </message>
    <message>
        <source>Only records whose score (of the primary score or of one judge) is at least this high.</source>
        <translation>只导出得分（主得分或某个评审的得分）不低于此值的记录。</translation>
    </message>
    <message>
        <source>Records carrying at least one of these tags, separated by commas; empty: any record.</source>
        <translation>带有其中至少一个标签的记录，标签以逗号分隔；留空：任意记录。</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>审核(&amp;V)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Scores:</source>
        <translation>得分：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>No splits</source>
        <translation>不划分</translation>
    </message>
    <message>
        <source>From the Split stage&apos;s field</source>
        <translation>使用划分节点的字段</translation>
    </message>
    <message>
        <source>Chosen here, by ratio</source>
        <translation>在此按比例划分</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Split %1 name</source>
        <translation>划分 %1 名称</translation>
    </message>
    <message>
        <source>Split %1 share</source>
        <translation>划分 %1 比例</translation>
    </message>
    <message>
        <source>The same seed puts every record in the same split again.</source>
        <translation>种子相同，每条记录都会再次分到同一个划分中。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>A split with share 0 is left out; the shares are proportions and need not add up to 1.</source>
        <translation>比例为 0 的划分会被省略；比例表示相对占比，总和不必为 1。</translation>
    </message>
    <message>
        <source>every split</source>
        <translation>所有划分</translation>
    </message>
    <message>
        <source>A single file holds only the records of this split (e.g. train); empty: all of them. A Hugging Face folder writes every split to its own file.</source>
        <translation>单个文件只包含此划分的记录（例如 train）；留空：全部记录。Hugging Face 文件夹会把每个划分写入各自的文件。</translation>
    </message>
    <message>
        <source>&amp;How to split:</source>
        <translation>划分方式(&amp;H)：</translation>
    </message>
    <message>
        <source>Onl&amp;y split:</source>
        <translation>仅限划分(&amp;Y)：</translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation>文件夹名称</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>An SPDX licence id for the dataset card, or &quot;other&quot;.</source>
        <translation>数据集卡片使用的 SPDX 许可证标识，或“other”。</translation>
    </message>
    <message>
        <source>What the dataset is for, where its seeds come from, known limits…</source>
        <translation>数据集的用途、种子的来源、已知的局限…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>The card also lists the models, prompt versions, filters, dedup settings, counts and score distributions of the project.</source>
        <translation>卡片还会列出项目的模型、提示词版本、过滤条件、去重设置、数量和得分分布。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <source>Sho&amp;w in Folder</source>
        <translation>在文件夹中显示(&amp;W)</translation>
    </message>
    <message>
        <source>Export stage “%1” (its input and settings)</source>
        <translation>导出节点“%1”（使用其输入和设置）</translation>
    </message>
    <message>
        <source>No stage: add stages to the pipeline and run it first</source>
        <translation>没有节点：请先向流水线添加节点并运行</translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation>请选择要导出到的文件夹。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose an existing folder with Browse….</source>
        <translation>文件夹“%1”不存在。请用“浏览…”选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>“%1” exists; exporting replaces it (only once the new one is complete).</source>
        <translation>“%1”已存在；导出会替换它（仅在新文件写完后）。</translation>
    </message>
    <message>
        <source>Choose the stage whose records to export.</source>
        <translation>请选择要导出其记录的节点。</translation>
    </message>
    <message>
        <source>Choose at least one status on the Filters tab.</source>
        <translation>请在“过滤”选项卡中至少选择一种状态。</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Primary score</source>
        <translation>主得分</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this minimum</source>
        <translation>删除此最低分</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>no record carries a tag</source>
        <translation>没有记录带有标签</translation>
    </message>
    <message>
        <source>any of: %1</source>
        <translation>以下任一：%1</translation>
    </message>
    <message>
        <source>The records carry this field: each goes to the split it names.</source>
        <translation>记录带有此字段：每条记录进入其指定的划分。</translation>
    </message>
    <message>
        <source>No record carries this field yet: run a Split stage first, or choose the splits here by ratio.</source>
        <translation>还没有记录带有此字段：请先运行划分节点，或在此按比例选择划分。</translation>
    </message>
    <message>
        <source>Choose a stage to see its records here.</source>
        <translation>选择一个节点即可在此查看其记录。</translation>
    </message>
    <message>
        <source>No preview until the problem under the file name is solved.</source>
        <translation>请先解决文件名下方的问题，然后才能预览。</translation>
    </message>
    <message>
        <source>Reading the first records…</source>
        <translation>正在读取前几条记录…</translation>
    </message>
    <message>
        <source>Could not read the project&apos;s data file: %1</source>
        <translation>无法读取项目的数据文件：%1</translation>
    </message>
    <message>
        <source>No record passes the filters: the file would be empty.</source>
        <translation>没有记录通过过滤条件：文件将为空。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n line(s) of the file:</source>
        <translation>
            <numerusform>文件的前 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Could not read the project&apos;s data file %1: %2. Nothing was written.</source>
        <translation>无法读取项目的数据文件 %1：%2。未写入任何内容。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>大约还剩 %1</translation>
    </message>
    <message>
        <source>%1 written (%2)</source>
        <translation>已写入 %1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s), %1, to %2</source>
        <translation>
            <numerusform>已将 %n 条记录（%1）写入 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Splits: %1</source>
        <translation>划分：%1</translation>
    </message>
    <message>
        <source>Export cancelled; the previous file, if any, is unchanged.</source>
        <translation>导出已取消；原有文件（如有）未改变。</translation>
    </message>
    <message>
        <source>The export failed; the previous file, if any, is unchanged.</source>
        <translation>导出失败；原有文件（如有）未改变。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Seedbed::ExportMappingEditor</name>
    <message>
        <source>&amp;Add Column</source>
        <translation>添加列(&amp;A)</translation>
    </message>
    <message>
        <source>Col&amp;umns From Fields</source>
        <translation>按字段生成列(&amp;U)</translation>
    </message>
    <message>
        <source>Adds a column; choose its record field or write a template.</source>
        <translation>添加一列；选择其记录字段或编写模板。</translation>
    </message>
    <message>
        <source>One column per record field, to rename, reorder or remove.</source>
        <translation>每个记录字段一列，可重命名、调整顺序或删除。</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>record field</source>
        <translation>记录字段</translation>
    </message>
    <message>
        <source>No field</source>
        <translation>无字段</translation>
    </message>
    <message>
        <source>%1 (not in these records)</source>
        <translation>%1（不在这些记录中）</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>A template, e.g. Question: {{ question }}</source>
        <translation>模板，例如 Question: {{ question }}</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Column %1 name</source>
        <translation>第 %1 列名称</translation>
    </message>
    <message>
        <source>Column %1 source</source>
        <translation>第 %1 列来源</translation>
    </message>
    <message>
        <source>Column %1 template</source>
        <translation>第 %1 列模板</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this column</source>
        <translation>删除此列</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>删除第 %1 列</translation>
    </message>
    <message>
        <source>%1 template</source>
        <translation>%1模板</translation>
    </message>
    <message>
        <source>Every field of the records is written, as it is. Add columns to choose, rename or combine fields.</source>
        <translation>记录的每个字段都会原样写出。添加列可选择、重命名或组合字段。</translation>
    </message>
    <message>
        <source>These columns are written, in this order.</source>
        <translation>按此顺序写出这些列。</translation>
    </message>
    <message>
        <source>Choose the record field for each part of the format, or a template that combines fields.</source>
        <translation>为格式的每个部分选择记录字段，或选择组合多个字段的模板。</translation>
    </message>
</context>
<context>
    <name>Seedbed::FirstRunWizard</name>
    <message>
        <source>Set Up Seedbed</source>
        <translation>设置 Seedbed</translation>
    </message>
    <message>
        <source>Set Up &amp;Later</source>
        <translation>稍后设置(&amp;L)</translation>
    </message>
    <message>
        <source>Closes the guide without changing anything. It stays in Help ▸ Setup Guide, and profiles can be added in Settings ▸ Provider Profiles.</source>
        <translation>关闭向导，不做任何更改。向导仍可在“帮助 ▸ 设置向导”中打开，服务商配置可在“设置 ▸ 服务商配置”中添加。</translation>
    </message>
    <message>
        <source>Where does your model run?</source>
        <translation>你的模型在哪里运行？</translation>
    </message>
    <message>
        <source>Seedbed writes and judges samples with a language model. Choose the service or the server on this computer that you want to use; more can be added later in Settings ▸ Provider Profiles.</source>
        <translation>Seedbed 使用语言模型来编写和评审样本。请选择要使用的服务，或本机上的服务器；以后可在“设置 ▸ 服务商配置”中添加更多。</translation>
    </message>
    <message>
        <source>Cloud services (need an API key)</source>
        <translation>云服务（需要 API 密钥）</translation>
    </message>
    <message>
        <source>On this computer or your network</source>
        <translation>本机或你的网络中</translation>
    </message>
    <message>
        <source>The model stages use unless they name another. “Test Connection” lists the models the server has.</source>
        <translation>节点未指定其他模型时使用的模型。“测试连接”会列出服务器提供的模型。</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>&amp;Paste the key; Seedbed keeps it in the system keychain</source>
        <translation>粘贴密钥(&amp;P)；Seedbed 将其保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>在此粘贴密钥</translation>
    </message>
    <message>
        <source>Read it from the &amp;environment variable</source>
        <translation>从环境变量读取(&amp;E)</translation>
    </message>
    <message>
        <source>The name of the variable, not the key: Seedbed reads the key from it when it needs one.</source>
        <translation>填写变量名，而不是密钥本身：Seedbed 需要密钥时会从该变量读取。</translation>
    </message>
    <message>
        <source>&amp;No key: the server does not ask for one</source>
        <translation>无密钥(&amp;N)：服务器不要求密钥</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Your provider profile is saved.</source>
        <translation>你的服务商配置已保存。</translation>
    </message>
    <message>
        <source>Open the &amp;example project (a small pipeline that grows customer-support answers from a few seeds)</source>
        <translation>打开示例项目(&amp;E)（一个从少量种子培育客服回答的小型流水线）</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <source>Seedbed talks to the server at the address below. Change it if the server runs elsewhere or on another port.</source>
        <translation>Seedbed 会连接下方地址的服务器。如果服务器运行在其他位置或其他端口上，请修改地址。</translation>
    </message>
    <message>
        <source>Enter the address of the server; for an OpenAI-compatible API it usually ends in /v1.</source>
        <translation>请输入服务器地址；OpenAI 兼容 API 的地址通常以 /v1 结尾。</translation>
    </message>
    <message>
        <source>Paste the API key from your %1 account, or name the environment variable that holds it.</source>
        <translation>粘贴你的 %1 账户中的 API 密钥，或指定存放密钥的环境变量。</translation>
    </message>
    <message>
        <source>The provider profile “%1” is saved. New generator and judge stages use it; change it, or add others, in Settings ▸ Provider Profiles.

This guide stays in Help ▸ Setup Guide.</source>
        <translation>服务商配置“%1”已保存。新的生成节点和评审节点会使用它；可在“设置 ▸ 服务商配置”中修改它或添加其他配置。

此向导仍可在“帮助 ▸ 设置向导”中打开。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://127.0.0.1:8000/v1.</source>
        <translation>请输入服务器地址，例如 http://127.0.0.1:8000/v1。</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, for example http://127.0.0.1:11434.</source>
        <translation>地址必须以 http:// 或 https:// 开头，例如 http://127.0.0.1:11434。</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>地址中没有主机名。</translation>
    </message>
    <message>
        <source>The key goes to your system keychain (the service “Seedbed”), and nowhere else: not into projects, exports, logs or Seedbed&apos;s settings.</source>
        <translation>密钥只会保存到系统钥匙串（服务“Seedbed”）中，不会存放在其他地方：不会进入项目、导出文件、日志或 Seedbed 的设置。</translation>
    </message>
    <message>
        <source>This build of Seedbed cannot use a system keychain: name an environment variable instead.</source>
        <translation>此版本的 Seedbed 无法使用系统钥匙串：请改为指定环境变量。</translation>
    </message>
    <message>
        <source>Use letters, digits and underscores, for example MY_SERVER_API_KEY.</source>
        <translation>请使用字母、数字和下划线，例如 MY_SERVER_API_KEY。</translation>
    </message>
    <message>
        <source>%1 is set: Seedbed reads the key from it each time it starts.</source>
        <translation>%1 已设置：Seedbed 每次启动时从中读取密钥。</translation>
    </message>
    <message>
        <source>%1 is not set in this session. Set it to the key before starting Seedbed, for example in your shell profile.</source>
        <translation>本会话中未设置 %1。请在启动 Seedbed 前将其设为密钥，例如在 shell 配置文件中。</translation>
    </message>
    <message>
        <source>Local servers usually need no key; vLLM asks for one only when it was started with --api-key.</source>
        <translation>本地服务器通常不需要密钥；vLLM 仅在以 --api-key 启动时才要求密钥。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>无法保存配置：%1</translation>
    </message>
    <message>
        <source>Use the Environment Variable %1</source>
        <translation>使用环境变量 %1</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>正在将密钥保存到系统钥匙串…</translation>
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
    <message>
        <source>Rename template %1 to %2</source>
        <translation>将模板 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Edit system prompt of %1</source>
        <translation>编辑 %1 的系统提示词</translation>
    </message>
    <message>
        <source>Edit user prompt of %1</source>
        <translation>编辑 %1 的用户提示词</translation>
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
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
</context>
<context>
    <name>Seedbed::JsonSchema</name>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>必须是大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a non-empty array of schemas</source>
        <translation>必须是非空的 Schema 数组</translation>
    </message>
    <message>
        <source>the pattern is longer than %1 characters</source>
        <translation>pattern 超过 %1 个字符</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression: %1 (at character %2)</source>
        <translation>pattern 不是有效的正则表达式：%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>a type must be a name such as &quot;string&quot;</source>
        <translation>类型必须是类型名称，例如“string”</translation>
    </message>
    <message>
        <source>schemas are nested more than %1 levels deep</source>
        <translation>Schema 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a schema must be a JSON object, true or false</source>
        <translation>Schema 必须是 JSON 对象、true 或 false</translation>
    </message>
    <message>
        <source>must be an object of schemas</source>
        <translation>必须是由 Schema 组成的对象</translation>
    </message>
    <message>
        <source>must name at least one type</source>
        <translation>必须至少指定一种类型</translation>
    </message>
    <message>
        <source>must be an array of values</source>
        <translation>必须是由值组成的数组</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation>必须是由字段名组成的数组</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>必须是大于 0 的数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points outside this schema; only references such as &quot;#/$defs/name&quot; are supported</source>
        <translation>“%1”指向此 Schema 之外；只支持“#/$defs/name”这样的引用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an anchor, which is not supported; use a JSON pointer such as &quot;#/$defs/name&quot;</source>
        <translation>“%1”指定的是锚点，暂不支持；请使用 JSON 指针，例如“#/$defs/name”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at nothing</source>
        <translation>“%1”没有指向任何内容</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at something that is not a schema</source>
        <translation>“%1”指向的内容不是 Schema</translation>
    </message>
    <message>
        <source>the schema refers back to itself (through $ref, allOf, anyOf, oneOf or not) without descending into the value, so checking would never end</source>
        <translation>Schema 未深入到值内部就（通过 $ref、allOf、anyOf、oneOf 或 not）引用了自身，校验将永远无法结束</translation>
    </message>
    <message>
        <source>no value is allowed here</source>
        <translation>此处不允许有任何值</translation>
    </message>
    <message>
        <source>nested too deeply to check (more than %1 levels)</source>
        <translation>嵌套过深，无法校验（超过 %1 层）</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>必须为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2</source>
        <translation>%1 不是允许的值之一：%2</translation>
    </message>
    <message>
        <source>matches alternatives %1 and %2, but must match exactly one</source>
        <translation>同时匹配备选项 %1 和 %2，但必须恰好只匹配一个</translation>
    </message>
    <message>
        <source>is not allowed here: it matches a schema it must not match</source>
        <translation>此处不允许：它匹配了不得匹配的 Schema</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>matches none of the allowed alternatives</source>
        <translation>不匹配任何允许的备选项</translation>
    </message>
    <message>
        <source>matches none of the allowed alternatives (%1)</source>
        <translation>不匹配任何允许的备选项（%1）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is empty, at least %1 characters required</source>
        <translation>为空，至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>1 character, at least %1 required</source>
        <translation>只有 1 个字符，至少需要 %1 个</translation>
    </message>
    <message>
        <source>%1 characters, at least %2 required</source>
        <translation>只有 %1 个字符，至少需要 %2 个</translation>
    </message>
    <message>
        <source>must be empty</source>
        <translation>必须为空</translation>
    </message>
    <message>
        <source>%1 characters, at most %2 allowed</source>
        <translation>有 %1 个字符，最多允许 %2 个</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 不匹配正则表达式 %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 低于最小值 %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 高于最大值 %2</translation>
    </message>
    <message>
        <source>%1 must be greater than %2</source>
        <translation>%1 必须大于 %2</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 必须小于 %2</translation>
    </message>
    <message>
        <source>%1 is not a multiple of %2</source>
        <translation>%1 不是 %2 的倍数</translation>
    </message>
    <message>
        <source>is empty, at least %1 items required</source>
        <translation>为空，至少需要 %1 项</translation>
    </message>
    <message>
        <source>1 item, at least %1 required</source>
        <translation>只有 1 项，至少需要 %1 项</translation>
    </message>
    <message>
        <source>%1 items, at least %2 required</source>
        <translation>只有 %1 项，至少需要 %2 项</translation>
    </message>
    <message>
        <source>items %1 and %2 are the same, but all items must be different</source>
        <translation>索引为 %1 和 %2 的项相同，但所有项都必须互不相同</translation>
    </message>
    <message>
        <source>%1 items, at most %2 allowed</source>
        <translation>有 %1 项，最多允许 %2 项</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>缺少必填字段“%1”</translation>
    </message>
    <message>
        <source>unexpected field &quot;%1&quot;</source>
        <translation>多余的字段“%1”</translation>
    </message>
    <message>
        <source>the schema is not valid JSON: %1 (at character %2)</source>
        <translation>Schema 不是有效的 JSON：%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>there is no schema to check against</source>
        <translation>没有可用于校验的 Schema</translation>
    </message>
    <message>
        <source>the schema cannot be used: %1</source>
        <translation>无法使用该 Schema：%1</translation>
    </message>
    <message>
        <source>the schema is too complex to check this value completely (more than %1 steps)</source>
        <translation>Schema 过于复杂，无法完整校验此值（超过 %1 步）</translation>
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
    <name>Seedbed::Llm::CredentialLoader</name>
    <message>
        <source>Stage “%1” has no provider profile. Choose one in its settings, in the Inspector.</source>
        <translation>节点“%1”没有服务商配置。请在“属性”面板的节点设置中选择一个。</translation>
    </message>
    <message>
        <source>Stage “%1” uses the provider profile “%2”, which is not set up on this computer. Add a profile named “%2” in Settings ▸ Provider Profiles, or choose another one in the stage&apos;s settings.</source>
        <translation>节点“%1”使用的服务商配置“%2”未在本机上设置。请在“设置 ▸ 服务商配置”中添加名为“%2”的配置，或在节点设置中另选一个。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Llm::HttpResponseParser</name>
    <message>
        <source>The server sent a malformed response: a chunk or trailer line is longer than %1 bytes.</source>
        <translation>服务器发送的响应格式有误：某个分块行或尾部行超过 %1 字节。</translation>
    </message>
    <message>
        <source>The server sent a response head larger than %1 KiB.</source>
        <translation>服务器发送的响应头超过 %1 KiB。</translation>
    </message>
    <message>
        <source>The server sent a malformed response: “%1” is not a chunk size.</source>
        <translation>服务器发送的响应格式有误：“%1”不是分块大小。</translation>
    </message>
    <message>
        <source>The server sent a malformed response: a chunk is longer than its size says.</source>
        <translation>服务器发送的响应格式有误：某个分块比其声明的大小更长。</translation>
    </message>
    <message>
        <source>The server sent a malformed response: %1</source>
        <translation>服务器发送的响应格式有误：%1</translation>
    </message>
    <message>
        <source>the status line is “%1”.</source>
        <translation>状态行为“%1”。</translation>
    </message>
    <message>
        <source>the status code is not a number.</source>
        <translation>状态码不是数字。</translation>
    </message>
    <message>
        <source>the status code %1 does not exist.</source>
        <translation>状态码 %1 不存在。</translation>
    </message>
    <message>
        <source>the first header line is a continuation.</source>
        <translation>第一个头部行是续行。</translation>
    </message>
    <message>
        <source>a header line has no name.</source>
        <translation>某个头部行缺少名称。</translation>
    </message>
    <message>
        <source>it switched to another protocol.</source>
        <translation>它切换到了其他协议。</translation>
    </message>
    <message>
        <source>its Content-Length is invalid.</source>
        <translation>其 Content-Length 无效。</translation>
    </message>
    <message>
        <source>The server closed the connection before the response was complete.</source>
        <translation>服务器在响应完成前关闭了连接。</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>服务器未响应就关闭了连接。</translation>
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
    <message numerus="yes">
        <source>Gave up looking for JSON in the answer after %n bracketed passage(s): it holds too many brackets or quotes. Ask the model to answer with the JSON alone.</source>
        <translation>
            <numerusform>检查了 %n 段括号内的内容后，已放弃在回答中查找 JSON：回答中的括号或引号过多。请让模型只用 JSON 作答。</numerusform>
        </translation>
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
    <message>
        <source>%1 redirects to %2 (HTTP %3): if that is the right server, use its address as the base URL.</source>
        <translation>%1 重定向到 %2（HTTP %3）：如果那是正确的服务器，请将其地址用作基础 URL。</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP: check the base URL and the port. (%2)</source>
        <translation>%1 没有以 HTTP 响应：请检查基础 URL 和端口。（%2）</translation>
    </message>
    <message>
        <source>The response of %1 exceeded %2 million characters of text and was stopped.</source>
        <translation>%1 的响应文本超过了 %2 百万个字符，已被中止。</translation>
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
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run Pipeline</source>
        <translation>运行流水线(&amp;R)</translation>
    </message>
    <message>
        <source>Runs every stage; records made by earlier runs with the same settings are kept, not made again.</source>
        <translation>运行所有节点；之前以相同设置生成的记录会保留，不会重新生成。</translation>
    </message>
    <message>
        <source>Run &amp;Selected Stage</source>
        <translation>运行所选节点(&amp;S)</translation>
    </message>
    <message>
        <source>Runs the selected stage and the stages it needs, and nothing after it.</source>
        <translation>运行所选节点及其依赖的节点，不运行其后的节点。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pauses or resumes the run: while paused, no new requests are sent.</source>
        <translation>暂停或继续运行：暂停期间不会发送新请求。</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Stops the run now; every record made so far is kept, and the next run continues from there.</source>
        <translation>立即停止运行；已生成的记录都会保留，下次运行将从此处继续。</translation>
    </message>
    <message>
        <source>Retry &amp;Failed Records</source>
        <translation>重试失败的记录(&amp;F)</translation>
    </message>
    <message>
        <source>Runs the pipeline again, redoing the records whose request or answer failed.</source>
        <translation>重新运行流水线，重做请求或回答失败的记录。</translation>
    </message>
    <message>
        <source>Run with Fresh Sa&amp;mples…</source>
        <translation>重新生成样本并运行(&amp;M)…</translation>
    </message>
    <message>
        <source>Asks the models again for new samples instead of reusing their earlier answers; this costs tokens.</source>
        <translation>重新请求模型生成新样本，而不是复用之前的回答；这会消耗 token。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>“%1” and the stages it needs</source>
        <translation>“%1”及其依赖的节点</translation>
    </message>
    <message>
        <source>The whole pipeline, redoing the failed records</source>
        <translation>整个流水线，重做失败的记录</translation>
    </message>
    <message>
        <source>The whole pipeline, with fresh samples</source>
        <translation>整个流水线，重新生成样本</translation>
    </message>
    <message>
        <source>The whole pipeline</source>
        <translation>整个流水线</translation>
    </message>
    <message>
        <source>The project could not be saved (%1); the run uses the pipeline as it is shown.</source>
        <translation>无法保存项目（%1）；本次运行将使用当前显示的流水线。</translation>
    </message>
    <message>
        <source>The run did not start: some stages have no way to reach their model.</source>
        <translation>运行未启动：部分节点无法访问其模型。</translation>
    </message>
    <message>
        <source>The run did not start: the key of a provider profile could not be read. Keys are set in Settings ▸ Provider Profiles.</source>
        <translation>运行未启动：无法读取某个服务商配置的密钥。密钥在“设置 ▸ 服务商配置”中设置。</translation>
    </message>
    <message>
        <source>The previous run has not ended yet. Try again in a moment.</source>
        <translation>上一次运行尚未结束。请稍后再试。</translation>
    </message>
    <message>
        <source>The run did not start.</source>
        <translation>运行未启动。</translation>
    </message>
    <message>
        <source>The run is complete.</source>
        <translation>运行已完成。</translation>
    </message>
    <message>
        <source>The run ended, but not everything could be made.</source>
        <translation>运行已结束，但未能生成全部内容。</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>运行失败。</translation>
    </message>
    <message>
        <source>Cancelling: requests in flight are dropped, everything made so far is kept.</source>
        <translation>正在取消：进行中的请求将被丢弃，已生成的内容都会保留。</translation>
    </message>
    <message>
        <source>Run with Fresh Samples</source>
        <translation>重新生成样本并运行</translation>
    </message>
    <message>
        <source>Ask the models again for new samples?</source>
        <translation>要重新请求模型生成新样本吗？</translation>
    </message>
    <message>
        <source>Each generate and judge stage sends its requests again instead of reusing the answers it got before. The samples those stages made so far, and everything made from them, are replaced by the new ones.

This costs tokens: as many as the first run of those stages.</source>
        <translation>每个生成节点和评审节点都会重新发送请求，而不是复用之前得到的回答。这些节点目前生成的样本，以及由其衍生的所有内容，都会被新结果替换。

这会消耗 token：与这些节点首次运行的消耗相当。</translation>
    </message>
    <message>
        <source>A Run Is in Progress</source>
        <translation>运行正在进行</translation>
    </message>
    <message>
        <source>The pipeline of “%1” is still running.</source>
        <translation>“%1”的流水线仍在运行。</translation>
    </message>
    <message>
        <source>To close, the run is cancelled: every record made so far is kept, and the next run continues where this one stopped.</source>
        <translation>关闭时将取消运行：已生成的记录都会保留，下次运行将从本次中断处继续。</translation>
    </message>
    <message>
        <source>Cancel Run and Close</source>
        <translation>取消运行并关闭</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Cancelling the run…</source>
        <translation>正在取消运行…</translation>
    </message>
    <message>
        <source>Another project cannot be opened while the pipeline of “%1” runs.</source>
        <translation>“%1”的流水线运行期间无法打开其他项目。</translation>
    </message>
    <message>
        <source>Wait until the run ends, or cancel it with Run ▸ Cancel Run (%1); what it made so far is kept.</source>
        <translation>请等待运行结束，或通过“运行 ▸ 取消运行”（%1）取消；已生成的内容会保留。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Used by a run</source>
        <translation>运行时使用</translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation>画布(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message numerus="yes">
        <source>%1, making %n chosen record(s) again</source>
        <translation>
            <numerusform>%1，并重新生成 %n 条所选记录</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Writes records to disk in a format fine-tuning tools read.</source>
        <translation>将记录写入磁盘，格式可供微调工具直接读取。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Setup Guide…</source>
        <translation>设置向导(&amp;S)…</translation>
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
    <name>Seedbed::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>Seedbed uses the language the next time it starts; numbers and dates follow it too. The --language option overrides it for one start.</source>
        <translation>Seedbed 下次启动时使用该语言；数字和日期格式也随之改变。--language 选项可在单次启动时覆盖此设置。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Seedbed::PreviewBoard</name>
    <message>
        <source>mean score %1 / %2</source>
        <translation>平均得分 %1 / %2</translation>
    </message>
    <message>
        <source>mean score %1</source>
        <translation>平均得分 %1</translation>
    </message>
    <message>
        <source>no scores yet</source>
        <translation>尚无得分</translation>
    </message>
    <message>
        <source>pass rate %1%</source>
        <translation>通过率 %1%</translation>
    </message>
    <message>
        <source>mean length %1 chars</source>
        <translation>平均长度 %1 字符</translation>
    </message>
    <message>
        <source>%1 tokens/sample</source>
        <translation>每个样本 %1 token</translation>
    </message>
    <message>
        <source>%1 %2/sample</source>
        <translation>每个样本 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seedbed::PreviewCard</name>
    <message>
        <source>cached</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <source>Answered from the response cache: this cost nothing.</source>
        <translation>由响应缓存应答：不产生费用。</translation>
    </message>
    <message>
        <source>The fields this stage received for this sample</source>
        <translation>该样本传入此节点的字段</translation>
    </message>
    <message>
        <source>Judge&apos;s reasoning</source>
        <translation>评审理由</translation>
    </message>
    <message>
        <source>%1, sample %2</source>
        <translation>%1，样本 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(no input fields)</source>
        <translation>（无输入字段）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>dropped upstream</source>
        <translation>已在上游被丢弃</translation>
    </message>
    <message>
        <source>%1 streaming</source>
        <translation>%1 生成中</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The judge</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>%1: %2, reaches the threshold</source>
        <translation>%1：%2，达到阈值</translation>
    </message>
    <message>
        <source>%1: %2, below the threshold</source>
        <translation>%1：%2，低于阈值</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>未评审</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>已丢弃：%1</translation>
    </message>
    <message>
        <source>dropped: below the judge&apos;s threshold</source>
        <translation>已丢弃：低于评审阈值</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>The judge failed: %1</source>
        <translation>评审失败：%1</translation>
    </message>
    <message>
        <source>≈%1 + ≈%2 tokens</source>
        <translation>≈%1 + ≈%2 token</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 token</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Prompt + completion tokens of this call, and its cost from the profile&apos;s prices</source>
        <translation>本次调用的输入 + 输出 token 数，以及按服务商配置中的价格计算的费用</translation>
    </message>
</context>
<context>
    <name>Seedbed::PreviewDock</name>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Runs the selected stage on a few input rows and shows what it makes, with the judge&apos;s scores (%1)</source>
        <translation>用少量输入行运行所选节点，显示其生成结果及评审得分（%1）</translation>
    </message>
    <message>
        <source>Stops the preview (Esc)</source>
        <translation>停止预览（Esc）</translation>
    </message>
    <message>
        <source>How many input rows to preview</source>
        <translation>要预览的输入行数</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行数(&amp;R)：</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>取前几行</translation>
    </message>
    <message>
        <source>Random rows</source>
        <translation>随机取行</translation>
    </message>
    <message>
        <source>The first rows of the source, or rows drawn at random: new ones at each Preview, the same ones with Same Rows</source>
        <translation>取数据源的前几行，或随机抽取行：每次“预览”都抽取新的行，“同一批行”则沿用上次的行</translation>
    </message>
    <message>
        <source>Same Rows</source>
        <translation>同一批行</translation>
    </message>
    <message>
        <source>Previews again on the random rows of the last preview</source>
        <translation>用上次预览随机抽取的行再次预览</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Compares the stage as it is (A) with a variant B that uses another prompt version, model or temperature, on the same rows</source>
        <translation>在相同的行上，将节点的当前设置（A）与使用其他提示词版本、模型或温度的变体 B 进行比较</translation>
    </message>
    <message>
        <source>The prompt text of B: a saved version, or the current text</source>
        <translation>B 的提示词文本：某个已保存的版本，或当前文本</translation>
    </message>
    <message>
        <source>The model of B; empty: the stage&apos;s own</source>
        <translation>B 的模型；留空：使用节点自身的模型</translation>
    </message>
    <message>
        <source>as A</source>
        <translation>同 A</translation>
    </message>
    <message>
        <source>The temperature of B; “as A”: the stage&apos;s own</source>
        <translation>B 的温度；“同 A”：使用节点自身的温度</translation>
    </message>
    <message>
        <source>B differs in:</source>
        <translation>B 的不同之处：</translation>
    </message>
    <message>
        <source>Pro&amp;mpt:</source>
        <translation>提示词(&amp;M)：</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>模型(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>Provider Profiles…</source>
        <translation>服务商配置…</translation>
    </message>
    <message>
        <source>Open a project to preview its stages.</source>
        <translation>打开项目后即可预览其节点。</translation>
    </message>
    <message>
        <source>Select a generate or judge stage on the canvas to preview what it makes of a few input rows.</source>
        <translation>在画布上选择一个生成节点或评审节点，预览它对少量输入行的生成结果。</translation>
    </message>
    <message>
        <source>“%1” is a %2 stage, which calls no model: only generate and judge stages can be previewed. Select one on the canvas.</source>
        <translation>“%1”是“%2”节点，不调用模型：只能预览生成节点和评审节点。请在画布上选择一个。</translation>
    </message>
    <message>
        <source>Press Preview (%1) to see what “%2” makes of the first %3 input rows.</source>
        <translation>按“预览”（%1）查看“%2”对前 %3 个输入行的生成结果。</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>当前文本</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>版本 %1：%2</translation>
    </message>
    <message>
        <source>as A: %1</source>
        <translation>同 A：%1</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Reading the provider profiles and keys…</source>
        <translation>正在读取服务商配置和密钥…</translation>
    </message>
    <message>
        <source>The preview did not start: some stages have no way to reach their model.</source>
        <translation>预览未启动：部分节点无法访问其模型。</translation>
    </message>
    <message>
        <source>The preview did not start: the key of a provider profile could not be read.</source>
        <translation>预览未启动：无法读取某个服务商配置的密钥。</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>A · the stage as it is</source>
        <translation>A · 节点当前设置</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>prompt version %1</source>
        <translation>提示词版本 %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>温度 %1</translation>
    </message>
    <message>
        <source>B · the same as A</source>
        <translation>B · 与 A 相同</translation>
    </message>
    <message>
        <source>B · %1</source>
        <translation>B · %1</translation>
    </message>
    <message>
        <source>The preview could not start.</source>
        <translation>预览无法启动。</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 calls · %4 from cache</source>
        <translation>已完成 %1/%2 · %3 次调用 · %4 次来自缓存</translation>
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
    <message>
        <source>Could not lock the project folder %1 for writing: the disk holding it is full. Free some space and try again.</source>
        <translation>无法锁定项目文件夹 %1 以进行写入：所在磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>%1 is a link to a file outside the project folder, which Seedbed does not follow. Replace the link with a copy of the file.</source>
        <translation>%1 是指向项目文件夹之外文件的链接，Seedbed 不会跟随此类链接。请用该文件的副本替换链接。</translation>
    </message>
    <message>
        <source>%1 is not a regular file: it is not a Seedbed project.</source>
        <translation>%1 不是普通文件：它不是 Seedbed 项目。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, far too large for a project file: it is damaged or not a Seedbed project.</source>
        <translation>%1 大于 %2 MB，作为项目文件过大：它已损坏或不是 Seedbed 项目。</translation>
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
    <name>Seedbed::PromptPanel</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>This stage has no prompt template yet. Create one, or choose an existing one in the stage&apos;s settings.</source>
        <translation>此节点还没有提示词模板。请新建一个，或在节点设置中选择已有的模板。</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>The template this stage uses</source>
        <translation>此节点使用的模板</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>提示词模板</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Create a new template for this stage</source>
        <translation>为此节点新建模板</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save Version…</source>
        <translation>保存版本…</translation>
    </message>
    <message>
        <source>Keep the current text as a version you can compare and restore (Ctrl+Alt+S). Runs save a version by themselves.</source>
        <translation>将当前文本保存为一个版本，以便日后比较和恢复（Ctrl+Alt+S）。运行时会自动保存版本。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the current text with the selected version; the current text is kept as a version first. Undo reverts it.</source>
        <translation>用所选版本替换当前文本；当前文本会先保存为一个版本。“撤销”可还原此操作。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Rendered with row</source>
        <translation>渲染所用的行</translation>
    </message>
    <message>
        <source>Row to render the prompt with</source>
        <translation>用于渲染提示词的行</translation>
    </message>
    <message>
        <source>The prompt as the model will receive it.</source>
        <translation>模型将收到的提示词。</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>未命名模板</translation>
    </message>
    <message>
        <source>Also used by %1: edits here change their prompts too.</source>
        <translation>%1 也在使用此模板：此处的修改同样会改变它们的提示词。</translation>
    </message>
    <message>
        <source>v%1 (current)</source>
        <translation>v%1（当前）</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>No saved versions yet. Save one to compare later edits with it; every run saves the text it uses.</source>
        <translation>还没有已保存的版本。保存一个版本后，即可将之后的修改与它比较；每次运行都会保存所用的文本。</translation>
    </message>
    <message>
        <source>v%1 (left) compared with the current text (right)</source>
        <translation>v%1（左）与当前文本（右）的对比</translation>
    </message>
    <message>
        <source>── system ──</source>
        <translation>── 系统 ──</translation>
    </message>
    <message>
        <source>── user ──</source>
        <translation>── 用户 ──</translation>
    </message>
    <message>
        <source>%1 prompt</source>
        <translation>%1 提示词</translation>
    </message>
    <message>
        <source>%1 prompt %2</source>
        <translation>%1 提示词 %2</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>新建模板 %1</translation>
    </message>
    <message>
        <source>The current text is saved already, as v%1.</source>
        <translation>当前文本已保存为 v%1。</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>A note for version %1 (what changed, why):</source>
        <translation>版本 %1 的备注（改了什么，为什么改）：</translation>
    </message>
    <message>
        <source>Before restoring v%1</source>
        <translation>恢复 v%1 之前</translation>
    </message>
    <message>
        <source>Restore v%1 of %2</source>
        <translation>恢复 %2 的 v%1</translation>
    </message>
    <message>
        <source>no source stage feeds this stage</source>
        <translation>没有数据源节点向此节点提供数据</translation>
    </message>
    <message numerus="yes">
        <source>of %n from “%1”</source>
        <translation>
            <numerusform>（共 %n 行，来自“%1”）</numerusform>
        </translation>
    </message>
    <message>
        <source>does not render</source>
        <translation>无法渲染</translation>
    </message>
    <message>
        <source>≈ %L1 tokens</source>
        <translation>≈ %L1 token</translation>
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
    <name>Seedbed::Quality::AnswerCheck</name>
    <message>
        <source>the method “%1” is not an answer check</source>
        <translation>方法“%1”不是答案检查方式</translation>
    </message>
    <message>
        <source>the field “%1” is missing or empty</source>
        <translation>字段“%1”缺失或为空</translation>
    </message>
    <message>
        <source>the answer pattern “%1” is not a valid regular expression: %2</source>
        <translation>答案模式“%1”不是有效的正则表达式：%2</translation>
    </message>
    <message>
        <source>no final answer found in “%1”</source>
        <translation>在“%1”中找不到最终答案</translation>
    </message>
    <message>
        <source>the expression in “%1” cannot be evaluated: %2</source>
        <translation>无法计算“%1”中的表达式：%2</translation>
    </message>
    <message>
        <source>the answer “%1” is not a number</source>
        <translation>答案“%1”不是数字</translation>
    </message>
    <message>
        <source>the answer “%1” differs from the expected “%2”</source>
        <translation>答案“%1”与预期的“%2”不同</translation>
    </message>
</context>
<context>
    <name>Seedbed::Quality::Arithmetic</name>
    <message>
        <source>the expression is nested more than %1 levels deep</source>
        <translation>表达式嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>表达式过早结束</translation>
    </message>
    <message>
        <source>unexpected “%1” at position %2</source>
        <translation>位置 %2 处出现意外的“%1”</translation>
    </message>
    <message>
        <source>the result is too large to represent (at position %1)</source>
        <translation>结果过大，无法表示（位置 %1）</translation>
    </message>
    <message>
        <source>division by zero at position %1</source>
        <translation>位置 %1 处除以零</translation>
    </message>
    <message>
        <source>remainder of a division by zero at position %1</source>
        <translation>位置 %1 处对零取余</translation>
    </message>
    <message>
        <source>the exponent at position %1 is larger than %2</source>
        <translation>位置 %1 处的指数大于 %2</translation>
    </message>
    <message>
        <source>a negative number to a fractional power (at position %1) is not a real number</source>
        <translation>负数的分数次幂（位置 %1）不是实数</translation>
    </message>
    <message>
        <source>missing “)” for the “(” at position %1</source>
        <translation>位置 %1 处的“(”缺少对应的“)”</translation>
    </message>
    <message>
        <source>unknown name “%1” at position %2: only numbers, + - * / % ^, parentheses, sqrt and abs are allowed</source>
        <translation>位置 %2 处有未知名称“%1”：只允许使用数字、+ - * / % ^、括号、sqrt 和 abs</translation>
    </message>
    <message>
        <source>the square root of a negative number (at position %1)</source>
        <translation>对负数开平方（位置 %1）</translation>
    </message>
    <message>
        <source>a comma at position %1 does not separate thousands</source>
        <translation>位置 %1 处的逗号不是千位分隔符</translation>
    </message>
    <message>
        <source>the number at position %1 is too large to represent</source>
        <translation>位置 %1 处的数字过大，无法表示</translation>
    </message>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation>表达式超过 %1 个字符</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>表达式为空</translation>
    </message>
</context>
<context>
    <name>Seedbed::Quality::DedupBatch</name>
    <message>
        <source>The reference file “%1” of stage “%2” cannot be read: %3</source>
        <translation>无法读取节点“%2”的参考文件“%1”：%3</translation>
    </message>
    <message>
        <source>contaminated: matches row %1 of %2</source>
        <translation>数据污染：与 %2 的第 %1 行匹配</translation>
    </message>
    <message>
        <source>A near-duplicate of record %1 (similarity %2), which is kept.</source>
        <translation>与已保留的记录 %1 近似重复（相似度 %2）。</translation>
    </message>
    <message>
        <source>The same text as record %1, which is kept.</source>
        <translation>与已保留的记录 %1 文本相同。</translation>
    </message>
    <message>
        <source>Stage “%1”: the embeddings do not match the records (%2 values for %3 records of dimension %4).</source>
        <translation>节点“%1”：向量与记录不匹配（%3 条维度为 %4 的记录，却有 %2 个值）。</translation>
    </message>
    <message>
        <source>A semantic duplicate of record %1 (cosine similarity %2), which is kept.</source>
        <translation>与已保留的记录 %1 语义重复（余弦相似度 %2）。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Quality::TextSafety</name>
    <message>
        <source>an email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>a card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English (Latin script)</source>
        <translation>英文（拉丁字母）</translation>
    </message>
    <message>
        <source>neither Chinese nor English</source>
        <translation>非中英文</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>无法识别的语言</translation>
    </message>
    <message>
        <source>the text is %1, not %2</source>
        <translation>文本为%1，而不是%2</translation>
    </message>
    <message>
        <source>“%1” contains the blocked word “%2”</source>
        <translation>“%1”包含屏蔽词“%2”</translation>
    </message>
    <message>
        <source>contains personal information: %1</source>
        <translation>包含个人信息：%1</translation>
    </message>
</context>
<context>
    <name>Seedbed::RecordDetail</name>
    <message>
        <source>Select a record to see it here.</source>
        <translation>选择一条记录即可在此查看。</translation>
    </message>
    <message>
        <source>(null)</source>
        <translation>（null）</translation>
    </message>
    <message>
        <source>Record %1 · %2</source>
        <translation>记录 %1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>Before editing</source>
        <translation>编辑前</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>[system]
%1</source>
        <translation>[system]
%1</translation>
    </message>
    <message>
        <source>[%1]
%2</source>
        <translation>[%1]
%2</translation>
    </message>
    <message>
        <source>Prompt (%1)</source>
        <translation>提示词（%1）</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>来源链</translation>
    </message>
    <message>
        <source>↑ %1 · #%2 · %3</source>
        <translation>↑ %1 · #%2 · %3</translation>
    </message>
    <message>
        <source>%1 prompt tokens</source>
        <translation>输入 %1 token</translation>
    </message>
    <message>
        <source>%1 completion tokens</source>
        <translation>输出 %1 token</translation>
    </message>
    <message>
        <source>of which %1 reasoning</source>
        <translation>其中推理 %1</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算值</translation>
    </message>
    <message>
        <source>served from the cache</source>
        <translation>来自缓存</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>Token 与费用</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Editing record %1</source>
        <translation>正在编辑记录 %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Escape cancels. Values that are not text are JSON.</source>
        <translation>Ctrl+Enter 保存，Escape 取消。非文本的值以 JSON 表示。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Go to record %1: %2</source>
        <translation>转到记录 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate Cluster (%n)</source>
        <translation>
            <numerusform>重复簇（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows the records of the cluster side by side and lets you choose which one to keep.</source>
        <translation>并排显示簇中的记录，并让你选择保留哪一条。</translation>
    </message>
</context>
<context>
    <name>Seedbed::RecordFilterBar</name>
    <message>
        <source>All stages</source>
        <translation>所有节点</translation>
    </message>
    <message>
        <source>The stage whose records are shown; follows the canvas selection.</source>
        <translation>显示哪个节点的记录；跟随画布上的选择。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>The score a range is about: the primary score or one judge&apos;s.</source>
        <translation>按哪个得分筛选范围：主得分，或某个评审给出的得分。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Lowest score shown (inclusive)</source>
        <translation>显示的最低得分（含）</translation>
    </message>
    <message>
        <source>Highest score shown (inclusive)</source>
        <translation>显示的最高得分（含）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Search the fields…</source>
        <translation>在字段中搜索…</translation>
    </message>
    <message>
        <source>Words match by their beginning; &quot;quoted words&quot; as a phrase.</source>
        <translation>按词的开头匹配；用 &quot;引号&quot; 括起的词按整个短语匹配。</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1：不限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Indexing for search… %1%</source>
        <translation>正在建立搜索索引… %1%</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 条中的 %1 条</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a range for another judge&apos;s score</source>
        <translation>为另一个评审的得分添加范围</translation>
    </message>
    <message>
        <source>Records carrying every one of these tags, separated by commas or semicolons.</source>
        <translation>显示带有下列全部标签的记录，标签之间用逗号或分号分隔。</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Remove this score range</source>
        <translation>移除此得分范围</translation>
    </message>
</context>
<context>
    <name>Seedbed::RecordImporter</name>
    <message>
        <source>There is text after the closing quote of a cell; it was kept as part of the cell. Inside a quoted cell, write a quote as two quotes (&quot;&quot;).</source>
        <translation>单元格的结束引号之后还有文本；这些文本已作为单元格的一部分保留。在带引号的单元格中，引号需写成两个引号（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>A quoted cell starts here but its closing quote (&quot;) is missing, so the rest of the file would be one cell. Add the missing quote.</source>
        <translation>带引号的单元格从此处开始，但缺少结束引号（&quot;），文件的其余部分会变成一个单元格。请补上缺少的引号。</translation>
    </message>
    <message>
        <source>A quoted cell starts here and runs for more than %L1 characters; its closing quote (&quot;) is probably missing. Add the missing quote.</source>
        <translation>带引号的单元格从此处开始，长度超过 %L1 个字符；可能缺少结束引号（&quot;）。请补上缺少的引号。</translation>
    </message>
    <message>
        <source>This row is longer than %L1 characters. Check that the file really is CSV or TSV.</source>
        <translation>此行超过 %L1 个字符。请检查该文件是否确实为 CSV 或 TSV 格式。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>JSON array</source>
        <translation>JSON 数组</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>This does not look like a CSV, TSV or JSON file: it contains binary data. Choose a text file with one row per line, or a JSON array of objects.</source>
        <translation>这看起来不是 CSV、TSV 或 JSON 文件：其中包含二进制数据。请选择每行一条记录的文本文件，或由对象组成的 JSON 数组。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>无法打开“%1”：%2。请检查文件是否存在，以及是否有读取权限。</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>文件未以读取方式打开。</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>读取文件失败：%1</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character, so its last character was left out. The file may be cut short; check its end.</source>
        <translation>文件在某个字符的中间结束，因此最后一个字符被略去。文件可能不完整；请检查其结尾。</translation>
    </message>
    <message>
        <source>The file is empty; there are no rows to import.</source>
        <translation>文件为空；没有可导入的行。</translation>
    </message>
    <message>
        <source>The file has a header row but no rows below it.</source>
        <translation>文件有表头行，但其下没有数据行。</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>文件中没有任何行。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text from here on; characters that could not be read were replaced with �. Save the file as %1 and import it again.</source>
        <translation>文件从此处起不是有效的 %1 文本；无法读取的字符已替换为 �。请将文件另存为 %1 后重新导入。</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header row, so it is called “%2”. Give it a name in the file if you want another.</source>
        <translation>第 %1 列在表头行中没有名称，因此命名为“%2”。如需其他名称，请在文件中为其命名。</translation>
    </message>
    <message>
        <source>More than one column is called “%1” in the header row, so column %2 is called “%3”. Rename it in the file if you want another name.</source>
        <translation>表头行中有多个列名为“%1”，因此第 %2 列命名为“%3”。如需其他名称，请在文件中重命名。</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cell(s) but the header row names only %1, so the row was skipped. Put quotes around cells that contain the separator, or name the extra columns in the header row.</source>
        <translation>
            <numerusform>此行有 %n 个单元格，但表头行只有 %1 列，因此已跳过此行。请为包含分隔符的单元格加上引号，或在表头行中为多出的列命名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n cell(s) but the header row names %1; the missing cells were left empty. Check for a missing separator.</source>
        <translation>
            <numerusform>此行有 %n 个单元格，但表头行有 %1 列；缺少的单元格已留空。请检查是否漏了分隔符。</numerusform>
        </translation>
    </message>
    <message>
        <source>This line is longer than %L1 characters, so it was skipped. Check that the file really holds one JSON object per line.</source>
        <translation>此行超过 %L1 个字符，因此已跳过。请检查文件是否确实每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>This line holds a JSON array, not an object, so it was skipped. Each line of a JSON Lines file must hold one object, like {&quot;name&quot;: &quot;value&quot;}.</source>
        <translation>此行是 JSON 数组而不是对象，因此已跳过。JSON Lines 文件的每一行都必须是一个对象，例如 {&quot;name&quot;: &quot;value&quot;}。</translation>
    </message>
    <message>
        <source>This line is not a JSON object, so it was skipped. Each line of a JSON Lines file must hold one object, like {&quot;name&quot;: &quot;value&quot;}.</source>
        <translation>此行不是 JSON 对象，因此已跳过。JSON Lines 文件的每一行都必须是一个对象，例如 {&quot;name&quot;: &quot;value&quot;}。</translation>
    </message>
    <message>
        <source>This line is not valid JSON (%1), so it was skipped. Correct the line or remove it.</source>
        <translation>此行不是有效的 JSON（%1），因此已跳过。请修正或删除该行。</translation>
    </message>
    <message>
        <source>The JSON file is larger than %1, too large to read as one array. Save it as JSON Lines (one object per line), which is read piece by piece.</source>
        <translation>JSON 文件大于 %1，太大，无法作为单个数组读取。请将其另存为 JSON Lines（每行一个对象），这种格式会逐段读取。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1). Correct it at this place and import it again.</source>
        <translation>文件不是有效的 JSON（%1）。请在此处修正后重新导入。</translation>
    </message>
    <message>
        <source>The file holds a single JSON object. Seed rows must be a JSON array of objects ([{…}, {…}]) or JSON Lines, one object per line.</source>
        <translation>文件中只有一个 JSON 对象。种子行必须是由对象组成的 JSON 数组（[{…}, {…}]）或 JSON Lines（每行一个对象）。</translation>
    </message>
    <message>
        <source>Element %1 of the array is not an object ({…}), so it was skipped. Every element must be an object whose keys name the fields.</source>
        <translation>数组的第 %1 个元素不是对象（{…}），因此已跳过。每个元素都必须是以键作为字段名的对象。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. It may be Chinese text in GB18030, but this system cannot read GB18030. Save the file as UTF-8 and import it again.</source>
        <translation>文件不是 UTF-8 文本。它可能是 GB18030 编码的中文文本，但此系统无法读取 GB18030。请将文件另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it as UTF-8 and import it again.</source>
        <translation>文件既不是 UTF-8 文本，也不是 GB18030 文本。请将其另存为 UTF-8 后重新导入。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Records::Agreement</name>
    <message>
        <source>The agreement could not be counted: %1</source>
        <translation>无法统计评审与人工审核的一致性：%1</translation>
    </message>
</context>
<context>
    <name>Seedbed::Records::RecordIndex</name>
    <message>
        <source>Could not update the search index of %1: %2</source>
        <translation>无法更新 %1 的搜索索引：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Seedbed::Records::RecordStats</name>
    <message>
        <source>There are no records yet: run the pipeline first.</source>
        <translation>还没有记录：请先运行流水线。</translation>
    </message>
    <message>
        <source>The data file could not be read: %1</source>
        <translation>无法读取数据文件：%1</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
</context>
<context>
    <name>Seedbed::Records::RecordsModel</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Could not read the records of %1: %2</source>
        <translation>无法读取 %1 中的记录：%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>Seedbed::Records::ReviewStore</name>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The records could not be changed: %1</source>
        <translation>无法修改记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %n record(s)</source>
        <translation>
            <numerusform>编辑 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n record(s) as %1</source>
        <translation>
            <numerusform>为 %n 条记录添加标签 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag %1 from %n record(s)</source>
        <translation>
            <numerusform>从 %n 条记录中移除标签 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n record(s)</source>
        <translation>
            <numerusform>采纳 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n record(s)</source>
        <translation>
            <numerusform>拒绝 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n record(s) as edited</source>
        <translation>
            <numerusform>将 %n 条记录标记为已编辑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n record(s) as unreviewed</source>
        <translation>
            <numerusform>将 %n 条记录标记为未审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note on %n record(s)</source>
        <translation>
            <numerusform>为 %n 条记录添加备注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n record(s)</source>
        <translation>
            <numerusform>修改 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one record to keep.</source>
        <translation>请选择一条要保留的记录。</translation>
    </message>
    <message>
        <source>Record %1 does not exist any more.</source>
        <translation>记录 %1 已不存在。</translation>
    </message>
    <message>
        <source>Record %1 is not a duplicate of a kept record.</source>
        <translation>记录 %1 不是某条已保留记录的重复项。</translation>
    </message>
    <message numerus="yes">
        <source>Keep another record of a duplicate cluster (%n record(s) changed)</source>
        <translation>
            <numerusform>改为保留重复簇中的另一条记录（%n 条记录已更改）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the status of %n record(s) to %1</source>
        <translation>
            <numerusform>将 %n 条记录的状态设为 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seedbed::RecordsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>采纳(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xemplar</source>
        <translation>范例(&amp;X)</translation>
    </message>
    <message>
        <source>Ne&amp;gative Example</source>
        <translation>反例(&amp;G)</translation>
    </message>
    <message>
        <source>Marks the records as few-shot exemplars for the stage&apos;s prompt (tag “exemplar”).</source>
        <translation>将这些记录标记为该节点提示词的少样本范例（标签“exemplar”）。</translation>
    </message>
    <message>
        <source>Marks the records as negative examples, “don&apos;t do this” (tag “negative”).</source>
        <translation>将这些记录标记为反例，即“不要这样做”（标签“negative”）。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Next Record</source>
        <translation>下一条记录</translation>
    </message>
    <message>
        <source>Previous Record</source>
        <translation>上一条记录</translation>
    </message>
    <message>
        <source>Select &amp;Inverse</source>
        <translation>反选(&amp;I)</translation>
    </message>
    <message>
        <source>Re-&amp;judge</source>
        <translation>重新评审(&amp;J)</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>重试失败的记录(&amp;F)</translation>
    </message>
    <message>
        <source>All Matching</source>
        <translation>所有匹配记录</translation>
    </message>
    <message>
        <source>The next action applies to every record the filter matches, not only the selected ones.</source>
        <translation>下一个操作将应用于符合筛选条件的所有记录，而不仅是所选记录。</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>J / K next / previous</source>
        <translation>J / K 下一条 / 上一条</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>未能完成更改</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation>删除记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)?</source>
        <translation>
            <numerusform>删除 %n 条记录？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>显示所有列</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Note on Record %1</source>
        <translation>记录 %1 的备注</translation>
    </message>
    <message>
        <source>What is wrong or right about this record; fed back to the generator with negative examples and exemplars.</source>
        <translation>这条记录哪里有问题、哪里做得好；会连同反例和范例一起反馈给生成节点。</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Escape cancels.</source>
        <translation>Ctrl+Enter 保存，Escape 取消。</translation>
    </message>
    <message>
        <source>They are removed with their review history, and later runs do not make them again. Edit ▸ Undo brings them back.</source>
        <translation>这些记录将连同其审核历史一起删除，之后的运行也不会重新生成它们。“编辑 ▸ 撤销”可将其恢复。</translation>
    </message>
    <message>
        <source>The pipeline has no judge stage.</source>
        <translation>流水线中没有评审节点。</translation>
    </message>
    <message>
        <source>None of these records has been judged.</source>
        <translation>这些记录都还没有经过评审。</translation>
    </message>
    <message>
        <source>None of these records has failed.</source>
        <translation>这些记录都没有失败。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::BatchStages</name>
    <message>
        <source>The real data file “%1” of stage “%2” cannot be read: %3</source>
        <translation>无法读取节点“%2”的真实数据文件“%1”：%3</translation>
    </message>
    <message>
        <source>Stage “%1” has no real records to mix in: connect its Real input or choose a real data file.</source>
        <translation>节点“%1”没有可混入的真实记录：请连接它的“真实”输入，或选择真实数据文件。</translation>
    </message>
    <message>
        <source>Left out to keep the mix at %1 % real.</source>
        <translation>为使混合结果中真实数据保持 %1 % 而未选入。</translation>
    </message>
    <message>
        <source>Left out to keep the mix at %1 % real among the records without tags.</source>
        <translation>为使无标签记录中真实数据保持 %1 % 而未选入。</translation>
    </message>
    <message>
        <source>Left out to keep the mix at %1 % real among the records tagged “%2”.</source>
        <translation>为使标签为“%2”的记录中真实数据保持 %1 % 而未选入。</translation>
    </message>
    <message>
        <source>The shares of stage “%1” add up to 0: give train, validation or test a share.</source>
        <translation>节点“%1”的各比例之和为 0：请为训练集、验证集或测试集设置比例。</translation>
    </message>
    <message>
        <source>Stage “%1” samples stratified but names no field to balance over.</source>
        <translation>节点“%1”使用分层抽样，但没有指定要均衡的字段。</translation>
    </message>
    <message numerus="yes">
        <source>Not drawn: “%1” = “%2” already has its %n record(s).</source>
        <translation>
            <numerusform>未抽中：“%1” = “%2”已有其应得的 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not among the first %n record(s).</source>
        <translation>
            <numerusform>不在前 %n 条记录之中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1” keeps the highest-scored records, but no record has a score: put a judge before it.</source>
        <translation>节点“%1”保留得分最高的记录，但没有任何记录有分数：请在它之前放置评审节点。</translation>
    </message>
    <message>
        <source>Stage “%1” keeps the records the judge “%2” scores highest, but no record has a score from “%2”.</source>
        <translation>节点“%1”保留评审“%2”打分最高的记录，但没有任何记录有来自“%2”的分数。</translation>
    </message>
    <message numerus="yes">
        <source>Not among the %n highest-scored record(s).</source>
        <translation>
            <numerusform>不在得分最高的 %n 条记录之中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not among the %n record(s) drawn at random.</source>
        <translation>
            <numerusform>不在随机抽取的 %n 条记录之中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1” is not a mix, split or sample.</source>
        <translation>节点“%1”不是混合、划分或抽样节点。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::PreviewEngine</name>
    <message>
        <source>%1 The answers of this preview are not cached: the next preview or run asks the model again.</source>
        <translation>%1本次预览的回答不会被缓存：下次预览或运行时将重新请求模型。</translation>
    </message>
    <message>
        <source>The project is not saved yet.</source>
        <translation>项目尚未保存。</translation>
    </message>
    <message>
        <source>The project has no data file (%1) yet.</source>
        <translation>项目还没有数据文件（%1）。</translation>
    </message>
    <message>
        <source>The data file %1 is of another version of Seedbed; open the project to bring it up to date.</source>
        <translation>数据文件 %1 属于其他版本的 Seedbed；请打开项目，将其更新到当前版本。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2.</source>
        <translation>无法打开数据文件 %1：%2。</translation>
    </message>
    <message>
        <source>The answers of this preview could not be added to the response cache: %1</source>
        <translation>无法将本次预览的回答加入响应缓存：%1</translation>
    </message>
    <message>
        <source>The stage to preview is not in the project.</source>
        <translation>要预览的节点不在项目中。</translation>
    </message>
    <message>
        <source>“%1” does not call a model (only generate and judge stages do): there is nothing to preview.</source>
        <translation>“%1”不调用模型（只有生成节点和评审节点才会调用）：没有可预览的内容。</translation>
    </message>
    <message>
        <source>The pipeline has a cycle before “%1”; remove one of its connections.</source>
        <translation>“%1”之前的流水线中有环路；请删除环路中的某个连接。</translation>
    </message>
    <message>
        <source>“%1” has no source before it (a seed table or a topic list): connect one to preview the stage.</source>
        <translation>“%1”之前没有数据源（种子表或主题列表）：请连接一个数据源后再预览该节点。</translation>
    </message>
    <message>
        <source>Stage “%1” (%2), before “%3”, cannot be previewed in this version of Seedbed.</source>
        <translation>位于“%3”之前的节点“%1”（%2）无法在此版本的 Seedbed 中预览。</translation>
    </message>
    <message>
        <source>“%1” has no rows to preview with.</source>
        <translation>“%1”没有可用于预览的行。</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>主题 %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Dropped by “%1”: %2</source>
        <translation>被“%1”丢弃：%2</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1”失败：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::Runner</name>
    <message>
        <source>The answer was cut off (the token limit or the stream ended early); raise “Max tokens” or retry.</source>
        <translation>回答被截断（达到 token 上限或数据流提前结束）；请调高“最大 token 数”或重试。</translation>
    </message>
    <message>
        <source>The provider&apos;s content filter stopped the answer.</source>
        <translation>服务商的内容过滤器中止了回答。</translation>
    </message>
    <message>
        <source>The model asked to call a tool instead of answering.</source>
        <translation>模型请求调用工具，而没有作答。</translation>
    </message>
    <message>
        <source>The answer did not end normally.</source>
        <translation>回答未正常结束。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2. Check that the disk has room and the folder is writable; the records stored so far are safe.</source>
        <translation>无法写入 %1：%2。请检查磁盘空间是否充足、文件夹是否可写；已保存的记录不受影响。</translation>
    </message>
    <message>
        <source>The pipeline has a cycle; remove one of its connections.</source>
        <translation>流水线中有环路；请删除其中一个连接。</translation>
    </message>
    <message>
        <source>The project has no stage %1.</source>
        <translation>项目中没有节点 %1。</translation>
    </message>
    <message>
        <source>Stage “%1” (%2) cannot run in this version of Seedbed; the stages after it were skipped.</source>
        <translation>节点“%1”（%2）无法在此版本的 Seedbed 中运行；其后的节点已跳过。</translation>
    </message>
    <message>
        <source>Stage “%1” has no input; connect a stage to it.</source>
        <translation>节点“%1”没有输入；请将某个节点连接到它。</translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n record(s) of earlier settings removed.</source>
        <translation>
            <numerusform>节点“%1”：已删除 %n 条按旧设置生成的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The same text as an earlier record.</source>
        <translation>与先前某条记录的文本相同。</translation>
    </message>
    <message>
        <source>Stage “%1”: %2</source>
        <translation>节点“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n record(s) exported to %2.</source>
        <translation>
            <numerusform>节点“%1”：已将 %n 条记录导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1” uses the provider profile “%2”, which is not set up on this computer. Add a profile of that name (Settings ▸ Provider Profiles, or “seedbed providers add”), or choose another provider for the stage.</source>
        <translation>节点“%1”使用的服务商配置“%2”在这台电脑上尚未设置。请添加同名配置（设置 ▸ 服务商配置，或 “seedbed providers add”），或为该节点选择其他服务商。</translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n failed record(s) to redo.</source>
        <translation>
            <numerusform>节点“%1”：将重做 %n 条失败的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The stage and those after it were skipped.</source>
        <translation>该节点及其后续节点已跳过。</translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n record(s) whose review changed go through the review again.</source>
        <translation>
            <numerusform>节点“%1”：%n 条审核结果已更改的记录将重新审核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n record(s) wait for a review; run again once they are reviewed.</source>
        <translation>
            <numerusform>节点“%1”：%n 条记录等待审核；审核完成后请再次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1”: expanding the topic tree to depth %2.</source>
        <translation>节点“%1”：正在将主题树展开至深度 %2。</translation>
    </message>
    <message>
        <source>Stage “%1” runs the command “%2”, and this project is not trusted to run commands: allow it when the app asks, or run “seedbed trust” on the project folder.</source>
        <translation>节点“%1”要运行命令“%2”，但此项目未获信任，不能运行命令：请在应用询问时允许，或对项目文件夹运行“seedbed trust”。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to make again.</source>
        <translation>
            <numerusform>将重新生成 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1” (%2) cannot run in this version of Seedbed.</source>
        <translation>节点“%1”（%2）无法在此版本的 Seedbed 中运行。</translation>
    </message>
    <message>
        <source>The provider returned %1 embeddings for %2 texts.</source>
        <translation>服务商为 %2 段文本返回了 %1 个向量。</translation>
    </message>
    <message>
        <source>The provider returned embeddings of different lengths.</source>
        <translation>服务商返回的向量长度不一致。</translation>
    </message>
    <message numerus="yes">
        <source>Stage “%1”: %n earlier decision(s) changed.</source>
        <translation>
            <numerusform>节点“%1”：%n 项先前的判定已更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage “%1”: the export path “%2” must name a file inside the project folder, such as export/dataset.jsonl. %3</source>
        <translation>节点“%1”：导出路径“%2”必须指定项目文件夹内的文件，例如 export/dataset.jsonl。%3</translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::SourceStages</name>
    <message>
        <source>Row %1 of the attributes of stage “%2” has values but no attribute name.</source>
        <translation>节点“%2”的属性表第 %1 行有取值但没有属性名。</translation>
    </message>
    <message>
        <source>The attribute “%1” appears twice in stage “%2”.</source>
        <translation>属性“%1”在节点“%2”中出现了两次。</translation>
    </message>
    <message>
        <source>The attribute “%1” of stage “%2” has %3 values but %4 weights: give one weight per value, separated by “|”, or none.</source>
        <translation>节点“%2”的属性“%1”有 %3 个取值，却有 %4 个权重：请为每个取值给一个权重（以“|”分隔），或者不给权重。</translation>
    </message>
    <message>
        <source>The weight “%1” of the attribute “%2” (stage “%3”) is not a number of zero or more.</source>
        <translation>属性“%2”（节点“%3”）的权重“%1”不是大于或等于零的数。</translation>
    </message>
    <message>
        <source>The attribute “%1” of stage “%2” has no values; separate them with “|”.</source>
        <translation>节点“%2”的属性“%1”没有取值；取值之间用“|”分隔。</translation>
    </message>
    <message>
        <source>Stage “%1” has no attributes: add a row with an attribute&apos;s name and its values.</source>
        <translation>节点“%1”没有属性：请添加一行，填写属性名及其取值。</translation>
    </message>
    <message>
        <source>The attributes of stage “%1” make more than %L2 combinations, too many to list: choose “At random” and how many to draw.</source>
        <translation>节点“%1”的属性组合超过 %L2 个，无法全部列出：请选择“随机”并设置抽取数量。</translation>
    </message>
    <message>
        <source>The attributes of stage “%1” make %L2 combinations, more than the %L3 that can be listed: choose “At random” and how many to draw.</source>
        <translation>节点“%1”的属性共有 %L2 种组合，超过可列出的 %L3 种：请选择“随机”并设置抽取数量。</translation>
    </message>
    <message>
        <source>Stage “%1” is asked to draw %L2 combinations, more than the %L3 it can make.</source>
        <translation>节点“%1”要抽取 %L2 个组合，超过了它能生成的 %L3 个。</translation>
    </message>
    <message>
        <source>Every weight of the attribute “%1” (stage “%2”) is zero, so none of its values can be drawn.</source>
        <translation>属性“%1”（节点“%2”）的权重全为零，因此无法抽取它的任何取值。</translation>
    </message>
    <message>
        <source>The fact file “%1” of stage “%2” cannot be read: %3</source>
        <translation>无法读取节点“%2”的事实文件“%1”：%3</translation>
    </message>
    <message>
        <source>Line %1 of the fact file “%2” (stage “%3”) is not valid %4 text.</source>
        <translation>事实文件“%2”（节点“%3”）的第 %1 行不是有效的 %4 文本。</translation>
    </message>
    <message>
        <source>Stage “%1” cannot tell which column of “%2” holds the facts (its columns: %3): name it in the setting “Fact column”.</source>
        <translation>节点“%1”无法判断“%2”的哪一列存放事实（现有列：%3）：请在“事实列”设置中指定。</translation>
    </message>
    <message>
        <source>Row %1 of the fact file “%2” (stage “%3”) is an incomplete triple: “%4” is empty.</source>
        <translation>事实文件“%2”（节点“%3”）的第 %1 行是不完整的三元组：“%4”为空。</translation>
    </message>
    <message>
        <source>Row %1 of the fact file “%2” (stage “%3”) has no fact: its column “%4” is empty or missing.</source>
        <translation>事实文件“%2”（节点“%3”）的第 %1 行没有事实：列“%4”为空或缺失。</translation>
    </message>
    <message>
        <source>Stage “%1” is not an attribute grid or a fact list.</source>
        <translation>节点“%1”既不是属性网格，也不是事实列表。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::StageLogic</name>
    <message>
        <source>The seed file “%1” of stage “%2” cannot be read: %3</source>
        <translation>无法读取节点“%2”的种子文件“%1”：%3</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>缺少字段“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n character(s), fewer than %2.</source>
        <translation>
            <numerusform>“%1”有 %n 个字符，少于 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n character(s), more than %2.</source>
        <translation>
            <numerusform>“%1”有 %n 个字符，多于 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The pattern “%1” is not a valid regular expression: %2</source>
        <translation>正则表达式“%1”无效：%2</translation>
    </message>
    <message>
        <source>“%1” does not match “%2”.</source>
        <translation>“%1”不匹配“%2”。</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which “%3” rules out.</source>
        <translation>“%1”包含“%2”，而“%3”不允许出现它。</translation>
    </message>
    <message>
        <source>The record has no score, and at least %1 is required.</source>
        <translation>记录没有分数，而要求至少为 %1。</translation>
    </message>
    <message>
        <source>The score %1 is below %2.</source>
        <translation>分数 %1 低于 %2。</translation>
    </message>
    <message>
        <source>Stage “%1” has no prompt template: choose one in its settings.</source>
        <translation>节点“%1”没有提示词模板：请在其设置中选择一个。</translation>
    </message>
    <message>
        <source>The %1 template of “%2” has an error: %3</source>
        <translation>“%2”的 %1 模板有错误：%3</translation>
    </message>
    <message>
        <source>The %1 template of “%2” cannot be rendered: %3</source>
        <translation>“%2”的 %1 模板无法渲染：%3</translation>
    </message>
    <message>
        <source>The prompt template “%1” is empty.</source>
        <translation>提示词模板“%1”为空。</translation>
    </message>
    <message>
        <source>The judge gave no numeric “score”.</source>
        <translation>评审没有给出数值型的“score”。</translation>
    </message>
    <message>
        <source>The judge&apos;s answer holds no JSON object: %1</source>
        <translation>评审的回答中没有 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The judge scored %1, outside the scale 1–%2.</source>
        <translation>评审打分为 %1，超出 1–%2 的范围。</translation>
    </message>
    <message>
        <source>Scored %1, below the threshold %2.</source>
        <translation>得分 %1，低于阈值 %2。</translation>
    </message>
    <message>
        <source>The model answered nothing.</source>
        <translation>模型没有回答任何内容。</translation>
    </message>
    <message>
        <source>The answer holds no JSON object: %1</source>
        <translation>回答中没有 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The answer lacks the field(s) %1.</source>
        <translation>回答缺少字段 %1。</translation>
    </message>
    <message>
        <source>The required field “%1” is missing or empty.</source>
        <translation>必填字段“%1”缺失或为空。</translation>
    </message>
    <message>
        <source>The record does not match the schema: %1</source>
        <translation>记录不符合 Schema：%1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n word(s), fewer than %2.</source>
        <translation>
            <numerusform>“%1”有 %n 个词，少于 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n word(s), more than %2.</source>
        <translation>
            <numerusform>“%1”有 %n 个词，多于 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is about %n token(s), more than %2.</source>
        <translation>
            <numerusform>“%1”约 %n 个 token，多于 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON schema of stage “%1” is not a JSON object: %2</source>
        <translation>节点“%1”的 JSON Schema 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation>它是数组或单个值</translation>
    </message>
    <message>
        <source>The JSON schema of stage “%1” is not valid: %2</source>
        <translation>节点“%1”的 JSON Schema 无效：%2</translation>
    </message>
    <message>
        <source>The fixed examples of stage “%1” must be a JSON array of objects, such as [{&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}].</source>
        <translation>节点“%1”的固定示例必须是由对象组成的 JSON 数组，例如 [{&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}]。</translation>
    </message>
    <message>
        <source>The judge gave no verdict: expected {&quot;verdict&quot;: &quot;pass&quot;} or {&quot;verdict&quot;: &quot;fail&quot;}.</source>
        <translation>评审没有给出判定：应为 {&quot;verdict&quot;: &quot;pass&quot;} 或 {&quot;verdict&quot;: &quot;fail&quot;}。</translation>
    </message>
    <message>
        <source>The judge said fail.</source>
        <translation>评审判定为不通过。</translation>
    </message>
    <message>
        <source>The answer does not match the output schema: %1</source>
        <translation>回答不符合输出 Schema：%1</translation>
    </message>
    <message>
        <source>401: the key for the provider profile “%1” was rejected. Check the key stored for it (Settings ▸ Provider Profiles) or in the environment variable it names.</source>
        <translation>401：服务商配置“%1”的密钥被拒绝。请检查为其保存的密钥（设置 ▸ 服务商配置），或其指定的环境变量中的密钥。</translation>
    </message>
    <message>
        <source>401: the server wants a key, and the provider profile “%1” has none. Store one for it (Settings ▸ Provider Profiles) or set the environment variable it names.</source>
        <translation>401：服务器要求提供密钥，但服务商配置“%1”没有密钥。请为其保存密钥（设置 ▸ 服务商配置），或设置其指定的环境变量。</translation>
    </message>
    <message>
        <source>The request through the provider profile “%1” failed.</source>
        <translation>通过服务商配置“%1”发出的请求失败。</translation>
    </message>
    <message>
        <source>Provider profile “%1”: %2</source>
        <translation>服务商配置“%1”：%2</translation>
    </message>
    <message>
        <source>The record has no text in the field “%1” to evolve.</source>
        <translation>记录的字段“%1”中没有可演化的文本。</translation>
    </message>
    <message>
        <source>The record has no task in the field “%1” to solve.</source>
        <translation>记录的字段“%1”中没有要解答的任务。</translation>
    </message>
    <message>
        <source>The model&apos;s solution names no final answer.</source>
        <translation>模型的解答没有给出最终答案。</translation>
    </message>
    <message>
        <source>No final answer found in the field “%1”.</source>
        <translation>在字段“%1”中找不到最终答案。</translation>
    </message>
    <message>
        <source>The record&apos;s answer “%1” differs from the model&apos;s own solution “%2”.</source>
        <translation>记录的答案“%1”与模型自己解出的“%2”不同。</translation>
    </message>
    <message>
        <source>The rewrite is the same as the original.</source>
        <translation>改写结果与原文相同。</translation>
    </message>
</context>
<context>
    <name>Seedbed::Run::ValidatorProcess</name>
    <message>
        <source>validator “%1” could not be started: %2</source>
        <translation>无法启动校验程序“%1”：%2</translation>
    </message>
    <message>
        <source>the validator command is empty</source>
        <translation>校验命令为空</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>there is no program “%1” in PATH</source>
        <translation>PATH 中没有程序“%1”</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation>%1 不是可执行文件</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>命令为空</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <source>the validator crashed</source>
        <translation>校验程序崩溃</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>退出码为 %1</translation>
    </message>
</context>
<context>
    <name>Seedbed::RunDock</name>
    <message>
        <source>“%1” is done.</source>
        <translation>“%1”已完成。</translation>
    </message>
    <message>
        <source>“%1” is still working.</source>
        <translation>“%1”仍在运行。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Done / Expected</source>
        <translation>已完成 / 预计</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>In Flight / Concurrency</source>
        <translation>进行中 / 并发数</translation>
    </message>
    <message>
        <source>Records the stage has handled (kept, filtered, failed or duplicate), and how many it is expected to handle in all.</source>
        <translation>节点已处理的记录数（保留、过滤、失败或重复），以及预计总共要处理的记录数。</translation>
    </message>
    <message>
        <source>Records whose request or answer failed; Run ▸ Retry Failed Records redoes them.</source>
        <translation>请求或回答失败的记录；“运行 ▸ 重试失败的记录”可重做这些记录。</translation>
    </message>
    <message>
        <source>Records that a filter or a judge turned down.</source>
        <translation>被过滤规则或评审淘汰的记录。</translation>
    </message>
    <message>
        <source>Records dropped as duplicates of earlier ones.</source>
        <translation>因与先前记录重复而被丢弃的记录。</translation>
    </message>
    <message>
        <source>Requests waiting for the model now, and how many the stage may send at once.</source>
        <translation>当前正在等待模型响应的请求数，以及该节点可同时发送的请求数。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Provider Profiles…</source>
        <translation>服务商配置…</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>已用时间：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>调用次数：</translation>
    </message>
    <message>
        <source>Cache hits:</source>
        <translation>缓存命中：</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Token 数：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>Requests answered from the project&apos;s response cache instead of being sent (and paid for) again.</source>
        <translation>由项目的响应缓存应答、无需再次发送（和付费）的请求。</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;tages</source>
        <translation>节点(&amp;T)</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Run ▸ Run Pipeline (%1) runs the whole pipeline; what it makes is kept in the project.</source>
        <translation>“运行 ▸ 运行流水线”（%1）会运行整个流水线；生成的内容会保存在项目中。</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>a duration: hours, minutes, seconds</comment>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>%1. Requests in flight finish; no new ones are sent until you resume.</source>
        <translation>%1。进行中的请求会继续完成；在你恢复运行前不会发送新请求。</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>a log line: time, message</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Every stage in the run is done.</source>
        <translation>本次运行的所有节点均已完成。</translation>
    </message>
    <message>
        <source>Partly completed</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>The run went to the end, but not every record could be made.</source>
        <translation>运行已执行到最后，但并非所有记录都生成成功。</translation>
    </message>
    <message>
        <source>The run ended, but some stages could not run:</source>
        <translation>运行已结束，但部分节点无法运行：</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Everything made so far is kept; the next run continues where this one stopped.</source>
        <translation>已生成的内容都会保留；下次运行将从本次中断处继续。</translation>
    </message>
    <message>
        <source>The run stopped because of an error.</source>
        <translation>运行因出错而停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failed; Run ▸ Retry Failed Records redoes them.</source>
        <translation>
            <numerusform>%n 条记录失败；“运行 ▸ 重试失败的记录”可重做这些记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>≈%1</source>
        <comment>an estimated number</comment>
        <translation>≈%1</translation>
    </message>
    <message>
        <source>%1 in / %2 out</source>
        <translation>输入 %1 / 输出 %2</translation>
    </message>
    <message>
        <source>≈: the provider did not report every count; the rest are estimated from the text.</source>
        <translation>≈：服务商未报告全部计数；其余部分根据文本估算。</translation>
    </message>
    <message>
        <source>Tokens sent to and received from the models in this run.</source>
        <translation>本次运行中发送给模型和从模型接收的 token 数。</translation>
    </message>
    <message>
        <source>No priced calls yet. Prices are set per model in the provider profile.</source>
        <translation>尚无已定价的调用。价格在服务商配置中按模型设置。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an amount of money and its currency code, e.g. 0.42 USD</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>Some calls had no price or no token counts, so the cost is higher.</source>
        <translation>部分调用没有价格或 token 计数，因此实际费用更高。</translation>
    </message>
    <message>
        <source>Estimated from estimated token counts.</source>
        <translation>根据估算的 token 数估算。</translation>
    </message>
    <message>
        <source>From the prices in the provider profiles.</source>
        <translation>根据服务商配置中的价格计算。</translation>
    </message>
</context>
<context>
    <name>Seedbed::SchemaEditor</name>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>one of…</source>
        <translation>枚举…</translation>
    </message>
    <message>
        <source>list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>references ($ref)</source>
        <translation>引用（$ref）</translation>
    </message>
    <message>
        <source>definitions</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>combined schemas (%1)</source>
        <translation>组合 Schema（%1）</translation>
    </message>
    <message>
        <source>pattern properties</source>
        <translation>按正则匹配的属性</translation>
    </message>
    <message>
        <source>the keyword “%1”</source>
        <translation>关键字“%1”</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Schema error: %1</source>
        <translation>Schema 错误：%1</translation>
    </message>
    <message>
        <source>deeply nested values</source>
        <translation>嵌套过深的值</translation>
    </message>
    <message>
        <source>a schema that is just true or false</source>
        <translation>仅为 true 或 false 的 Schema</translation>
    </message>
    <message>
        <source>a schema that is not an object</source>
        <translation>不是对象的 Schema</translation>
    </message>
    <message>
        <source>a key written twice</source>
        <translation>重复出现的键</translation>
    </message>
    <message>
        <source>a top-level type other than “object”</source>
        <translation>“object”以外的顶层类型</translation>
    </message>
    <message>
        <source>rules for other fields</source>
        <translation>针对其他字段的规则</translation>
    </message>
    <message>
        <source>no top-level “type”: “object”</source>
        <translation>顶层缺少“type”: “object”</translation>
    </message>
    <message>
        <source>a field without a name</source>
        <translation>没有名称的字段</translation>
    </message>
    <message>
        <source>field names with line breaks</source>
        <translation>含换行的字段名</translation>
    </message>
    <message>
        <source>a field schema that is just true or false</source>
        <translation>仅为 true 或 false 的字段 Schema</translation>
    </message>
    <message>
        <source>fields with several types</source>
        <translation>有多种类型的字段</translation>
    </message>
    <message>
        <source>descriptions with line breaks</source>
        <translation>含换行的描述</translation>
    </message>
    <message>
        <source>nested objects</source>
        <translation>嵌套对象</translation>
    </message>
    <message>
        <source>fields without a type</source>
        <translation>没有类型的字段</translation>
    </message>
    <message>
        <source>lists without an item type</source>
        <translation>没有元素类型的列表</translation>
    </message>
    <message>
        <source>lists of objects</source>
        <translation>对象列表</translation>
    </message>
    <message>
        <source>lists of other than strings</source>
        <translation>元素不是字符串的列表</translation>
    </message>
    <message>
        <source>the type “%1”</source>
        <translation>类型“%1”</translation>
    </message>
    <message>
        <source>enums of values other than strings</source>
        <translation>取值不是字符串的枚举</translation>
    </message>
    <message>
        <source>enum values that are empty, repeated or hold commas</source>
        <translation>为空、重复或含逗号的枚举值</translation>
    </message>
    <message>
        <source>required fields that are not listed</source>
        <translation>未列出的必填字段</translation>
    </message>
    <message>
        <source>a field required twice</source>
        <translation>被重复列为必填的字段</translation>
    </message>
    <message>
        <source>This schema uses features the form cannot show (%1); edit it as JSON.</source>
        <translation>此 Schema 使用了表单无法显示的特性（%1）；请以 JSON 形式编辑。</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Allow other fields</source>
        <translation>允许其他字段</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Edit the schema as a table of fields</source>
        <translation>以字段表格的形式编辑 Schema</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Edit the schema as JSON text</source>
        <translation>以 JSON 文本的形式编辑 Schema</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>One row per field of the JSON object. Insert adds a field, Delete removes one, Alt+Up and Alt+Down move it.</source>
        <translation>JSON 对象的每个字段占一行。Insert 添加字段，Delete 删除字段，Alt+Up 和 Alt+Down 移动字段。</translation>
    </message>
    <message>
        <source>No schema yet: any JSON object is accepted.
Add a field to describe the object, one row per field.</source>
        <translation>尚无 Schema：接受任何 JSON 对象。
添加字段来描述该对象，每个字段占一行。</translation>
    </message>
    <message>
        <source>Add a field after the selected one (Insert)</source>
        <translation>在所选字段之后添加字段（Insert）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected field (Delete)</source>
        <translation>删除所选字段（Delete）</translation>
    </message>
    <message>
        <source>Move the selected field up (Alt+Up)</source>
        <translation>上移所选字段（Alt+Up）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected field down (Alt+Down)</source>
        <translation>下移所选字段（Alt+Down）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Whether the object may have fields not listed here. Strict structured output needs this off.</source>
        <translation>对象是否可以包含此处未列出的字段。严格的结构化输出要求关闭此项。</translation>
    </message>
    <message>
        <source>Empty: no schema</source>
        <translation>留空：无 Schema</translation>
    </message>
    <message>
        <source>The form can show the fields once the JSON is valid; fix the error below first.</source>
        <translation>JSON 有效后，表单才能显示字段；请先修正下方的错误。</translation>
    </message>
    <message>
        <source>The form can show the fields once the schema is valid; fix the error below first.</source>
        <translation>Schema 有效后，表单才能显示字段；请先修正下方的错误。</translation>
    </message>
    <message>
        <source>The form can show the fields once the schema is valid: %1</source>
        <translation>Schema 有效后，表单才能显示字段：%1</translation>
    </message>
    <message>
        <source>Whether the object must have this field</source>
        <translation>对象是否必须包含此字段</translation>
    </message>
    <message>
        <source>The values the field may take, separated by commas</source>
        <translation>该字段可取的值，用英文逗号分隔</translation>
    </message>
    <message>
        <source>Only a field of type “one of…” has values</source>
        <translation>只有“枚举…”类型的字段才有取值</translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation>字段需要名称。</translation>
    </message>
    <message>
        <source>Two fields are called “%1”; field names must differ.</source>
        <translation>有两个字段都名为“%1”；字段名不能重复。</translation>
    </message>
    <message>
        <source>“%1” needs at least one value; separate values with commas.</source>
        <translation>“%1”至少需要一个取值；多个取值用英文逗号分隔。</translation>
    </message>
    <message>
        <source>“%1” lists the value “%2” twice.</source>
        <translation>“%1”中的取值“%2”出现了两次。</translation>
    </message>
    <message>
        <source>Double-click a cell to change it.</source>
        <translation>双击单元格即可修改。</translation>
    </message>
    <message>
        <source>No schema.</source>
        <translation>无 Schema。</translation>
    </message>
    <message>
        <source>Valid schema.</source>
        <translation>Schema 有效。</translation>
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
    <message>
        <source>The profile&apos;s first model</source>
        <translation>配置中的第一个模型</translation>
    </message>
    <message>
        <source>Name of a provider profile</source>
        <translation>服务商配置名称</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>配置…</translation>
    </message>
    <message>
        <source>Set up provider profiles: presets, keys in the system keychain, Test connection</source>
        <translation>设置服务商配置：预设、系统钥匙串中的密钥、测试连接</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
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
        <source>Combinations</source>
        <translation>组合方式</translation>
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
        <source>Validator command</source>
        <translation>校验命令</translation>
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
        <source>Share of real data</source>
        <translation>真实数据比例</translation>
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
    <message>
        <source>Score from 1 to the highest</source>
        <translation>从 1 到最高分打分</translation>
    </message>
    <message>
        <source>Pass or fail</source>
        <translation>通过或不通过</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Fixed examples</source>
        <translation>固定示例</translation>
    </message>
    <message>
        <source>Other input records</source>
        <translation>其他输入记录</translation>
    </message>
    <message>
        <source>Best accepted records so far</source>
        <translation>目前最佳的已采纳记录</translation>
    </message>
    <message>
        <source>Output schema</source>
        <translation>输出 Schema</translation>
    </message>
    <message>
        <source>A JSON schema the answer must satisfy, sent to the model as structured output; answers that do not satisfy it fail. Empty: the output fields must be present.</source>
        <translation>回答必须满足的 JSON Schema，会作为结构化输出要求发送给模型；不满足的回答视为失败。留空：只要求输出字段齐全。</translation>
    </message>
    <message>
        <source>Few-shot examples</source>
        <translation>少样本示例</translation>
    </message>
    <message>
        <source>Examples per prompt</source>
        <translation>每个提示词的示例数</translation>
    </message>
    <message>
        <source>How many examples each prompt gets.</source>
        <translation>每个提示词包含的示例数量。</translation>
    </message>
    <message>
        <source>A JSON array of example objects, used when the examples are fixed.</source>
        <translation>由示例对象组成的 JSON 数组，在使用固定示例时采用。</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>评分方式</translation>
    </message>
    <message>
        <source>A score from 1 to the highest score, or a verdict: pass (scored 1) or fail (scored 0).</source>
        <translation>从 1 到最高分的分数，或判定结果：通过（计 1 分）或不通过（计 0 分）。</translation>
    </message>
    <message>
        <source>Reference answer field</source>
        <translation>参考答案字段</translation>
    </message>
    <message>
        <source>A field holding a known good answer to compare with; the prompt sees it as {{ reference }}. Empty for none.</source>
        <translation>存放已知正确答案以供比较的字段；提示词中以 {{ reference }} 引用。留空表示不使用。</translation>
    </message>
    <message>
        <source>Minimum words</source>
        <translation>最少词数</translation>
    </message>
    <message>
        <source>Records with fewer words in the field are filtered; a Chinese, Japanese or Korean character counts as a word.</source>
        <translation>字段中词数少于此值的记录将被过滤；一个中文、日文或韩文字符计为一个词。</translation>
    </message>
    <message>
        <source>Maximum words</source>
        <translation>最多词数</translation>
    </message>
    <message>
        <source>Records with more words are filtered; 0 for no limit.</source>
        <translation>词数多于此值的记录将被过滤；0 表示不限。</translation>
    </message>
    <message>
        <source>Maximum tokens (estimated)</source>
        <translation>最大 token 数（估算）</translation>
    </message>
    <message>
        <source>Records whose field is estimated at more tokens are filtered (about four characters of English or one Chinese character a token); 0 for no limit.</source>
        <translation>字段估算 token 数多于此值的记录将被过滤（约四个英文字符或一个汉字计为一个 token）；0 表示不限。</translation>
    </message>
    <message>
        <source>Required fields</source>
        <translation>必填字段</translation>
    </message>
    <message>
        <source>Fields that must be present and not empty; one per line.</source>
        <translation>必须存在且不为空的字段；每行一个。</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>A JSON schema the record&apos;s fields must satisfy; empty for none.</source>
        <translation>记录的字段必须满足的 JSON Schema；留空表示不限制。</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens up to this probability mass are considered; 1 leaves it to the model.</source>
        <translation>核采样：只考虑累计概率达到该值的最可能的 token；1 表示交由模型决定。</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>采样种子</translation>
    </message>
    <message>
        <source>Sent to models that support it (plus the sample number) so that the same prompt gives the same answer; 0 sends none.</source>
        <translation>发送给支持它的模型（加上样本序号），使相同的提示词得到相同的回答；0 表示不发送。</translation>
    </message>
    <message>
        <source>Records marked as exemplars</source>
        <translation>标记为范例的记录</translation>
    </message>
    <message>
        <source>Examples the prompt can show as {{ examples }}: the fixed ones below, other input records, the best-scored accepted records of this stage so far, or the records of this stage a reviewer marked as exemplars. Records marked as negative examples are always available as {{ negative_examples }}, each with the reviewer&apos;s note.</source>
        <translation>提示词可通过 {{ examples }} 展示的示例：下方的固定示例、其他输入记录、该节点目前得分最高的已采纳记录，或审核者在该节点中标记为范例的记录。标记为反例的记录始终可通过 {{ negative_examples }} 使用，每条都附有审核者的备注。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Which record of a cluster of duplicates is kept: the first, the one with the highest score, or the longest.</source>
        <translation>重复簇中保留哪条记录：第一条、得分最高的，或最长的。</translation>
    </message>
    <message>
        <source>Reference file</source>
        <translation>参考文件</translation>
    </message>
    <message>
        <source>Optional CSV, JSON or JSON Lines file, for example an evaluation set: records that match one of its rows are removed as contaminated.</source>
        <translation>可选的 CSV、JSON 或 JSON Lines 文件，例如评测集：与其中任意一行匹配的记录会被视为数据污染而移除。</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Compare the final answer with a field</source>
        <translation>将最终答案与某个字段比较</translation>
    </message>
    <message>
        <source>Compare with an arithmetic expression</source>
        <translation>与算术表达式的值比较</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Neither Chinese nor English</source>
        <translation>非中英文</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Filter records that contain it</source>
        <translation>过滤包含个人信息的记录</translation>
    </message>
    <message>
        <source>Mask it and keep</source>
        <translation>遮盖后保留</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>最长</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Leaf topics</source>
        <translation>叶子主题</translation>
    </message>
    <message>
        <source>Every topic below the root</source>
        <translation>根主题以下的所有主题</translation>
    </message>
    <message>
        <source>Records from</source>
        <translation>记录来源</translation>
    </message>
    <message>
        <source>One record per leaf topic, or one per topic of every level below the root.</source>
        <translation>每个叶子主题生成一条记录，或根主题以下每一层的每个主题各生成一条记录。</translation>
    </message>
    <message>
        <source>Generate grows the tree to the depth; rename (F2), delete (Del) or add topics (Ins) by hand. A run expands what is missing.</source>
        <translation>“生成”会将主题树扩展到设定深度；也可以手动重命名 (F2)、删除 (Del) 或添加主题 (Ins)。运行时会展开尚缺的部分。</translation>
    </message>
    <message>
        <source>One row per attribute: its name, its values separated by &quot;|&quot; and, optionally, their weights in the same order (&quot;3|1|1&quot; draws the first value three times as often). Each record has a field per attribute.</source>
        <translation>每行一个属性：属性名、以“|”分隔的取值，以及可选的同序权重（“3|1|1”表示第一个取值被抽中的次数是其他取值的三倍）。每条记录为每个属性带一个字段。</translation>
    </message>
    <message>
        <source>Every combination (at most 1,000,000), or a random sample of them drawn by the weights, without repeats while there are combinations not yet drawn.</source>
        <translation>全部组合（最多 1,000,000 个），或按权重随机抽取其中一部分；在还有未抽到的组合时不会重复。</translation>
    </message>
    <message>
        <source>Optional file of facts: a text file with one fact per line, or a CSV, TSV, JSON or JSON Lines file with one per row. Knowledge triples (columns subject, predicate, object or head, relation, tail) become &quot;subject predicate object&quot; and keep their three fields.</source>
        <translation>可选的事实文件：文本文件每行一条事实，CSV、TSV、JSON 或 JSON Lines 文件每行一条。知识三元组（列 subject、predicate、object 或 head、relation、tail）会变成“subject predicate object”，并保留这三个字段。</translation>
    </message>
    <message>
        <source>Fact column</source>
        <translation>事实列</translation>
    </message>
    <message>
        <source>The column of a CSV or JSON file that holds the fact. Empty: the triple columns, else a column named like the field, &quot;fact&quot; or &quot;text&quot;, else the only column.</source>
        <translation>CSV 或 JSON 文件中存放事实的列。留空时：使用三元组列，否则使用与字段同名的列、“fact”或“text”列，否则使用唯一的一列。</translation>
    </message>
    <message>
        <source>Name of the field that holds the fact. Each record also has &quot;fact_id&quot;, the fact&apos;s number, for a generator to cite and a judge to check against.</source>
        <translation>存放事实的字段名。每条记录还带有“fact_id”（事实的编号），供生成节点引用、供评审核对。</translation>
    </message>
    <message>
        <source>What to change while keeping the meaning. Without a template of its own the stage uses the built-in prompt of this kind; &quot;New&quot; in the Prompt tab starts a template from it.</source>
        <translation>在保持含义的前提下改变什么。节点没有自己的模板时，使用此方式的内置提示词；在“提示词”选项卡中点击“新建”可基于它创建模板。</translation>
    </message>
    <message>
        <source>Extra instruction</source>
        <translation>附加要求</translation>
    </message>
    <message>
        <source>Added to the prompt, e.g. the style wanted (&quot;as a tweet&quot;) or the difficulty (&quot;for a ten-year-old&quot;).</source>
        <translation>添加到提示词中，例如想要的风格（“写成一条推文”）或难度（“面向十岁儿童”）。</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>The language a translation rewrite writes in.</source>
        <translation>翻译改写所用的语言。</translation>
    </message>
    <message>
        <source>How many times each instruction is evolved; every round makes a record, and an evolution that fails ends its chain.</source>
        <translation>每条指令演化的次数；每一轮生成一条记录，某次演化失败时其演化链随即结束。</translation>
    </message>
    <message>
        <source>Filters records by length, patterns, score, language, blocked words and personal information without a model.</source>
        <translation>无需模型，按长度、模式、分数、语言、屏蔽词和个人信息过滤记录。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Keeps only records whose text fields are in this script: Chinese when at least 30% of the letters are Han characters, English when at least 70% are Latin letters and fewer than 5% are Han; digits, punctuation and spaces are not counted.</source>
        <translation>只保留文本字段属于此文字的记录：至少 30% 的字母为汉字时判定为中文；至少 70% 为拉丁字母且汉字少于 5% 时判定为英文；数字、标点和空白不计入。</translation>
    </message>
    <message>
        <source>Blocked words</source>
        <translation>屏蔽词</translation>
    </message>
    <message>
        <source>Records containing any of these in a text field are filtered; one per line, ignoring case. Latin words match whole words, Chinese anywhere.</source>
        <translation>文本字段中包含其中任一词的记录会被过滤；每行一个，不区分大小写。拉丁字母词按整词匹配，中文在任意位置均可匹配。</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Email addresses, phone numbers, Chinese resident ID numbers and card numbers: filter the records that contain them, or replace them with [EMAIL], [PHONE], [ID] and [CARD] and keep the records.</source>
        <translation>电子邮件地址、电话号码、中国居民身份证号码和银行卡号：过滤包含它们的记录，或将它们替换为 [EMAIL]、[PHONE]、[ID] 和 [CARD] 后保留记录。</translation>
    </message>
    <message>
        <source>How answers are checked: a model solves the task again; the final answer is compared with a reference field or with the value of an arithmetic expression; or a command decides.</source>
        <translation>答案的校验方式：由模型重新解答任务；将最终答案与参考字段或算术表达式的值比较；或由命令判定。</translation>
    </message>
    <message>
        <source>Task field</source>
        <translation>任务字段</translation>
    </message>
    <message>
        <source>With &quot;Ask a model&quot;: the field holding the task the model solves again; its final answer must equal the record&apos;s.</source>
        <translation>使用“调用模型”时：存放任务的字段，模型会重新解答该任务；其最终答案必须与记录中的一致。</translation>
    </message>
    <message>
        <source>Answer field</source>
        <translation>答案字段</translation>
    </message>
    <message>
        <source>The field that holds the answer whose final result is checked.</source>
        <translation>存放答案的字段，将校验其中的最终结果。</translation>
    </message>
    <message>
        <source>Answer pattern</source>
        <translation>答案模式</translation>
    </message>
    <message>
        <source>Regular expression that finds the final answer; its first capture group (or the whole match) is the answer, and the last match counts. Empty: &quot;#### 42&quot;, &quot;The answer is 42&quot;, &quot;答案是 42&quot; or \boxed{42}.</source>
        <translation>用于查找最终答案的正则表达式；其第一个捕获组（或整个匹配）即为答案，以最后一次匹配为准。留空时识别“#### 42”、“The answer is 42”、“答案是 42”或 \boxed{42}。</translation>
    </message>
    <message>
        <source>Reference field</source>
        <translation>参考字段</translation>
    </message>
    <message>
        <source>The field with the expected answer (for the answer method).</source>
        <translation>存放预期答案的字段（用于与字段比较的方法）。</translation>
    </message>
    <message>
        <source>Expression field</source>
        <translation>表达式字段</translation>
    </message>
    <message>
        <source>The field with an arithmetic expression whose value is the expected answer, e.g. (3 + 4) * 2 (for the expression method).</source>
        <translation>存放算术表达式的字段，表达式的值即为预期答案，例如 (3 + 4) * 2（用于与算术表达式比较的方法）。</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Numbers that differ by at most this much (or this fraction of the larger, whichever is more) are equal; text is compared ignoring case and surrounding spaces.</source>
        <translation>两个数相差不超过此值（或不超过较大者的此比例，取两者中较宽者）即视为相等；文本比较时忽略大小写和首尾空白。</translation>
    </message>
    <message>
        <source>Program and arguments (no shell) that read a record as JSON on standard input and exit 0 when it is correct; runs in the project folder. Runs only after you trust this project&apos;s commands.</source>
        <translation>程序及其参数（不经过 shell），从标准输入读取 JSON 格式的记录，记录正确时以 0 退出；在项目文件夹中运行。仅在你信任此项目的命令后才会运行。</translation>
    </message>
    <message>
        <source>Choose the provider whose model solves the tasks again.</source>
        <translation>请选择由哪个服务商的模型重新解答任务。</translation>
    </message>
    <message>
        <source>Name the field that holds the answer.</source>
        <translation>请指定存放答案的字段。</translation>
    </message>
    <message>
        <source>Name the field with the expected answer.</source>
        <translation>请指定存放预期答案的字段。</translation>
    </message>
    <message>
        <source>Name the field with the arithmetic expression.</source>
        <translation>请指定存放算术表达式的字段。</translation>
    </message>
    <message>
        <source>Shingle unit</source>
        <translation>片段单位</translation>
    </message>
    <message>
        <source>What shingles are made of: words, characters, or automatic (characters for Chinese, Japanese and Korean text, words otherwise).</source>
        <translation>片段的组成单位：词、字符，或自动（中文、日文和韩文文本用字符，其他文本用词）。</translation>
    </message>
    <message>
        <source>Shingle size</source>
        <translation>片段长度</translation>
    </message>
    <message>
        <source>Number of consecutive words or characters in each shingle compared.</source>
        <translation>每个参与比较的片段所含连续词或字符的数量。</translation>
    </message>
    <message>
        <source>CSV, JSON or JSON Lines file of real records, read when no records come through the Real input. A &quot;tags&quot; column (tags separated by commas) tags its rows.</source>
        <translation>真实记录的 CSV、JSON 或 JSON Lines 文件，在“真实”输入没有记录时读取。“tags”列（标签以逗号分隔）为各行加上标签。</translation>
    </message>
    <message>
        <source>Fraction of the mixed output that comes from real data. All synthetic records are kept and real ones drawn; with too few real ones, synthetic ones are drawn instead.</source>
        <translation>混合结果中来自真实数据的比例。保留全部合成记录并抽取真实记录；真实记录不足时，改为抽取合成记录。</translation>
    </message>
    <message>
        <source>Share within each tag</source>
        <translation>按标签分别保持比例</translation>
    </message>
    <message>
        <source>Keep the share of real data within each set of tags, not only overall.</source>
        <translation>在每组标签内都保持真实数据的比例，而不只是总体上保持。</translation>
    </message>
    <message>
        <source>Stratify by field</source>
        <translation>按字段分层</translation>
    </message>
    <message>
        <source>Optional: the shares hold within each value of this field, so that every split has the same mix of it.</source>
        <translation>可选：各划分比例在该字段的每个取值内分别成立，使每个划分中该字段的构成相同。</translation>
    </message>
    <message>
        <source>Keeps a fixed number of records: at random, the first, the highest-scored or balanced over a field.</source>
        <translation>保留固定数量的记录：随机抽取、取最前面的、取得分最高的，或在某个字段上均衡抽取。</translation>
    </message>
    <message>
        <source>Score of judge</source>
        <translation>依据的评审</translation>
    </message>
    <message>
        <source>With the highest-score strategy: the name of the judge stage whose score ranks the records. Empty: the latest score.</source>
        <translation>使用“最高分”策略时：按其分数对记录排序的评审节点名称。留空：使用最近的分数。</translation>
    </message>
    <message>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <source>Preference pairs (prompt, chosen, rejected)</source>
        <translation>偏好对（prompt、chosen、rejected）</translation>
    </message>
    <message>
        <source>Hugging Face dataset folder</source>
        <translation>Hugging Face 数据集文件夹</translation>
    </message>
    <message>
        <source>From the Split stage&apos;s field</source>
        <translation>使用划分节点的字段</translation>
    </message>
    <message>
        <source>Shares chosen here</source>
        <translation>在此设定比例</translation>
    </message>
    <message>
        <source>Records in the dataset folder</source>
        <translation>数据集文件夹中的记录</translation>
    </message>
    <message>
        <source>With the Hugging Face dataset folder: the format of each split&apos;s JSONL file.</source>
        <translation>使用 Hugging Face 数据集文件夹时：每个划分的 JSONL 文件的格式。</translation>
    </message>
    <message>
        <source>Input field</source>
        <translation>输入字段</translation>
    </message>
    <message>
        <source>Optional field used as Alpaca&apos;s input (added to the user turn in chat formats).</source>
        <translation>可选字段，用作 Alpaca 的 input（在对话格式中附加到用户轮次）。</translation>
    </message>
    <message>
        <source>History field</source>
        <translation>历史字段</translation>
    </message>
    <message>
        <source>Optional field with earlier turns: a list of [user, assistant] pairs or of {role, content} messages.</source>
        <translation>可选字段，包含先前的轮次：由 [user, assistant] 对或 {role, content} 消息组成的列表。</translation>
    </message>
    <message>
        <source>Minimum scores</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>Only records scored at least this much, such as “Judge=7” (several separated by commas; a bare number is the primary score).</source>
        <translation>只导出得分不低于此值的记录，例如“Judge=7”（多个以逗号分隔；单独的数字表示主得分）。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Only records with one of these tags (separated by commas); empty: any.</source>
        <translation>只导出带有其中任一标签的记录（以逗号分隔）；留空：任意记录。</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Train/validation/test: none, the field a Split stage wrote, or shares chosen here.</source>
        <translation>训练/验证/测试集：不划分、使用划分节点写入的字段，或在此设定比例。</translation>
    </message>
    <message>
        <source>Split shares</source>
        <translation>划分比例</translation>
    </message>
    <message>
        <source>With shares chosen here: each split&apos;s name and share.</source>
        <translation>在此设定比例时：每个划分的名称和比例。</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>划分种子</translation>
    </message>
    <message>
        <source>The same seed puts every record in the same split again.</source>
        <translation>种子相同，每条记录都会再次分到同一个划分中。</translation>
    </message>
    <message>
        <source>Only the split</source>
        <translation>仅限划分</translation>
    </message>
    <message>
        <source>One-file formats: write only the records of this split, such as train; empty: all.</source>
        <translation>单文件格式：只写出此划分的记录，例如 train；留空：全部。</translation>
    </message>
    <message>
        <source>Include reasoning</source>
        <translation>包含推理过程</translation>
    </message>
    <message>
        <source>Start each answer with the model&apos;s reasoning in a &lt;think&gt;…&lt;/think&gt; block.</source>
        <translation>每个回答以模型的推理过程开头，放在 &lt;think&gt;…&lt;/think&gt; 块中。</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>字节顺序标记</translation>
    </message>
    <message>
        <source>CSV and TSV: start with a UTF-8 byte order mark, so that Excel reads the text right.</source>
        <translation>CSV 和 TSV：文件以 UTF-8 字节顺序标记开头，使 Excel 正确读取文本。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>With the Hugging Face dataset folder: the licence its card names, such as cc-by-4.0.</source>
        <translation>使用 Hugging Face 数据集文件夹时：其卡片中注明的许可证，例如 cc-by-4.0。</translation>
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
    <name>Seedbed::Template</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>too many errors; the rest of the template was not checked</source>
        <translation>错误过多；模板的其余部分未检查</translation>
    </message>
    <message>
        <source>&apos;%1&apos; opened at line %2 is never closed; expected &apos;%3&apos;</source>
        <translation>第 %2 行开始的 &apos;%1&apos; 没有闭合；应为 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;{% %1 %}&apos; opened at line %2 is never closed</source>
        <translation>第 %2 行开始的 &apos;{% %1 %}&apos; 没有闭合</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be closed with &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; 必须用 &apos;%2&apos; 闭合，而不是 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>arithmetic (&apos;%1&apos;) is not supported</source>
        <translation>不支持算术运算（&apos;%1&apos;）</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the string is never closed; expected %1</source>
        <translation>字符串没有闭合；应为 %1</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels; simplify the template</source>
        <translation>嵌套超过 %1 层；请简化模板</translation>
    </message>
    <message>
        <source>the end of the template</source>
        <translation>模板末尾</translation>
    </message>
    <message>
        <source>the end of the tag</source>
        <translation>标签末尾</translation>
    </message>
    <message>
        <source>expected &apos;%}&apos; after &apos;%1&apos;, found %2</source>
        <translation>&apos;%1&apos; 之后应为 &apos;%}&apos;，却遇到 %2</translation>
    </message>
    <message>
        <source>expected a tag name after &apos;{%&apos;, found %1</source>
        <translation>&apos;{%&apos; 之后应为标签名，却遇到 %1</translation>
    </message>
    <message>
        <source>&apos;else&apos; outside &apos;{% if %}&apos; or &apos;{% for %}&apos;</source>
        <translation>&apos;else&apos; 位于 &apos;{% if %}&apos; 或 &apos;{% for %}&apos; 之外</translation>
    </message>
    <message>
        <source>&apos;%1&apos; without a matching &apos;{% %2 %}&apos;</source>
        <translation>&apos;%1&apos; 没有对应的 &apos;{% %2 %}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;%}&apos; right after &apos;raw&apos;, found %1</source>
        <translation>&apos;raw&apos; 之后应紧跟 &apos;%}&apos;，却遇到 %1</translation>
    </message>
    <message>
        <source>the &apos;{% %1 %}&apos; tag is not supported</source>
        <translation>不支持 &apos;{% %1 %}&apos; 标签</translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;</source>
        <translation>未知标签 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>未知标签 &apos;%1&apos;——你是否想用 &apos;%2&apos;？</translation>
    </message>
    <message>
        <source>expected &apos;}}&apos; after the expression, found %1</source>
        <translation>表达式之后应为 &apos;}}&apos;，却遇到 %1</translation>
    </message>
    <message>
        <source>expected &apos;%}&apos; after the condition, found %1</source>
        <translation>条件之后应为 &apos;%}&apos;，却遇到 %1</translation>
    </message>
    <message>
        <source>&apos;elif&apos; cannot follow &apos;else&apos;</source>
        <translation>&apos;elif&apos; 不能跟在 &apos;else&apos; 之后</translation>
    </message>
    <message>
        <source>&apos;{% if %}&apos; already has an &apos;else&apos;</source>
        <translation>&apos;{% if %}&apos; 已有一个 &apos;else&apos;</translation>
    </message>
    <message>
        <source>several loop variables (&apos;for a, b in …&apos;) are not supported</source>
        <translation>不支持多个循环变量（&apos;for a, b in …&apos;）</translation>
    </message>
    <message>
        <source>expected &apos;%}&apos; after the list to loop over, found %1</source>
        <translation>要遍历的列表之后应为 &apos;%}&apos;，却遇到 %1</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; after the loop variable, found %1</source>
        <translation>循环变量之后应为 &apos;in&apos;，却遇到 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be the name of a loop variable</source>
        <translation>&apos;%1&apos; 不能用作循环变量名</translation>
    </message>
    <message>
        <source>expected a loop variable name after &apos;for&apos;, found %1</source>
        <translation>&apos;for&apos; 之后应为循环变量名，却遇到 %1</translation>
    </message>
    <message>
        <source>&apos;{% for %}&apos; already has an &apos;else&apos;</source>
        <translation>&apos;{% for %}&apos; 已有一个 &apos;else&apos;</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; combine them with &apos;and&apos;</source>
        <translation>比较不能连写；请用 &apos;and&apos; 组合</translation>
    </message>
    <message>
        <source>expected an expression, found %1</source>
        <translation>应为表达式，却遇到 %1</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close &apos;(&apos; at column %1, found %2</source>
        <translation>应为 &apos;)&apos; 以闭合第 %1 列的 &apos;(&apos;，却遇到 %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation>列表中应为 &apos;,&apos; 或 &apos;]&apos;，却遇到 %1</translation>
    </message>
    <message>
        <source>&apos;loop&apos; is used with a property: loop.%1</source>
        <translation>&apos;loop&apos; 需要与属性一起使用：loop.%1</translation>
    </message>
    <message>
        <source>expected a property name after &apos;loop.&apos;, found %1</source>
        <translation>&apos;loop.&apos; 之后应为属性名，却遇到 %1</translation>
    </message>
    <message>
        <source>&apos;loop&apos; has no property &apos;%1&apos;; it has %2</source>
        <translation>&apos;loop&apos; 没有属性 &apos;%1&apos;；它有 %2</translation>
    </message>
    <message>
        <source>&apos;loop&apos; has no property &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>&apos;loop&apos; 没有属性 &apos;%1&apos;——你是否想用 &apos;%2&apos;？</translation>
    </message>
    <message>
        <source>the index %1 is too large</source>
        <translation>索引 %1 过大</translation>
    </message>
    <message>
        <source>expected a field name after &apos;.&apos;, found %1</source>
        <translation>&apos;.&apos; 之后应为字段名，却遇到 %1</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; after the index, found %1</source>
        <translation>索引之后应为 &apos;]&apos;，却遇到 %1</translation>
    </message>
    <message>
        <source>calls are not supported; use a filter instead, as in &apos;value | upper&apos;</source>
        <translation>不支持函数调用；请改用过滤器，例如 &apos;value | upper&apos;</translation>
    </message>
    <message>
        <source>expected a test name after &apos;is&apos;, found %1</source>
        <translation>&apos;is&apos; 之后应为测试名，却遇到 %1</translation>
    </message>
    <message>
        <source>expected a filter name after &apos;|&apos;, found %1</source>
        <translation>&apos;|&apos; 之后应为过滤器名，却遇到 %1</translation>
    </message>
    <message>
        <source>unknown test &apos;%1&apos;</source>
        <translation>未知测试 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown test &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>未知测试 &apos;%1&apos;——你是否想用 &apos;%2&apos;？</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>未知过滤器 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>未知过滤器 &apos;%1&apos;——你是否想用 &apos;%2&apos;？</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no argument named &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 没有名为 &apos;%2&apos; 的参数</translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; of &apos;%2&apos; is given twice</source>
        <translation>&apos;%2&apos; 的参数 &apos;%1&apos; 被指定了两次</translation>
    </message>
    <message>
        <source>an argument without a name cannot follow one with a name</source>
        <translation>未命名参数不能跟在命名参数之后</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>&apos;%1&apos; 不接受参数</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes at most %n argument(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; 最多接受 %n 个参数</numerusform>
        </translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; of &apos;%2&apos; must be %3</source>
        <translation>&apos;%2&apos; 的参数 &apos;%1&apos; 必须是%3</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; after an argument of &apos;%1&apos;, found %2</source>
        <translation>&apos;%1&apos; 的参数之后应为 &apos;,&apos; 或 &apos;)&apos;，却遇到 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the argument &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 需要参数 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>an undefined value</source>
        <translation>未定义的值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>undefined variable &apos;%1&apos;</source>
        <translation>未定义的变量 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rendering takes too long (more than %1 steps); is a loop too large?</source>
        <translation>渲染耗时过长（超过 %1 步）；是否有循环过大？</translation>
    </message>
    <message>
        <source>the text would be longer than %1 characters</source>
        <translation>文本长度将超过 %1 个字符</translation>
    </message>
    <message>
        <source>cannot loop over %1</source>
        <translation>无法遍历%1</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, got %1</source>
        <translation>&apos;-&apos; 需要数字，实际为%1</translation>
    </message>
    <message>
        <source>an index must be a string or a whole number, not %1</source>
        <translation>索引必须是字符串或整数，而不是%1</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation>无法比较%1与%2</translation>
    </message>
    <message>
        <source>cannot look for %1 in a string</source>
        <translation>无法在字符串中查找%1</translation>
    </message>
    <message>
        <source>cannot look for a value in %1</source>
        <translation>无法在%1中查找值</translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; of &apos;%2&apos; must be a string, not %3</source>
        <translation>&apos;%2&apos; 的参数 &apos;%1&apos; 必须是字符串，而不是%3</translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; of &apos;%2&apos; must be a number, not %3</source>
        <translation>&apos;%2&apos; 的参数 &apos;%1&apos; 必须是数字，而不是%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a list, not %2</source>
        <translation>&apos;%1&apos; 需要列表，而不是%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a string, a list or an object, not %2</source>
        <translation>&apos;%1&apos; 需要字符串、列表或对象，而不是%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot truncate to a negative length</source>
        <translation>&apos;%1&apos; 不能截断为负长度</translation>
    </message>
    <message>
        <source>&apos;%1&apos; indents by 0 to %2 spaces</source>
        <translation>&apos;%1&apos; 的缩进只能为 0 到 %2 个空格</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a list or a string, not %2</source>
        <translation>&apos;%1&apos; 需要列表或字符串，而不是%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot divide by zero</source>
        <translation>&apos;%1&apos; 不能除以零</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a whole number, not %2</source>
        <translation>&apos;%1&apos; 需要整数，而不是%2</translation>
    </message>
</context>
<context>
    <name>Seedbed::TemplateEditor</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A completion entry: a field name and the stage that adds it</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>由 %1 添加</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>unknown variable &apos;%1&apos; — no stage before this one adds it</source>
        <translation>未知变量 &apos;%1&apos; — 此前没有节点添加它</translation>
    </message>
</context>
<context>
    <name>Seedbed::TemplateProblemsModel</name>
    <message>
        <source>%1:%2  %3</source>
        <extracomment>A problem in a template: line:column, then the message</extracomment>
        <translation>%1:%2  %3</translation>
    </message>
</context>
<context>
    <name>Seedbed::TopicTreeEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add subtopic</source>
        <translation>添加子主题</translation>
    </message>
    <message>
        <source>Add topic beside</source>
        <translation>添加同级主题</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation>删除主题</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Asks the stage&apos;s model for the subtopics of every topic that has none yet, down to the depth</source>
        <translation>让节点的模型为所有尚无子主题的主题生成子主题，直至设定深度</translation>
    </message>
    <message>
        <source>Regenerate branch</source>
        <translation>重新生成分支</translation>
    </message>
    <message>
        <source>Asks the model again for the subtopics of the selected topic, replacing its branch</source>
        <translation>让模型重新生成所选主题的子主题，替换其整个分支</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops generating; the topics received so far are kept</source>
        <translation>停止生成；已收到的主题会保留</translation>
    </message>
    <message>
        <source>%v of about %m requests</source>
        <translation>%v / 约 %m 个请求</translation>
    </message>
    <message>
        <source>(no root subject yet)</source>
        <translation>（尚未设置根主题）</translation>
    </message>
    <message>
        <source>A topic needs a name; “%1” keeps its own.</source>
        <translation>主题需要名称；“%1”保留原名。</translation>
    </message>
    <message>
        <source>“%1” already has a subtopic named “%2”.</source>
        <translation>“%1”已有名为“%2”的子主题。</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>新主题</translation>
    </message>
    <message>
        <source>New topic %1</source>
        <translation>新主题 %1</translation>
    </message>
    <message>
        <source>This tree belongs to no stage of the project; it cannot be generated.</source>
        <translation>此主题树不属于项目中的任何节点；无法生成。</translation>
    </message>
    <message>
        <source>Set the root subject first: the tree grows from it.</source>
        <translation>请先设置根主题：主题树将从它开始扩展。</translation>
    </message>
    <message>
        <source>Reading the provider profile and its key…</source>
        <translation>正在读取服务商配置及其密钥…</translation>
    </message>
    <message>
        <source>Cannot generate: the stage has no way to reach a model. %1</source>
        <translation>无法生成：该节点无法访问模型。%1</translation>
    </message>
    <message>
        <source>Cannot generate: the key of the provider profile could not be read. %1</source>
        <translation>无法生成：无法读取服务商配置的密钥。%1</translation>
    </message>
    <message>
        <source>Cannot generate: %1</source>
        <translation>无法生成：%1</translation>
    </message>
    <message>
        <source>Cannot generate: the provider profile “%1” names no model; choose one in Model.</source>
        <translation>无法生成：服务商配置“%1”未指定模型；请在“模型”中选择一个。</translation>
    </message>
    <message>
        <source>Asking %1 for subtopics…</source>
        <translation>正在向 %1 请求子主题…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leaf topic(s)</source>
        <translation>
            <numerusform>%n 个叶子主题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No topics yet: Generate grows them from the root subject, or add them by hand (Ins).</source>
        <translation>还没有主题：“生成”会从根主题扩展出主题，也可以手动添加 (Ins)。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) not yet expanded to the depth</source>
        <translation>
            <numerusform>%n 个主题尚未展开到设定深度</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seedbed::TrustDialog</name>
    <message>
        <source>Trust and Run</source>
        <translation>信任并运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Trust This Project?</source>
        <translation>信任此项目？</translation>
    </message>
    <message>
        <source>This project runs commands on your computer.</source>
        <translation>此项目会在你的计算机上运行命令。</translation>
    </message>
    <message>
        <source>Its Verify stages run the programs below, in the project folder %1 and with your permissions. Run them only if you trust where this project comes from. Seedbed asks again when a command, or a script it names in the project folder, changes.</source>
        <translation>其“答案校验”节点会在项目文件夹 %1 中以你的权限运行以下程序。只有在你信任此项目的来源时才运行它们。当某条命令或它在项目文件夹中指定的脚本发生变化时，Seedbed 会再次询问。</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
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
