<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backroom::AccessControl</name>
    <message>
        <source>%1 may not %2 %3; an administrator can grant it with a role.</source>
        <translation>%1 无权%2%3；管理员可以通过角色授予此权限。</translation>
    </message>
</context>
<context>
    <name>Backroom::AdministrationPages</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Who Is Working</source>
        <translation>在线用户</translation>
    </message>
</context>
<context>
    <name>Backroom::AttachmentFieldEdit</name>
    <message>
        <source>No file</source>
        <translation>无文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Store a file from this computer in the company file</source>
        <translation>将本机上的文件存入账套文件</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Attachment %1 (missing)</source>
        <translation>附件 %1（已丢失）</translation>
    </message>
</context>
<context>
    <name>Backroom::Attachments</name>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>附件需要文件名。</translation>
    </message>
    <message>
        <source>“%1” is %2; an attachment can be at most %3.</source>
        <translation>“%1”大小为 %2，附件最大为 %3。</translation>
    </message>
    <message>
        <source>Save the record before adding attachments to it.</source>
        <translation>请先保存记录，再添加附件。</translation>
    </message>
    <message>
        <source>The company file cannot be written now: %1</source>
        <translation>当前无法写入账套文件：%1</translation>
    </message>
    <message>
        <source>“%1” could not be stored: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be attached.</source>
        <translation>“%1”不是可以添加为附件的文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>无法保存附件：%1</translation>
    </message>
    <message>
        <source>“%1” is damaged in the company file (its content does not match its checksum).</source>
        <translation>账套文件中的“%1”已损坏（内容与校验值不符）。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” could not be removed: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Backroom::AttachmentsPanel</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Attach files to this record (you can also drop them here)</source>
        <translation>为此记录添加附件（也可以把文件拖到这里）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1：%2 {1,?}</translation>
    </message>
    <message>
        <source>Save the record to add attachments.</source>
        <translation>保存记录后即可添加附件。</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>没有附件。</translation>
    </message>
    <message>
        <source>No attachments yet.
Drop files here or click “Add…”.</source>
        <translation>还没有附件。
把文件拖到这里，或点击“添加…”。</translation>
    </message>
    <message>
        <source>1 file, %1</source>
        <translation>1 个文件，%1</translation>
    </message>
    <message>
        <source>%1 files, %2</source>
        <translation>%1 个文件，%2</translation>
    </message>
    <message>
        <source>%1 of %2 files were not attached.</source>
        <translation>%2 个文件中有 %1 个未能添加。</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Add Attachments</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”. A copy was saved as %2.</source>
        <translation>没有可以打开“%1”的程序。副本已保存为 %2。</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>附件另存为</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Remove “%1” from this record? This cannot be undone.</source>
        <translation>从此记录中删除“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>Backroom::AuditHook</name>
    <message>
        <source>The change could not be recorded in the audit log: %1</source>
        <translation>无法将此更改记入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::AuditLog</name>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) was altered: its content no longer matches its hash.</source>
        <translation>审计条目 %1（%2）已被篡改：其内容与哈希值不再相符。</translation>
    </message>
    <message>
        <source>Audit entries before entry %1 (%2) were removed: the log starts with it.</source>
        <translation>审计条目 %1（%2）之前的条目已被删除：日志从该条目开始。</translation>
    </message>
    <message>
        <source>Audit entries before entry %1 (%2) were removed: the log jumps from entry %3 to it.</source>
        <translation>审计条目 %1（%2）之前的条目已被删除：日志从条目 %3 直接跳到该条目。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) was inserted or replaced: it does not start the log.</source>
        <translation>审计条目 %1（%2）是插入或替换的：它不是日志的起点。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) does not follow entry %3: one of them was inserted or replaced.</source>
        <translation>审计条目 %1（%2）与条目 %3 衔接不上：其中之一是插入或替换的。</translation>
    </message>
    <message>
        <source>The audit log&apos;s recorded head is missing (the log ends at entry %1).</source>
        <translation>审计日志记录的链头缺失（日志止于条目 %1）。</translation>
    </message>
    <message>
        <source>Audit entry %1, the newest, was removed from the end of the log (it is the recorded head).</source>
        <translation>最新的审计条目 %1 已从日志末尾删除（它是记录的链头）。</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 were removed from the end of the log (its recorded head is entry %2).</source>
        <translation>审计条目 %1 至 %2 已从日志末尾删除（记录的链头为条目 %2）。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) comes after the recorded head (entry %3): it was added outside the application.</source>
        <translation>审计条目 %1（%2）位于记录的链头（条目 %3）之后：它是在程序之外添加的。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2) does not match the recorded head: it was replaced.</source>
        <translation>审计条目 %1（%2）与记录的链头不符：它已被替换。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s), the oldest from %1, saved but not yet chained into the log; the next save or backroom-cli verify --repair chains them.</source>
        <translation>
            <numerusform>有 %n 条审计记录（最早的在 %1）已保存但尚未链入审计日志；下一次保存或 backroom-cli verify --repair 会将其链入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backroom::AuditLogPage</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role copied</source>
        <translation>复制角色</translation>
    </message>
    <message>
        <source>Role permissions changed</source>
        <translation>更改角色权限</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>user disabled</source>
        <translation>用户已停用</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>无此用户</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Any list</source>
        <translation>所有列表</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>列表：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log was altered, removed or inserted</source>
        <translation>检查审计日志中是否有条目被篡改、删除或插入</translation>
    </message>
    <message>
        <source>Export the entries the filter matches</source>
        <translation>导出符合筛选条件的条目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Choose an entry to see everything it records.</source>
        <translation>选择一个条目，查看其记录的全部内容。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation>流程步骤</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>过账</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Sensitive values shown</source>
        <translation>显示敏感信息</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Users and roles changed</source>
        <translation>用户与角色变更</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The newest %1 entries shown; Load More shows older ones.</source>
        <translation>已显示最新的 %1 条；点击“加载更多”查看更早的条目。</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>没有符合筛选条件的条目。</translation>
    </message>
    <message>
        <source>All %1 matching entries shown.</source>
        <translation>已显示全部 %1 条符合条件的条目。</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3 · %4</source>
        <translation>条目 %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1，记录 %2</translation>
    </message>
    <message>
        <source>(no detail)</source>
        <translation>（无详情）</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>哈希：%1</translation>
    </message>
    <message>
        <source>Previous: %1</source>
        <translation>前一哈希：%1</translation>
    </message>
    <message>
        <source>%1 entries checked; the chain is intact (head: entry %2, %3).</source>
        <translation>已检查 %1 个条目，哈希链完整（链头：条目 %2，%3）。</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries written to %2.</source>
        <translation>已将 %1 个条目写入 %2。</translation>
    </message>
    <message>
        <source>Company copied</source>
        <translation>账套已复制</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>已从备份恢复</translation>
    </message>
</context>
<context>
    <name>Backroom::AutomaticBackups</name>
    <message>
        <source>The old backup “%1” could not be removed: %2</source>
        <translation>无法删除旧备份“%1”：%2</translation>
    </message>
    <message>
        <source>No folder is set for automatic backups (Edit → Preferences → Backups).</source>
        <translation>尚未设置自动备份的文件夹（编辑 → 首选项 → 备份）。</translation>
    </message>
    <message>
        <source>The folder for automatic backups “%1” does not exist and cannot be created.</source>
        <translation>自动备份文件夹“%1”不存在，且无法创建。</translation>
    </message>
    <message>
        <source>The backup was made, but older ones could not be removed: %1</source>
        <translation>备份已完成，但无法删除较早的备份：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::BackupArchive</name>
    <message>
        <source>The backup is damaged (%1); it cannot be used. Take another copy of it, or an older backup.</source>
        <translation>备份已损坏（%1），无法使用。请重新复制一份，或改用更早的备份。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>The backup could not be read: %1</source>
        <translation>无法读取备份：%1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The backup&apos;s description is too long.</source>
        <translation>备份的说明信息过长。</translation>
    </message>
    <message>
        <source>The backup could not be compressed (zlib).</source>
        <translation>无法压缩备份（zlib）。</translation>
    </message>
    <message>
        <source>The company changed size while it was being backed up; try again.</source>
        <translation>备份过程中账套大小发生变化，请重试。</translation>
    </message>
    <message>
        <source>This is not a Backroom backup file.</source>
        <translation>这不是后台的备份文件。</translation>
    </message>
    <message>
        <source>The backup ends in its header: it was cut short (an interrupted copy?).</source>
        <translation>备份在文件头处就结束了：文件不完整（复制被中断？）。</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Backroom (backup format %1; this version reads up to %2). Install the newer version to restore it.</source>
        <translation>该备份由更新版本的后台生成（备份格式 %1；本版本最高只能读取 %2）。请安装新版本后再恢复。</translation>
    </message>
    <message>
        <source>its header is wrong</source>
        <translation>文件头不正确</translation>
    </message>
    <message>
        <source>The backup ends in its description: it was cut short (an interrupted copy?).</source>
        <translation>备份在说明信息处就结束了：文件不完整（复制被中断？）。</translation>
    </message>
    <message>
        <source>its description does not match its checksum</source>
        <translation>说明信息与其校验和不符</translation>
    </message>
    <message>
        <source>its description is not readable</source>
        <translation>说明信息无法读取</translation>
    </message>
    <message>
        <source>its description lacks a required entry</source>
        <translation>说明信息缺少必需的项目</translation>
    </message>
    <message>
        <source>its description has no valid date</source>
        <translation>说明信息中没有有效的日期</translation>
    </message>
    <message>
        <source>its description names an unknown kind of company</source>
        <translation>说明信息中的账套类型未知</translation>
    </message>
    <message>
        <source>its description gives an impossible size</source>
        <translation>说明信息中的大小不可能成立</translation>
    </message>
    <message>
        <source>its description has no valid checksum of the data</source>
        <translation>说明信息中没有有效的数据校验和</translation>
    </message>
    <message>
        <source>its description lacks the schema versions</source>
        <translation>说明信息缺少表结构版本</translation>
    </message>
    <message>
        <source>its description has an invalid schema version</source>
        <translation>说明信息中的表结构版本无效</translation>
    </message>
    <message>
        <source>The backup could not be unpacked (zlib).</source>
        <translation>无法解压备份（zlib）。</translation>
    </message>
    <message>
        <source>The backup ends before its data is complete: it was cut short (an interrupted copy, or a full disk when it was made).</source>
        <translation>备份在数据完整之前就结束了：文件不完整（复制被中断，或备份时磁盘已满）。</translation>
    </message>
    <message>
        <source>its data is corrupt</source>
        <translation>数据已损坏</translation>
    </message>
    <message>
        <source>it holds more data than its description says</source>
        <translation>数据比说明信息所述的多</translation>
    </message>
    <message>
        <source>The database could not be unpacked from the backup: %1</source>
        <translation>无法从备份中解压数据库：%1</translation>
    </message>
    <message>
        <source>there is unexpected data after its end</source>
        <translation>结尾之后还有多余的数据</translation>
    </message>
    <message>
        <source>it holds less data than its description says</source>
        <translation>数据比说明信息所述的少</translation>
    </message>
    <message>
        <source>its data does not match its checksum</source>
        <translation>数据与其校验和不符</translation>
    </message>
</context>
<context>
    <name>Backroom::BackupReader</name>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation>备份“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a backup.</source>
        <translation>“%1”是文件夹，不是备份文件。</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be read: %2</source>
        <translation>无法读取备份“%1”：%2</translation>
    </message>
    <message>
        <source>The backup “%1” was made by a newer version of Backroom (%2; file format %3, this version reads up to %4). Install the newer version to restore it; nothing was changed.</source>
        <translation>备份“%1”由更新版本的后台（%2）生成（文件格式 %3，本版本最高只能读取 %4）。请安装新版本后再恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>The backup “%1” was made by a newer version of Backroom (%2): its “%3” tables are version %4, this version knows up to %5. Install the newer version to restore it; nothing was changed.</source>
        <translation>备份“%1”由更新版本的后台（%2）生成：其中“%3”的表为第 %4 版，本版本最高只认识第 %5 版。请安装新版本后再恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>There is not enough free space in “%1” to restore the backup: it needs %2, %3 are free.</source>
        <translation>“%1”中没有足够的可用空间来恢复备份：需要 %2，可用 %3。</translation>
    </message>
    <message>
        <source>“%1” is in the way; remove it first.</source>
        <translation>“%1”已存在并挡住了去路，请先将其删除。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The database in the backup is damaged (%1); it cannot be used.</source>
        <translation>备份中的数据库已损坏（%1），无法使用。</translation>
    </message>
    <message>
        <source>it cannot be read as a database</source>
        <translation>无法作为数据库读取</translation>
    </message>
    <message>
        <source>The backup holds a database of another program, not a Backroom company.</source>
        <translation>备份中是其他程序的数据库，不是后台的账套。</translation>
    </message>
    <message>
        <source>rows of “%1” refer to records that do not exist</source>
        <translation>“%1”中有行引用了不存在的记录</translation>
    </message>
    <message>
        <source>its Backroom tables are missing</source>
        <translation>缺少后台自身的表</translation>
    </message>
    <message>
        <source>its schema versions are not those its description names</source>
        <translation>其表结构版本与说明信息不符</translation>
    </message>
</context>
<context>
    <name>Backroom::BarcodeImage</name>
    <message>
        <source>There is no text for the QR code.</source>
        <translation>没有要生成二维码的文字。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation>文字太长，无法生成二维码。</translation>
    </message>
    <message>
        <source>The QR code could not be generated.</source>
        <translation>无法生成二维码。</translation>
    </message>
    <message>
        <source>There is no text for the barcode.</source>
        <translation>没有要生成条形码的文字。</translation>
    </message>
    <message>
        <source>The text is too long for a barcode: at most %1 characters.</source>
        <translation>文字太长，无法生成条形码：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A Code 128 barcode can only hold ASCII letters, digits, spaces and punctuation, not “%1”.</source>
        <translation>Code 128 条形码只能包含 ASCII 字母、数字、空格和标点，不能包含“%1”。</translation>
    </message>
    <message>
        <source>The barcode could not be generated.</source>
        <translation>无法生成条形码。</translation>
    </message>
</context>
<context>
    <name>Backroom::CalibrationDialog</name>
    <message>
        <source>Printer Calibration</source>
        <translation>打印机校准</translation>
    </message>
    <message>
        <source>Forms printed onto pre-printed stationery (vouchers, cheques, courier slips) must land in their boxes. Print the calibration page on plain paper, measure how far each cross is from 20 mm off the paper&apos;s edges, and enter the difference below.</source>
        <translation>套打在预印纸（凭证、支票、快递单）上的单据必须落在格子里。请用普通纸打印校准页，测量每个十字与距纸边 20 mm 处的偏差，并在下面输入差值。</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Positive moves everything to the right</source>
        <translation>正数表示整体向右移动</translation>
    </message>
    <message>
        <source>Positive moves everything down</source>
        <translation>正数表示整体向下移动</translation>
    </message>
    <message>
        <source>No printer is installed. You can still enter the offset for a printer by its name.</source>
        <translation>没有安装打印机。仍可按名称为打印机输入偏移量。</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>打印机(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Across:</source>
        <translation>水平(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Down:</source>
        <translation>垂直(&amp;D)：</translation>
    </message>
    <message>
        <source>Print &amp;Calibration Page</source>
        <translation>打印校准页(&amp;C)</translation>
    </message>
    <message>
        <source>The calibration page went to %1.</source>
        <translation>校准页已发送到 %1。</translation>
    </message>
    <message>
        <source>Choose or name a printer first.</source>
        <translation>请先选择或输入打印机名称。</translation>
    </message>
</context>
<context>
    <name>Backroom::CheckedSave</name>
    <message>
        <source>the disk is full, or the file may not grow that large</source>
        <translation>磁盘已满，或文件不允许增长到这么大</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Backroom::ChildLinesEditor</name>
    <message>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Add a line (Insert)</source>
        <translation>添加一行（Insert）</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Remove the current line (Ctrl+Delete)</source>
        <translation>删除当前行（Ctrl+Delete）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the line up (Alt+Up)</source>
        <translation>将该行上移（Alt+↑）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the line down (Alt+Down)</source>
        <translation>将该行下移（Alt+↓）</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Backroom::CompanyBackup</name>
    <message>
        <source>A backup is a file; give a file name, not a server address.</source>
        <translation>备份是一个文件，请给出文件名，而不是服务器地址。</translation>
    </message>
    <message>
        <source>A company cannot be backed up onto itself; choose another file.</source>
        <translation>不能把账套备份到它自己身上，请另选一个文件。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name; an existing backup is never overwritten.</source>
        <translation>“%1”已存在。请换一个名称；已有的备份绝不会被覆盖。</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the backup a file name.</source>
        <translation>“%1”是文件夹，请为备份指定文件名。</translation>
    </message>
    <message>
        <source>Cannot write in “%1”: the folder does not exist or is read-only.</source>
        <translation>无法在“%1”中写入：文件夹不存在或为只读。</translation>
    </message>
    <message>
        <source>The backup could not be recorded in the audit log: %1</source>
        <translation>无法在审计日志中记录本次备份：%1</translation>
    </message>
    <message>
        <source>The company could not be copied for the backup: %1</source>
        <translation>无法为备份复制账套：%1</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>无法将备份写入“%1”：%2</translation>
    </message>
    <message>
        <source>The backup could not be checked: %1</source>
        <translation>无法校验备份：%1</translation>
    </message>
    <message>
        <source>The backup failed its check and was discarded: %1</source>
        <translation>备份未通过校验，已丢弃：%1</translation>
    </message>
    <message>
        <source>The backup could not be written to disk at “%1”.</source>
        <translation>无法将备份写入磁盘上的“%1”。</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as “%1”.</source>
        <translation>无法将备份移动到位，保存为“%1”。</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as “%1”: %2</source>
        <translation>无法将备份移动到位，保存为“%1”：%2</translation>
    </message>
    <message>
        <source>The restored company cannot be opened: %1</source>
        <translation>无法打开恢复后的账套：%1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The restore could not be recorded in the audit log: %1</source>
        <translation>无法在审计日志中记录本次恢复：%1</translation>
    </message>
    <message>
        <source>“%1” is a folder; give the restored company a file name.</source>
        <translation>“%1”是文件夹，请为恢复的账套指定文件名。</translation>
    </message>
    <message>
        <source>A backup cannot be restored onto itself; name the company file to restore to.</source>
        <translation>不能把备份恢复到它自己身上，请指定要恢复成的账套文件。</translation>
    </message>
    <message>
        <source>“%1” already exists. Restore to another name, or confirm that it is to be replaced (it is then kept aside under a new name).</source>
        <translation>“%1”已存在。请恢复为其他名称，或确认替换它（原文件将改名保留）。</translation>
    </message>
    <message>
        <source>“%1” is not a Backroom company; it is not replaced. Restore to another name.</source>
        <translation>“%1”不是后台账套，不会被替换。请恢复为其他名称。</translation>
    </message>
    <message>
        <source>“%1” is open in Backroom by %2; close it there before restoring over it.</source>
        <translation>“%1”正被 %2 在后台中打开；请先在那里关闭，再恢复覆盖它。</translation>
    </message>
    <message>
        <source>“%1” cannot be replaced: %2</source>
        <translation>无法替换“%1”：%2</translation>
    </message>
    <message>
        <source>The restored company could not be written to disk at “%1”.</source>
        <translation>无法将恢复的账套写入磁盘上的“%1”。</translation>
    </message>
    <message>
        <source>“%1” could not be moved aside, so it was not replaced.</source>
        <translation>无法将“%1”改名保留，因此没有替换它。</translation>
    </message>
    <message>
        <source>The restored company could not be moved into place as “%1”.</source>
        <translation>无法将恢复的账套移动到位，保存为“%1”。</translation>
    </message>
    <message>
        <source>The company that was there is kept as “%1”.</source>
        <translation>原有的账套已保留为“%1”。</translation>
    </message>
    <message>
        <source>“%1” already holds tables. A backup is only restored into an empty database (or schema): nothing there is overwritten.</source>
        <translation>“%1”中已有表。备份只能恢复到空的数据库（或模式）中：那里的内容绝不会被覆盖。</translation>
    </message>
</context>
<context>
    <name>Backroom::CompanyCopier</name>
    <message>
        <source>A company cannot be copied onto itself; name another place.</source>
        <translation>账套不能复制到它自身；请另选位置。</translation>
    </message>
    <message>
        <source>The company has tables of modules that are not installed here (%1); install them before moving it, so that nothing is left behind.</source>
        <translation>该账套含有本机未安装模块（%1）的数据表；请先安装这些模块再迁移，以免遗漏任何数据。</translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: %2</source>
        <translation>无法连接“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” already holds tables. A company is only moved into an empty database (or schema): nothing there is overwritten.</source>
        <translation>“%1”中已有数据表。账套只能迁移到空的数据库（或模式）中：不会覆盖已有的任何内容。</translation>
    </message>
    <message>
        <source>The copy was not kept: %1</source>
        <translation>副本未保留：%1</translation>
    </message>
    <message>
        <source>“%1” already exists. A company is only moved to a new file: nothing is overwritten.</source>
        <translation>“%1”已存在。账套只能迁移到新文件：不会覆盖任何文件。</translation>
    </message>
    <message>
        <source>Cannot write in “%1”: the folder does not exist or is read-only.</source>
        <translation>无法写入“%1”：文件夹不存在或为只读。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>The copy has rows that refer to missing records; it was not kept.</source>
        <translation>副本中有引用不存在记录的行；副本未保留。</translation>
    </message>
    <message>
        <source>“%1” could not be written to disk.</source>
        <translation>“%1”无法写入磁盘。</translation>
    </message>
    <message>
        <source>The finished copy could not be moved into place as “%1”.</source>
        <translation>完成的副本无法移动为“%1”。</translation>
    </message>
    <message>
        <source>The tables could not be created: %1</source>
        <translation>无法创建数据表：%1</translation>
    </message>
    <message>
        <source>The company cannot be read: %1</source>
        <translation>无法读取账套：%1</translation>
    </message>
    <message>
        <source>The table “%1” has no place in the new company (a module that is not installed here?); nothing was copied.</source>
        <translation>数据表“%1”在新账套中没有对应位置（本机未安装相应模块？）；未复制任何内容。</translation>
    </message>
    <message>
        <source>The column “%1” of “%2” has no place in the new company; nothing was copied.</source>
        <translation>“%2”的列“%1”在新账套中没有对应位置；未复制任何内容。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>%1: %2 rows in the company, %3 in the copy</source>
        <translation>%1：账套中 %2 行，副本中 %3 行</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>审计日志：%1</translation>
    </message>
    <message>
        <source>The copy does not match the company; it was not kept.</source>
        <translation>副本与账套不一致；副本未保留。</translation>
    </message>
    <message>
        <source>Rows up to %1 of “%2” could not be copied: %3</source>
        <translation>“%2”第 %1 行及之前的行无法复制：%3</translation>
    </message>
    <message>
        <source>The copied rows refer to records that do not exist: %1</source>
        <translation>复制的记录引用了不存在的记录：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::CompanyFile</name>
    <message>
        <source>The company file “%1” does not exist.</source>
        <translation>账套文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Backroom company file.</source>
        <translation>“%1”是一个文件夹，不是后台账套文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Backroom company file.</source>
        <translation>“%1”不是后台账套文件。</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Backroom company file.</source>
        <translation>“%1”是其他程序的数据库，不是后台账套文件。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Backroom (file format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>“%1”由更新版本的后台保存（文件格式 %2，本版本最高只能读取 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>“%1” is damaged (its size does not match its page size). Restore it from a backup.</source>
        <translation>“%1”已损坏（文件大小与页大小不符）。请从备份中恢复。</translation>
    </message>
    <message>
        <source>“%1” is read-only. Backroom must be able to write to a company file to keep its books; copy it to a folder of yours or change its permissions.</source>
        <translation>“%1”是只读文件。后台必须能写入账套文件才能记账；请将它复制到您自己的文件夹中，或修改它的权限。</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only. Backroom keeps a journal and a lock file next to the company file, so its folder must be writable.</source>
        <translation>文件夹“%1”是只读的。后台要在账套文件旁边保存日志文件和锁定文件，因此该文件夹必须可写。</translation>
    </message>
    <message>
        <source>“%1” is on a network share, where SQLite&apos;s locking is unreliable and the books could be damaged. Copy it to a local disk, or move the company to a PostgreSQL server.</source>
        <translation>“%1”位于网络共享文件夹中，SQLite 在网络共享上的锁定不可靠，账簿可能因此损坏。请将它复制到本地磁盘，或将账套迁移到 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a database: %2</source>
        <translation>无法将“%1”作为数据库读取：%2</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>“%1”已损坏（%2）。文件未作任何改动；请从备份中恢复。</translation>
    </message>
    <message>
        <source>“%1” is damaged (its Backroom tables are missing). It was not changed; restore it from a backup.</source>
        <translation>“%1”已损坏（缺少后台数据表）。文件未作任何改动；请从备份中恢复。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is already open in Backroom by %2. Close it there first.</source>
        <translation>“%1”已被 %2 在后台中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>Backroom was not closed properly last time (%1); its lock on this company was cleared.</source>
        <translation>后台上次未正常退出（%1）；它对本账套的锁定已解除。</translation>
    </message>
    <message>
        <source>“%1” cannot be prepared for writing: %2</source>
        <translation>无法准备写入“%1”：%2</translation>
    </message>
    <message>
        <source>journal mode refused</source>
        <translation>日志模式设置被拒绝</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of the “%2” module (tables version %3; this version knows up to %4). Install the newer Backroom to open it.</source>
        <translation>“%1”由更新版本的“%2”模块保存（数据表版本 %3，本版本最高只支持 %4）。请安装新版后台后再打开。</translation>
    </message>
    <message>
        <source>“%1” cannot be updated: %2</source>
        <translation>无法升级“%1”：%2</translation>
    </message>
    <message>
        <source>Updating the “%1” tables to version %2 (%3) failed: %4. The company file was not changed.</source>
        <translation>将“%1”数据表升级到版本 %2（%3）失败：%4。账套文件未作任何改动。</translation>
    </message>
    <message>
        <source>Recording the “%1” module&apos;s version failed: %2</source>
        <translation>记录“%1”模块的版本失败：%2</translation>
    </message>
    <message>
        <source>“%1” could not be updated: %2. It was not changed.</source>
        <translation>“%1”升级失败：%2。文件未作任何改动。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it instead.</source>
        <translation>“%1”已存在。请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>Cannot create a company file in “%1”: the folder does not exist or is read-only.</source>
        <translation>无法在“%1”中创建账套文件：该文件夹不存在或是只读的。</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>请填写公司名称。</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>the “%1” tables (step %2): %3</source>
        <translation>“%1”数据表（第 %2 步）：%3</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the finished file could not be moved into place.</source>
        <translation>无法创建“%1”：生成的文件无法移动到目标位置。</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>无法将备份写入“%1”：%2</translation>
    </message>
    <message>
        <source>The backup could not be checked: %1</source>
        <translation>无法校验备份：%1</translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was discarded: %1</source>
        <translation>备份未通过完整性检查，已丢弃：%1</translation>
    </message>
    <message>
        <source>The backup could not be moved into place as “%1”: %2</source>
        <translation>无法将备份保存为“%1”：%2</translation>
    </message>
    <message>
        <source>Adding tables and columns for new fields failed: %1. The company file was not changed.</source>
        <translation>为新字段添加表和列失败：%1。账套文件未做任何更改。</translation>
    </message>
    <message>
        <source>the declared tables: %1</source>
        <translation>声明的数据表：%1</translation>
    </message>
    <message>
        <source>The tables of “%1” cannot be read: %2</source>
        <translation>无法读取“%1”的数据表：%2</translation>
    </message>
    <message>
        <source>Updating Backroom&apos;s own tables to version %1 failed: %2. The company file was not changed.</source>
        <translation>将后台自身的数据表升级到版本 %1 失败：%2。账套文件未作任何改动。</translation>
    </message>
    <message>
        <source>Updating Backroom&apos;s own tables failed: %1. The company file was not changed.</source>
        <translation>升级后台自身的数据表失败：%1。账套文件未作任何改动。</translation>
    </message>
    <message>
        <source>Updating the tables would leave %1 records referring to records that do not exist. The company file was not changed.</source>
        <translation>升级数据表会使 %1 条记录指向不存在的记录。账套文件未作任何改动。</translation>
    </message>
    <message>
        <source>“%1” would be on a network share, where SQLite&apos;s locking is unreliable and the books could be damaged. Create it on a local disk, or use a PostgreSQL server.</source>
        <translation>“%1”将位于网络共享文件夹中，SQLite 在网络共享上的锁定不可靠，账簿可能因此损坏。请在本地磁盘上创建，或使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>“%1” was created but cannot be opened: %2</source>
        <translation>“%1”已创建，但无法打开：%2</translation>
    </message>
    <message>
        <source>A company cannot be backed up onto itself; choose another file.</source>
        <translation>不能把账套备份到它自身；请选择其他文件。</translation>
    </message>
    <message>
        <source>“%1” is open in Backroom by %2; it cannot be replaced by a backup.</source>
        <translation>“%1”正被 %2 在后台中打开，不能用备份覆盖。</translation>
    </message>
    <message>
        <source>The backup could not be written to disk at “%1”.</source>
        <translation>无法将备份写入磁盘上的“%1”。</translation>
    </message>
    <message>
        <source>The roles of “%1” could not be brought up to date: %2</source>
        <translation>无法更新“%1”的角色：%2</translation>
    </message>
    <message>
        <source>Backroom&apos;s own tables (step %1): %2</source>
        <translation>后台自身的数据表（第 %1 步）：%2</translation>
    </message>
    <message>
        <source>“%1” holds no Backroom company yet. Create one there with New Company (or backroom-cli init).</source>
        <translation>“%1”中还没有后台账套。请用“新建账套”（或 backroom-cli init）在那里创建。</translation>
    </message>
    <message>
        <source>“%1” holds the tables of another program, not a Backroom company.</source>
        <translation>“%1”中是其他程序的数据表，不是后台账套。</translation>
    </message>
    <message>
        <source>“%1” is damaged (its Backroom tables are incomplete).</source>
        <translation>“%1”已损坏（后台的数据表不完整）。</translation>
    </message>
    <message>
        <source>Cannot connect to “%1”: %2</source>
        <translation>无法连接“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” already holds tables; a new company needs an empty database (or schema). Open it instead, or name another one.</source>
        <translation>“%1”中已有数据表；新账套需要空的数据库（或模式）。请改为打开它，或另选一个。</translation>
    </message>
    <message>
        <source>A company on a PostgreSQL server is copied into a file with “backroom-cli migrate”; the server&apos;s own backups (pg_dump) keep it too.</source>
        <translation>PostgreSQL 服务器上的账套可用“backroom-cli migrate”复制到文件中；服务器自身的备份（pg_dump）也会保存它。</translation>
    </message>
</context>
<context>
    <name>Backroom::CompanyLock</name>
    <message>
        <source>another Backroom process</source>
        <translation>另一个后台进程</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, process %4, since %5)</source>
        <translation>%1（计算机 %2，%3，进程 %4，自 %5 起）</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>无法创建锁定文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>无法锁定 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the lock file %1: %2</source>
        <translation>无法写入锁定文件 %1：%2</translation>
    </message>
    <message>
        <source>The lock file %1 keeps changing; another program is interfering with it.</source>
        <translation>锁定文件 %1 不断被改动，有其他程序在干扰它。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 (error %2).</source>
        <translation>无法创建锁定文件 %1（错误 %2）。</translation>
    </message>
</context>
<context>
    <name>Backroom::CompanyVerifier</name>
    <message>
        <source>the table %1 cannot be read: %2</source>
        <translation>数据表 %1 无法读取：%2</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>a reference constraint was never checked against the rows (table, constraint): %1</source>
        <translation>有外键约束从未对现有行进行校验（表，约束）：%1</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>a row refers to a missing record (table, row, parent, constraint): %1</source>
        <translation>有记录引用了不存在的记录（表、行、父表、约束）：%1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>This company file has no audit log yet; open it once with this version of Backroom.</source>
        <translation>此账套文件还没有审计日志；请先用此版本的 Backroom 打开一次。</translation>
    </message>
</context>
<context>
    <name>Backroom::CopyRoleDialog</name>
    <message>
        <source>Copy Role %1</source>
        <translation>复制角色“%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>The copy starts with the permissions of %1 and can then be changed.</source>
        <translation>副本沿用“%1”的权限，之后可以修改。</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>Backroom::CoreEntities</name>
    <message>
        <source>Company profile</source>
        <translation>公司资料</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>The unified social credit code (统一社会信用代码) or tax number.</source>
        <translation>统一社会信用代码或税号。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>会计年度起始月份</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Customer and supplier</source>
        <translation>客户兼供应商</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Colour must look like #1f7a5c.</source>
        <translation>颜色格式应类似 #1f7a5c。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>About (kind)</source>
        <translation>关联对象（类型）</translation>
    </message>
    <message>
        <source>About (record)</source>
        <translation>关联对象（记录）</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <source>Days from an invoice&apos;s date to its due date, when the invoice names none.</source>
        <translation>发票未填写到期日时，从开票日期起算的天数。</translation>
    </message>
</context>
<context>
    <name>Backroom::CoreEntityPages</name>
    <message>
        <source>Company Profile</source>
        <translation>公司资料</translation>
    </message>
</context>
<context>
    <name>Backroom::CoreReports</name>
    <message>
        <source>This company has no partners list.</source>
        <translation>该账套没有往来单位列表。</translation>
    </message>
    <message>
        <source>Partners by kind</source>
        <translation>往来单位按类型汇总</translation>
    </message>
    <message>
        <source>Customers and suppliers grouped by kind, with their credit limits summed.</source>
        <translation>按类型分组的客户和供应商，并合计其信用额度。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
</context>
<context>
    <name>Backroom::CsvReader</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook or an archive, not CSV text; save it as CSV first.</source>
        <translation>这是电子表格工作簿或压缩文件，不是 CSV 文本；请先另存为 CSV。</translation>
    </message>
    <message>
        <source>The encoding %1 is not supported.</source>
        <translation>不支持编码 %1。</translation>
    </message>
    <message>
        <source>Line %1 is neither UTF-8 nor GB18030 text; choose the file&apos;s encoding explicitly.</source>
        <translation>第 %1 行既不是 UTF-8 也不是 GB18030 文本；请明确指定文件编码。</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text.</source>
        <translation>第 %1 行不是有效的 %2 文本。</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character, so this is not CSV text.</source>
        <translation>第 %1 行包含 NUL 字符，因此这不是 CSV 文本。</translation>
    </message>
    <message>
        <source>A quotation mark or a line break cannot be the delimiter.</source>
        <translation>引号或换行符不能用作分隔符。</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 has no closing quotation mark.</source>
        <translation>从第 %1 行开始的带引号字段缺少结束引号。</translation>
    </message>
    <message>
        <source>Line %1 has text between a closing quotation mark and the next delimiter.</source>
        <translation>第 %1 行在结束引号与下一个分隔符之间有多余文字。</translation>
    </message>
    <message>
        <source>A field on line %1 is longer than %2 characters.</source>
        <translation>第 %1 行有一个字段超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields.</source>
        <translation>第 %1 行的字段超过 %2 个。</translation>
    </message>
</context>
<context>
    <name>Backroom::CsvTableWriter</name>
    <message>
        <source>This build of Backroom cannot write GB18030; choose UTF-8 instead.</source>
        <translation>此版本的后台无法写入 GB18030；请改用 UTF-8。</translation>
    </message>
    <message>
        <source>The export cannot be written: the output is not open for writing.</source>
        <translation>无法写入导出内容：输出目标未打开以供写入。</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出内容：%1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Backroom::Database</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>“%1”不是 PostgreSQL 地址（postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>Do not put the password into the address: set PGPASSWORD or use ~/.pgpass.</source>
        <translation>请不要把密码写进地址：请设置 PGPASSWORD 或使用 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>“%1” names no database (postgresql://user@host:port/database).</source>
        <translation>“%1”未指明数据库（postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>“%1” is not a usable schema name: use lower-case letters, digits and underscores.</source>
        <translation>“%1”不是可用的模式名：请使用小写字母、数字和下划线。</translation>
    </message>
</context>
<context>
    <name>Backroom::DatabaseError</name>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Nothing was saved; free some space and try again.</source>
        <translation>“%1”所在的磁盘已满，未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The company file or its folder is read-only, so nothing could be saved.</source>
        <translation>账套文件或其所在文件夹为只读，无法保存任何内容。</translation>
    </message>
    <message>
        <source>“%1” or its folder is read-only, so nothing could be saved. Check its permissions, or copy it to a folder of yours.</source>
        <translation>“%1”或其所在文件夹为只读，无法保存任何内容。请检查其权限，或将其复制到您自己的文件夹。</translation>
    </message>
    <message>
        <source>The company file is damaged. Nothing was changed; restore it from a backup.</source>
        <translation>账套文件已损坏，未作任何更改；请从备份恢复。</translation>
    </message>
    <message>
        <source>“%1” is damaged or is not a Backroom company file. Nothing was changed; restore it from a backup.</source>
        <translation>“%1”已损坏或不是 Backroom 账套文件，未作任何更改；请从备份恢复。</translation>
    </message>
    <message>
        <source>The company is busy: another clerk&apos;s work took too long to finish. Nothing was saved; try again in a moment.</source>
        <translation>账套正忙：其他操作员的操作长时间未完成，未保存任何内容；请稍后重试。</translation>
    </message>
    <message>
        <source>“%1” is busy: another clerk&apos;s work took too long to finish. Nothing was saved; try again in a moment.</source>
        <translation>“%1”正忙：其他操作员的操作长时间未完成，未保存任何内容；请稍后重试。</translation>
    </message>
    <message>
        <source>The company file could not be read or written (a disk error). Nothing was saved; check the disk and try again.</source>
        <translation>无法读写账套文件（磁盘错误），未保存任何内容；请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>“%1” could not be read or written (a disk error). Nothing was saved; check the disk and try again.</source>
        <translation>无法读写“%1”（磁盘错误），未保存任何内容；请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>%1 (Details: %2)</source>
        <translation>%1（详细信息：%2）</translation>
    </message>
    <message>
        <source>Another clerk&apos;s work kept getting in the way of this one (the database stopped it to end a deadlock). Nothing was saved; try again.</source>
        <translation>其他职员的操作一再与本次操作冲突（数据库为解除死锁中止了本次操作）。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>Another clerk&apos;s work on “%1” kept getting in the way of this one (the database stopped it to end a deadlock). Nothing was saved; try again.</source>
        <translation>其他职员在“%1”上的操作一再与本次操作冲突（数据库为解除死锁中止了本次操作）。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>The database server cannot be reached, or it dropped the connection. Check the network (or ask whoever runs the server) and try again.</source>
        <translation>无法连接数据库服务器，或服务器断开了连接。请检查网络（或联系服务器管理员）后重试。</translation>
    </message>
    <message>
        <source>The database server of “%1” cannot be reached, or it dropped the connection. Check the network (or ask whoever runs the server) and try again.</source>
        <translation>无法连接“%1”的数据库服务器，或服务器断开了连接。请检查网络（或联系服务器管理员）后重试。</translation>
    </message>
</context>
<context>
    <name>Backroom::DepartmentModule</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Nothing has been recorded in %1 for %2 yet.</source>
        <translation>%1中还没有%2的任何记录。</translation>
    </message>
</context>
<context>
    <name>Backroom::DocumentPrinter</name>
    <message>
        <source>The printer “%1” used last time is not available; choose another.</source>
        <translation>上次使用的打印机“%1”不可用，请另选一台。</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer “%1” is not available.</source>
        <translation>打印机“%1”不可用。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing… %1 pages</source>
        <translation>正在打印… 已 %1 页</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Print Preview — %n documents</source>
        <translation>
            <numerusform>打印预览 — %n 份单据</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Writing PDF… %1 pages</source>
        <translation>正在生成 PDF… 已 %1 页</translation>
    </message>
</context>
<context>
    <name>Backroom::DocumentRenderer</name>
    <message>
        <source>The company profile has no logo.</source>
        <translation>公司资料中没有徽标。</translation>
    </message>
    <message>
        <source>The file cannot be read as an image.</source>
        <translation>无法将该文件读取为图片。</translation>
    </message>
    <message>
        <source>Templates can use qr:, code128:, logo: and image files next to the template.</source>
        <translation>模板中可以使用 qr:、code128:、logo: 以及与模板放在同一文件夹中的图片文件。</translation>
    </message>
    <message>
        <source>The image “%1” cannot be loaded: %2</source>
        <translation>无法加载图片“%1”：%2</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The template “%1” cannot be used: %2</source>
        <translation>无法使用模板“%1”：%2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>The template “%1” cannot be used: near line %2 of its form: %3</source>
        <translation>无法使用模板“%1”：套打内容第 %2 行附近：%3</translation>
    </message>
    <message>
        <source>The printer does not accept the page setup of “%1”.</source>
        <translation>打印机不接受“%1”的页面设置。</translation>
    </message>
    <message>
        <source>The printer or file cannot be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>打印机停止接收页面。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>The printer or file did not accept the pages.</source>
        <translation>打印机或文件未能接收这些页面。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The printer does not accept this paper.</source>
        <translation>打印机不接受这种纸张。</translation>
    </message>
    <message>
        <source>Calibration page. Each cross should be exactly 20 mm from the two nearest edges of the paper. Measure how far the crosses are from where they should be and enter it as the offset (to the right and down are positive). Offset applied now: %1 mm across, %2 mm down.</source>
        <translation>校准页。每个十字应距纸张最近的两条边正好 20 mm。请测量十字偏离应在位置的距离，并将其作为偏移量输入（向右、向下为正）。当前偏移：水平 %1 mm，垂直 %2 mm。</translation>
    </message>
    <message>
        <source>The printer or file did not accept the page.</source>
        <translation>打印机或文件未能接收该页面。</translation>
    </message>
    <message>
        <source>An image has no source; is the value it names empty?</source>
        <translation>图片没有来源；它引用的值是否为空？</translation>
    </message>
    <message>
        <source>The template “%1” cannot be used: a positioned form holds only &lt;text&gt;, &lt;image&gt; and &lt;page&gt;, not &lt;%2&gt;.</source>
        <translation>无法使用模板“%1”：套打模板只能包含 &lt;text&gt;、&lt;image&gt; 和 &lt;page&gt;，不能包含 &lt;%2&gt;。</translation>
    </message>
</context>
<context>
    <name>Backroom::DocumentService</name>
    <message>
        <source>Taxpayer ID %1</source>
        <translation>纳税人识别号 %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>The print could not be recorded in the audit log, so the PDF was not kept: %1</source>
        <translation>无法将此次打印记入审计日志，因此未保留该 PDF：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::DocumentTemplate</name>
    <message>
        <source>{{{…}}} would print a value as markup; Backroom prints every value as text. Write {{…}} instead.</source>
        <translation>{{{…}}} 会把数值当作标记输出；后台总是把数值作为文字打印。请改写为 {{…}}。</translation>
    </message>
    <message>
        <source>A tag opened with {{ is never closed with }}.</source>
        <translation>以 {{ 开始的标记没有用 }} 结束。</translation>
    </message>
    <message>
        <source>An empty tag {{}}.</source>
        <translation>空标记 {{}}。</translation>
    </message>
    <message>
        <source>{{&amp;…}} would print a value as markup; Backroom prints every value as text. Write {{…}} instead.</source>
        <translation>{{&amp;…}} 会把数值当作标记输出；后台总是把数值作为文字打印。请改写为 {{…}}。</translation>
    </message>
    <message>
        <source>Partials ({{&gt;…}}) are not supported: a template is one file.</source>
        <translation>不支持子模板（{{&gt;…}}）：一个模板就是一个文件。</translation>
    </message>
    <message>
        <source>Changing the delimiters ({{=…=}}) is not supported.</source>
        <translation>不支持更改分隔符（{{=…=}}）。</translation>
    </message>
    <message>
        <source>“%1” is not a name: use letters, digits, _ and dots, as in {{lines.amount}}.</source>
        <translation>“%1”不是有效的名称：请使用字母、数字、_ 和点，例如 {{lines.amount}}。</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that was never opened.</source>
        <translation>{{/%1}} 结束了一个从未开始的区段。</translation>
    </message>
    <message>
        <source>{{/%1}} closes “%2”, opened on line %3, which must be closed first with {{/%2}}.</source>
        <translation>{{/%1}} 结束的是第 %3 行开始的“%2”，必须先用 {{/%2}} 结束它。</translation>
    </message>
    <message>
        <source>The section “%1” is never closed with {{/%1}}.</source>
        <translation>区段“%1”没有用 {{/%1}} 结束。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The template header &lt;!--backroom … is never closed with --&gt;.</source>
        <translation>模板头 &lt;!--backroom … 没有用 --&gt; 结束。</translation>
    </message>
    <message>
        <source>The template header is not valid JSON: %1.</source>
        <translation>模板头不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>an object { … } is expected</source>
        <translation>应为一个对象 { … }</translation>
    </message>
    <message>
        <source>Unknown key “%1” in the template header (known: %2).</source>
        <translation>模板头中有未知的键“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>“title” must be text or {&quot;en&quot;: …, &quot;zh_CN&quot;: …}.</source>
        <translation>“title”必须是文字或 {&quot;en&quot;: …, &quot;zh_CN&quot;: …}。</translation>
    </message>
    <message>
        <source>“expects” must be a list of names.</source>
        <translation>“expects”必须是名称列表。</translation>
    </message>
    <message>
        <source>“kind” must be flow or positioned, not “%1”.</source>
        <translation>“kind”必须是 flow 或 positioned，不能是“%1”。</translation>
    </message>
    <message>
        <source>The template expects “%1”, which the data of this document does not have.</source>
        <translation>模板需要“%1”，但此单据的数据中没有。</translation>
    </message>
    <message>
        <source>“%1” is not in the data of this document (it has: %2).</source>
        <translation>此单据的数据中没有“%1”（现有：%2）。</translation>
    </message>
    <message>
        <source>The template “%1” could not be read.</source>
        <translation>无法读取模板“%1”。</translation>
    </message>
    <message>
        <source>Sections repeat inside each other so often that the document would never finish printing.</source>
        <translation>区段互相嵌套重复的次数太多，单据将永远无法打印完成。</translation>
    </message>
</context>
<context>
    <name>Backroom::EntityPage</name>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import records from a CSV file</source>
        <translation>从 CSV 文件导入记录</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the list, as filtered, to CSV or Excel</source>
        <translation>将当前筛选的列表导出为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Edit a Copy of This Template…</source>
        <translation>编辑此模板的副本…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Your copy is %1. Edit it with any text editor; Backroom uses it from the next print.</source>
        <translation>您的副本是 %1。可用任何文本编辑器编辑；下次打印时即会使用。</translation>
    </message>
    <message>
        <source>Reset to the Shipped Template</source>
        <translation>恢复为自带模板</translation>
    </message>
    <message>
        <source>The shipped template is in use again. Your copy was kept as %1.</source>
        <translation>已重新使用自带模板。您的副本已保留为 %1。</translation>
    </message>
    <message>
        <source>Save the record first; then it can be printed.</source>
        <translation>请先保存记录，然后才能打印。</translation>
    </message>
    <message>
        <source>Select the records to print.</source>
        <translation>请选择要打印的记录。</translation>
    </message>
    <message>
        <source>The record has unsaved changes; the print shows it as last saved. Print anyway?</source>
        <translation>记录有未保存的修改；打印的是上次保存的内容。仍要打印吗？</translation>
    </message>
    <message>
        <source>Show Sensitive Values</source>
        <translation>显示敏感数据</translation>
    </message>
    <message>
        <source>Show ID numbers, bank accounts and salaries in clear; recorded in the audit log</source>
        <translation>以明文显示身份证号、银行账号和工资；此操作会记入审计日志</translation>
    </message>
    <message>
        <source>Sensitive Values</source>
        <translation>敏感数据</translation>
    </message>
    <message>
        <source>Print Sensitive Values in Clear</source>
        <translation>打印敏感数据明文</translation>
    </message>
</context>
<context>
    <name>Backroom::ExportDialog</name>
    <message>
        <source>CSV — opens in any spreadsheet or program</source>
        <translation>CSV — 任何电子表格或程序都能打开</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx) — numbers and dates ready to sum and filter</source>
        <translation>Excel 工作簿 (.xlsx) — 数字和日期可直接求和、筛选</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>The 1 record that matches the filter</source>
        <translation>符合筛选条件的 1 条记录</translation>
    </message>
    <message>
        <source>All %1 records that match the filter</source>
        <translation>符合筛选条件的全部 %1 条记录</translation>
    </message>
    <message>
        <source>The 1 record in the list</source>
        <translation>列表中的 1 条记录</translation>
    </message>
    <message>
        <source>All %1 records in the list</source>
        <translation>列表中的全部 %1 条记录</translation>
    </message>
    <message>
        <source>Only the selected records (none are selected)</source>
        <translation>仅选中的记录（当前未选中任何记录）</translation>
    </message>
    <message>
        <source>Only the selected record</source>
        <translation>仅选中的记录</translation>
    </message>
    <message>
        <source>Only the %1 selected records</source>
        <translation>仅选中的 %1 条记录</translation>
    </message>
    <message>
        <source>%1 columns: %2</source>
        <translation>%1 列：%2</translation>
    </message>
    <message>
        <source>The list&apos;s visible columns, in their order:</source>
        <translation>列表中显示的列，按其顺序：</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel and WPS show Chinese correctly)</source>
        <translation>UTF-8 带 BOM（Excel 和 WPS 能正确显示中文）</translation>
    </message>
    <message>
        <source>UTF-8 without BOM (other programs)</source>
        <translation>UTF-8 不带 BOM（其他程序）</translation>
    </message>
    <message>
        <source>GB18030 (older Chinese software)</source>
        <translation>GB18030（较旧的中文软件）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Sensitive values (bank and ID numbers, salaries) are exported masked.</source>
        <translation>敏感信息（银行账号、证件号码、工资）导出时会被遮蔽。</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>There is no list “%1” to export.</source>
        <translation>没有可导出的列表“%1”。</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>No file was written, and an existing file of that name is unchanged.</source>
        <translation>没有写入任何文件，同名的现有文件保持不变。</translation>
    </message>
    <message>
        <source>Include sensitive values in clear (recorded in the audit log)</source>
        <translation>包含敏感数据明文（会记入审计日志）</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so the file was not kept: %1</source>
        <translation>无法将此次导出记入审计日志，因此未保留该文件：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::FieldCodec</name>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1过长（%2 个字符，最多 %3 个）。</translation>
    </message>
    <message>
        <source>%1 is not an amount in whole minor units (fen or cents).</source>
        <translation>%1不是以最小货币单位（分）表示的整数金额。</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1不是整数。</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1超出范围（%2 至 %3）。</translation>
    </message>
    <message>
        <source>%1 does not refer to a record.</source>
        <translation>%1未指向任何记录。</translation>
    </message>
    <message>
        <source>%1 is not yes or no.</source>
        <translation>%1不是“是”或“否”。</translation>
    </message>
    <message>
        <source>%1 is not a valid date (expected YYYY-MM-DD).</source>
        <translation>%1不是有效日期（格式应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation>%1不是有效的日期时间。</translation>
    </message>
    <message>
        <source>%1 is not one of the choices.</source>
        <translation>%1不是可选值之一。</translation>
    </message>
</context>
<context>
    <name>Backroom::FieldEditor</name>
    <message>
        <source>Show the hidden value</source>
        <translation>显示隐藏的内容</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::AccountChart</name>
    <message>
        <source>There is no chart of accounts template “%1”; choose one of %2.</source>
        <translation>没有名为“%1”的科目表模板；请从 %2 中选择。</translation>
    </message>
    <message>
        <source>The chart of accounts template “%1” is missing from this installation.</source>
        <translation>本安装中缺少科目表模板“%1”。</translation>
    </message>
    <message>
        <source>The chart of accounts template is not valid JSON: %1</source>
        <translation>科目表模板不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The template&apos;s account code “%1” is not four digits plus two for each level.</source>
        <translation>模板中的科目代码“%1”不符合“一级四位、每下一级加两位”的规则。</translation>
    </message>
    <message>
        <source>The template lists the account %1 twice.</source>
        <translation>模板中科目 %1 重复出现。</translation>
    </message>
    <message>
        <source>The template&apos;s account %1 has an unknown category “%2”.</source>
        <translation>模板中科目 %1 的类别“%2”无法识别。</translation>
    </message>
    <message>
        <source>The template&apos;s account %1 has an unknown balance side “%2”.</source>
        <translation>模板中科目 %1 的余额方向“%2”无法识别。</translation>
    </message>
    <message>
        <source>The template&apos;s account %1 has no name.</source>
        <translation>模板中科目 %1 没有名称。</translation>
    </message>
    <message>
        <source>The template&apos;s account %1 comes before its parent %2, or the parent is missing.</source>
        <translation>模板中科目 %1 排在其上级科目 %2 之前，或缺少上级科目。</translation>
    </message>
    <message>
        <source>The chart of accounts template has no accounts.</source>
        <translation>科目表模板中没有科目。</translation>
    </message>
    <message>
        <source>The template&apos;s profit account “%1” is not among its accounts.</source>
        <translation>模板指定的本年利润科目“%1”不在其科目中。</translation>
    </message>
    <message>
        <source>This company already has a chart of accounts; a template only starts an empty one.</source>
        <translation>本账套已有会计科目；模板只能用于空白的科目表。</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>科目 %1：%2</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>会计科目表</translation>
    </message>
    <message>
        <source>The accounts the books start with. Accounts can be added later, but a chart cannot be swapped once vouchers exist.</source>
        <translation>账套启用时的会计科目。之后可以增加科目，但有了凭证后不能更换科目表。</translation>
    </message>
    <message>
        <source>小企业会计准则 (China, 2011)</source>
        <translation>小企业会计准则（2011）</translation>
    </message>
    <message>
        <source>Generic small business</source>
        <translation>通用小型企业</translation>
    </message>
    <message>
        <source>The template&apos;s retained earnings account “%1” is not among its accounts.</source>
        <translation>模板指定的未分配利润科目“%1”不在其科目中。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::AccountEdit</name>
    <message>
        <source>Code or name</source>
        <translation>代码或名称</translation>
    </message>
    <message>
        <source>%1 has sub-accounts; choose one of them.</source>
        <translation>%1 有下级科目，请选择其中之一。</translation>
    </message>
    <message>
        <source>No account in use matches “%1”.</source>
        <translation>没有与“%1”匹配的在用科目。</translation>
    </message>
    <message>
        <source>Several accounts match “%1”; pick one from the list.</source>
        <translation>有多个科目与“%1”匹配，请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::AccountImport</name>
    <message>
        <source>The file needs the columns code, name and category; these are missing: %1.</source>
        <translation>文件需要 code、name、category 列；缺少：%1。</translation>
    </message>
    <message>
        <source>The file has no accounts.</source>
        <translation>文件中没有科目。</translation>
    </message>
    <message>
        <source>The company file cannot be written now: %1</source>
        <translation>现在无法写入账套文件：%1</translation>
    </message>
    <message>
        <source>%1 is a first-level account and has no parent.</source>
        <translation>%1 是一级科目，没有上级科目。</translation>
    </message>
    <message>
        <source>The parent of %1 is %2 (its code without the last two digits), not %3.</source>
        <translation>%1 的上级科目是 %2（去掉末两位的编码），而不是 %3。</translation>
    </message>
    <message>
        <source>%1 belongs under %2, which is neither in the chart nor in the file.</source>
        <translation>%1 应属于 %2，但科目表和文件中都没有 %2。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何记录：%1</translation>
    </message>
    <message>
        <source>The currency %1 is no longer in use.</source>
        <translation>币种 %1 已停用。</translation>
    </message>
    <message>
        <source>The company keeps no currency “%1”; add it under Currencies first, or leave the column empty for an account in the company&apos;s own currency.</source>
        <translation>本账套没有币种“%1”；请先在“币种”中添加，本位币科目请留空此列。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::AccountLedger</name>
    <message>
        <source>Dr</source>
        <translation>借</translation>
    </message>
    <message>
        <source>Cr</source>
        <translation>贷</translation>
    </message>
    <message>
        <source>Nil</source>
        <translation>平</translation>
    </message>
    <message>
        <source>There is no account #%1.</source>
        <translation>没有编号为 #%1 的科目。</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Total for the day</source>
        <translation>本日合计</translation>
    </message>
    <message>
        <source>Total for the month</source>
        <translation>本月合计</translation>
    </message>
    <message>
        <source>Total for the year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <source>Total for the period</source>
        <translation>本期合计</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::AllocationModel</name>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未核销</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>本次核销</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::ArApAccounts</name>
    <message>
        <source>The chart of accounts has no receivables and payables accounts this program knows (1122 and 2202, or 1101 and 2001).</source>
        <translation>会计科目表中没有本程序可识别的应收应付科目（1122 和 2202，或 1101 和 2001）。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BankEntities</name>
    <message>
        <source>Bank statement</source>
        <translation>银行对账单</translation>
    </message>
    <message>
        <source>Bank statements</source>
        <translation>银行对账单</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>The account and the days the statement covers.</source>
        <translation>对账单所属科目及起止日期。</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>The account of the chart the statement is for (1002 银行存款 or one below it).</source>
        <translation>对账单对应的会计科目（1002 银行存款或其下级科目）。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>The statement date: the books are reconciled with the bank on this day.</source>
        <translation>对账日期：账面与银行在这一天进行核对。</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>The balance the bank shows at the end of the statement.</source>
        <translation>对账单期末银行余额。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Bank statement line</source>
        <translation>对账单明细</translation>
    </message>
    <message>
        <source>Bank statement lines</source>
        <translation>对账单明细</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方户名</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>对方账号</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>收入金额</translation>
    </message>
    <message>
        <source>Received into the account (the bank&apos;s credit, 贷方/收入).</source>
        <translation>存入本账户的金额（银行的贷方/收入）。</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>支出金额</translation>
    </message>
    <message>
        <source>Paid out of the account (the bank&apos;s debit, 借方/支出).</source>
        <translation>从本账户付出的金额（银行的借方/支出）。</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>识别码</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>勾对</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>未勾对</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已勾对</translation>
    </message>
    <message>
        <source>Bank match</source>
        <translation>银行勾对</translation>
    </message>
    <message>
        <source>Bank matches</source>
        <translation>银行勾对记录</translation>
    </message>
    <message>
        <source>Statement line</source>
        <translation>对账单明细</translation>
    </message>
    <message>
        <source>Voucher line</source>
        <translation>凭证分录</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>勾对方式</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动对账</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手工对账</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BankMatcher</name>
    <message>
        <source>This bank statement no longer exists.</source>
        <translation>该银行对账单已不存在。</translation>
    </message>
    <message>
        <source>The matches could not be saved: %1</source>
        <translation>勾对结果无法保存：%1</translation>
    </message>
    <message>
        <source>The company file cannot be written now: %1</source>
        <translation>现在无法写入账套：%1</translation>
    </message>
    <message>
        <source>The statement line no longer exists.</source>
        <translation>该对账单明细已不存在。</translation>
    </message>
    <message>
        <source>Choose at least one statement line and one line of the books to match.</source>
        <translation>请至少选择一条对账单明细和一条账面记录进行勾对。</translation>
    </message>
    <message>
        <source>The match could not be saved: %1</source>
        <translation>勾对无法保存：%1</translation>
    </message>
    <message>
        <source>Statement line %1 is matched already; unmatch it first.</source>
        <translation>对账单第 %1 行已勾对，请先取消勾对。</translation>
    </message>
    <message>
        <source>The statement lines are of different bank accounts.</source>
        <translation>所选对账单明细属于不同的银行账户。</translation>
    </message>
    <message>
        <source>The voucher line no longer exists.</source>
        <translation>该凭证分录已不存在。</translation>
    </message>
    <message>
        <source>Voucher %1 does not post to the statement&apos;s bank account.</source>
        <translation>凭证 %1 未记入该对账单的银行科目。</translation>
    </message>
    <message>
        <source>A line of voucher %1 is matched already; unmatch it first.</source>
        <translation>凭证 %1 的分录已勾对，请先取消勾对。</translation>
    </message>
    <message>
        <source>The statement lines come to %1 and the lines of the books to %2; matched lines must come to the same amount.</source>
        <translation>对账单明细合计 %1，账面记录合计 %2；勾对的双方金额必须相等。</translation>
    </message>
    <message>
        <source>The match could not be undone: %1</source>
        <translation>无法取消勾对：%1</translation>
    </message>
    <message>
        <source>None of the chosen statement lines is matched.</source>
        <translation>所选对账单明细均未勾对。</translation>
    </message>
    <message>
        <source>Voucher %1 cannot be matched.</source>
        <translation>凭证 %1 不能对账。</translation>
    </message>
    <message>
        <source>The voucher is matched with line %1 of the bank statement %2; undo the match under Bank Reconciliation before deleting it.</source>
        <translation>该凭证已与银行对账单 %2 第 %1 行勾对；请先在“银行对账”中取消对账，再删除。</translation>
    </message>
    <message>
        <source>Line %1 is matched with the bank statement: its account and amount stay as they are; undo the match under Bank Reconciliation to change or remove it.</source>
        <translation>第 %1 行已与银行对账单勾对，科目和金额不能修改；如需修改或删除，请先在“银行对账”中取消对账。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BankReconciliation</name>
    <message>
        <source>There is no such bank statement.</source>
        <translation>没有该银行对账单。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BankReconciliationPage</name>
    <message>
        <source>Show matched lines</source>
        <translation>显示已勾对记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方户名</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>收入金额</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>支出金额</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>勾对</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Import Statement…</source>
        <translation>引入对账单…</translation>
    </message>
    <message>
        <source>Read a statement the bank exported as CSV</source>
        <translation>读取网上银行导出的 CSV 对账单</translation>
    </message>
    <message>
        <source>Match Automatically</source>
        <translation>自动对账</translation>
    </message>
    <message>
        <source>Match every line with the book line of the same amount and side, within five days</source>
        <translation>将每条明细与方向、金额相同且日期相差五天以内的账面记录勾对</translation>
    </message>
    <message>
        <source>Match the selected statement lines with the selected book lines</source>
        <translation>将所选对账单明细与所选账面记录勾对</translation>
    </message>
    <message>
        <source>Unmatch</source>
        <translation>取消勾对</translation>
    </message>
    <message>
        <source>Undo the matches of the selected statement lines</source>
        <translation>取消所选对账单明细的勾对</translation>
    </message>
    <message>
        <source>Reconciliation Statement</source>
        <translation>余额调节表</translation>
    </message>
    <message>
        <source>The bank reconciliation statement of this statement</source>
        <translation>本对账单的银行存款余额调节表</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>银行账户(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>对账单(&amp;S)：</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>银行对账单</translation>
    </message>
    <message>
        <source>(no statement imported yet)</source>
        <translation>（尚未引入对账单）</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 to %2 · opening balance %3 · closing balance %4 · %5 lines, %6 not matched</source>
        <translation>%1 至 %2 · 期初余额 %3 · 期末余额 %4 · 共 %5 条，%6 条未勾对</translation>
    </message>
    <message>
        <source>Import the bank&apos;s statement (Ctrl+I) to reconcile this account.</source>
        <translation>请引入银行对账单（Ctrl+I）后对该账户进行对账。</translation>
    </message>
    <message>
        <source>Selected statement lines: %1, total %2 · book lines: %3, total %4 · difference %5</source>
        <translation>已选对账单明细：%1 条，合计 %2 · 账面记录：%3 条，合计 %4 · 差额 %5</translation>
    </message>
    <message>
        <source>Lines matched: %1. Lines with more than one equally good book line, to match by hand: %2.</source>
        <translation>已勾对：%1 条。有多条同等匹配的账面记录、需手工勾对：%2 条。</translation>
    </message>
    <message>
        <source>Lines matched: %1.</source>
        <translation>已勾对：%1 条。</translation>
    </message>
    <message>
        <source>Matched as #%1.</source>
        <translation>已勾对，编号 #%1。</translation>
    </message>
    <message>
        <source>The match was undone.</source>
        <translation>已取消勾对。</translation>
    </message>
    <message>
        <source>Bank reconciliation</source>
        <translation>银行对账</translation>
    </message>
    <message>
        <source>%1 unposted</source>
        <translation>%1 未记账</translation>
    </message>
    <message>
        <source>%1, not posted yet</source>
        <translation>%1，尚未记账</translation>
    </message>
    <message>
        <source>Books: the account&apos;s vouchers, posted or not</source>
        <translation>账面：本科目凭证（含未记账）</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BankReports</name>
    <message>
        <source>There is no bank statement to reconcile with: import one first.</source>
        <translation>没有可核对的银行对账单，请先引入。</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Balance per books</source>
        <translation>企业银行存款日记账余额</translation>
    </message>
    <message>
        <source>Add: received by the bank, not yet in the books</source>
        <translation>加：银行已收、企业未收</translation>
    </message>
    <message>
        <source>Less: paid by the bank, not yet in the books</source>
        <translation>减：银行已付、企业未付</translation>
    </message>
    <message>
        <source>Adjusted balance per books</source>
        <translation>调节后的存款余额（企业）</translation>
    </message>
    <message>
        <source>Balance per bank statement</source>
        <translation>银行对账单余额</translation>
    </message>
    <message>
        <source>Add: received in the books, not yet by the bank</source>
        <translation>加：企业已收、银行未收</translation>
    </message>
    <message>
        <source>Less: paid in the books, not yet by the bank</source>
        <translation>减：企业已付、银行未付</translation>
    </message>
    <message>
        <source>Adjusted balance per bank</source>
        <translation>调节后的存款余额（银行）</translation>
    </message>
    <message>
        <source>Difference: none, the balances agree</source>
        <translation>差额：无，余额相符</translation>
    </message>
    <message>
        <source>Difference: the balances do not agree</source>
        <translation>差额：余额不符</translation>
    </message>
    <message>
        <source>Bank reconciliation statement</source>
        <translation>银行存款余额调节表</translation>
    </message>
    <message>
        <source>The books&apos; and the bank&apos;s balance of a bank account on a statement&apos;s date, the items one has and the other not yet, and the two adjusted balances, which agree (银行存款余额调节表).</source>
        <translation>对账日企业账面与银行对账单的银行存款余额、双方的未达账项，以及应当相符的两个调节后余额（银行存款余额调节表）。</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>银行对账单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BankStatementCommand</name>
    <message>
        <source>Name the bank account the statement is for: --account CODE (e.g. --account 100201).</source>
        <translation>请指明对账单所属的银行存款科目：--account 科目编码（例如 --account 100201）。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>没有科目 %1。</translation>
    </message>
    <message>
        <source>%1 is not a bank account (银行存款 1002 and its sub-accounts, or an account with statements).</source>
        <translation>%1 不是银行存款科目（应为银行存款 1002 及其明细科目，或已有对账单的科目）。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not an amount (e.g. 12345.67).</source>
        <translation>--%1：“%2”不是金额（例如 12345.67）。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n statement line(s) for %1 as “%2” (opening balance %3, closing balance %4).</source>
        <translation>
            <numerusform>已为 %1 导入 %n 条对账单明细，对账单为“%2”（期初余额 %3，期末余额 %4）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) imported before were left out.</source>
        <translation>
            <numerusform>%n 条以前已导入的明细未再导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The statement was imported, but matching it failed: %1</source>
        <translation>对账单已导入，但自动勾对失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Matched %n line(s) with the books automatically.</source>
        <translation>
            <numerusform>已自动与账面勾对 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have more than one equally good candidate and are left for matching by hand.</source>
        <translation>
            <numerusform>%n 条有多个同样合适的账面记录，留待手工勾对。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BankStatementImport</name>
    <message>
        <source>Choose the bank account the statement is for.</source>
        <translation>请选择对账单所属的银行账户。</translation>
    </message>
    <message>
        <source>%1 has sub-accounts; choose the one for this bank account.</source>
        <translation>%1 有下级科目，请选择该银行账户对应的明细科目。</translation>
    </message>
    <message>
        <source>The statements cannot be read: %1</source>
        <translation>无法读取对账单：%1</translation>
    </message>
    <message>
        <source>Line %1 (%2, %3%4) was imported before and is left out.</source>
        <translation>第 %1 行（%2，%3%4）此前已引入，本次跳过。</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>收入 %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>支出 %1</translation>
    </message>
    <message>
        <source>Every line of this file was imported before (%1 lines); nothing was imported.</source>
        <translation>该文件的所有明细（%1 条）此前均已引入，本次未引入任何内容。</translation>
    </message>
    <message>
        <source>The closing balance entered (%1) is not the file&apos;s last balance (%2).</source>
        <translation>录入的期末余额（%1）与文件最后的余额（%2）不符。</translation>
    </message>
    <message>
        <source>The file has no balance column: enter the bank&apos;s opening or closing balance.</source>
        <translation>文件中没有余额列，请录入银行的期初或期末余额。</translation>
    </message>
    <message>
        <source>The opening balance %1 and the lines (in %2, out %3) do not come to the closing balance %4; the opening balance would be %5.</source>
        <translation>期初余额 %1 加上明细（收入 %2，支出 %3）不等于期末余额 %4；期初余额应为 %5。</translation>
    </message>
    <message>
        <source>The company file cannot be written now: %1</source>
        <translation>现在无法写入账套：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未引入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BankStatementImportDialog</name>
    <message>
        <source>Import</source>
        <translation>引入</translation>
    </message>
    <message>
        <source>Import Bank Statement</source>
        <translation>引入银行对账单</translation>
    </message>
    <message>
        <source>Choose the CSV file the bank&apos;s online banking exported</source>
        <translation>请选择网上银行导出的 CSV 文件</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Only when the file has no balance column</source>
        <translation>仅在文件没有余额列时填写</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>银行账户：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Closing balance:</source>
        <translation>期末余额：</translation>
    </message>
    <message>
        <source>Column in file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>引入为</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>检测到：%1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Choose the file to see its lines here.</source>
        <translation>选择文件后在此查看明细。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>1 problem: nothing will be imported until it is corrected.</source>
        <translation>1 个问题：改正之前不会引入任何内容。</translation>
    </message>
    <message>
        <source>%1 problems: nothing will be imported until they are corrected.</source>
        <translation>%1 个问题：改正之前不会引入任何内容。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方户名</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>收入金额</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>支出金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>%1 lines from %2 to %3: in %4, out %5.</source>
        <translation>%1 条明细，%2 至 %3：收入 %4，支出 %5。</translation>
    </message>
    <message>
        <source>Closing balance by the file: %1.</source>
        <translation>文件所示期末余额：%1。</translation>
    </message>
    <message>
        <source>The file lists the newest line first; the lines are stored oldest first.</source>
        <translation>文件按日期倒序排列，明细将按日期顺序保存。</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>请先选择要引入的文件。</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>%1 statement lines were imported.</source>
        <translation>已引入 %1 条对账单明细。</translation>
    </message>
    <message>
        <source>%1 lines were imported before and were left out.</source>
        <translation>%1 条明细此前已引入，已跳过。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BankStatementParser</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方户名</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>对方账号</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>收入金额</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>支出金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>No column is mapped to the date (交易日期): map one before importing.</source>
        <translation>没有列对应到日期（交易日期），请先对应再引入。</translation>
    </message>
    <message>
        <source>No column is mapped to an amount (收入金额 or 支出金额): map one before importing.</source>
        <translation>没有列对应到金额（收入金额或支出金额），请先对应再引入。</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2026-11-03, 2026/11/3 or 20261103).</source>
        <translation>“%1”不是日期（请写作 2026-11-03、2026/11/3 或 20261103）。</translation>
    </message>
    <message>
        <source>“%1” is not an amount with at most two decimals.</source>
        <translation>“%1”不是最多两位小数的金额。</translation>
    </message>
    <message>
        <source>The line has money in (%1) and money out (%2); a statement line has one or the other.</source>
        <translation>该行同时有收入（%1）和支出（%2）；对账单每行只能有其一。</translation>
    </message>
    <message>
        <source>The line has no amount.</source>
        <translation>该行没有金额。</translation>
    </message>
    <message>
        <source>The file has no statement lines below its heading.</source>
        <translation>文件标题行下没有对账单明细。</translation>
    </message>
    <message>
        <source>The bank reference %1 is on line %2 already.</source>
        <translation>银行流水号 %1 已出现在第 %2 行。</translation>
    </message>
    <message>
        <source>The balance %1 does not follow from the balance on line %2: it should be %3. A line is missing or an amount is wrong.</source>
        <translation>余额 %1 与第 %2 行的余额接不上：应为 %3。可能缺少一行或金额有误。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BudgetBook</name>
    <message>
        <source>Give the budget a name.</source>
        <translation>请填写预算名称。</translation>
    </message>
    <message>
        <source>Enter the budget&apos;s year.</source>
        <translation>请填写预算年度。</translation>
    </message>
    <message>
        <source>Line %1: choose an account.</source>
        <translation>第 %1 行：请选择科目。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not an income, expense or cost account; budgets plan those.</source>
        <translation>第 %1 行：%2 不是收入、费用或成本类科目，预算只针对这些科目。</translation>
    </message>
    <message>
        <source>Line %1: %2 has sub-accounts; budget the sub-accounts (the report adds them up).</source>
        <translation>第 %1 行：%2 有下级科目，请按明细科目编制预算（报表会自动汇总）。</translation>
    </message>
    <message>
        <source>Line %1: %2 is already on line %3.</source>
        <translation>第 %1 行：%2 已在第 %3 行。</translation>
    </message>
    <message numerus="yes">
        <source>The budget has %n problem(s): %1</source>
        <translation>
            <numerusform>预算有 %n 处问题：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>This budget no longer exists.</source>
        <translation>该预算已不存在。</translation>
    </message>
    <message>
        <source>An approved budget cannot be changed; take it back to draft first.</source>
        <translation>已审批的预算不能修改，请先退回草稿。</translation>
    </message>
    <message>
        <source>The budget could not be saved: %1</source>
        <translation>预算无法保存：%1</translation>
    </message>
    <message>
        <source>An approved budget cannot be deleted; take it back to draft first.</source>
        <translation>已审批的预算不能删除，请先退回草稿。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BudgetEntities</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Back to Draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算管理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Empty for the whole company; a department&apos;s budget is compared with the postings that name the department.</source>
        <translation>留空表示全公司；部门预算与注明该部门的分录对比。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>预算明细</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>预算明细</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BudgetGridModel</name>
    <message>
        <source>No account in use matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的在用科目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Full year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Under the heading: the budgeted profit, income less costs and expenses.</source>
        <translation>标题下方为预算利润：收入减成本费用。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BudgetPage</name>
    <message>
        <source>Budgets</source>
        <translation>预算管理</translation>
    </message>
    <message>
        <source>A year&apos;s budget per income, expense and cost account, month by month. Type an account&apos;s code or name, then the months; a figure typed under Full year is spread evenly over the months. Enter moves on, Ctrl+Delete removes a line, Ctrl+S saves.</source>
        <translation>按收入、费用和成本科目逐月编制全年预算。输入科目代码或名称，再输入各月金额；在“全年”列输入的金额会平均分摊到各月。回车移到下一格，Ctrl+Delete 删除行，Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;New Budget</source>
        <translation>新建预算(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>&amp;Fill Evenly</source>
        <translation>平均分摊(&amp;F)</translation>
    </message>
    <message>
        <source>Spread the current line&apos;s year total evenly over the twelve months.</source>
        <translation>将当前行的全年合计平均分摊到十二个月。</translation>
    </message>
    <message>
        <source>&amp;Copy Last Year&apos;s Actuals</source>
        <translation>复制上年实际数(&amp;C)</translation>
    </message>
    <message>
        <source>Start from the posted income, expenses and costs of the year before, month by month.</source>
        <translation>以上一年度已记账的收入、费用和成本逐月实际数作为起点。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审批(&amp;A)</translation>
    </message>
    <message>
        <source>Copy Last Year&apos;s Actuals</source>
        <translation>复制上年实际数</translation>
    </message>
    <message>
        <source>Replace the lines entered with the actuals of %1?</source>
        <translation>用 %1 年的实际数替换已录入的明细吗？</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>%1年度预算</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Back to &amp;Draft</source>
        <translation>退回草稿(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个科目</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget is saved.</source>
        <translation>预算已保存。</translation>
    </message>
    <message>
        <source>Put the cursor on the line to spread.</source>
        <translation>请将光标放在要分摊的行上。</translation>
    </message>
    <message>
        <source>Nothing was posted in %1 to copy.</source>
        <translation>%1 年没有可复制的已记账数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) copied from the actuals of %1; adjust them and save.</source>
        <translation>
            <numerusform>已从 %1 年实际数复制 %n 个科目，请调整后保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget is a draft again.</source>
        <translation>预算已退回草稿。</translation>
    </message>
    <message>
        <source>The budget is approved.</source>
        <translation>预算已审批。</translation>
    </message>
    <message>
        <source>Full year: income %1  ·  costs and expenses %2  ·  profit %3</source>
        <translation>全年：收入 %1  ·  成本费用 %2  ·  利润 %3</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::BudgetVsActual</name>
    <message>
        <source>Budget: %1</source>
        <translation>预算：%1</translation>
    </message>
    <message>
        <source>Budget: %1 (%2)</source>
        <translation>预算：%1（%2）</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>收入合计</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>费用合计</translation>
    </message>
    <message>
        <source>Total production costs</source>
        <translation>成本合计</translation>
    </message>
    <message>
        <source>Profit (income less expenses)</source>
        <translation>利润（收入减费用）</translation>
    </message>
    <message>
        <source>Choose the first and the last period.</source>
        <translation>请选择起止期间。</translation>
    </message>
    <message>
        <source>The last period comes before the first.</source>
        <translation>结束期间早于开始期间。</translation>
    </message>
    <message>
        <source>There is no budget for %1; enter one under Budgets.</source>
        <translation>%1 年没有预算，请在“预算管理”中录入。</translation>
    </message>
    <message>
        <source>The budget chosen no longer exists.</source>
        <translation>所选预算已不存在。</translation>
    </message>
    <message>
        <source>A budget covers one year: choose periods within %1.</source>
        <translation>预算以年度为单位：请选择 %1 年内的期间。</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <translation>预算执行情况表</translation>
    </message>
    <message>
        <source>A budget&apos;s amounts for the months chosen against the posted actuals, per account with the sub-accounts added up, the variance (actual less budget) and the variance as a share of the budget (预算执行情况表). Without a budget named, the year&apos;s company budget is used.</source>
        <translation>所选月份的预算数与已记账实际数对比，按科目列示并汇总下级科目，显示差异（实际减预算）及差异率（预算执行情况表）。未指定预算时使用当年的全公司预算。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>From period</source>
        <translation>起始期间</translation>
    </message>
    <message>
        <source>To period</source>
        <translation>结束期间</translation>
    </message>
    <message>
        <source>Account levels</source>
        <translation>科目级次</translation>
    </message>
    <message>
        <source>First level only</source>
        <translation>仅一级科目</translation>
    </message>
    <message>
        <source>Down to the second level</source>
        <translation>到二级科目</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级次</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>科目代码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际数</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>差异率（%）</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::FinanceChecks</name>
    <message>
        <source>The vouchers cannot be read: %1</source>
        <translation>无法读取凭证：%1</translation>
    </message>
    <message>
        <source>Posted voucher %1 (#%2) has no lines.</source>
        <translation>已记账凭证 %1（#%2）没有分录。</translation>
    </message>
    <message>
        <source>Posted voucher %1 (#%2) does not balance: debits exceed credits by %3.</source>
        <translation>已记账凭证 %1（#%2）借贷不平：借方比贷方多 %3。</translation>
    </message>
    <message>
        <source>The posted books do not balance: debits %1, credits %2.</source>
        <translation>已记账的账簿借贷不平：借方 %1，贷方 %2。</translation>
    </message>
    <message>
        <source>Voucher number %1 is missing (renumber the month&apos;s vouchers to close the gap).</source>
        <translation>缺少凭证号 %1（请整理本月凭证以消除断号）。</translation>
    </message>
    <message>
        <source>Voucher numbers %1 to %2 are missing (renumber the month&apos;s vouchers to close the gap).</source>
        <translation>缺少凭证号 %1 至 %2（请整理本月凭证以消除断号）。</translation>
    </message>
    <message>
        <source>The database guard “%1”, which keeps posted vouchers final, is missing.</source>
        <translation>缺少保护已记账凭证不被修改的数据库约束“%1”。</translation>
    </message>
    <message>
        <source>Posted vouchers balance</source>
        <translation>已记账凭证借贷平衡</translation>
    </message>
    <message>
        <source>The books balance</source>
        <translation>账簿借贷平衡</translation>
    </message>
    <message>
        <source>Voucher numbers have no gaps</source>
        <translation>凭证号无断号</translation>
    </message>
    <message>
        <source>Posted vouchers are protected</source>
        <translation>已记账凭证受保护</translation>
    </message>
    <message>
        <source>%1 has vouchers and is open, but the later month %2 is closed.</source>
        <translation>%1 有凭证且未结账，但其后的 %2 已结账。</translation>
    </message>
    <message>
        <source>Income and expense accounts up to the closed month %1 are not at zero (%2): profit and loss was not carried forward.</source>
        <translation>截至已结账的 %1，损益类科目余额不为零（%2）：损益未结转。</translation>
    </message>
    <message>
        <source>Closed months are closed in order and carried forward</source>
        <translation>已结账月份按顺序结账且已结转损益</translation>
    </message>
    <message>
        <source>Receivables and payables equal their control accounts</source>
        <translation>应收应付与总账科目一致</translation>
    </message>
    <message>
        <source>The balance of account %1 in %2 (%3%4) reads debit %5, credit %6 from %7 lines; the posted vouchers add up to debit %8, credit %9 from %10 lines.</source>
        <translation>科目 %1 在 %2（%3%4）的余额记录为借方 %5、贷方 %6，共 %7 行；已记账凭证合计为借方 %8、贷方 %9，共 %10 行。</translation>
    </message>
    <message>
        <source>, partner #%1</source>
        <translation>，往来单位 #%1</translation>
    </message>
    <message>
        <source>… and more.</source>
        <translation>……等等。</translation>
    </message>
    <message>
        <source>Account balances agree with the posted vouchers</source>
        <translation>科目余额与已记账凭证一致</translation>
    </message>
    <message>
        <source>The profit account %1 is not at zero at the end of the closed year %2 (%3): the year&apos;s profit was not carried to retained earnings.</source>
        <translation>结账年度 %2 年末本年利润科目 %1 余额不为零（%3）：本年利润未结转至未分配利润。</translation>
    </message>
    <message>
        <source>Voucher %1-%2 of %3, line %4</source>
        <translation>凭证 %1-%2（%3）第 %4 行</translation>
    </message>
    <message>
        <source>%1: it has an original amount but no currency.</source>
        <translation>%1：有原币金额但没有币种。</translation>
    </message>
    <message>
        <source>%1: the line is in %2, but its account %3 is kept in %4.</source>
        <translation>%1：该行币种为 %2，但其科目 %3 核算币种为 %4。</translation>
    </message>
    <message>
        <source>%1: the line is in %2, but its account %3 is kept in the company&apos;s own currency.</source>
        <translation>%1：该行币种为 %2，但其科目 %3 只核算本位币。</translation>
    </message>
    <message>
        <source>%1: %2 has no exchange rate.</source>
        <translation>%1：%2 没有汇率。</translation>
    </message>
    <message>
        <source>%1: %2 at %3 is %4, but the line&apos;s local amount is %5.</source>
        <translation>%1：%2 按汇率 %3 折合 %4，但该行本位币金额为 %5。</translation>
    </message>
    <message>
        <source>Foreign-currency lines agree with their rates and accounts</source>
        <translation>外币分录与汇率和科目币种一致</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::FinanceEntities</name>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Chart of accounts</source>
        <translation>会计科目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Digits only: four for a first-level account (1001), two more for each level below it (100201 belongs under 1002).</source>
        <translation>只能是数字：一级科目四位（1001），每下一级再加两位（100201 属于 1002）。</translation>
    </message>
    <message>
        <source>An account code has digits only.</source>
        <translation>科目代码只能包含数字。</translation>
    </message>
    <message>
        <source>An account code has four digits, then two more for each level below the first.</source>
        <translation>科目代码一级为四位，每下一级再加两位。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>负债</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>所有者权益</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Balance side</source>
        <translation>余额方向</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Department on every posting</source>
        <translation>核算部门</translation>
    </message>
    <message>
        <source>Partner on every posting</source>
        <translation>核算往来单位</translation>
    </message>
    <message>
        <source>Person on every posting</source>
        <translation>核算个人</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已记账</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Cancel Review</source>
        <translation>取消审核</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>记账</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Voucher word</source>
        <translation>凭证字</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Given when the voucher is saved: gap-free per voucher word and month.</source>
        <translation>保存凭证时自动生成：按凭证字和月份连续编号，不断号。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附单据数</translation>
    </message>
    <message>
        <source>How many source documents (receipts, invoices) are clipped to the voucher.</source>
        <translation>凭证所附原始单据（收据、发票等）的张数。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>冲销凭证</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>分录</translation>
    </message>
    <message>
        <source>Voucher line</source>
        <translation>凭证分录</translation>
    </message>
    <message>
        <source>Voucher lines</source>
        <translation>凭证分录</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>General (记)</source>
        <translation>记</translation>
    </message>
    <message>
        <source>Receipt (收)</source>
        <translation>收</translation>
    </message>
    <message>
        <source>Payment (付)</source>
        <translation>付</translation>
    </message>
    <message>
        <source>Transfer (转)</source>
        <translation>转</translation>
    </message>
    <message>
        <source>Period, word and number, as the voucher is known: 2026-11 记-0007.</source>
        <translation>期间、凭证字和凭证号，即凭证的称呼：2026-11 记-0007。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Profit and loss carried forward</source>
        <translation>结转损益</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Accounting period</source>
        <translation>会计期间</translation>
    </message>
    <message>
        <source>Accounting periods</source>
        <translation>会计期间</translation>
    </message>
    <message>
        <source>A period is a month written as 2026-11.</source>
        <translation>期间是月份，格式如 2026-11。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结账</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结账</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>结账人</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结账时间</translation>
    </message>
    <message>
        <source>Carry-forward voucher</source>
        <translation>结转凭证</translation>
    </message>
    <message>
        <source>Generated from a document</source>
        <translation>单据生成</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>来源记录</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>来源单据</translation>
    </message>
    <message>
        <source>Year&apos;s profit carried to retained earnings</source>
        <translation>结转本年利润</translation>
    </message>
    <message>
        <source>Foreign currency</source>
        <translation>外币核算币种</translation>
    </message>
    <message>
        <source>Keep this account in a foreign currency (外币核算): every posting to it carries the original amount and the exchange rate. Leave empty for the company&apos;s own currency.</source>
        <translation>按外币核算此科目：每笔发生额都记录原币金额和汇率。以本位币核算的科目留空。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>The ISO 4217 code: USD, EUR, JPY.</source>
        <translation>ISO 4217 币种代码：USD、EUR、JPY。</translation>
    </message>
    <message>
        <source>A currency code is three capital letters (ISO 4217), as USD.</source>
        <translation>币种代码为三个大写字母（ISO 4217），如 USD。</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <source>Digits after the point of its amounts: 2 for USD, 0 for JPY.</source>
        <translation>金额的小数位数：美元 2 位，日元 0 位。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Units of the company&apos;s currency for one unit of this one: 7.1234 yuan for one US dollar.</source>
        <translation>一单位外币折合本位币的数额：1 美元折合 7.1234 元。</translation>
    </message>
    <message>
        <source>An exchange rate is more than zero.</source>
        <translation>汇率必须大于零。</translation>
    </message>
    <message>
        <source>Exchange revaluation</source>
        <translation>期末调汇</translation>
    </message>
    <message>
        <source>This account already has postings in its currency, which it keeps. Open a new account for another currency.</source>
        <translation>该科目已有按其币种记录的分录，币种不能再更改。如需核算其他币种，请新建科目。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::FinanceOverview</name>
    <message>
        <source>&amp;Vouchers</source>
        <translation>凭证(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Chart of Accounts</source>
        <translation>会计科目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Opening Balances</source>
        <translation>期初余额(&amp;O)</translation>
    </message>
    <message>
        <source>Period C&amp;lose</source>
        <translation>期末结账(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::FinanceReports</name>
    <message>
        <source>The last period comes before the first.</source>
        <translation>结束期间早于开始期间。</translation>
    </message>
    <message>
        <source>Trial balance</source>
        <translation>科目余额表</translation>
    </message>
    <message>
        <source>Every account&apos;s opening balance, debits and credits in the periods and closing balance, sub-accounts included in their parents (科目余额表).</source>
        <translation>各科目的期初余额、本期借方、本期贷方和期末余额，下级科目汇总到上级科目。</translation>
    </message>
    <message>
        <source>From period</source>
        <translation>开始期间</translation>
    </message>
    <message>
        <source>To period</source>
        <translation>结束期间</translation>
    </message>
    <message>
        <source>Account levels</source>
        <translation>科目级次</translation>
    </message>
    <message>
        <source>First level only</source>
        <translation>仅一级科目</translation>
    </message>
    <message>
        <source>Down to the second level</source>
        <translation>到二级科目</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级次</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Posted only</source>
        <translation>仅已记账</translation>
    </message>
    <message>
        <source>Posted and not yet posted</source>
        <translation>含未记账凭证</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Opening debit</source>
        <translation>期初借方</translation>
    </message>
    <message>
        <source>Opening credit</source>
        <translation>期初贷方</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Closing debit</source>
        <translation>期末借方</translation>
    </message>
    <message>
        <source>Closing credit</source>
        <translation>期末贷方</translation>
    </message>
    <message>
        <source>%1 (original currency)</source>
        <translation>%1（原币）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Local currency only</source>
        <translation>仅本位币</translation>
    </message>
    <message>
        <source>Local and foreign currency</source>
        <translation>本位币和外币</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::FinancialStatement</name>
    <message>
        <source>“%1” is not a period (yyyy-MM).</source>
        <translation>“%1”不是会计期间（yyyy-MM）。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::ForeignCurrency</name>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Foreign amount</source>
        <translation>原币金额</translation>
    </message>
    <message>
        <source>The amount in the line&apos;s currency, in its smallest unit (cents).</source>
        <translation>以该行币种计的金额，按其最小单位（分）记。</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::InvoiceBook</name>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>请选择供应商。</translation>
    </message>
    <message>
        <source>Enter the invoice date.</source>
        <translation>请输入开票日期。</translation>
    </message>
    <message>
        <source>The due date comes before the invoice date.</source>
        <translation>到期日早于开票日期。</translation>
    </message>
    <message>
        <source>An invoice needs lines: a description, an amount and a tax rate.</source>
        <translation>发票需要明细行：品名、金额和税率。</translation>
    </message>
    <message>
        <source>Line %1: enter a description.</source>
        <translation>第 %1 行：请输入品名。</translation>
    </message>
    <message>
        <source>Line %1: enter an amount.</source>
        <translation>第 %1 行：请输入金额。</translation>
    </message>
    <message>
        <source>Line %1: choose a tax rate.</source>
        <translation>第 %1 行：请选择税率。</translation>
    </message>
    <message>
        <source>Line %1: choose an account.</source>
        <translation>第 %1 行：请选择科目。</translation>
    </message>
    <message>
        <source>Line %1: %2 has sub-accounts or is no longer in use; choose one to post to.</source>
        <translation>第 %1 行：%2 有下级科目或已停用，请选择可记账的科目。</translation>
    </message>
    <message>
        <source>The invoice&apos;s total must be more than zero.</source>
        <translation>发票价税合计必须大于零。</translation>
    </message>
    <message numerus="yes">
        <source>The invoice has %n problem(s): %1</source>
        <translation>
            <numerusform>发票有 %n 个问题：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>此发票已不存在。</translation>
    </message>
    <message>
        <source>Only a draft invoice can be changed.</source>
        <translation>只能修改草稿状态的发票。</translation>
    </message>
    <message>
        <source>The invoice could not be saved: %1</source>
        <translation>发票无法保存：%1</translation>
    </message>
    <message>
        <source>Customer invoice %1, %2</source>
        <translation>销售发票 %1，%2</translation>
    </message>
    <message>
        <source>Supplier bill %1, %2</source>
        <translation>采购发票 %1，%2</translation>
    </message>
    <message>
        <source>Receipts are allocated to this invoice; remove those allocations first.</source>
        <translation>已有收款核销此发票，请先取消核销。</translation>
    </message>
    <message>
        <source>Payments are allocated to this bill; remove those allocations first.</source>
        <translation>已有付款核销此采购发票，请先取消核销。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::InvoiceEdit</name>
    <message>
        <source>Back to List</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>保存草稿（Ctrl+S）</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>记账</translation>
    </message>
    <message>
        <source>Post the invoice: its voucher is made and posted (Ctrl+Enter)</source>
        <translation>发票记账：生成并记账凭证（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel Invoice</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <source>Cancel the posted invoice with a red reversing voucher</source>
        <translation>以红字凭证冲销并作废已记账的发票</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>See the invoice as it will be printed (Ctrl+P)</source>
        <translation>预览发票打印效果（Ctrl+P）</translation>
    </message>
    <message>
        <source>Customer Invoice</source>
        <translation>销售发票</translation>
    </message>
    <message>
        <source>Supplier Bill</source>
        <translation>采购发票</translation>
    </message>
    <message>
        <source>Amounts include tax (含税)</source>
        <translation>金额含税</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>供应商(&amp;S)：</translation>
    </message>
    <message>
        <source>Tax invoice &amp;number:</source>
        <translation>发票号码(&amp;N)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>Invoice &amp;date:</source>
        <translation>开票日期(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>到期日(&amp;U)：</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>The invoice has changes that are not saved.</source>
        <translation>发票有未保存的修改。</translation>
    </message>
    <message>
        <source>Customer invoice</source>
        <translation>销售发票</translation>
    </message>
    <message>
        <source>Supplier bill</source>
        <translation>采购发票</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新%1</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Without tax:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tax:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Total:&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;不含税金额：&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;税额：&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;价税合计：&lt;/b&gt;&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Total in words: %1</source>
        <translation>价税合计（大写）：%1</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>凭证 %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>未核销：%1</translation>
    </message>
    <message>
        <source>Post %1 for %2? Its voucher is made and posted; the invoice can then only be cancelled.</source>
        <translation>记账 %1，金额 %2？将生成并记账凭证，之后发票只能作废。</translation>
    </message>
    <message>
        <source>Cancel %1? A red voucher reverses its voucher in the same month.</source>
        <translation>作废 %1？将在同月生成红字凭证冲销其凭证。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::InvoiceLinesModel</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount incl. tax</source>
        <translation>含税金额</translation>
    </message>
    <message>
        <source>Amount excl. tax</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::LedgerJournal</name>
    <message>
        <source>Posted vouchers exported by Backroom</source>
        <translation>后台导出的已记账凭证</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::LedgerReports</name>
    <message>
        <source>The end of the range comes before its start.</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>Choose the account whose ledger to show.</source>
        <translation>请选择要查询明细账的科目。</translation>
    </message>
    <message>
        <source>Choose account %1 or an account under it.</source>
        <translation>请选择科目 %1 或其下级科目。</translation>
    </message>
    <message>
        <source>The chart of accounts has no account %1.</source>
        <translation>科目表中没有科目 %1。</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>From period</source>
        <translation>开始期间</translation>
    </message>
    <message>
        <source>To period</source>
        <translation>结束期间</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证字号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Counter-account</source>
        <translation>对方科目</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Dr/Cr</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>General ledger</source>
        <translation>总账</translation>
    </message>
    <message>
        <source>Per account: the opening balance, then each period&apos;s debits and credits with the balance after and the year&apos;s so far, sub-accounts included (总分类账).</source>
        <translation>按科目列示期初余额，以及各期间的借方、贷方发生额、期末余额和本年累计，含下级科目（总分类账）。</translation>
    </message>
    <message>
        <source>Account levels</source>
        <translation>科目级次</translation>
    </message>
    <message>
        <source>First level only</source>
        <translation>仅一级科目</translation>
    </message>
    <message>
        <source>Down to the second level</source>
        <translation>到二级科目</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级次</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>科目编码</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Account ledger</source>
        <translation>明细账</translation>
    </message>
    <message>
        <source>One account&apos;s voucher lines in date order with the running balance, after the opening balance, with each period&apos;s and the year&apos;s totals; sub-accounts included (明细账).</source>
        <translation>一个科目按日期顺序列示的凭证分录及逐笔余额，含期初余额、本月合计和本年累计；含下级科目（明细账）。</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>序时账</translation>
    </message>
    <message>
        <source>Every voucher line in date and voucher order, with the account (序时账).</source>
        <translation>按日期和凭证顺序列示的全部凭证分录及其科目（序时账）。</translation>
    </message>
    <message>
        <source>Cash journal</source>
        <translation>现金日记账</translation>
    </message>
    <message>
        <source>The cash account&apos;s lines day by day with the counter-accounts, the day&apos;s totals and the running balance (现金日记账).</source>
        <translation>库存现金科目的逐日分录，含对方科目、本日合计和逐笔余额（现金日记账）。</translation>
    </message>
    <message>
        <source>Bank journal</source>
        <translation>银行日记账</translation>
    </message>
    <message>
        <source>The bank accounts&apos; lines day by day with the counter-accounts, the day&apos;s totals and the running balance (银行日记账).</source>
        <translation>银行存款科目的逐日分录，含对方科目、本日合计和逐笔余额（银行日记账）。</translation>
    </message>
    <message>
        <source>Posted only</source>
        <translation>仅已记账</translation>
    </message>
    <message>
        <source>Posted and not yet posted</source>
        <translation>含未记账凭证</translation>
    </message>
    <message>
        <source>%1 is not kept in a foreign currency; its account ledger shows it.</source>
        <translation>%1 不按外币核算，请查看其明细账。</translation>
    </message>
    <message>
        <source>Foreign-currency ledger</source>
        <translation>外币明细账</translation>
    </message>
    <message>
        <source>An account kept in a foreign currency: each line&apos;s original amount, rate and local amount, with the balance in both (外币金额式明细账).</source>
        <translation>按外币核算的科目：逐笔列示原币金额、汇率和本位币金额，以及两种币种的余额（外币金额式明细账）。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Debit (original)</source>
        <translation>借方原币</translation>
    </message>
    <message>
        <source>Debit (local)</source>
        <translation>借方本位币</translation>
    </message>
    <message>
        <source>Credit (original)</source>
        <translation>贷方原币</translation>
    </message>
    <message>
        <source>Credit (local)</source>
        <translation>贷方本位币</translation>
    </message>
    <message>
        <source>Balance (original)</source>
        <translation>余额原币</translation>
    </message>
    <message>
        <source>Balance (local)</source>
        <translation>余额本位币</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::OpeningBalances</name>
    <message>
        <source>The books are closed up to %1; the opening balances can change again only when every month is reopened.</source>
        <translation>账簿已结账至 %1；只有全部月份反结账后才能再修改期初余额。</translation>
    </message>
    <message>
        <source>Choose the month the books start in.</source>
        <translation>请选择账套启用月份。</translation>
    </message>
    <message>
        <source>There are vouchers in %1, before the books would start; start the books in that month or earlier.</source>
        <translation>%1 已有凭证，早于启用期间；请从该月或更早的月份启用账套。</translation>
    </message>
    <message>
        <source>Line %1: income and expense accounts start the books at zero; put the year&apos;s result so far on the profit account.</source>
        <translation>第 %1 行：损益类科目期初必须为零；本年已实现的损益请录入本年利润科目。</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message numerus="yes">
        <source>The opening balances have %n problem(s): %1</source>
        <translation>
            <numerusform>期初余额有 %n 处问题：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The opening balances could not be replaced: %1</source>
        <translation>期初余额无法替换：%1</translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>The opening balances could not be saved: %1</source>
        <translation>期初余额无法保存：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::OpeningBalancesPage</name>
    <message>
        <source>Opening balances</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>The balances the books start from, as at the end of the month before the first one. Debits must equal credits; income and expense accounts start at zero (the year&apos;s result so far goes on the profit account). They can be corrected until the first month is closed.</source>
        <translation>账簿的起始余额，即启用月份上月末的余额。借贷必须相等；损益类科目期初为零（本年已实现的损益记入本年利润）。首月结账之前可以修改。</translation>
    </message>
    <message>
        <source>The books start in:</source>
        <translation>启用期间：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Debit %1   Credit %2</source>
        <translation>借方 %1   贷方 %2</translation>
    </message>
    <message>
        <source>Difference %1</source>
        <translation>差额 %1</translation>
    </message>
    <message>
        <source>The opening balances are removed.</source>
        <translation>期初余额已清除。</translation>
    </message>
    <message>
        <source>The opening balances are saved; the books start in %1.</source>
        <translation>期初余额已保存；账套启用期间为 %1。</translation>
    </message>
    <message>
        <source>Opening &amp;Open Items…</source>
        <translation>期初往来(&amp;O)…</translation>
    </message>
    <message>
        <source>Each customer&apos;s and supplier&apos;s open invoices when the books started</source>
        <translation>启用账套时各客户、供应商尚未结清的单据</translation>
    </message>
    <message>
        <source>The opening receivables agree with the customers&apos; open invoices (%1).</source>
        <translation>期初应收与客户未结单据一致（%1）。</translation>
    </message>
    <message>
        <source>The opening payables agree with the suppliers&apos; open bills (%1).</source>
        <translation>期初应付与供应商未结单据一致（%1）。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::OpeningItems</name>
    <message>
        <source>Enter the opening balances first: the opening items belong to the month before the books start.</source>
        <translation>请先录入期初余额：期初往来单据属于账套启用月之前。</translation>
    </message>
    <message>
        <source>Line %1 needs the customer.</source>
        <translation>第 %1 行需要选择客户。</translation>
    </message>
    <message>
        <source>Line %1 needs the supplier.</source>
        <translation>第 %1 行需要选择供应商。</translation>
    </message>
    <message>
        <source>Line %1 needs the document&apos;s number.</source>
        <translation>第 %1 行需要填写单据号。</translation>
    </message>
    <message>
        <source>Line %1: number %2 is entered twice.</source>
        <translation>第 %1 行：单据号 %2 重复录入。</translation>
    </message>
    <message>
        <source>Line %1 needs the document&apos;s date.</source>
        <translation>第 %1 行需要填写单据日期。</translation>
    </message>
    <message>
        <source>Line %1 is dated %2, after the books start; enter it as an invoice instead.</source>
        <translation>第 %1 行日期为 %2，晚于账套启用日期；请作为发票录入。</translation>
    </message>
    <message>
        <source>Line %1 falls due before its date.</source>
        <translation>第 %1 行的到期日早于单据日期。</translation>
    </message>
    <message>
        <source>Line %1 needs the amount still open, more than zero.</source>
        <translation>第 %1 行需要填写大于零的未核销金额。</translation>
    </message>
    <message>
        <source>The opening items cannot be read: %1</source>
        <translation>无法读取期初往来：%1</translation>
    </message>
    <message>
        <source>Opening item %1 is settled in part by a receipt or payment (%2); it can no longer be changed or removed.</source>
        <translation>期初单据 %1 已被收付款部分核销（%2），不能再修改或删除。</translation>
    </message>
    <message>
        <source>The opening items could not be replaced: %1</source>
        <translation>无法替换期初往来：%1</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Opening item</source>
        <translation>期初单据</translation>
    </message>
    <message>
        <source>The opening items could not be saved: %1</source>
        <translation>无法保存期初往来：%1</translation>
    </message>
    <message>
        <source>The opening balance of account %1 is %2 receivable, the opening open items come to %3 (difference %4); enter each customer&apos;s open invoices under Opening Items.</source>
        <translation>科目 %1 期初应收余额为 %2，期初往来单据合计 %3（差额 %4）；请在“期初往来”中录入各客户的未结单据。</translation>
    </message>
    <message>
        <source>The opening balance of account %1 is %2 payable, the opening open items come to %3 (difference %4); enter each supplier&apos;s open bills under Opening Items.</source>
        <translation>科目 %1 期初应付余额为 %2，期初往来单据合计 %3（差额 %4）；请在“期初往来”中录入各供应商的未结单据。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::OpeningItemsDialog</name>
    <message>
        <source>Opening Open Items</source>
        <translation>期初往来</translation>
    </message>
    <message>
        <source>The invoices and bills still open when the books started, per customer and supplier. Receipts and payments are allocated to them like any invoice; together they should come to the control account&apos;s opening balance.</source>
        <translation>启用账套时各客户、供应商尚未结清的发票。收付款可像普通发票一样核销到这些单据；其合计应等于往来科目的期初余额。</translation>
    </message>
    <message>
        <source>Receivables (customers&apos; open invoices)</source>
        <translation>应收（客户未结单据）</translation>
    </message>
    <message>
        <source>Payables (suppliers&apos; open bills)</source>
        <translation>应付（供应商未结单据）</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单据号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount open</source>
        <translation>未核销金额</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Settled since</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>增加行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Entered %1; opening balance of account %2: %3</source>
        <translation>已录入 %1；科目 %2 期初余额：%3</translation>
    </message>
    <message>
        <source>Difference %1</source>
        <translation>差额 %1</translation>
    </message>
    <message>
        <source>The opening items are saved and agree with the opening balance.</source>
        <translation>期初往来已保存，与期初余额一致。</translation>
    </message>
    <message>
        <source>The opening items are saved. %1</source>
        <translation>期初往来已保存。%1</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::PaymentBook</name>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>Choose the supplier.</source>
        <translation>请选择供应商。</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>Choose the bank or cash account.</source>
        <translation>请选择银行或现金科目。</translation>
    </message>
    <message>
        <source>%1 has sub-accounts or is no longer in use; choose one to post to.</source>
        <translation>%1 有下级科目或已停用，请选择可记账的科目。</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <translation>此单据已不存在。</translation>
    </message>
    <message>
        <source>Only a draft can be changed.</source>
        <translation>只能修改草稿。</translation>
    </message>
    <message>
        <source>The payment could not be saved: %1</source>
        <translation>单据无法保存：%1</translation>
    </message>
    <message>
        <source>The allocations could not be saved: %1</source>
        <translation>核销无法保存：%1</translation>
    </message>
    <message>
        <source>A cancelled payment settles nothing.</source>
        <translation>已作废的收付款单不能核销。</translation>
    </message>
    <message>
        <source>The invoice allocated to no longer exists.</source>
        <translation>要核销的发票已不存在。</translation>
    </message>
    <message>
        <source>%1 belongs to another partner.</source>
        <translation>%1 属于其他往来单位。</translation>
    </message>
    <message>
        <source>%1 is not posted; only posted invoices are settled.</source>
        <translation>%1 尚未记账；只能核销已记账的发票。</translation>
    </message>
    <message>
        <source>%1: an allocation is a positive amount.</source>
        <translation>%1：核销金额必须为正数。</translation>
    </message>
    <message>
        <source>%1 has %2 open; %3 cannot be allocated to it.</source>
        <translation>%1 未核销余额为 %2，不能核销 %3。</translation>
    </message>
    <message>
        <source>The allocations (%1) come to more than the payment&apos;s amount (%2).</source>
        <translation>核销合计（%1）超过单据金额（%2）。</translation>
    </message>
    <message>
        <source>Receipt %1 from %2</source>
        <translation>收款单 %1，收 %2</translation>
    </message>
    <message>
        <source>Payment %1 to %2</source>
        <translation>付款单 %1，付 %2</translation>
    </message>
    <message>
        <source>The payment could not be deleted: %1</source>
        <translation>单据无法删除：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::PaymentEdit</name>
    <message>
        <source>Back to List</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the draft, or a posted payment&apos;s allocations (Ctrl+S)</source>
        <translation>保存草稿，或已记账单据的核销（Ctrl+S）</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>记账</translation>
    </message>
    <message>
        <source>Post: the voucher is made and posted (Ctrl+Enter)</source>
        <translation>记账：生成并记账凭证（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel Payment</source>
        <translation>作废单据</translation>
    </message>
    <message>
        <source>Cancel the posted payment with a red reversing voucher</source>
        <translation>以红字凭证冲销并作废已记账的单据</translation>
    </message>
    <message>
        <source>Allocate Oldest First</source>
        <translation>按账龄自动核销</translation>
    </message>
    <message>
        <source>Settle the open invoices from the oldest due on (Ctrl+L)</source>
        <translation>从最早到期的发票起依次核销（Ctrl+L）</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收款单</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款单</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>供应商(&amp;S)：</translation>
    </message>
    <message>
        <source>Bank or cash &amp;account:</source>
        <translation>结算科目(&amp;A)：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>Bank &amp;reference:</source>
        <translation>结算号(&amp;R)：</translation>
    </message>
    <message>
        <source>Open invoices of the customer — fill in what this receipt settles:</source>
        <translation>该客户未收清的销售发票——填写本次收款核销的金额：</translation>
    </message>
    <message>
        <source>Open bills of the supplier — fill in what this payment settles:</source>
        <translation>该供应商未付清的采购发票——填写本次付款核销的金额：</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>The payment has changes that are not saved.</source>
        <translation>单据有未保存的修改。</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新%1</translation>
    </message>
    <message>
        <source>Amount %1 · allocated %2 · unapplied %3</source>
        <translation>金额 %1 · 已核销 %2 · 未核销 %3</translation>
    </message>
    <message>
        <source>Post %1 of %2? Its voucher is made and posted.</source>
        <translation>记账 %1，金额 %2？将生成并记账凭证。</translation>
    </message>
    <message>
        <source>Cancel %1? Its allocations are removed and a red voucher reverses its voucher.</source>
        <translation>作废 %1？将删除其核销记录，并生成红字凭证冲销其凭证。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::PeriodClose</name>
    <message>
        <source>The chart of accounts has no profit account (such as 3103 本年利润) to carry profit and loss to.</source>
        <translation>科目表中没有可结转损益的本年利润科目（如 3103 本年利润）。</translation>
    </message>
    <message>
        <source>Carry profit and loss of %1 forward</source>
        <translation>结转 %1 损益</translation>
    </message>
    <message>
        <source>“%1” is not a month such as 2026-11.</source>
        <translation>“%1”不是月份（格式如 2026-11）。</translation>
    </message>
    <message>
        <source>%1 is closed already.</source>
        <translation>%1 已经结账。</translation>
    </message>
    <message>
        <source>%1 is before the books start (%2).</source>
        <translation>%1 早于账套启用期间（%2）。</translation>
    </message>
    <message>
        <source>The month before, %1, is closed.</source>
        <translation>上月 %1 已结账。</translation>
    </message>
    <message>
        <source>Close %1 first: months are closed in order.</source>
        <translation>请先结账 %1：须按月份顺序结账。</translation>
    </message>
    <message numerus="yes">
        <source>Every voucher of %1 is posted (%n voucher(s)).</source>
        <translation>
            <numerusform>%1 的凭证已全部记账（共 %n 张）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s) of %1 not posted yet: %2</source>
        <translation>
            <numerusform>%1 还有 %n 张凭证未记账：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The books balance: debits equal credits up to %1.</source>
        <translation>试算平衡：截至 %1 借贷相等。</translation>
    </message>
    <message>
        <source>The books do not balance: debits and credits up to %1 differ by %2.</source>
        <translation>试算不平衡：截至 %1 借贷相差 %2。</translation>
    </message>
    <message>
        <source>No profit or loss to carry forward.</source>
        <translation>没有需要结转的损益。</translation>
    </message>
    <message>
        <source>A voucher will carry the profit of %1 to the profit account.</source>
        <translation>将生成凭证，把利润 %1 结转到本年利润。</translation>
    </message>
    <message>
        <source>A voucher will carry the loss of %1 to the profit account.</source>
        <translation>将生成凭证，把亏损 %1 结转到本年利润。</translation>
    </message>
    <message>
        <source>%1 cannot be closed: %2</source>
        <translation>%1 不能结账：%2</translation>
    </message>
    <message>
        <source>Period close of %1</source>
        <translation>%1 期末结账</translation>
    </message>
    <message>
        <source>%1 could not be closed: %2</source>
        <translation>%1 结账失败：%2</translation>
    </message>
    <message>
        <source>Say why the period is reopened; the reason goes into the audit log.</source>
        <translation>请说明反结账的原因；原因会记入审计日志。</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 尚未结账。</translation>
    </message>
    <message>
        <source>Reopen %1 first: months are reopened from the latest back.</source>
        <translation>请先反结账 %1：须从最近的月份倒序反结账。</translation>
    </message>
    <message>
        <source>%1 could not be reopened: %2</source>
        <translation>%1 反结账失败：%2</translation>
    </message>
    <message>
        <source>The chart of accounts has no retained earnings account (such as 310401 未分配利润) to carry the year&apos;s profit to.</source>
        <translation>科目表中没有可结转本年利润的未分配利润科目（如 310401 未分配利润）。</translation>
    </message>
    <message>
        <source>Carry the profit of %1 to retained earnings</source>
        <translation>结转%1年度本年利润</translation>
    </message>
    <message>
        <source>Year end: the profit account is at zero, nothing to carry to retained earnings.</source>
        <translation>年末结账：本年利润余额为零，无需结转至未分配利润。</translation>
    </message>
    <message>
        <source>Year end: a voucher will carry the year&apos;s profit of %1 to retained earnings.</source>
        <translation>年末结账：将生成凭证把本年利润 %1 结转至未分配利润。</translation>
    </message>
    <message>
        <source>Year end: a voucher will carry the year&apos;s loss of %1 to retained earnings.</source>
        <translation>年末结账：将生成凭证把本年亏损 %1 结转至未分配利润。</translation>
    </message>
    <message>
        <source>Year-end close of %1</source>
        <translation>%1 年末结账</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::PeriodSummary</name>
    <message>
        <source>The posted books balance.</source>
        <translation>已记账的账簿借贷平衡。</translation>
    </message>
    <message>
        <source>The posted books do not balance: run Tools → Verify data.</source>
        <translation>已记账的账簿借贷不平：请运行“工具 → 检查数据”。</translation>
    </message>
    <message>
        <source>Vouchers of %1 — in draft: %2, reviewed and waiting to be posted: %3, posted: %4 (%5).</source>
        <translation>%1 凭证 — 草稿：%2 张，已审核待记账：%3 张，已记账：%4 张（%5）。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::PeriodsPage</name>
    <message>
        <source>Period close</source>
        <translation>期末结账</translation>
    </message>
    <message>
        <source>Months are closed in order once every voucher in them is posted; closing carries the month&apos;s income and expenses to the profit account and locks the month. Reopening goes back from the latest closed month and needs a reason.</source>
        <translation>凭证全部记账后按月份顺序结账；结账时把当月收入和费用结转到本年利润并锁定该月。反结账须从最近结账的月份倒序进行，并说明原因。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>凭证数</translation>
    </message>
    <message>
        <source>Not posted</source>
        <translation>未记账</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>结账人</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结账时间</translation>
    </message>
    <message>
        <source>Carry-forward voucher</source>
        <translation>结转凭证</translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>结账</translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation>反结账</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结账</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结账</translation>
    </message>
    <message>
        <source>Close %1…</source>
        <translation>结账 %1…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>反结账…</translation>
    </message>
    <message>
        <source>Reopen %1…</source>
        <translation>反结账 %1…</translation>
    </message>
    <message>
        <source>Closing %1 checks:</source>
        <translation>%1 结账检查：</translation>
    </message>
    <message>
        <source>Close %1? Its vouchers can no longer be changed until it is reopened.</source>
        <translation>确定结账 %1 吗？反结账之前该月凭证不能再修改。</translation>
    </message>
    <message>
        <source>%1 is closed; %2 carried its profit and loss forward.</source>
        <translation>%1 已结账；凭证 %2 已结转其损益。</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 已结账。</translation>
    </message>
    <message>
        <source>Why is %1 reopened? The reason goes into the audit log.</source>
        <translation>为什么要反结账 %1？原因会记入审计日志。</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 已反结账。</translation>
    </message>
    <message>
        <source>Revalue foreign currencies for %1…</source>
        <translation>%1 期末调汇…</translation>
    </message>
    <message>
        <source>%1: %2 at %3 is %4; the books have %5, a difference of %6.</source>
        <translation>%1：%2 按汇率 %3 折合 %4，账面 %5，差额 %6。</translation>
    </message>
    <message>
        <source>Revalue the foreign-currency accounts at the end of %1?</source>
        <translation>对 %1 期末的外币科目进行调汇？</translation>
    </message>
    <message>
        <source>An exchange gain of %1 is credited to exchange gains and losses.</source>
        <translation>汇兑收益 %1 贷记汇兑损益。</translation>
    </message>
    <message>
        <source>An exchange loss of %1 is debited to exchange gains and losses.</source>
        <translation>汇兑损失 %1 借记汇兑损益。</translation>
    </message>
    <message>
        <source>%1 posted the exchange revaluation of %2.</source>
        <translation>已记账 %2 期末调汇凭证 %1。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::ReceivableChecks</name>
    <message>
        <source>Receivables and payables cannot be read: %1</source>
        <translation>无法读取应收应付：%1</translation>
    </message>
    <message>
        <source>Account %1 has %2 posted without a partner; receivables and payables are kept per partner.</source>
        <translation>科目 %1 有 %2 未指定往来单位；应收应付须按往来单位核算。</translation>
    </message>
    <message>
        <source>%1 (#%2): account %3 shows %4 receivable, the posted invoices less receipts come to %5 (difference %6).</source>
        <translation>%1（#%2）：科目 %3 应收余额 %4，已记账销售发票减收款为 %5（差额 %6）。</translation>
    </message>
    <message>
        <source>%1 (#%2): account %3 shows %4 payable, the posted bills less payments come to %5 (difference %6).</source>
        <translation>%1（#%2）：科目 %3 应付余额 %4，已记账采购发票减付款为 %5（差额 %6）。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::ReceivableReports</name>
    <message>
        <source>Ledger</source>
        <translation>往来类型</translation>
    </message>
    <message>
        <source>Receivables (customers)</source>
        <translation>应收（客户）</translation>
    </message>
    <message>
        <source>Payables (suppliers)</source>
        <translation>应付（供应商）</translation>
    </message>
    <message>
        <source>Choose the partner whose statement to show.</source>
        <translation>请选择要查看对账单的往来单位。</translation>
    </message>
    <message>
        <source>The end of the range comes before its start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Balance brought forward</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>采购发票</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄分析</translation>
    </message>
    <message>
        <source>Open invoices on a day by how long they are overdue — not yet due, 1–30, 31–60, 61–90 and more than 90 days past the due date — and money received or paid but not yet allocated, per partner (账龄分析).</source>
        <translation>截至某日按逾期天数分析未核销发票——未到期、逾期 1–30、31–60、61–90 及 90 天以上——以及已收付未核销的款项，按往来单位列示（账龄分析）。</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Unapplied</source>
        <translation>未核销款</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未核销</translation>
    </message>
    <message>
        <source>Partner statement</source>
        <translation>往来对账单</translation>
    </message>
    <message>
        <source>One partner&apos;s invoices and payments in a date range after the balance brought forward, with the running balance and the closing balance (往来对账单).</source>
        <translation>某一往来单位在期间内的发票和收付款，含期初余额、逐笔余额和期末余额（往来对账单）。</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>开票金额</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>收付款金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::ReceivablesEntities</name>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Customer invoice</source>
        <translation>销售发票</translation>
    </message>
    <message>
        <source>Supplier bill</source>
        <translation>采购发票</translation>
    </message>
    <message>
        <source>Customer invoices</source>
        <translation>销售发票</translation>
    </message>
    <message>
        <source>Supplier bills</source>
        <translation>采购发票</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>When payment is due; 30 days after the invoice date unless entered.</source>
        <translation>付款到期日；未填写时为开票日期后 30 天。</translation>
    </message>
    <message>
        <source>Tax invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>The number printed on the VAT invoice (发票号码).</source>
        <translation>增值税发票上的发票号码。</translation>
    </message>
    <message>
        <source>Amounts include tax</source>
        <translation>金额含税</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Amount without tax</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Customer invoice line</source>
        <translation>销售发票明细</translation>
    </message>
    <message>
        <source>Supplier bill line</source>
        <translation>采购发票明细</translation>
    </message>
    <message>
        <source>Customer invoice lines</source>
        <translation>销售发票明细</translation>
    </message>
    <message>
        <source>Supplier bill lines</source>
        <translation>采购发票明细</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>As entered: with or without tax, as the invoice says.</source>
        <translation>按发票录入：含税或不含税。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收款单</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款单</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收款单</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Bank or cash account</source>
        <translation>结算科目</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>结算号</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>核销记录</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>核销记录</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>价税合计（大写）</translation>
    </message>
    <message>
        <source>Post the document from its own screen, which makes its voucher.</source>
        <translation>请在单据界面记账，系统会生成其凭证。</translation>
    </message>
    <message>
        <source>Cancel the document from its own screen, which reverses its voucher.</source>
        <translation>请在单据界面作废，系统会冲销其凭证。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已记账</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>记账</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Opening item</source>
        <translation>期初单据</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::Revaluation</name>
    <message>
        <source>Nothing to revalue in %1: every foreign-currency balance is already at the month-end rate.</source>
        <translation>%1 无需调汇：各外币科目余额已按期末汇率折算。</translation>
    </message>
    <message>
        <source>“%1” is not a period; write it as 2026-11.</source>
        <translation>“%1”不是会计期间，请写作 2026-11。</translation>
    </message>
    <message>
        <source>There is no rate of %1 on or before %2; enter the month-end rate first.</source>
        <translation>%2 及之前没有 %1 的汇率，请先录入期末汇率。</translation>
    </message>
    <message>
        <source>The balance of %1 is too large to revalue.</source>
        <translation>%1 的余额过大，无法调汇。</translation>
    </message>
    <message>
        <source>The period %1 is closed; revalue before closing it.</source>
        <translation>会计期间 %1 已结账，请在结账前调汇。</translation>
    </message>
    <message>
        <source>Exchange revaluation %1</source>
        <translation>%1 期末调汇</translation>
    </message>
    <message>
        <source>The revaluation could not be saved: %1</source>
        <translation>期末调汇未能保存：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::StatementLayout</name>
    <message>
        <source>There is no statement layout “%1”.</source>
        <translation>没有报表格式“%1”。</translation>
    </message>
    <message>
        <source>The statement layout “%1” is damaged: %2</source>
        <translation>报表格式“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>not JSON (%1 at character %2).</source>
        <translation>不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>the file is not a JSON object.</source>
        <translation>文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>unknown key “%1”.</source>
        <translation>未知的键“%1”。</translation>
    </message>
    <message>
        <source>the layout has no id.</source>
        <translation>格式没有 id。</translation>
    </message>
    <message>
        <source>“statement” must be balance_sheet or income_statement, not “%1”.</source>
        <translation>“statement”必须是 balance_sheet 或 income_statement，而不是“%1”。</translation>
    </message>
    <message>
        <source>the layout has no lines.</source>
        <translation>格式没有任何行。</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>line %1 (row %2, %3)</source>
        <translation>第 %1 行（行次 %2，%3）</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <source>“kind” must be heading, line, subline or total, not “%1”.</source>
        <translation>“kind”必须是 heading、line、subline 或 total，而不是“%1”。</translation>
    </message>
    <message>
        <source>a line needs both an English (“en”) and a Chinese (“zh”) label.</source>
        <translation>每行都需要英文（“en”）和中文（“zh”）名称。</translation>
    </message>
    <message>
        <source>“indent” must be a whole number from 0 to 8.</source>
        <translation>“indent”必须是 0 到 8 之间的整数。</translation>
    </message>
    <message>
        <source>a heading has no row number, accounts or totals.</source>
        <translation>标题行没有行次、科目或合计。</translation>
    </message>
    <message>
        <source>a line with amounts needs a positive whole row number.</source>
        <translation>有金额的行需要一个正整数行次。</translation>
    </message>
    <message>
        <source>row %1 appears twice.</source>
        <translation>行次 %1 出现了两次。</translation>
    </message>
    <message>
        <source>“accounts” must be a list.</source>
        <translation>“accounts”必须是列表。</translation>
    </message>
    <message>
        <source>each account must be an object with a “code”.</source>
        <translation>每个科目都必须是带“code”的对象。</translation>
    </message>
    <message>
        <source>unknown key “%1” in an account.</source>
        <translation>科目中有未知的键“%1”。</translation>
    </message>
    <message>
        <source>the account code “%1” is not a code prefix of digits.</source>
        <translation>科目代码“%1”不是由数字组成的代码前缀。</translation>
    </message>
    <message>
        <source>the sign of account %1 must be 1 or -1.</source>
        <translation>科目 %1 的符号必须是 1 或 -1。</translation>
    </message>
    <message>
        <source>“take” of account %1 must be net, debit_balance or credit_balance on a balance sheet, not “%2”.</source>
        <translation>资产负债表中科目 %1 的“take”必须是 net、debit_balance 或 credit_balance，而不是“%2”。</translation>
    </message>
    <message>
        <source>“take” of account %1 must be net, debits or credits on an income statement, not “%2”.</source>
        <translation>利润表中科目 %1 的“take”必须是 net、debits 或 credits，而不是“%2”。</translation>
    </message>
    <message>
        <source>“totals” must be a list of row numbers.</source>
        <translation>“totals”必须是行次列表。</translation>
    </message>
    <message>
        <source>“totals” must be a list of row numbers (negative to subtract).</source>
        <translation>“totals”必须是行次列表（负数表示减去）。</translation>
    </message>
    <message>
        <source>the total refers to row %1, which is not above it.</source>
        <translation>合计引用了行次 %1，但该行不在它上方。</translation>
    </message>
    <message>
        <source>a total needs the rows it adds up.</source>
        <translation>合计行需要列出相加的行次。</translation>
    </message>
    <message>
        <source>a balance sheet needs “check”: the two rows that must be equal (total assets, total liabilities and equity).</source>
        <translation>资产负债表需要“check”：必须相等的两个行次（资产总计、负债和所有者权益总计）。</translation>
    </message>
    <message>
        <source>only a balance sheet has a “check”.</source>
        <translation>只有资产负债表才有“check”。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::StatementReports</name>
    <message>
        <source>%1 · Amounts in yuan</source>
        <translation>%1&#x3000;单位：元</translation>
    </message>
    <message>
        <source>Check: %1 = %2 (balanced)</source>
        <translation>校验：%1 = %2（平衡）</translation>
    </message>
    <message>
        <source>OUT OF BALANCE: %1 differs from %2 by the amounts shown</source>
        <translation>不平衡：%1 与 %2 相差右列所示金额</translation>
    </message>
    <message>
        <source>Accounts on no line of the statement: %1</source>
        <translation>未列入报表任何项目的科目：%1</translation>
    </message>
    <message>
        <source>Balance sheet</source>
        <translation>资产负债表</translation>
    </message>
    <message>
        <source>Income statement</source>
        <translation>利润表</translation>
    </message>
    <message>
        <source>Assets, liabilities and owners&apos; equity at the end of a period and at the start of its year (资产负债表, 会小企01表 for the Chinese chart), with the check that the two sides agree.</source>
        <translation>期末和年初的资产、负债和所有者权益（资产负债表，中国会计科目为会小企01表），并校验左右两方是否相等。</translation>
    </message>
    <message>
        <source>Revenue, costs and profit for the year to date and for the month (利润表, 会小企02表 for the Chinese chart), without the profit-and-loss carry-forward.</source>
        <translation>本年累计和本月的收入、成本和利润（利润表，中国会计科目为会小企02表），不含结转损益凭证。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>报表格式</translation>
    </message>
    <message>
        <source>As the chart of accounts suggests</source>
        <translation>按会计科目自动选择</translation>
    </message>
    <message>
        <source>Accounting Standards for Small Enterprises (China)</source>
        <translation>小企业会计准则</translation>
    </message>
    <message>
        <source>Plain layout</source>
        <translation>通用格式</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Posted only</source>
        <translation>仅已记账</translation>
    </message>
    <message>
        <source>Posted and not yet posted</source>
        <translation>含未记账凭证</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Line no.</source>
        <translation>行次</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <source>Balance at start of year</source>
        <translation>年初余额</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>本年累计金额</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月金额</translation>
    </message>
    <message>
        <source>The statement has no line %1.</source>
        <translation>报表中没有第 %1 行。</translation>
    </message>
    <message>
        <source>Balance sheet line by account</source>
        <translation>资产负债表项目明细</translation>
    </message>
    <message>
        <source>Income statement line by account</source>
        <translation>利润表项目明细</translation>
    </message>
    <message>
        <source>The accounts behind one line of the statement and what each adds to its figures (报表项目明细); a double click on an account opens its ledger.</source>
        <translation>报表某一项目所含的会计科目及各科目构成的金额（报表项目明细）；双击科目打开其明细账。</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>科目编码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::SubledgerPosting</name>
    <message>
        <source>Nothing can be posted: the finance module&apos;s posting service is not available.</source>
        <translation>无法记账：财务模块的记账服务不可用。</translation>
    </message>
    <message>
        <source>Only a draft is posted.</source>
        <translation>只能对草稿记账。</translation>
    </message>
    <message>
        <source>The voucher was refused: %1</source>
        <translation>凭证未能生成：%1</translation>
    </message>
    <message>
        <source>Nothing can be cancelled: the finance module&apos;s posting service is not available.</source>
        <translation>无法作废：财务模块的记账服务不可用。</translation>
    </message>
    <message>
        <source>Only a posted document is cancelled; a draft can be deleted.</source>
        <translation>只能作废已记账的单据；草稿可直接删除。</translation>
    </message>
    <message>
        <source>The voucher could not be reversed: %1</source>
        <translation>凭证无法冲销：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::TrialBalance</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::VatSplit</name>
    <message>
        <source>Exempt</source>
        <translation>免税</translation>
    </message>
    <message>
        <source>%1% VAT</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::VatSummary</name>
    <message>
        <source>The last period comes before the first.</source>
        <translation>结束期间早于开始期间。</translation>
    </message>
    <message>
        <source>Output tax (sales invoices)</source>
        <translation>销项税额（销售发票）</translation>
    </message>
    <message>
        <source>Total output tax</source>
        <translation>销项合计</translation>
    </message>
    <message>
        <source>Input tax (supplier bills)</source>
        <translation>进项税额（采购发票）</translation>
    </message>
    <message>
        <source>Total input tax</source>
        <translation>进项合计</translation>
    </message>
    <message>
        <source>Tax payable (output less input)</source>
        <translation>应纳税额（销项减进项）</translation>
    </message>
    <message>
        <source>Input tax carried forward</source>
        <translation>期末留抵税额</translation>
    </message>
    <message>
        <source>Check against the books</source>
        <translation>与账面核对</translation>
    </message>
    <message>
        <source>Output tax</source>
        <translation>销项税额</translation>
    </message>
    <message>
        <source>Input tax</source>
        <translation>进项税额</translation>
    </message>
    <message>
        <source>%1 posted to %2</source>
        <translation>%2 账面%1</translation>
    </message>
    <message>
        <source>Difference (books less invoices): none</source>
        <translation>差额（账面减发票）：无</translation>
    </message>
    <message>
        <source>DIFFERENCE (books less invoices)</source>
        <translation>差额（账面减发票）</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>增值税汇总表</translation>
    </message>
    <message>
        <source>Output tax from posted customer invoices and input tax from posted supplier bills by rate, the tax payable or the input tax carried forward, and the VAT accounts&apos; posted figures beside them (增值税汇总). A quarter is its first to its last month.</source>
        <translation>按税率汇总已过账销售发票的销项税额和采购发票的进项税额，列示应纳税额或期末留抵税额，并与增值税科目的账面发生额核对（增值税汇总）。按季度查询时选择季度的首月至末月。</translation>
    </message>
    <message>
        <source>From period</source>
        <translation>起始期间</translation>
    </message>
    <message>
        <source>To period</source>
        <translation>结束期间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票张数</translation>
    </message>
    <message>
        <source>Amount without tax</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Amount with tax</source>
        <translation>价税合计</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::VoucherBook</name>
    <message>
        <source>Enter the voucher&apos;s date.</source>
        <translation>请输入凭证日期。</translation>
    </message>
    <message>
        <source>“%1” is not a voucher word; use one of %2.</source>
        <translation>“%1”不是凭证字；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>A voucher needs lines: enter a summary, an account and an amount.</source>
        <translation>凭证需要分录：请输入摘要、科目和金额。</translation>
    </message>
    <message>
        <source>Line %1: enter a summary.</source>
        <translation>第 %1 行：请输入摘要。</translation>
    </message>
    <message>
        <source>Line %1: enter a debit or a credit, not both.</source>
        <translation>第 %1 行：借方和贷方只能填一个。</translation>
    </message>
    <message>
        <source>Line %1: enter an amount.</source>
        <translation>第 %1 行：请输入金额。</translation>
    </message>
    <message>
        <source>Line %1: choose an account.</source>
        <translation>第 %1 行：请选择科目。</translation>
    </message>
    <message>
        <source>Line %1: the account does not exist.</source>
        <translation>第 %1 行：科目不存在。</translation>
    </message>
    <message>
        <source>Line %1: %2 is no longer in use.</source>
        <translation>第 %1 行：%2 已停用。</translation>
    </message>
    <message>
        <source>Line %1: %2 has sub-accounts; post to one of them.</source>
        <translation>第 %1 行：%2 有下级科目，请使用明细科目。</translation>
    </message>
    <message>
        <source>Line %1: %2 needs a department.</source>
        <translation>第 %1 行：%2 需要核算部门。</translation>
    </message>
    <message>
        <source>Line %1: %2 needs a partner.</source>
        <translation>第 %1 行：%2 需要核算往来单位。</translation>
    </message>
    <message>
        <source>Line %1: %2 needs a person.</source>
        <translation>第 %1 行：%2 需要核算个人。</translation>
    </message>
    <message>
        <source>Debits (%1) and credits (%2) differ by %3: the voucher must balance.</source>
        <translation>借方（%1）与贷方（%2）相差 %3：凭证必须借贷平衡。</translation>
    </message>
    <message numerus="yes">
        <source>The voucher has %n problem(s): %1</source>
        <translation>
            <numerusform>凭证有 %n 处问题：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>This voucher no longer exists.</source>
        <translation>此凭证已不存在。</translation>
    </message>
    <message>
        <source>Only a draft voucher can be changed; cancel its review first.</source>
        <translation>只有草稿凭证可以修改；请先取消审核。</translation>
    </message>
    <message>
        <source>The voucher could not be numbered: %1</source>
        <translation>无法为凭证编号：%1</translation>
    </message>
    <message>
        <source>The voucher could not be saved: %1</source>
        <translation>无法保存凭证：%1</translation>
    </message>
    <message>
        <source>Only a posted voucher is reversed; a draft can simply be changed or deleted.</source>
        <translation>只有已记账凭证需要红字冲销；草稿凭证直接修改或删除即可。</translation>
    </message>
    <message>
        <source>Reversal of %1: %2</source>
        <translation>冲销 %1：%2</translation>
    </message>
    <message>
        <source>A voucher without lines cannot be posted.</source>
        <translation>没有分录的凭证不能记账。</translation>
    </message>
    <message>
        <source>This voucher does not balance and cannot be posted.</source>
        <translation>此凭证借贷不平，不能记账。</translation>
    </message>
    <message>
        <source>This voucher has no number yet; save it from the voucher screen first.</source>
        <translation>此凭证还没有凭证号；请先在凭证录入界面保存。</translation>
    </message>
    <message>
        <source>You prepared this voucher; someone else must review it.</source>
        <translation>这张凭证是您制单的，须由他人审核。</translation>
    </message>
    <message>
        <source>The period %1 is closed: date the voucher in an open period, or have the period reopened.</source>
        <translation>%1 期间已结账：请将凭证日期改到未结账期间，或请人反结账。</translation>
    </message>
    <message>
        <source>Only a draft the books generated or imported is posted without review here.</source>
        <translation>只有系统生成或导入的草稿凭证才能不经审核直接记账。</translation>
    </message>
    <message>
        <source>The voucher could not be posted: %1</source>
        <translation>凭证无法记账：%1</translation>
    </message>
    <message>
        <source>The period %1 is closed; nothing in it can change until it is reopened.</source>
        <translation>%1 期间已结账；反结账之前不能做任何修改。</translation>
    </message>
    <message>
        <source>Line %1: %2 is kept in the company&apos;s own currency; leave its currency, foreign amount and rate empty.</source>
        <translation>第 %1 行：%2 以本位币核算，请勿填写币种、原币金额和汇率。</translation>
    </message>
    <message>
        <source>Line %1: %2 is kept in a currency that is not a foreign one; correct the account.</source>
        <translation>第 %1 行：%2 的核算币种不是外币，请修改科目设置。</translation>
    </message>
    <message>
        <source>Line %1: %2 is kept in %3; the line&apos;s currency must be %3.</source>
        <translation>第 %1 行：%2 按 %3 核算，该行币种必须为 %3。</translation>
    </message>
    <message>
        <source>Line %1: %2 is kept in %3; enter the amount in %3.</source>
        <translation>第 %1 行：%2 按 %3 核算，请输入 %3 原币金额。</translation>
    </message>
    <message>
        <source>Line %1: enter the exchange rate of %2.</source>
        <translation>第 %1 行：请输入 %2 的汇率。</translation>
    </message>
    <message>
        <source>Line %1: the amount in %2 and the local amount have different signs.</source>
        <translation>第 %1 行：%2 原币金额与本位币金额的正负号不一致。</translation>
    </message>
    <message>
        <source>Line %1: %2 at %3 is %4, not %5.</source>
        <translation>第 %1 行：%2 按汇率 %3 折合 %4，而不是 %5。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::VoucherEdit</name>
    <message>
        <source>Voucher %1</source>
        <translation>凭证 %1</translation>
    </message>
    <message>
        <source>New voucher</source>
        <translation>新凭证</translation>
    </message>
    <message>
        <source>Back to List</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>保存（%1）</translation>
    </message>
    <message>
        <source>Save &amp;&amp; New</source>
        <translation>保存并新增</translation>
    </message>
    <message>
        <source>Save and start the next voucher (%1)</source>
        <translation>保存并录入下一张凭证（%1）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Review (审核) the voucher; someone other than its preparer must</source>
        <translation>审核凭证；须由制单人以外的人审核</translation>
    </message>
    <message>
        <source>Cancel Review</source>
        <translation>取消审核</translation>
    </message>
    <message>
        <source>Back to draft, so the voucher can be changed</source>
        <translation>退回草稿，以便修改凭证</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>记账</translation>
    </message>
    <message>
        <source>Post (记账) the reviewed voucher to the books</source>
        <translation>将已审核的凭证登记入账</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>红字冲销</translation>
    </message>
    <message>
        <source>Correct a posted voucher with a red reversing voucher (红字冲销)</source>
        <translation>用红字凭证冲销已记账的凭证</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>A new draft with the same lines, dated today</source>
        <translation>以相同分录新建一张今天日期的草稿凭证</translation>
    </message>
    <message>
        <source>Accounting Voucher</source>
        <translation>记账凭证</translation>
    </message>
    <message>
        <source>Voucher word: 记 for all, or 收 receipts, 付 payments, 转 transfers</source>
        <translation>凭证字：记（通用），或 收（收款）、付（付款）、转（转账）</translation>
    </message>
    <message>
        <source>How many source documents (receipts, invoices) are clipped to the voucher</source>
        <translation>凭证所附原始单据（收据、发票等）的张数</translation>
    </message>
    <message>
        <source>&amp;Word</source>
        <translation>凭证字(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附单据</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>号</translation>
    </message>
    <message>
        <source>sheet(s)</source>
        <comment>after the number of attached documents</comment>
        <translation>张</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Reviewed: cancel the review to change it.</source>
        <translation>已审核：取消审核后才能修改。</translation>
    </message>
    <message>
        <source>Posted: a mistake is corrected with a red reversing voucher.</source>
        <translation>已记账：如有错误，请用红字凭证冲销。</translation>
    </message>
    <message>
        <source>Accounting Voucher (red, reverses %1)</source>
        <translation>记账凭证（红字，冲销 %1）</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>制单：%1</translation>
    </message>
    <message>
        <source>Reviewed by: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>Posted by: %1</source>
        <translation>记账：%1</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>差额：%1</translation>
    </message>
    <message>
        <source>Total: RMB %1</source>
        <translation>合计：人民币 %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>……还有 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Post %1 to the books? A posted voucher cannot be changed; a mistake is then corrected with a red reversing voucher.</source>
        <translation>将 %1 登记入账？已记账的凭证不能修改，如有错误需用红字凭证冲销。</translation>
    </message>
    <message>
        <source>Post Voucher</source>
        <translation>凭证记账</translation>
    </message>
    <message>
        <source>%1 reviewed.</source>
        <translation>%1 已审核。</translation>
    </message>
    <message>
        <source>Review of %1 cancelled.</source>
        <translation>已取消 %1 的审核。</translation>
    </message>
    <message>
        <source>%1 posted.</source>
        <translation>%1 已记账。</translation>
    </message>
    <message>
        <source>Red voucher %1 reverses %2; review and post it to cancel the original.</source>
        <translation>红字凭证 %1 冲销 %2；审核并记账后即冲销原凭证。</translation>
    </message>
    <message>
        <source>Copied from %1 as %2.</source>
        <translation>已从 %1 复制为 %2。</translation>
    </message>
    <message>
        <source>Save the new voucher before leaving?</source>
        <translation>离开前保存这张新凭证吗？</translation>
    </message>
    <message>
        <source>Save the changes to voucher %1 before leaving?</source>
        <translation>离开前保存对凭证 %1 的修改吗？</translation>
    </message>
    <message>
        <source>The other lines already balance; there is no amount to fill in.</source>
        <translation>其他分录已经平衡，没有需要补齐的金额。</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>See the voucher as it will be printed (%1)</source>
        <translation>预览凭证的打印效果（%1）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the voucher (%1)</source>
        <translation>打印凭证（%1）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the printed voucher as a PDF file</source>
        <translation>将凭证打印为 PDF 文件</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Save the voucher first; then it can be printed.</source>
        <translation>请先保存凭证，然后才能打印。</translation>
    </message>
    <message>
        <source>Made from %1.</source>
        <translation>由 %1 生成。</translation>
    </message>
    <message>
        <source>New from Template…</source>
        <translation>调用常用凭证…</translation>
    </message>
    <message>
        <source>A new voucher from a saved template (%1 or %2)</source>
        <translation>从常用凭证新增凭证（%1 或 %2）</translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation>保存为常用凭证…</translation>
    </message>
    <message>
        <source>Keep this voucher&apos;s lines as a template for recurring entries</source>
        <translation>将本凭证的分录保存为常用凭证，供重复录入</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>常用凭证</translation>
    </message>
    <message>
        <source>Saved as template “%1”, with the amounts.</source>
        <translation>已保存为常用凭证“%1”（含金额）。</translation>
    </message>
    <message>
        <source>Saved as template “%1”, without the amounts.</source>
        <translation>已保存为常用凭证“%1”（不含金额）。</translation>
    </message>
    <message>
        <source>The templates cannot be read: %1</source>
        <translation>无法读取常用凭证：%1</translation>
    </message>
    <message>
        <source>New voucher from template “%1”.</source>
        <translation>已从常用凭证“%1”生成新凭证。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::VoucherImport</name>
    <message>
        <source>The file needs the columns %1; these are missing: %2.</source>
        <translation>文件需要以下列：%1；缺少：%2。</translation>
    </message>
    <message>
        <source>“%1” is not known here.</source>
        <translation>找不到“%1”。</translation>
    </message>
    <message>
        <source>Say which voucher the line belongs to.</source>
        <translation>请注明该行属于哪张凭证。</translation>
    </message>
    <message>
        <source>“%1” is not a date (write 2026-11-05).</source>
        <translation>“%1”不是日期（请写作 2026-11-05）。</translation>
    </message>
    <message>
        <source>Voucher “%1” has lines with different dates (%2 here, %3 before).</source>
        <translation>凭证“%1”各行日期不同（此处 %2，之前 %3）。</translation>
    </message>
    <message>
        <source>Enter the account&apos;s code.</source>
        <translation>请填写科目编码。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>没有科目 %1。</translation>
    </message>
    <message>
        <source>“%1” is not an amount with up to two decimals.</source>
        <translation>“%1”不是最多两位小数的金额。</translation>
    </message>
    <message>
        <source>The file has no voucher lines.</source>
        <translation>文件中没有凭证分录。</translation>
    </message>
    <message>
        <source>Voucher “%1”: %2</source>
        <translation>凭证“%1”：%2</translation>
    </message>
    <message>
        <source>The company file cannot be written now: %1</source>
        <translation>现在无法写入账套文件：%1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何记录：%1</translation>
    </message>
    <message>
        <source>A foreign amount or a rate needs the currency it is in.</source>
        <translation>原币金额或汇率须注明币种。</translation>
    </message>
    <message>
        <source>There is no currency %1.</source>
        <translation>没有币种 %1。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not an amount in %2 with up to %n decimal(s).</source>
        <translation>
            <numerusform>“%1”不是最多 %n 位小数的 %2 金额。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an exchange rate (more than zero, up to six decimals).</source>
        <translation>“%1”不是有效的汇率（须大于零，最多六位小数）。</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::VoucherLinesModel</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Foreign amount</source>
        <translation>原币金额</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::VoucherPostingService</name>
    <message>
        <source>The voucher could not be saved: %1</source>
        <translation>凭证无法保存：%1</translation>
    </message>
    <message>
        <source>The chart of accounts has no account %1.</source>
        <translation>会计科目表中没有科目 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The voucher has %n problem(s): %1</source>
        <translation>
            <numerusform>凭证有 %n 个问题：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The voucher to reverse no longer exists.</source>
        <translation>要冲销的凭证已不存在。</translation>
    </message>
    <message>
        <source>Only a posted voucher is reversed; a draft can simply be changed or deleted.</source>
        <translation>只有已记账凭证需要红字冲销；草稿凭证直接修改或删除即可。</translation>
    </message>
    <message>
        <source>Reversal of %1: %2</source>
        <translation>冲销 %1：%2</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::VoucherTemplateDialog</name>
    <message>
        <source>Save as Template</source>
        <translation>保存为常用凭证</translation>
    </message>
    <message>
        <source>Keep the amounts</source>
        <translation>保留金额</translation>
    </message>
    <message>
        <source>Off: a voucher made from the template has the accounts and summaries, and the amounts are typed each time.</source>
        <translation>不勾选：调用时只带出摘要和科目，金额每次录入。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C):</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::VoucherTemplatePicker</name>
    <message>
        <source>New Voucher from Template</source>
        <translation>调用常用凭证</translation>
    </message>
    <message>
        <source>Type part of a template&apos;s name, then press Enter:</source>
        <translation>输入常用凭证名称的一部分，然后按回车：</translation>
    </message>
    <message>
        <source>Template name or category</source>
        <translation>常用凭证名称或类别</translation>
    </message>
    <message>
        <source>with amounts</source>
        <translation>含金额</translation>
    </message>
    <message>
        <source>accounts only</source>
        <translation>仅科目</translation>
    </message>
    <message>
        <source>No templates yet. On a voucher, use “Save as Template” to keep one.</source>
        <translation>还没有常用凭证。在凭证上使用“保存为常用凭证”即可保存。</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>没有匹配的常用凭证。</translation>
    </message>
    <message>
        <source>Use Template</source>
        <translation>调用</translation>
    </message>
</context>
<context>
    <name>Backroom::Finance::VoucherTemplates</name>
    <message>
        <source>Voucher template</source>
        <translation>常用凭证</translation>
    </message>
    <message>
        <source>Voucher templates</source>
        <translation>常用凭证</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Groups the templates in the picker: month end, payroll, expenses…</source>
        <translation>在选择列表中对常用凭证分组：月末、工资、费用……</translation>
    </message>
    <message>
        <source>Voucher word</source>
        <translation>凭证字</translation>
    </message>
    <message>
        <source>Keeps the amounts</source>
        <translation>保留金额</translation>
    </message>
    <message>
        <source>Whether a voucher made from the template starts with the amounts it was saved with, or with the accounts alone.</source>
        <translation>调用常用凭证时是否带出保存时的金额，或只带出科目。</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>分录</translation>
    </message>
    <message>
        <source>Voucher template line</source>
        <translation>常用凭证分录</translation>
    </message>
    <message>
        <source>Voucher template lines</source>
        <translation>常用凭证分录</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>常用凭证</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>往来单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>职员</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>常用凭证需要名称。</translation>
    </message>
    <message>
        <source>Enter at least one line with an account before saving the voucher as a template.</source>
        <translation>请至少录入一行带科目的分录，再保存为常用凭证。</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>无法保存常用凭证：%1</translation>
    </message>
    <message>
        <source>This template no longer exists.</source>
        <translation>该常用凭证已不存在。</translation>
    </message>
    <message>
        <source>line %1: the account (#%2) has been removed</source>
        <translation>第 %1 行：科目（#%2）已删除</translation>
    </message>
    <message>
        <source>line %1: account %2 is no longer in use</source>
        <translation>第 %1 行：科目 %2 已停用</translation>
    </message>
    <message>
        <source>line %1: account %2 has sub-accounts now; post to one of them</source>
        <translation>第 %1 行：科目 %2 现已有下级科目，请使用其下级科目</translation>
    </message>
    <message>
        <source>Template “%1” cannot be used: %2. Change the template or make a new one.</source>
        <translation>常用凭证“%1”无法调用：%2。请修改该常用凭证或重新保存一个。</translation>
    </message>
</context>
<context>
    <name>Backroom::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation>返回列设置</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Choose a CSV file to import</source>
        <translation>选择要导入的 CSV 文件</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Column in file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>文件中的行号</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>How the file&apos;s text is encoded: change it if the preview shows garbled characters.</source>
        <translation>文件文字的编码方式：如果预览中出现乱码，请更改。</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The file is too large to import at once (%1 MB; at most %2 MB). Split it into smaller files.</source>
        <translation>文件太大，无法一次导入（%1 MB；最多 %2 MB）。请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The columns are mapped as in the last import of a file with these columns.</source>
        <translation>各列已按上次导入相同列的文件时的方式对应。</translation>
    </message>
    <message>
        <source>Columns were matched to fields by name. Check each one, or choose “(ignore)”.</source>
        <translation>已按名称将各列对应到字段。请逐一核对，或选择“（忽略）”。</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>“%1” is not an amount with at most %2 decimals.</source>
        <translation>“%1”不是最多 %2 位小数的金额。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>第 %1 行有 %2 个字段，而表头有 %3 个。</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows here.</source>
        <translation>选择文件后，这里会显示其前几行。</translation>
    </message>
    <message>
        <source>The file has a header but no rows to import.</source>
        <translation>文件只有表头，没有可导入的行。</translation>
    </message>
    <message>
        <source>Map at least one column to a field to see the preview.</source>
        <translation>请至少将一列对应到字段以查看预览。</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows as they will be imported. Cells in red will not import; point at one to see why.</source>
        <translation>共 %2 行中的前 %1 行，按导入后的样子显示。红色单元格无法导入；将鼠标指向它可查看原因。</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows as they will be imported.</source>
        <translation>共 %2 行中的前 %1 行，按导入后的样子显示。</translation>
    </message>
    <message>
        <source>1 row, %1 columns</source>
        <translation>1 行，%1 列</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns</source>
        <translation>%1 行，%2 列</translation>
    </message>
    <message>
        <source>No column is mapped to a field yet.</source>
        <translation>还没有列对应到字段。</translation>
    </message>
    <message>
        <source>Required fields without a column: %1.</source>
        <translation>以下必填字段没有对应的列：%1。</translation>
    </message>
    <message>
        <source>Choose a file to import first.</source>
        <translation>请先选择要导入的文件。</translation>
    </message>
    <message>
        <source>Checking and importing %1 rows…</source>
        <translation>正在检查并导入 %1 行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何记录。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>1 record was imported into %1.</source>
        <translation>已将 1 条记录导入%1。</translation>
    </message>
    <message>
        <source>%1 records were imported into %2.</source>
        <translation>已将 %1 条记录导入%2。</translation>
    </message>
    <message>
        <source>The import failed for an unknown reason.</source>
        <translation>导入失败，原因不明。</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem was found.</source>
        <translation>未导入任何记录：发现 1 个问题。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problems were found.</source>
        <translation>未导入任何记录：发现 %1 个问题。</translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation>仅列出前 %1 个。</translation>
    </message>
    <message>
        <source>Correct the file, then import it again.</source>
        <translation>请修正文件后重新导入。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>%1 - problems.csv</source>
        <translation>%1 - 问题.csv</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
</context>
<context>
    <name>Backroom::ImportMappings</name>
    <message>
        <source>The column mapping could not be remembered: %1</source>
        <translation>无法记住列对应关系：%1</translation>
    </message>
    <message>
        <source>The column mapping could not be forgotten: %1</source>
        <translation>无法删除记住的列对应关系：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::BackupActions</name>
    <message>
        <source>Back Up Company</source>
        <translation>备份账套</translation>
    </message>
    <message>
        <source>Backroom backups (*.bkbackup)</source>
        <translation>后台备份文件 (*.bkbackup)</translation>
    </message>
    <message>
        <source>Backing up “%1”…</source>
        <translation>正在备份“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>备份已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2).</source>
        <translation>已备份到 %1（%2）。</translation>
    </message>
    <message>
        <source>Automatic Backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>The automatic backup was skipped.</source>
        <translation>已跳过本次自动备份。</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>Automatic Backup Failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>The automatic backup of “%1” failed: %2

Check the folder in Edit → Preferences → Backups, or back up with File → Back Up Company.</source>
        <translation>“%1”的自动备份失败：%2

请检查“编辑 → 首选项 → 备份”中的文件夹，或用“文件 → 备份账套”手动备份。</translation>
    </message>
    <message>
        <source>No automatic backups: %1</source>
        <translation>不进行自动备份：%1</translation>
    </message>
    <message>
        <source>Making the scheduled backup of “%1”…</source>
        <translation>正在按计划备份“%1”…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Automatic backup made: %1</source>
        <translation>已自动备份：%1</translation>
    </message>
    <message>
        <source>No automatic backup was made: %1</source>
        <translation>未进行自动备份：%1</translation>
    </message>
    <message>
        <source>Backing up “%1” before closing it…</source>
        <translation>关闭前正在备份“%1”…</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::BackupCommand</name>
    <message>
        <source>backup needs a FILE and an OUT file</source>
        <translation>backup 需要 FILE 和输出文件 OUT</translation>
    </message>
    <message>
        <source>a backup is written to a file, not to a server</source>
        <translation>备份只能写入文件，不能写入服务器</translation>
    </message>
    <message>
        <source>Backed up “%1” to %2: %3 of data in %4, checked (integrity, references) and synced to disk.</source>
        <translation>已将“%1”备份到 %2：%3 的数据压缩为 %4，已校验（完整性、引用关系）并写入磁盘。</translation>
    </message>
    <message>
        <source>Schema versions: %1</source>
        <translation>表结构版本：%1</translation>
    </message>
    <message>
        <source>SHA-256 of the data: %1</source>
        <translation>数据的 SHA-256：%1</translation>
    </message>
    <message>
        <source>restore needs a BACKUP and a TARGET</source>
        <translation>restore 需要备份文件 BACKUP 和目标 TARGET</translation>
    </message>
    <message>
        <source>Say who you are: --user NAME (or set BACKROOM_USER). Restoring needs an administrator of the company in the backup.</source>
        <translation>请说明您是谁：--user 用户名（或设置 BACKROOM_USER）。恢复需要备份中账套的管理员。</translation>
    </message>
    <message>
        <source>Password for “%1”: </source>
        <translation>“%1”的密码：</translation>
    </message>
    <message>
        <source>No password: set %1, or run the command in a terminal.</source>
        <translation>没有密码：请设置 %1，或在终端中运行该命令。</translation>
    </message>
    <message>
        <source>users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Restored “%1” from the backup made %2 with Backroom %3 to %4.</source>
        <translation>已将“%1”从 %2 由后台 %3 生成的备份恢复到 %4。</translation>
    </message>
    <message>
        <source>Its tables were brought up to this version of Backroom.</source>
        <translation>其表结构已升级到本版本后台。</translation>
    </message>
    <message>
        <source>The company that was there is kept as %1.</source>
        <translation>原有的账套已保留为 %1。</translation>
    </message>
    <message>
        <source>“%1” already exists. Restore to another name, or add --force to replace it (the company there is then kept aside under a new name).</source>
        <translation>“%1”已存在。请恢复为其他名称，或加上 --force 替换它（原有的账套将改名保留）。</translation>
    </message>
    <message>
        <source>backup --folder takes one company (a file or a server address) and no OUT</source>
        <translation>backup --folder 只需一个账套（文件或服务器地址），不带 OUT</translation>
    </message>
    <message>
        <source>--folder needs a folder</source>
        <translation>--folder 需要指定文件夹</translation>
    </message>
    <message>
        <source>Backups of “%1” in %2: %3 kept (at most %4), %5 older removed.</source>
        <translation>“%1”在 %2 中的备份：保留 %3 个（最多 %4 个），删除较早的 %5 个。</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::ChangePasswordDialog</name>
    <message>
        <source>Change Password — %1</source>
        <translation>修改密码 — %1</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::Cli</name>
    <message>
        <source>backroom-cli: %1</source>
        <translation>backroom-cli: %1</translation>
    </message>
    <message>
        <source>Run “backroom-cli --help” for usage.</source>
        <translation>运行“backroom-cli --help”查看用法。</translation>
    </message>
    <message>
        <source>unknown language “%1” (use zh_CN or en)</source>
        <translation>未知语言“%1”（请使用 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>modules takes no arguments</source>
        <translation>modules 命令不接受参数</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>init needs exactly one FILE</source>
        <translation>init 命令需要且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>My Company</source>
        <translation>我的公司</translation>
    </message>
    <message>
        <source>info needs exactly one FILE</source>
        <translation>info 命令需要且只能指定一个 FILE</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>%1 with Backroom %2</source>
        <translation>%1（由后台 %2 创建）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Demo data:</source>
        <translation>演示数据：</translation>
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
        <source>Integrity:</source>
        <translation>完整性：</translation>
    </message>
    <message>
        <source>ok (quick check passed)</source>
        <translation>正常（快速检查通过）</translation>
    </message>
    <message>
        <source>Schema versions:</source>
        <translation>数据结构版本：</translation>
    </message>
    <message>
        <source>module not installed here</source>
        <translation>本机未安装该模块</translation>
    </message>
    <message>
        <source>newer than this build (%1)</source>
        <translation>高于本程序支持的版本（%1）</translation>
    </message>
    <message>
        <source>will be upgraded to %1 when opened</source>
        <translation>打开时将升级到 %1</translation>
    </message>
    <message>
        <source>(module %1)</source>
        <translation>（模块 %1）</translation>
    </message>
    <message>
        <source>The company file failed its integrity check.</source>
        <translation>账套文件未通过完整性检查。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>No modules found in %1.</source>
        <translation>在 %1 中未找到任何模块。</translation>
    </message>
    <message>
        <source>--format, -o and --search only apply to export</source>
        <translation>--format、-o 和 --search 只能用于 export</translation>
    </message>
    <message>
        <source>entities takes no arguments</source>
        <translation>entities 不接受参数</translation>
    </message>
    <message>
        <source>There is no entity “%1”; “backroom-cli entities” lists them.</source>
        <translation>没有实体“%1”；可用“backroom-cli entities”查看所有实体。</translation>
    </message>
    <message>
        <source> required</source>
        <translation> 必填</translation>
    </message>
    <message>
        <source> unique</source>
        <translation> 唯一</translation>
    </message>
    <message>
        <source> sensitive</source>
        <translation> 敏感</translation>
    </message>
    <message>
        <source>import needs FILE, ENTITY and CSV</source>
        <translation>import 需要 FILE、ENTITY 和 CSV 三个参数</translation>
    </message>
    <message>
        <source>--delimiter takes one character (or “tab”)</source>
        <translation>--delimiter 只接受一个字符（或“tab”）</translation>
    </message>
    <message>
        <source>“%1” is larger than 512 MB; split it into smaller files.</source>
        <translation>“%1”超过 512 MB；请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>line %1, column “%2”: %3</source>
        <translation>第 %1 行，“%2”列：%3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何记录。</translation>
    </message>
    <message>
        <source>Imported %1 records into %2 (%3, delimiter “%4”).</source>
        <translation>已将 %1 条记录导入%2（%3，分隔符“%4”）。</translation>
    </message>
    <message>
        <source>export needs FILE and ENTITY</source>
        <translation>export 需要 FILE 和 ENTITY 两个参数</translation>
    </message>
    <message>
        <source>export needs -o OUT (or -o - for standard output)</source>
        <translation>export 需要 -o OUT（或用 -o - 输出到标准输出）</translation>
    </message>
    <message>
        <source>XLSX cannot be written to standard output; give a file name</source>
        <translation>XLSX 不能写到标准输出；请指定文件名</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>已导出 %1 条记录到 %2。</translation>
    </message>
    <message>
        <source>generate needs FILE, ENTITY and COUNT</source>
        <translation>generate 需要 FILE、ENTITY 和 COUNT 三个参数</translation>
    </message>
    <message>
        <source>COUNT must be a number from 1 to 100000000</source>
        <translation>COUNT 必须是 1 到 100000000 之间的数字</translation>
    </message>
    <message>
        <source>Record %1 could not be generated: %2 Nothing was added.</source>
        <translation>无法生成第 %1 条记录：%2 未添加任何记录。</translation>
    </message>
    <message>
        <source>The records could not be saved: %1</source>
        <translation>无法保存记录：%1</translation>
    </message>
    <message>
        <source>Added %1 synthetic %2.</source>
        <translation>已添加 %1 条合成的%2记录。</translation>
    </message>
    <message>
        <source>--template only applies to print</source>
        <translation>--template 只能用于 print</translation>
    </message>
    <message>
        <source>print needs FILE, ENTITY and an ID or NUMBER</source>
        <translation>print 需要 FILE、ENTITY 以及 ID 或编号</translation>
    </message>
    <message>
        <source>print needs --pdf OUT</source>
        <translation>print 需要 --pdf OUT</translation>
    </message>
    <message>
        <source>There is no %1 with the id or number “%2”.</source>
        <translation>没有标识或编号为“%2”的%1。</translation>
    </message>
    <message>
        <source>Printed %1 to %2</source>
        <translation>已将%1打印到 %2</translation>
    </message>
    <message>
        <source>templates needs FILE and optionally an ENTITY</source>
        <translation>templates 需要 FILE，可选 ENTITY</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>--param, --csv and --xlsx only apply to report</source>
        <translation>--param、--csv 和 --xlsx 只能用于 report</translation>
    </message>
    <message>
        <source>--pdf only applies to print and report</source>
        <translation>--pdf 只能用于 print 和 report</translation>
    </message>
    <message>
        <source>--unmask only applies to export and print</source>
        <translation>--unmask 只适用于 export 和 print</translation>
    </message>
    <message>
        <source>Password for the administrator “%1”: </source>
        <translation>管理员“%1”的密码：</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>init needs the administrator&apos;s password: set %1, or run it in a terminal.</source>
        <translation>init 需要管理员密码：请设置 %1，或在终端中运行。</translation>
    </message>
    <message>
        <source>Created company “%1” in %2; its administrator is “%3”.</source>
        <translation>已在 %2 中创建账套“%1”，管理员为“%3”。</translation>
    </message>
    <message>
        <source>Say who you are: --user NAME (or set BACKROOM_USER).</source>
        <translation>请指明用户：--user 用户名（或设置 BACKROOM_USER）。</translation>
    </message>
    <message>
        <source>Password for “%1”: </source>
        <translation>“%1”的密码：</translation>
    </message>
    <message>
        <source>No password: set %1, or run the command in a terminal.</source>
        <translation>没有密码：请设置 %1，或在终端中运行该命令。</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so the file was not kept: %1</source>
        <translation>无法将此次导出记入审计日志，因此未保留该文件：%1</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>migrate needs a SOURCE and a TARGET</source>
        <translation>migrate 需要一个 SOURCE 和一个 TARGET</translation>
    </message>
    <message>
        <source>The copy could not be recorded in the audit log: %1</source>
        <translation>无法在审计日志中记录此次复制：%1</translation>
    </message>
    <message>
        <source>Copied “%1” to %2: %3 rows in %4 tables, the same as in the company; audit log of %5 entries intact; every check passed.</source>
        <translation>已将“%1”复制到 %2：%4 张表共 %3 行，与账套一致；审计日志 %5 条完好；全部检查通过。</translation>
    </message>
    <message>
        <source>--encoding, --delimiter and --post only apply to import</source>
        <translation>--encoding、--delimiter 和 --post 只用于 import</translation>
    </message>
    <message>
        <source>--post does not apply to %1</source>
        <translation>--post 不适用于 %1</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx (or a module&apos;s own format for the entity, such as ledger for finance.voucher)</source>
        <translation>--format 必须是 csv 或 xlsx（或模块为该实体提供的格式，如 finance.voucher 的 ledger）</translation>
    </message>
    <message>
        <source>--force only applies to restore</source>
        <translation>--force 只适用于 restore</translation>
    </message>
    <message>
        <source>--choice needs ID=VALUE, e.g. finance.chart=generic-small-business</source>
        <translation>--choice 需要 ID=VALUE 的形式，例如 finance.chart=generic-small-business</translation>
    </message>
    <message>
        <source>--demo, --name and --choice only apply to init</source>
        <translation>--demo、--name 和 --choice 只用于 init</translation>
    </message>
    <message>
        <source>--repair only applies to verify</source>
        <translation>--repair 只能用于 verify</translation>
    </message>
    <message>
        <source>--%1 only applies to import</source>
        <translation>--%1 只能用于 import</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2</source>
        <translation>--%1 不适用于 %2</translation>
    </message>
    <message>
        <source>--delimiter does not apply to %1: the file&apos;s own is found</source>
        <translation>--delimiter 不适用于 %1：程序会自动识别文件的分隔符</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>--folder and --keep only apply to backup</source>
        <translation>--folder 和 --keep 只适用于 backup</translation>
    </message>
    <message>
        <source>--keep only applies with --folder</source>
        <translation>--keep 只能与 --folder 一起使用</translation>
    </message>
    <message>
        <source>--keep takes how many backups to keep, from 1 to 999</source>
        <translation>--keep 指定保留的备份个数，1 到 999</translation>
    </message>
    <message>
        <source>Usage: backroom-cli [--lang zh_CN|en] COMMAND [ARGUMENTS]

Backroom&apos;s headless tool: works on company files without the desktop window.

Commands:
  init FILE [--demo] [--name NAME]   create a new company file (--demo adds sample data)
       [--choice ID=VALUE]…          answer a module&apos;s question, e.g. the chart of accounts:
                                     --choice finance.chart=generic-small-business
  info FILE                          show a company file&apos;s name, versions and integrity
  modules                            list the installed modules, their state and errors
  entities                           list the kinds of records (entities) and their fields
  import FILE ENTITY CSV             import CSV rows into ENTITY: all rows or none
         [--encoding NAME] [--delimiter CHAR] [--post]
         (finance.account: code, name, category[, parent]; finance.voucher: one row per
          line, date, voucher, summary, account, debit, credit; --post posts them)
         finance.bank_statement: a bank&apos;s statement export, --account CODE (the bank
         account), [--opening AMOUNT | --closing AMOUNT] when the file has no balance
         column, [--match] to match it with the books automatically
  export FILE ENTITY -o OUT          export ENTITY&apos;s records (-o - writes CSV to standard output)
         [--format csv|xlsx|ledger] [--search TEXT] (ledger: finance.voucher&apos;s posted journal)
  generate FILE ENTITY COUNT         add COUNT synthetic, valid records (for benchmarks)
  print FILE ENTITY ID|NUMBER --pdf OUT [--template NAME]
                                     print one record to a PDF with its template
  templates FILE [ENTITY]            list the print templates and which copy is in use
  reports FILE                       list the reports and their parameters
  report FILE REPORT-ID              run a report into a file
         [--param KEY=VALUE]… (--pdf OUT | --csv OUT | --xlsx OUT)
  verify FILE [--repair]             check integrity, foreign keys, the audit log and module rules;
                                     --repair rebuilds derived data that failed (kept balances)
                                     from the records, then checks again (administrators only)
  migrate SOURCE TARGET              copy a company to a new file or an empty PostgreSQL database
                                     (or back), then prove the copy (administrators only)
  backup FILE OUT                    write a checked, compressed backup of a company (a file or
                                     a server&apos;s) to OUT (.bkbackup; administrators only)
  backup FILE --folder DIR [--keep N]
                                     the scheduled job: a backup into DIR, then only this
                                     company&apos;s newest N backups there are kept (default 14)
  restore BACKUP TARGET [--force]    check a backup, then restore it to a new company file or an
                                     empty PostgreSQL database; --force replaces an existing file,
                                     which is kept aside (an administrator of the backed-up company)
  who FILE                           who is working in the company now: each server connection&apos;s
                                     user, computer, kind, start and state (a file: which desk)

Options:
  --user NAME       who signs in (default: BACKROOM_USER; init: the administrator, default admin)
  --unmask          export and print: sensitive values in clear (needs the unmask permission)
  --lang zh_CN|en   language of messages (and of a new company&apos;s data)
  -h, --help        show this help
  -v, --version     show the version

The password comes from BACKROOM_PASSWORD, from the file named by BACKROOM_PASSWORD_FILE
(readable by its owner only), or is asked for on the terminal. Every command but info, who and
verify (without --repair) signs in, and does only what the user&apos;s roles allow.

FILE may also be a PostgreSQL database: postgresql://user@host:port/database[?schema=NAME],
its password in PGPASSWORD or ~/.pgpass, never in the address.

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>用法：backroom-cli [--lang zh_CN|en] 命令 [参数]

后台的命令行工具：无需桌面窗口即可处理账套文件。

命令：
  init FILE [--demo] [--name NAME]   新建账套文件（--demo 添加演示数据）
       [--choice ID=VALUE]…          回答模块的建账问题，例如会计科目表：
                                     --choice finance.chart=generic-small-business
  info FILE                          显示账套文件的名称、版本和完整性
  modules                            列出已安装的模块及其状态和错误
  entities                           列出记录类型（实体）及其字段
  import FILE ENTITY CSV             将 CSV 行导入 ENTITY：要么全部导入，要么一行也不导入
         [--encoding NAME] [--delimiter CHAR] [--post]
         （finance.account：code、name、category[、parent]；finance.voucher：每行一条分录，
          date、voucher、summary、account、debit、credit；--post 同时记账）
         finance.bank_statement：银行导出的对账单，--account CODE（银行存款科目），
         文件没有余额列时给出 [--opening AMOUNT | --closing AMOUNT]，
         [--match] 导入后自动与账面勾对
  export FILE ENTITY -o OUT          导出 ENTITY 的记录（-o - 将 CSV 写到标准输出）
         [--format csv|xlsx|ledger] [--search TEXT]（ledger：finance.voucher 的已记账序时账）
  generate FILE ENTITY COUNT         添加 COUNT 条合成的有效记录（用于性能测试）
  print FILE ENTITY ID|NUMBER --pdf OUT [--template NAME]
                                     用模板将一条记录打印为 PDF
  templates FILE [ENTITY]            列出打印模板及正在使用的版本
  reports FILE                       列出报表及其参数
  report FILE REPORT-ID              运行报表并写入文件
         [--param KEY=VALUE]… (--pdf OUT | --csv OUT | --xlsx OUT)
  verify FILE [--repair]             校验完整性、外键、审计日志和模块规则；
                                     --repair 依据原始记录重建未通过校验的派生数据（科目余额），
                                     然后再次校验（仅限管理员）
  migrate SOURCE TARGET              将账套复制到新文件或空的 PostgreSQL 数据库（或反向），
                                     并校验副本（仅限管理员）
  backup FILE OUT                    将账套（文件或服务器上的）备份为经过校验的压缩文件 OUT
                                     （.bkbackup；仅限管理员）
  backup FILE --folder DIR [--keep N]
                                     计划任务用：备份到文件夹 DIR，然后只保留该账套在
                                     其中最新的 N 个备份（默认 14 个）
  restore BACKUP TARGET [--force]    校验备份后恢复到新的账套文件或空的 PostgreSQL 数据库；
                                     --force 替换已有文件，原文件改名保留（需备份中账套的管理员）
  who FILE                           查看当前谁在使用该账套：服务器上每个连接的用户、
                                     计算机、连接类型、连接时间和状态（账套文件：哪台电脑在用）

选项：
  --user NAME       登录的用户（默认取 BACKROOM_USER；init 时为管理员，默认 admin）
  --unmask          export 和 print：敏感数据明文输出（需要“查看敏感数据”权限）
  --lang zh_CN|en   消息的语言（以及新账套数据的语言）
  -h, --help        显示本帮助
  -v, --version     显示版本

密码取自 BACKROOM_PASSWORD，或取自 BACKROOM_PASSWORD_FILE 指定的文件（只能其所有者可读），
否则在终端中询问。除 info、who 和 verify（不带 --repair）外，每个命令都要登录，
并且只能执行该用户角色允许的操作。

FILE 也可以是 PostgreSQL 数据库：postgresql://用户@主机:端口/数据库[?schema=名称]，
密码放在 PGPASSWORD 或 ~/.pgpass 中，绝不写在地址里。

退出码：0 成功，1 失败，2 用法错误。
</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::FirstAdministratorDialog</name>
    <message>
        <source>Set Up the Administrator — %1</source>
        <translation>设置管理员 — %1</translation>
    </message>
    <message>
        <source>“%1” has no users yet. Choose the administrator&apos;s user name and password: the administrator signs in first and adds everyone else under Administration → Users.</source>
        <translation>“%1”还没有用户。请设置管理员的用户名和密码：管理员首先登录，再在“系统管理 → 用户”中添加其他人员。</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create and Sign In</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::HomePage</name>
    <message>
        <source>Nothing needs your attention</source>
        <translation>暂无待办事项</translation>
    </message>
    <message>
        <source>Vouchers waiting for your review, requests waiting for your approval, contracts coming up for renewal and other work assigned to you will be listed here.</source>
        <translation>待您审核的凭证、待您审批的申请、即将到期需续签的合同，以及分配给您的其他工作，都会列在这里。</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>%1，早上好</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>%1，下午好</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>%1，晚上好</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::MainWindow</name>
    <message>
        <source>Backroom</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>Some modules could not be started; Help → Module Status shows why.</source>
        <translation>部分模块无法启动，可在“帮助 → 模块状态”中查看原因。</translation>
    </message>
    <message>
        <source>&amp;Close Company</source>
        <translation>关闭账套(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back Up Company…</source>
        <translation>备份账套(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the current document or report</source>
        <translation>打印当前单据或报表</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the current list or report</source>
        <translation>导出当前列表或报表</translation>
    </message>
    <message>
        <source>&amp;Department Bar</source>
        <translation>部门栏(&amp;D)</translation>
    </message>
    <message>
        <source>My Work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <source>My Work (Alt+Home)</source>
        <translation>我的工作（Alt+Home）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>新建账套(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Company…</source>
        <translation>打开账套(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Company</source>
        <translation>打开演示账套(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>模块(&amp;M)</translation>
    </message>
    <message>
        <source>My &amp;Work</source>
        <translation>我的工作(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Module Status…</source>
        <translation>模块状态(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;About Backroom</source>
        <translation>关于后台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Cannot Open Company</source>
        <translation>无法打开账套</translation>
    </message>
    <message>
        <source>This company also has data of modules not installed here (%1); it is kept unchanged.</source>
        <translation>本账套还包含本机未安装的模块的数据（%1），这些数据将原样保留。</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Company</source>
        <translation>无法创建演示账套</translation>
    </message>
    <message>
        <source>%1 — Backroom</source>
        <translation>%1 — 后台</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>公司：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>No company open</source>
        <translation>未打开账套</translation>
    </message>
    <message>
        <source>Cannot Create Company</source>
        <translation>无法创建账套</translation>
    </message>
    <message>
        <source>Open Company</source>
        <translation>打开账套</translation>
    </message>
    <message>
        <source>Backroom companies (*.backroom);;All files (*)</source>
        <translation>后台账套文件 (*.backroom);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backroom companies (*.backroom)</source>
        <translation>后台账套文件 (*.backroom)</translation>
    </message>
    <message>
        <source>About Backroom</source>
        <translation>关于后台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;An offline back-office suite for one office: finance, HR and payroll, procurement, stores, administration, IT, legal, facilities, customer service and operations.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;后台 %1&lt;/h3&gt;&lt;p&gt;面向单个办公室的离线后台办公套件，涵盖财务、人事与薪资、采购、仓储、行政、IT、法务、物业设施、客户服务和运营。&lt;/p&gt;&lt;p&gt;本软件为自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Printer &amp;Calibration…</source>
        <translation>打印机校准(&amp;C)…</translation>
    </message>
    <message>
        <source>There is nothing to print on this page.</source>
        <translation>此页面没有可打印的内容。</translation>
    </message>
    <message>
        <source>There is nothing to export on this page.</source>
        <translation>此页面没有可导出的内容。</translation>
    </message>
    <message>
        <source>Cannot Sign In</source>
        <translation>无法登录</translation>
    </message>
    <message>
        <source>Administrator Set Up</source>
        <translation>已设置管理员</translation>
    </message>
    <message>
        <source>Signing in to “%1” without a window needs --user and the password in BACKROOM_PASSWORD.</source>
        <translation>在无窗口模式下登录“%1”需要 --user 以及 BACKROOM_PASSWORD 中的密码。</translation>
    </message>
    <message>
        <source>Demo company: user “%1”, password “%2”.</source>
        <translation>演示账套：用户名“%1”，密码“%2”。</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>已锁定 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Backroom was locked after %n idle minute(s). Enter your password to go on.</source>
        <translation>
            <numerusform>后台已在空闲 %n 分钟后锁定。请输入密码以继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hange Password…</source>
        <translation>修改密码(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Backroom is locked. Enter your password to go on.</source>
        <translation>后台已锁定。请输入密码以继续。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Open &amp;Server Company…</source>
        <translation>打开服务器账套(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a checked, compressed backup of the open company</source>
        <translation>为当前账套保存一份经过校验的压缩备份</translation>
    </message>
    <message>
        <source>&amp;Restore Company…</source>
        <translation>恢复账套(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore a company from a backup file</source>
        <translation>从备份文件恢复账套</translation>
    </message>
    <message>
        <source>Restore Company</source>
        <translation>恢复账套</translation>
    </message>
    <message>
        <source>Backroom backups (*.bkbackup);;All files (*)</source>
        <translation>后台备份文件 (*.bkbackup);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restore “%1” As</source>
        <translation>将“%1”恢复为</translation>
    </message>
    <message>
        <source>Replace Company</source>
        <translation>替换账套</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the backup of “%2” made on %3?</source>
        <translation>“%1”已存在。要用“%2”于 %3 生成的备份替换它吗？</translation>
    </message>
    <message>
        <source>The company there now is not deleted: it is kept in the same folder as “%1”.</source>
        <translation>现有的账套不会被删除：它会以“%1”的名称保留在同一文件夹中。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Checking and restoring “%1”…</source>
        <translation>正在校验并恢复“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>恢复已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” was restored from the backup made on %2 to “%3”.</source>
        <translation>已将“%1”从 %2 生成的备份恢复到“%3”。</translation>
    </message>
    <message>
        <source>The company that was there is kept as “%1”.</source>
        <translation>原有的账套已保留为“%1”。</translation>
    </message>
    <message>
        <source>Company Restored</source>
        <translation>账套已恢复</translation>
    </message>
    <message>
        <source>&amp;Verify Data…</source>
        <translation>账套检查(&amp;V)…</translation>
    </message>
    <message>
        <source>Check the open company&apos;s integrity, references, audit log and books</source>
        <translation>检查当前账套的完整性、引用关系、审计日志和账簿</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>无法读取系统凭据管理器：%1</translation>
    </message>
    <message>
        <source>The server refused the password saved in the system keychain, so it was forgotten. Type the password again.</source>
        <translation>服务器拒绝了系统凭据管理器中保存的密码，该密码已清除。请重新输入密码。</translation>
    </message>
    <message>
        <source>The saved password could not be forgotten: %1</source>
        <translation>无法清除已保存的密码：%1</translation>
    </message>
    <message>
        <source>The server&apos;s password is kept in the system keychain.</source>
        <translation>服务器密码已保存在系统凭据管理器中。</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>无法将密码保存到系统凭据管理器：%1</translation>
    </message>
    <message>
        <source>Cannot Forget the Password</source>
        <translation>无法清除密码</translation>
    </message>
    <message>
        <source>The system keychain could not forget the password: %1</source>
        <translation>系统凭据管理器无法清除该密码：%1</translation>
    </message>
    <message>
        <source>The password saved for %1 was forgotten.</source>
        <translation>已清除为 %1 保存的密码。</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::ModuleArea</name>
    <message>
        <source>%1 could not be started</source>
        <translation>%1模块无法启动</translation>
    </message>
    <message>
        <source>%1

The other departments work normally. Reinstalling Backroom usually repairs a module; Help → Module Status shows every module&apos;s state.</source>
        <translation>%1

其他部门不受影响，可以正常使用。重新安装后台通常可以修复模块；在“帮助 → 模块状态”中可查看各模块的状态。</translation>
    </message>
    <message>
        <source>Open or create a company to work in %1.</source>
        <translation>请先打开或新建账套，然后即可使用%1。</translation>
    </message>
    <message>
        <source>%1 has no pages yet.</source>
        <translation>%1暂无页面。</translation>
    </message>
    <message>
        <source>This page could not be opened</source>
        <translation>无法打开此页面</translation>
    </message>
    <message>
        <source>The %1 module failed to build the page “%2”. The rest of Backroom works normally.</source>
        <translation>%1模块未能创建页面“%2”。后台的其他部分可以正常使用。</translation>
    </message>
    <message>
        <source>%1 may not open any page of %2. An administrator can grant it with a role.</source>
        <translation>%1 无权打开%2的任何页面。管理员可以通过角色授予此权限。</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::ModulesDialog</name>
    <message>
        <source>Module Status</source>
        <translation>模块状态</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Modules are loaded from %1.</source>
        <translation>模块的加载位置：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::NewCompanyDialog</name>
    <message>
        <source>Fill with demo data to try things out</source>
        <translation>填入演示数据，方便试用</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>新建账套</translation>
    </message>
    <message>
        <source>e.g. 上海示例贸易有限公司</source>
        <translation>例如：上海示例贸易有限公司</translation>
    </message>
    <message>
        <source>The language of the chart of accounts, the forms and the demo data.</source>
        <translation>会计科目、单据和演示数据所用的语言。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Company &amp;file:</source>
        <translation>账套文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>company</source>
        <translation>账套</translation>
    </message>
    <message>
        <source>New Company File</source>
        <translation>新建账套文件</translation>
    </message>
    <message>
        <source>Backroom companies (*.backroom)</source>
        <translation>后台账套文件 (*.backroom)</translation>
    </message>
    <message>
        <source>A file with this name already exists.</source>
        <translation>已存在同名文件。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>On a Server…</source>
        <translation>放在服务器上…</translation>
    </message>
    <message>
        <source>Keep the company on a PostgreSQL server, for several clerks at once.</source>
        <translation>将账套放在 PostgreSQL 服务器上，供多名人员同时使用。</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::PasswordPrompt</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The password file “%1” (%2) cannot be read: %3</source>
        <translation>无法读取密码文件“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>The password file “%1” can be read by other users of this computer; make it readable by its owner only (chmod 600).</source>
        <translation>密码文件“%1”可被本机其他用户读取；请将其设为仅所有者可读（chmod 600）。</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Backroom starts.</source>
        <translation>更改的语言将在下次启动后台时生效。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Backroom will use the new language the next time it starts.</source>
        <translation>后台将在下次启动时使用新语言。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock when &amp;idle for:</source>
        <translation>空闲多久后锁定(&amp;I)：</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up the open company &amp;automatically</source>
        <translation>自动备份当前账套(&amp;A)</translation>
    </message>
    <message>
        <source>A folder on another disk, a USB drive or a network share</source>
        <translation>另一块磁盘、U 盘或网络共享上的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Folder for Automatic Backups</source>
        <translation>自动备份文件夹</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Only when closing</source>
        <translation>仅在关闭时</translation>
    </message>
    <message>
        <source>Also when the company is &amp;closed</source>
        <translation>关闭账套时也备份(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留份数(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>备份间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Each backup is checked before older ones are removed; the number above is kept per company. File → Back Up Company makes one at any time, File → Restore Company brings one back.</source>
        <translation>每份新备份校验通过后才会删除较早的备份；上面的份数按账套分别计算。随时可用“文件 → 备份账套”手动备份，用“文件 → 恢复账套”恢复。</translation>
    </message>
    <message>
        <source>Choose the folder the backups go to.</source>
        <translation>请选择存放备份的文件夹。</translation>
    </message>
    <message>
        <source>With neither a schedule nor closing, no automatic backup is ever made.</source>
        <translation>既不定时也不在关闭时备份，就永远不会自动备份。</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the open company: a failing disk would take the backups with it. Choose another disk, a USB drive or a network share.</source>
        <translation>该文件夹与当前账套在同一块磁盘上：磁盘一旦损坏，备份也会一起丢失。请选择另一块磁盘、U 盘或网络共享。</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::ReportCommand</name>
    <message>
        <source>reports needs exactly one FILE</source>
        <translation>reports 只需要一个 FILE</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source> (default %1)</source>
        <translation>（默认 %1）</translation>
    </message>
    <message>
        <source>report needs FILE and REPORT-ID</source>
        <translation>report 需要 FILE 和 REPORT-ID</translation>
    </message>
    <message>
        <source>report needs exactly one of --pdf OUT, --csv OUT or --xlsx OUT</source>
        <translation>report 需要且只能使用 --pdf OUT、--csv OUT 或 --xlsx OUT 之一</translation>
    </message>
    <message>
        <source>there is no report “%1”; “backroom-cli reports FILE” lists them</source>
        <translation>没有报表“%1”；“backroom-cli reports FILE”可列出所有报表</translation>
    </message>
    <message>
        <source>--param takes key=value, not “%1”</source>
        <translation>--param 的格式是 key=value，而不是“%1”</translation>
    </message>
    <message>
        <source>Wrote “%1” (%2 rows) to %3.</source>
        <translation>已将“%1”（%2 行）写入 %3。</translation>
    </message>
    <message>
        <source>The report could not be recorded in the audit log, so the file was not kept: %1</source>
        <translation>无法将此报表记入审计日志，因此未保留该文件：%1</translation>
    </message>
    <message>
        <source>no %1 is known as “%2” (give its code or name, or #number)</source>
        <translation>找不到“%2”对应的 %1（请给出编码或名称，或 #编号）</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::ServerCompanyDialog</name>
    <message>
        <source>Open Server Company</source>
        <translation>打开服务器账套</translation>
    </message>
    <message>
        <source>e.g. db.office.lan</source>
        <translation>例如 db.office.lan</translation>
    </message>
    <message>
        <source>e.g. books</source>
        <translation>例如 books</translation>
    </message>
    <message>
        <source>optional: one company per schema</source>
        <translation>可选：每个模式一个账套</translation>
    </message>
    <message>
        <source>Several companies can share one database, each in a schema of its own.</source>
        <translation>多个账套可以共用一个数据库，各自使用自己的模式。</translation>
    </message>
    <message>
        <source>not stored; asked again next time</source>
        <translation>不保存；下次重新询问</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Encrypted, server certificate verified</source>
        <translation>加密并验证服务器证书</translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation>不加密（仅限本机）</translation>
    </message>
    <message>
        <source>optional: a name from pg_service.conf</source>
        <translation>可选：pg_service.conf 中的名称</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>模式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice name:</source>
        <translation>服务名(&amp;V)：</translation>
    </message>
    <message>
        <source>Ask the office&apos;s administrator for these. The password is kept only while the company is open; PGPASSWORD or ~/.pgpass can give it instead.</source>
        <translation>这些信息请向本单位的管理员索取。密码只在账套打开期间保留；也可以由 PGPASSWORD 或 ~/.pgpass 提供。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Name the server (or a service).</source>
        <translation>请填写服务器（或服务名）。</translation>
    </message>
    <message>
        <source>Name the database (or a service).</source>
        <translation>请填写数据库（或服务名）。</translation>
    </message>
    <message>
        <source>A schema name is made of lower-case letters, digits and underscores.</source>
        <translation>模式名只能由小写字母、数字和下划线组成。</translation>
    </message>
    <message>
        <source>New Company on a Server</source>
        <translation>在服务器上新建账套</translation>
    </message>
    <message>
        <source>Use This Server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <source>optional: a new schema for this company</source>
        <translation>可选：为此账套新建一个模式</translation>
    </message>
    <message>
        <source>Re&amp;member password in the system keychain</source>
        <translation>记住密码（保存在系统凭据管理器中）(&amp;M)</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain (GNOME Keyring, KWallet or the Windows Credential Manager) and this company opens without asking next time. Untick it to forget the password.</source>
        <translation>密码保存在系统凭据管理器中（GNOME 密钥环、KWallet 或 Windows 凭据管理器），下次打开此账套时不再询问。取消勾选即可清除已保存的密码。</translation>
    </message>
    <message>
        <source>Ask the office&apos;s administrator for these. The password is kept only while the company is open, unless the system keychain remembers it; PGPASSWORD or ~/.pgpass can give it instead.</source>
        <translation>这些信息请向本单位的管理员索取。密码只在账套打开期间保留，除非选择保存在系统凭据管理器中；也可以由 PGPASSWORD 或 ~/.pgpass 提供。</translation>
    </message>
    <message>
        <source>kept in the system keychain once connected</source>
        <translation>连接成功后保存在系统凭据管理器中</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::ServerPasswordStore</name>
    <message>
        <source>No system keychain is available here, so the password is asked each time. %1</source>
        <translation>此处没有可用的系统凭据管理器，因此每次都会询问密码。%1</translation>
    </message>
    <message>
        <source>No password is saved in the system keychain for this server.</source>
        <translation>系统凭据管理器中没有保存此服务器的密码。</translation>
    </message>
    <message>
        <source>The system keychain could not delete the saved password.</source>
        <translation>系统凭据管理器无法删除已保存的密码。</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused at its prompt.</source>
        <translation>在系统凭据管理器的提示框中拒绝了访问。</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked.</source>
        <translation>系统凭据管理器拒绝访问，它可能处于锁定状态。</translation>
    </message>
    <message>
        <source>No keychain service such as GNOME Keyring or KWallet answered.</source>
        <translation>没有凭据管理服务（如 GNOME 密钥环或 KWallet）响应。</translation>
    </message>
    <message>
        <source>The system keychain cannot do this on this system.</source>
        <translation>在此系统上，系统凭据管理器不支持此操作。</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>系统凭据管理器报告了一个错误。</translation>
    </message>
    <message>
        <source>%1 (Details: %2)</source>
        <translation>%1（详细信息：%2）</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::ShellOptions</name>
    <message>
        <source>only one company file can be opened at a time</source>
        <translation>一次只能打开一个账套文件</translation>
    </message>
    <message>
        <source>--demo and a company file cannot be combined</source>
        <translation>--demo 不能与账套文件同时使用</translation>
    </message>
    <message>
        <source>unknown language “%1” (use zh_CN or en)</source>
        <translation>未知语言“%1”（请使用 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>Usage: backroom [OPTIONS] [FILE]

Opens the Backroom desktop application, on FILE when given, else on the last company.

Options:
  --demo                  open the demo company (created in your data folder on first use)
  --lang zh_CN|en         language of the user interface
  --screenshot OUT.png    open the window, wait until it is idle, save a picture of it, exit
  --page MODULE[/PAGE]    with --screenshot: the page to show (e.g. home, finance/overview);
                          PAGE#ID opens record ID in its form, PAGE#new a new one,
                          reports#REPORT-ID runs that report (finance/reports#finance.ageing)
  --size WIDTHxHEIGHT     with --screenshot: window size (default 1280x800)
  --user NAME             sign in as NAME with the password in BACKROOM_PASSWORD, without the
                          login dialog (for headless checks; default there: BACKROOM_USER)
  -h, --help              show this help
  -v, --version           show the version
</source>
        <translation>用法：backroom [OPTIONS] [FILE]

打开后台桌面程序：指定了 FILE 时打开该账套，否则打开上次使用的账套。

选项：
  --demo                  打开演示账套（首次使用时在您的数据文件夹中创建）
  --lang zh_CN|en         界面语言
  --screenshot OUT.png    打开窗口，待其空闲后保存窗口截图，然后退出
  --page MODULE[/PAGE]    与 --screenshot 合用：要显示的页面（如 home、finance/overview）；
                          PAGE#ID 在表单中打开编号为 ID 的记录，PAGE#new 新建一条，
                          reports#REPORT-ID 运行该报表（finance/reports#finance.ageing）
  --size WIDTHxHEIGHT     与 --screenshot 合用：窗口大小（默认 1280x800）
  --user NAME             以 NAME 登录，密码取自 BACKROOM_PASSWORD，不显示登录对话框
                          （用于无界面检查；此时默认取 BACKROOM_USER）
  -h, --help              显示本帮助
  -v, --version           显示版本号
</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::VerifyCommand</name>
    <message>
        <source>verify needs exactly one FILE</source>
        <translation>verify 只需要一个 FILE（账套文件）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation>正在校验 %1</translation>
    </message>
    <message>
        <source>%1 entries checked; head: entry %2, hash %3</source>
        <translation>已检查 %1 个条目；链头：条目 %2，哈希 %3</translation>
    </message>
    <message>
        <source>The company file failed verification.</source>
        <translation>账套文件未通过校验。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>The company file itself is damaged (integrity, references or the audit log); --repair rebuilds only derived data. Restore it from a backup.</source>
        <translation>账套文件本身已损坏（完整性、外键引用或审计日志）；--repair 只重建派生数据。请从备份恢复。</translation>
    </message>
    <message>
        <source>Nothing that failed can be rebuilt from the records (%1). Restore the company from a backup, or correct the records.</source>
        <translation>未通过的校验项都无法依据原始记录重建（%1）。请从备份恢复账套，或更正有关记录。</translation>
    </message>
    <message>
        <source>--repair needs a user who may sign in: --user NAME.</source>
        <translation>--repair 需要可登录的用户：--user 用户名。</translation>
    </message>
    <message>
        <source>Nothing was repaired: %1</source>
        <translation>未做任何修复：%1</translation>
    </message>
    <message>
        <source>Nothing was repaired: rebuilding “%1” failed: %2</source>
        <translation>未做任何修复：重建“%1”失败：%2</translation>
    </message>
    <message>
        <source>Nothing was repaired: the repair could not be recorded in the audit log: %1</source>
        <translation>未做任何修复：无法在审计日志中记录此次修复：%1</translation>
    </message>
    <message>
        <source>Rebuilt from the records: %1</source>
        <translation>已依据原始记录重建：%1</translation>
    </message>
    <message>
        <source>Verifying again after the repair</source>
        <translation>修复后再次校验</translation>
    </message>
    <message>
        <source>The company file still fails verification after the repair.</source>
        <translation>修复后账套文件仍未通过校验。</translation>
    </message>
    <message>
        <source>the audit log&apos;s waiting entries, chained</source>
        <translation>审计日志中等待链入的记录（已链入）</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::VerifyDataDialog</name>
    <message>
        <source>Verify Data</source>
        <translation>账套检查</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries checked; head: entry %2, hash %3</source>
        <translation>已检查 %1 个条目；链头：条目 %2，哈希 %3</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>The company could not be read: %1</source>
        <translation>无法读取账套：%1</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed: the books, numbers, references and audit log are in order.</source>
        <translation>
            <numerusform>全部 %n 项检查通过：账簿、编号、引用关系和审计日志均正常。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) found problems. Each names the record behind it; restore from a backup or correct the records, and an administrator can rebuild derived figures with “backroom-cli verify FILE --repair”.</source>
        <translation>
            <numerusform>%n 项检查发现问题。每个问题都指明了相关记录；请从备份恢复或更正记录，管理员也可以用“backroom-cli verify FILE --repair”重建派生数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::WelcomePage</name>
    <message>
        <source>Welcome to Backroom</source>
        <translation>欢迎使用后台</translation>
    </message>
    <message>
        <source>Each company&apos;s books, staff, purchases, stores and records live in one company file on this computer. Create a company, open an existing one, or look around in the demo company first.</source>
        <translation>每家公司的账簿、员工、采购、库存和档案都保存在本机的一个账套文件中。您可以新建账套、打开已有账套，或者先在演示账套中看看。</translation>
    </message>
    <message>
        <source>New Company…</source>
        <translation>新建账套…</translation>
    </message>
    <message>
        <source>Open Company…</source>
        <translation>打开账套…</translation>
    </message>
    <message>
        <source>Open the Demo Company</source>
        <translation>打开演示账套</translation>
    </message>
    <message>
        <source>Recent companies</source>
        <translation>最近的账套</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Forget Saved Password</source>
        <translation>清除已保存的密码(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Backroom::Internal::WhoCommand</name>
    <message>
        <source>who needs exactly one SOURCE</source>
        <translation>who 只需要一个 SOURCE（账套）</translation>
    </message>
    <message>
        <source>The server could not say who is connected: %1</source>
        <translation>无法从服务器查询连接情况：%1</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>COMPUTER</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>PROCESS</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (this command)</source>
        <translation>%1（本命令）</translation>
    </message>
</context>
<context>
    <name>Backroom::LoginDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Log In — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>请等待 %1 秒</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own now.</source>
        <translation>您的密码是管理员设置的。请现在设置您自己的密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Close Company</source>
        <translation>关闭账套</translation>
    </message>
</context>
<context>
    <name>Backroom::ModuleManager</name>
    <message>
        <source>Another module with the id &quot;%1&quot; is already installed (%2).</source>
        <translation>已安装另一个标识为“%1”的模块（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; requires &quot;%2&quot; (version %3), which is not installed.</source>
        <translation>“%1”依赖“%2”（版本 %3），但该模块未安装。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; requires &quot;%2&quot; version %3, but the installed &quot;%2&quot; is version %4 (compatible back to %5).</source>
        <translation>“%1”需要“%2”版本 %3，但已安装的“%2”为版本 %4（向下兼容至 %5）。</translation>
    </message>
    <message>
        <source>Circular dependency: %1.</source>
        <translation>存在循环依赖：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; requires &quot;%2&quot;, which cannot be used: %3</source>
        <translation>“%1”依赖的“%2”无法使用：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; requires &quot;%2&quot;, which failed to start: %3</source>
        <translation>“%1”依赖的“%2”启动失败：%3</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; could not be loaded: %2</source>
        <translation>无法加载模块“%1”：%2</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; does not implement the Backroom module interface.</source>
        <translation>模块“%1”未实现后台模块接口。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>The module &quot;%1&quot; failed to initialize: %2</source>
        <translation>模块“%1”初始化失败：%2</translation>
    </message>
</context>
<context>
    <name>Backroom::ModuleSpec</name>
    <message>
        <source>The plugin&apos;s interface is &quot;%1&quot;, not a Backroom module (&quot;%2&quot;).</source>
        <translation>该插件的接口为“%1”，不是后台模块接口（“%2”）。</translation>
    </message>
    <message>
        <source>The module has no manifest (its JSON metadata is missing or not an object).</source>
        <translation>该模块没有清单（其 JSON 元数据缺失或不是对象）。</translation>
    </message>
    <message>
        <source>The manifest&apos;s &quot;id&quot; is missing or invalid (lower-case letters, digits and _).</source>
        <translation>清单中的“id”缺失或无效（只能使用小写字母、数字和 _）。</translation>
    </message>
    <message>
        <source>The manifest of &quot;%1&quot; has no &quot;name&quot;.</source>
        <translation>“%1”的清单中缺少“name”。</translation>
    </message>
    <message>
        <source>The manifest of &quot;%1&quot; has an invalid &quot;version&quot; or &quot;compatVersion&quot; (expected numbers such as 1.2.0).</source>
        <translation>“%1”的清单中“version”或“compatVersion”无效（应为 1.2.0 这样的版本号）。</translation>
    </message>
    <message>
        <source>The manifest of &quot;%1&quot; has a compatVersion newer than its version.</source>
        <translation>“%1”的清单中 compatVersion 高于 version。</translation>
    </message>
    <message>
        <source>The manifest of &quot;%1&quot; has &quot;dependencies&quot; that are not a list.</source>
        <translation>“%1”的清单中“dependencies”不是列表。</translation>
    </message>
    <message>
        <source>The manifest of &quot;%1&quot; has an invalid dependency entry (each needs an id, a version and type required or optional).</source>
        <translation>“%1”的清单中有无效的依赖项（每一项都需要 id、version，以及取值为 required 或 optional 的 type）。</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解析</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>Initialized</source>
        <translation>已初始化</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The file is not a Backroom module: it carries no plugin manifest (%1).</source>
        <translation>该文件不是后台模块：它没有插件清单（%1）。</translation>
    </message>
</context>
<context>
    <name>Backroom::MoneyEdit</name>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>“%1” is not an amount with at most %2 decimals, e.g. 1,234.56.</source>
        <translation>“%1”不是最多 %2 位小数的金额，例如 1,234.56。</translation>
    </message>
</context>
<context>
    <name>Backroom::NewUserDialog</name>
    <message>
        <source>New User</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>e.g. wangfang</source>
        <translation>例如 wangfang</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如 王芳</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation>临时密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The user must change this password at the first login.</source>
        <translation>用户首次登录时必须修改此密码。</translation>
    </message>
    <message>
        <source>R&amp;oles:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>Create User</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Choose at least one role: a user without a role can open nothing.</source>
        <translation>请至少选择一个角色：没有角色的用户什么也打不开。</translation>
    </message>
</context>
<context>
    <name>Backroom::PageFurniture</name>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Printed by %1 at %2</source>
        <translation>%1 打印于 %2</translation>
    </message>
</context>
<context>
    <name>Backroom::PageSetup</name>
    <message>
        <source>Unknown paper “%1” (known: %2, or [width, height] in millimetres).</source>
        <translation>未知纸张“%1”（可用：%2，或以毫米表示的 [宽, 高]）。</translation>
    </message>
    <message>
        <source>A custom paper needs [width, height] in millimetres, each between 20 and 2000.</source>
        <translation>自定义纸张需要以毫米表示的 [宽, 高]，每项在 20 到 2000 之间。</translation>
    </message>
    <message>
        <source>“paper” must be a name such as A4 or [width, height] in millimetres.</source>
        <translation>“paper”必须是 A4 这样的名称，或以毫米表示的 [宽, 高]。</translation>
    </message>
    <message>
        <source>“orientation” must be portrait or landscape, not “%1”.</source>
        <translation>“orientation”必须是 portrait 或 landscape，不能是“%1”。</translation>
    </message>
    <message>
        <source>“margins” must be one number or [top, right, bottom, left] in millimetres.</source>
        <translation>“margins”必须是一个数字，或以毫米表示的 [上, 右, 下, 左]。</translation>
    </message>
    <message>
        <source>The margins leave no room on the paper.</source>
        <translation>页边距太大，纸上没有剩余空间。</translation>
    </message>
</context>
<context>
    <name>Backroom::RecordDocument</name>
    <message>
        <source>In words</source>
        <translation>大写</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制单</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>There is no entity “%1”.</source>
        <translation>没有实体“%1”。</translation>
    </message>
    <message>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 #%2 不存在。</translation>
    </message>
</context>
<context>
    <name>Backroom::RecordEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Backroom::RecordFilterBar</name>
    <message>
        <source>Search %1… (Ctrl+F)</source>
        <translation>搜索%1…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Nothing to search in this list</source>
        <translation>此列表没有可搜索的内容</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show all records again</source>
        <translation>重新显示全部记录</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>按%1筛选</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>输入以查找…</translation>
    </message>
    <message>
        <source>More conditions</source>
        <translation>更多条件</translation>
    </message>
    <message>
        <source>Saved with the filter; it can be cleared here.</source>
        <translation>随筛选一起保存的条件，可在此清除。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 ≠ %2</source>
        <translation>%1 ≠ %2</translation>
    </message>
    <message>
        <source>%1 &lt; %2</source>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <source>%1 ≤ %2</source>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>%1 ≥ %2</source>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation>%1包含“%2”</translation>
    </message>
    <message>
        <source>%1 starts with “%2”</source>
        <translation>%1以“%2”开头</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1不为空</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1从 %2 到 %3</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1为 %2 之一</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已存筛选</translation>
    </message>
    <message>
        <source>Saved filter: %1</source>
        <translation>已存筛选：%1</translation>
    </message>
    <message>
        <source>Apply, save and manage your saved filters</source>
        <translation>应用、保存和管理您的已存筛选</translation>
    </message>
    <message>
        <source>Saved filter “%1” is applied</source>
        <translation>已应用已存筛选“%1”</translation>
    </message>
    <message>
        <source>Saved filters could not be read</source>
        <translation>无法读取已存筛选</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>还没有已存筛选</translation>
    </message>
    <message>
        <source>Search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation>保存当前筛选…</translation>
    </message>
    <message>
        <source>Manage saved filters…</source>
        <translation>管理已存筛选…</translation>
    </message>
    <message>
        <source>Saved filter not applied</source>
        <translation>未应用已存筛选</translation>
    </message>
    <message>
        <source>Saved filter changed</source>
        <translation>已存筛选有变化</translation>
    </message>
    <message>
        <source>The list has changed since “%1” was saved; the rest of it is applied.</source>
        <translation>自“%1”保存以来列表已有变化；其余条件已应用。</translation>
    </message>
    <message>
        <source>Replace saved filter</source>
        <translation>替换已存筛选</translation>
    </message>
    <message>
        <source>A saved filter named “%1” already exists. Replace it with the current filter?</source>
        <translation>已有名为“%1”的已存筛选。要用当前筛选替换它吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Filter not saved</source>
        <translation>筛选未保存</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>此筛选的名称：</translation>
    </message>
    <message>
        <source>Your saved filters for %1. Only you see them.</source>
        <translation>您为%1保存的筛选，仅您自己可见。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <source>Rename saved filter</source>
        <translation>重命名已存筛选</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>未重命名</translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation>删除已存筛选</translation>
    </message>
    <message>
        <source>Delete the saved filter “%1”?</source>
        <translation>要删除已存筛选“%1”吗？</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>Backroom::RecordFormView</name>
    <message>
        <source>Back to List</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>保存（%1）</translation>
    </message>
    <message>
        <source>Save &amp;&amp; New</source>
        <translation>保存并新增</translation>
    </message>
    <message>
        <source>Save and start another (%1)</source>
        <translation>保存并新增下一条（%1）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Drop unsaved changes</source>
        <translation>放弃未保存的修改</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Unknown kind of record “%1”</source>
        <translation>未知的记录类型“%1”</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A new %1, not saved yet.</source>
        <translation>新的%1，尚未保存。</translation>
    </message>
    <message>
        <source>%1 · last changed by %2 on %3</source>
        <translation>%1 · 最后由 %2 于 %3 修改</translation>
    </message>
    <message>
        <source>Archived: read only</source>
        <translation>已归档：只读</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Some lines of %1 need attention; nothing was saved.</source>
        <translation>%1中有些行需要修正；未保存任何内容。</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was saved.</source>
        <translation>有些字段需要修正；未保存任何内容。</translation>
    </message>
    <message>
        <source>The %1 could not be saved: %2</source>
        <translation>%1无法保存：%2</translation>
    </message>
    <message>
        <source>This %1 no longer exists; someone deleted it.</source>
        <translation>此%1已不存在，已被他人删除。</translation>
    </message>
    <message>
        <source>Save the new %1 before leaving?</source>
        <translation>离开前保存新的%1吗？</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before leaving?</source>
        <translation>离开前保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <source>Sensitive Value</source>
        <translation>敏感数据</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>See what the other person changed next to what you entered.</source>
        <translation>对照查看对方所做的修改和您录入的内容。</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Compare with the Saved %1</source>
        <translation>与已保存的%1比较</translation>
    </message>
    <message>
        <source>%1 saved this %2 at %3, after you opened it. Rows in bold are what they changed; nothing of yours has been saved.</source>
        <translation>%1 在您打开之后于 %3 保存了此%2。粗体行是对方修改的内容；您的修改尚未保存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>You entered</source>
        <translation>您录入的</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>当前已保存的</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>重新载入对方的版本</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Save your changes again</source>
        <translation>再次保存您的修改</translation>
    </message>
    <message>
        <source>Your changes are still here, not saved yet.</source>
        <translation>您的修改仍在，尚未保存。</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 行</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>You and %1 both changed this field: choose whose value to keep.</source>
        <translation>您和 %1 都修改了此字段：请选择保留谁的值。</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Rows marked ⚠ were changed by both of you. Choose in the last column whose value each field keeps; Keep My Changes puts them on top of the saved version, not saved yet, for you to check and save.</source>
        <translation>标有 ⚠ 的行双方都做了修改。请在最后一列为每个字段选择保留谁的值；“保留我的修改”会把所选的值放到已保存的版本之上（尚未保存），供您核对后保存。</translation>
    </message>
    <message>
        <source>Keep My Changes puts the values chosen in the last column on top of the saved version, not saved yet, for you to check and save.</source>
        <translation>“保留我的修改”会把最后一列所选的值放到已保存的版本之上（尚未保存），供您核对后保存。</translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <source>This %1 can no longer be changed: it is archived, done with editing, or not yours to change.</source>
        <translation>此%1已不能再修改：它已归档、已结束编辑，或您无权修改。</translation>
    </message>
    <message>
        <source>This %1 can no longer be changed: it is archived, done with editing, or not yours to change. Reload to see it.</source>
        <translation>此%1已不能再修改：它已归档、已结束编辑，或您无权修改。请重新加载查看。</translation>
    </message>
    <message>
        <source>Your values are now on top of the version %1 saved at %2. Nothing is saved yet: check them and save.</source>
        <translation>您的值现已放到 %1 于 %2 保存的版本之上。尚未保存：请核对后保存。</translation>
    </message>
</context>
<context>
    <name>Backroom::RecordImporter</name>
    <message>
        <source>Column “%1” is mapped to “%2”, which %3 cannot import.</source>
        <translation>“%1”列对应到“%2”，但%3无法导入该字段。</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1.</source>
        <translation>有两列都对应到了%1。</translation>
    </message>
    <message>
        <source>No column is mapped to %1, which is required.</source>
        <translation>%1为必填项，但没有任何列与之对应。</translation>
    </message>
    <message>
        <source>The company file cannot be written now: %1</source>
        <translation>当前无法写入账套文件：%1</translation>
    </message>
    <message>
        <source>%1 refers to an unknown kind of record.</source>
        <translation>%1指向未知类型的记录。</translation>
    </message>
    <message>
        <source>There is no %1 “%2”.</source>
        <translation>不存在%1“%2”。</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>第 %1 行有 %2 个字段，而表头有 %3 个。</translation>
    </message>
    <message>
        <source>%1 “%2” is not an amount with at most %3 decimals.</source>
        <translation>%1“%2”不是最多 %3 位小数的金额。</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>无法保存导入的记录：%1</translation>
    </message>
    <message>
        <source>The company file cannot be read: %1</source>
        <translation>无法读取账套文件：%1</translation>
    </message>
    <message>
        <source>The %1 records could not be saved: %2</source>
        <translation>%1记录无法保存：%2</translation>
    </message>
    <message>
        <source>The %1 could not be saved: %2</source>
        <translation>%1无法保存：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>Backroom::RecordListModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>有附件</translation>
    </message>
</context>
<context>
    <name>Backroom::RecordListView</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No %1 yet</source>
        <translation>还没有%1</translation>
    </message>
    <message>
        <source>Press Ctrl+N to add the first one.</source>
        <translation>按 Ctrl+N 添加第一条。</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation>没有符合筛选条件的记录</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>没有与“%1”匹配的记录</translation>
    </message>
    <message>
        <source>Try other words or another filter, or clear the filter to see all %1.</source>
        <translation>请换个关键词或筛选条件，或清除筛选以查看全部%1。</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation>正在统计记录…</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>已选 %1 条</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total of %1 over all listed records</source>
        <translation>列表中全部记录的%1合计</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>未能归档</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>归档%1</translation>
    </message>
    <message>
        <source>Archive “%1”?</source>
        <translation>归档“%1”？</translation>
    </message>
    <message>
        <source>Archive the %1 selected records?</source>
        <translation>归档所选的 %1 条记录？</translation>
    </message>
    <message>
        <source>Archived records no longer appear in lists; they can be restored later.</source>
        <translation>归档的记录不再显示在列表中，以后可以恢复。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>%1 of %2 records could not be archived.</source>
        <translation>%2 条记录中有 %1 条未能归档。</translation>
    </message>
</context>
<context>
    <name>Backroom::Records</name>
    <message>
        <source>%1 has no field “%2” that can be written.</source>
        <translation>%1没有可写入的字段“%2”。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 refers to a record that does not exist (id %2).</source>
        <translation>%1指向的记录不存在（编号 %2）。</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by another record.</source>
        <translation>%1“%2”已被其他记录使用。</translation>
    </message>
    <message>
        <source>This %1 no longer exists; someone deleted it.</source>
        <translation>此%1已不存在，已被他人删除。</translation>
    </message>
    <message>
        <source>%1 changed this %2 at %3 since you opened it. Nothing was saved; reload to see their changes.</source>
        <translation>在您打开之后，%1 于 %3 修改了此%2。您的修改未保存；请重新加载以查看对方的更改。</translation>
    </message>
    <message>
        <source>%1 records cannot be archived.</source>
        <translation>%1记录不能归档。</translation>
    </message>
    <message>
        <source>The company file cannot be written now: %1</source>
        <translation>当前无法写入账套文件：%1</translation>
    </message>
    <message>
        <source>The %1 could not be saved: %2</source>
        <translation>%1无法保存：%2</translation>
    </message>
    <message>
        <source>The %1 could not be deleted: %2</source>
        <translation>%1无法删除：%2</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted because other records refer to it. Archive it instead.</source>
        <translation>此%1被其他记录引用，不能删除。请改为归档。</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted because other records refer to it.</source>
        <translation>此%1被其他记录引用，不能删除。</translation>
    </message>
    <message>
        <source>%1 could not be numbered: %2</source>
        <translation>无法为%1编号：%2</translation>
    </message>
    <message>
        <source>%1 cannot be edited; it changes only through the actions of the %2&apos;s workflow.</source>
        <translation>%1不能直接编辑，只能通过%2的流程操作更改。</translation>
    </message>
    <message>
        <source>%1 refers to an attachment that does not exist (id %2).</source>
        <translation>%1引用的附件不存在（id %2）。</translation>
    </message>
    <message>
        <source>“%1” is not possible while this %2 is “%3”.</source>
        <translation>此%2处于“%3”状态，不能“%1”。</translation>
    </message>
    <message>
        <source>“%1” needs a comment saying why.</source>
        <translation>“%1”需要填写原因备注。</translation>
    </message>
    <message>
        <source>This %1 is “%2” and can no longer be changed.</source>
        <translation>此%1已是“%2”状态，不能再修改。</translation>
    </message>
    <message>
        <source>This %1 is “%2” and cannot be deleted.</source>
        <translation>此%1已是“%2”状态，不能删除。</translation>
    </message>
    <message>
        <source>This %1 is “%2”; its %3 can no longer be changed.</source>
        <translation>此%1已“%2”，其%3不能再修改。</translation>
    </message>
    <message>
        <source>The audit log could not be written, so nothing was done: %1</source>
        <translation>无法写入审计日志，因此未执行任何操作：%1</translation>
    </message>
    <message>
        <source>This %1 cannot be deleted because other records refer to its lines.</source>
        <translation>此%1的明细行被其他记录引用，不能删除。</translation>
    </message>
</context>
<context>
    <name>Backroom::ReferencePicker</name>
    <message>
        <source>Type to find a %1</source>
        <translation>输入以查找%1</translation>
    </message>
    <message>
        <source>There is no %1 “%2”.</source>
        <translation>不存在%1“%2”。</translation>
    </message>
    <message>
        <source>Several records match “%1”; pick one from the list.</source>
        <translation>有多条记录与“%1”匹配，请从列表中选择一条。</translation>
    </message>
</context>
<context>
    <name>Backroom::ReportChart</name>
    <message>
        <source>%1 by %2</source>
        <translation>按%2统计%1</translation>
    </message>
</context>
<context>
    <name>Backroom::ReportDefinition</name>
    <message>
        <source>“%1” needs a date such as 2024-03-31, not “%2”.</source>
        <translation>“%1”需要日期，如 2024-03-31，而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1” needs a date range such as 2024-01-01..2024-03-31, not “%2”.</source>
        <translation>“%1”需要日期范围，如 2024-01-01..2024-03-31，而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1” needs a month such as 2024-03, not “%2”.</source>
        <translation>“%1”需要月份，如 2024-03，而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1” needs a record number, not “%2”.</source>
        <translation>“%1”需要记录编号，而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1” must be one of %2, not “%3”.</source>
        <translation>“%1”必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>date yyyy-MM-dd</source>
        <translation>日期 yyyy-MM-dd</translation>
    </message>
    <message>
        <source>date range FROM..TO</source>
        <translation>日期范围 起..止</translation>
    </message>
    <message>
        <source>month yyyy-MM</source>
        <translation>月份 yyyy-MM</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>取值之一：%1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The report “%1” takes no parameters, not “%2”.</source>
        <translation>报表“%1”不接受参数，不能使用“%2”。</translation>
    </message>
    <message>
        <source>The report “%1” has no parameter “%2” (it has: %3).</source>
        <translation>报表“%1”没有参数“%2”（可用参数：%3）。</translation>
    </message>
    <message>
        <source>The report needs “%1” (%2).</source>
        <translation>报表需要“%1”（%2）。</translation>
    </message>
    <message>
        <source>%1 by code or name, or #number</source>
        <translation>%1 的编码或名称，或 #编号</translation>
    </message>
</context>
<context>
    <name>Backroom::ReportPdfWriter</name>
    <message>
        <source>The printer “%1” is not available.</source>
        <translation>打印机“%1”不可用。</translation>
    </message>
    <message>
        <source>The report could not be painted onto the page.</source>
        <translation>报表无法绘制到页面上。</translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <source>The printer stopped accepting pages.</source>
        <translation>打印机停止接收页面。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>No rows match the parameters.</source>
        <translation>没有符合参数的行。</translation>
    </message>
    <message>
        <source>The report could not be finished on the device.</source>
        <translation>报表无法在设备上完成输出。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>过次页</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>承前页</translation>
    </message>
</context>
<context>
    <name>Backroom::ReportResult</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>%1 小计</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行类型</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
</context>
<context>
    <name>Backroom::ReportRunner</name>
    <message>
        <source>The report was canceled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <source>The report could not be run.</source>
        <translation>报表无法运行。</translation>
    </message>
</context>
<context>
    <name>Backroom::ReportView</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation>已读取 %1 行…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Run the report first.</source>
        <translation>请先运行报表。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Choose the parameters and press Run (F5).</source>
        <translation>请选择参数，然后点击“运行”（F5）。</translation>
    </message>
    <message>
        <source>Run the report (F5)</source>
        <translation>运行报表（F5）</translation>
    </message>
</context>
<context>
    <name>Backroom::ReportsPage</name>
    <message>
        <source>Choose a report on the left.</source>
        <translation>请在左侧选择一个报表。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>Backroom::ResetPasswordDialog</name>
    <message>
        <source>Reset Password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>%1 must change this temporary password at the next login. A lockout after wrong passwords ends now.</source>
        <translation>%1 下次登录时必须修改此临时密码。因密码错误造成的锁定随即解除。</translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation>临时密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>Backroom::Roles</name>
    <message>
        <source>read</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>delete or archive</source>
        <translation>删除或归档</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>post</source>
        <translation>过账</translation>
    </message>
    <message>
        <source>print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>see sensitive values</source>
        <translation>查看敏感信息</translation>
    </message>
    <message>
        <source>administer</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Everything, including users, roles and the audit log.</source>
        <translation>全部权限，包括用户、角色和审计日志。</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Reads everything, approves, prints and exports.</source>
        <translation>查看全部数据，审批、打印和导出。</translation>
    </message>
    <message>
        <source>Auditor (read-only)</source>
        <translation>审计员（只读）</translation>
    </message>
    <message>
        <source>Reads everything and the audit log; prints and exports; changes nothing.</source>
        <translation>查看全部数据和审计日志，可打印和导出，不能修改任何内容。</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <source>Keeps the books: vouchers, ledgers, receivables and payables, tax.</source>
        <translation>记账：凭证、账簿、应收应付和税务。</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>出纳</translation>
    </message>
    <message>
        <source>Enters cash and bank vouchers; reads the books.</source>
        <translation>录入现金和银行凭证，查看账簿。</translation>
    </message>
    <message>
        <source>HR officer</source>
        <translation>人事专员</translation>
    </message>
    <message>
        <source>Recruiting, training, reviews, leave and labour contracts; no salaries.</source>
        <translation>招聘、培训、考核、请假和劳动合同；不含薪资。</translation>
    </message>
    <message>
        <source>Payroll officer</source>
        <translation>薪资专员</translation>
    </message>
    <message>
        <source>Runs payroll and sees salaries and bank accounts.</source>
        <translation>核算工资，可查看薪资和银行账号。</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购员</translation>
    </message>
    <message>
        <source>Suppliers, purchase requests, orders and contracts.</source>
        <translation>供应商、采购申请、订单和合同。</translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation>库管员</translation>
    </message>
    <message>
        <source>Stock, receipts, issues, requisitions and equipment.</source>
        <translation>库存、入库、出库、领用和设备。</translation>
    </message>
    <message>
        <source>Administration officer</source>
        <translation>行政专员</translation>
    </message>
    <message>
        <source>Documents and archives, meetings and travel.</source>
        <translation>文档档案、会议和差旅。</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT 支持</translation>
    </message>
    <message>
        <source>IT assets, licences and the helpdesk.</source>
        <translation>IT 资产、软件许可和服务台。</translation>
    </message>
    <message>
        <source>Legal officer</source>
        <translation>法务专员</translation>
    </message>
    <message>
        <source>Contracts, compliance and disputes.</source>
        <translation>合同、合规和纠纷。</translation>
    </message>
    <message>
        <source>Facilities officer</source>
        <translation>后勤专员</translation>
    </message>
    <message>
        <source>Sites, repairs and security.</source>
        <translation>场地、维修和安保。</translation>
    </message>
    <message>
        <source>Service agent</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Inquiries, complaints and after-sales service.</source>
        <translation>咨询、投诉和售后服务。</translation>
    </message>
    <message>
        <source>Operations analyst</source>
        <translation>运营分析员</translation>
    </message>
    <message>
        <source>CRM, analysis and dashboards; reads the other departments.</source>
        <translation>客户关系、分析和看板；可查看其他部门数据。</translation>
    </message>
    <message>
        <source>There is no role “%1”.</source>
        <translation>没有角色“%1”。</translation>
    </message>
    <message>
        <source>There is already a role “%1”.</source>
        <translation>已有角色“%1”。</translation>
    </message>
    <message>
        <source>“%1” is a shipped role and stays as shipped; copy it and change the copy.</source>
        <translation>“%1”是系统自带角色，不能修改；请复制后修改副本。</translation>
    </message>
    <message>
        <source>users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>The audit log could not be written, so nothing was done: %1</source>
        <translation>无法写入审计日志，因此未执行任何操作：%1</translation>
    </message>
    <message>
        <source>A role key has 2 to 40 lower-case letters, digits or underscores, starting with a letter or digit.</source>
        <translation>角色代码由 2 到 40 个小写字母、数字或下划线组成，以字母或数字开头。</translation>
    </message>
    <message>
        <source>The new role needs a name.</source>
        <translation>新角色需要一个名称。</translation>
    </message>
    <message>
        <source>Without “administer” on users and roles in “%1” nobody could administer the company any more.</source>
        <translation>如果“%1”不再拥有用户与角色的“管理”权限，将没有人能够管理本账套。</translation>
    </message>
</context>
<context>
    <name>Backroom::RolesPage</name>
    <message>
        <source>&amp;Copy Role…</source>
        <translation>复制角色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Add Scope…</source>
        <translation>添加范围(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>所有模块</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>模块：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>预置</translation>
    </message>
    <message>
        <source>own role</source>
        <translation>自定义角色</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>复制自 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save Role</source>
        <translation>保存角色</translation>
    </message>
    <message>
        <source>Save the changes to this role?</source>
        <translation>保存对此角色的更改吗？</translation>
    </message>
    <message>
        <source>Add Scope</source>
        <translation>添加范围</translation>
    </message>
    <message>
        <source>Module or list:</source>
        <translation>模块或列表：</translation>
    </message>
    <message>
        <source>This role is shipped with Backroom and stays as shipped: copy it to change it.</source>
        <translation>此角色随 Backroom 预置，保持原样：如需修改，请先复制。</translation>
    </message>
    <message>
        <source>Tick what the role may do and save.</source>
        <translation>勾选此角色可以执行的操作，然后保存。</translation>
    </message>
</context>
<context>
    <name>Backroom::SavedFilters</name>
    <message>
        <source>A part of the filter that could not be read was left out.</source>
        <translation>筛选条件中无法读取的部分已略去。</translation>
    </message>
    <message>
        <source>Sorting by “%1” was left out: %2 has no such field now.</source>
        <translation>按“%1”排序已略去：%2 现在没有这个字段。</translation>
    </message>
    <message>
        <source>The condition on “%1” was left out: %2 has no such field now.</source>
        <translation>关于“%1”的条件已略去：%2 现在没有这个字段。</translation>
    </message>
    <message>
        <source>The condition on %1 was left out: the comparison “%2” is unknown.</source>
        <translation>关于%1的条件已略去：未知的比较方式“%2”。</translation>
    </message>
    <message>
        <source>A value of the condition on %1 was left out: %2</source>
        <translation>关于%1的条件中有一个值已略去：%2</translation>
    </message>
    <message>
        <source>The condition on %1 was left out: none of its values fits the field now.</source>
        <translation>关于%1的条件已略去：它的值都不再适用于该字段。</translation>
    </message>
    <message>
        <source>The condition on %1 was left out: %2</source>
        <translation>关于%1的条件已略去：%2</translation>
    </message>
    <message>
        <source>%1 needs text to look for.</source>
        <translation>%1需要填写要查找的文字。</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1不是整数。</translation>
    </message>
    <message>
        <source>%1 is not yes or no.</source>
        <translation>%1不是“是”或“否”。</translation>
    </message>
    <message>
        <source>“%1” is no longer one of the choices of %2.</source>
        <translation>“%1”已不再是%2的选项。</translation>
    </message>
    <message>
        <source>%1 does not have a value of this kind.</source>
        <translation>%1不能取这种类型的值。</translation>
    </message>
    <message>
        <source>The saved filter could not be read; it was left empty.</source>
        <translation>无法读取已存筛选，已按空筛选处理。</translation>
    </message>
    <message>
        <source>The saved filter was made by a newer version of Backroom; parts of it may be missing.</source>
        <translation>此已存筛选由更新版本的后台创建，部分内容可能缺失。</translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>已存筛选需要一个名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>名称太长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>There is no list “%1”.</source>
        <translation>没有列表“%1”。</translation>
    </message>
    <message>
        <source>The company file cannot be written now: %1</source>
        <translation>当前无法写入账套文件：%1</translation>
    </message>
    <message>
        <source>The filter could not be saved: %1</source>
        <translation>无法保存筛选：%1</translation>
    </message>
    <message>
        <source>There is no saved filter named “%1”.</source>
        <translation>没有名为“%1”的已存筛选。</translation>
    </message>
    <message>
        <source>The saved filter could not be read: %1</source>
        <translation>无法读取已存筛选：%1</translation>
    </message>
    <message>
        <source>A saved filter named “%1” already exists.</source>
        <translation>已有名为“%1”的已存筛选。</translation>
    </message>
    <message>
        <source>The filter could not be renamed: %1</source>
        <translation>无法重命名筛选：%1</translation>
    </message>
    <message>
        <source>The filter could not be deleted: %1</source>
        <translation>无法删除筛选：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::Sequences</name>
    <message>
        <source>The number pattern “%1” has an unknown part {%2}.</source>
        <translation>编号规则“%1”中有无法识别的部分 {%2}。</translation>
    </message>
    <message>
        <source>The number pattern “%1” needs exactly one counter such as {####}.</source>
        <translation>编号规则“%1”必须包含且只包含一个流水号，例如 {####}。</translation>
    </message>
    <message>
        <source>The number pattern “%1” has an unmatched brace.</source>
        <translation>编号规则“%1”中的大括号不成对。</translation>
    </message>
</context>
<context>
    <name>Backroom::SignIn</name>
    <message>
        <source>Say who you are: give a user name (--user).</source>
        <translation>请指明用户：提供用户名（--user）。</translation>
    </message>
    <message>
        <source>This company has no users yet, and its administrator could not be created: %1</source>
        <translation>此账套还没有用户，且无法创建其管理员：%1</translation>
    </message>
    <message>
        <source>This company had no users; “%1” is now its administrator.</source>
        <translation>此账套原先没有用户；“%1”现在是它的管理员。</translation>
    </message>
    <message>
        <source>The password of “%1” was set by an administrator and must be changed first: log in once in Backroom and choose your own.</source>
        <translation>“%1”的密码由管理员设置，必须先修改：请在后台中登录一次并设置您自己的密码。</translation>
    </message>
</context>
<context>
    <name>Backroom::Suite</name>
    <message>
        <source>There is no question “%1” for a new company; the installed modules ask: %2.</source>
        <translation>新建账套没有“%1”这一选项；已安装的模块提供：%2。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>“%1” is not an answer to “%2” (%3); choose one of: %4.</source>
        <translation>“%1”不是“%2”（%3）的可选值；请从以下选择：%4。</translation>
    </message>
</context>
<context>
    <name>Backroom::TemplateStore</name>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>默认版式</translation>
    </message>
    <message>
        <source>Shipped with Backroom</source>
        <translation>随后台提供</translation>
    </message>
    <message>
        <source>Your copy</source>
        <translation>您的副本</translation>
    </message>
    <message>
        <source>There is no template “%1”.</source>
        <translation>没有模板“%1”。</translation>
    </message>
    <message>
        <source>Your copy of the template “%1” cannot be read: %2</source>
        <translation>无法读取您的模板“%1”副本：%2</translation>
    </message>
    <message>
        <source>Your copy of the template (%1): %2</source>
        <translation>您的模板副本（%1）：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot move your copy aside: %1</source>
        <translation>无法将您的副本移到一旁：%1</translation>
    </message>
</context>
<context>
    <name>Backroom::UserAccounts</name>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>用户名由 2 到 32 个字母、数字、点、短横线或下划线组成，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>A password can have at most 256 characters.</source>
        <translation>密码最多 256 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The password must not be one character repeated.</source>
        <translation>密码不能是同一个字符的重复。</translation>
    </message>
    <message>
        <source>There is no role “%1”.</source>
        <translation>没有角色“%1”。</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>已有用户“%1”。</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>无法加密保存密码（内存不足）。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translation>密码错误次数过多。请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Try again in %1 seconds.</source>
        <translation>用户名或密码错误。请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>The user “%1” is disabled; ask an administrator.</source>
        <translation>用户“%1”已停用；请联系管理员。</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>没有用户“%1”。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>“%1” is the last administrator and cannot be disabled.</source>
        <translation>“%1”是最后一位管理员，不能停用。</translation>
    </message>
    <message>
        <source>users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>The audit log could not be written, so nothing was done: %1</source>
        <translation>无法写入审计日志，因此未执行任何操作：%1</translation>
    </message>
    <message>
        <source>“%1” is the last administrator and must keep a role that administers users.</source>
        <translation>“%1”是最后一位管理员，必须保留可管理用户的角色。</translation>
    </message>
</context>
<context>
    <name>Backroom::UserRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>%1 may do what any of the checked roles allows.</source>
        <translation>%1 可以执行所勾选的任一角色允许的操作。</translation>
    </message>
</context>
<context>
    <name>Backroom::UsersPage</name>
    <message>
        <source>&amp;New User…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>角色(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Create a user with a temporary password</source>
        <translation>创建用户并设置临时密码</translation>
    </message>
    <message>
        <source>Give the selected user a temporary password</source>
        <translation>为所选用户设置临时密码</translation>
    </message>
    <message>
        <source>Choose what the selected user may do</source>
        <translation>选择所选用户可以执行的操作</translation>
    </message>
    <message>
        <source>User Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display Name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Must Change Password</source>
        <translation>须改密码</translation>
    </message>
    <message>
        <source>Last Login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Let the selected user log in again</source>
        <translation>允许所选用户重新登录</translation>
    </message>
    <message>
        <source>Stop the selected user from logging in; their history stays</source>
        <translation>禁止所选用户登录；其历史记录保留</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Enable User</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in; what they did stays in the records and the audit log.</source>
        <translation>停用 %1 吗？停用后无法再登录；其操作仍保留在记录和审计日志中。</translation>
    </message>
    <message>
        <source>Enable %1? They can log in again with their password.</source>
        <translation>启用 %1 吗？启用后可以用原密码重新登录。</translation>
    </message>
</context>
<context>
    <name>Backroom::VoucherPosting</name>
    <message>
        <source>Vouchers cannot be made: the finance module is not loaded.</source>
        <translation>无法生成凭证：未加载财务模块。</translation>
    </message>
</context>
<context>
    <name>Backroom::WhoIsWorking</name>
    <message>
        <source>Only a company on a server has several connections.</source>
        <translation>只有服务器上的账套才有多个连接。</translation>
    </message>
    <message>
        <source>(not signed in)</source>
        <translation>（未登录）</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>List count</source>
        <translation>列表计数</translation>
    </message>
    <message>
        <source>backroom-cli %1</source>
        <translation>backroom-cli %1</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>不显示</translation>
    </message>
    <message>
        <source>not shown (the server user needs the pg_read_all_stats role)</source>
        <translation>不显示（服务器用户需要 pg_read_all_stats 角色）</translation>
    </message>
    <message>
        <source>Idle in an open transaction (for %1)</source>
        <translation>事务未结束，空闲中（已 %1）</translation>
    </message>
    <message>
        <source>Idle in an open transaction</source>
        <translation>事务未结束，空闲中</translation>
    </message>
    <message>
        <source>Working (its transaction has been open for %1)</source>
        <translation>正在工作（事务已进行 %1）</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在工作</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>This company is a file, which one desk works in at a time: now %1. Several clerks work in one company at once only when it is on a PostgreSQL server.</source>
        <translation>本账套是一个文件，同一时间只能由一台电脑使用：当前为%1。只有放在 PostgreSQL 服务器上的账套才能由多人同时使用。</translation>
    </message>
    <message>
        <source>this computer, %1, signed in as “%2”</source>
        <translation>本机 %1，登录用户“%2”</translation>
    </message>
    <message>
        <source>nobody has it open</source>
        <translation>无人打开</translation>
    </message>
</context>
<context>
    <name>Backroom::WhoIsWorkingPage</name>
    <message>
        <source>One desk at a time</source>
        <translation>同一时间一台电脑</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Ask the server again who is connected to this company</source>
        <translation>重新向服务器查询连接到本账套的用户</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <source>Connected Since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Server Process</source>
        <translation>服务器进程</translation>
    </message>
    <message>
        <source>The server could not say who is connected: %1</source>
        <translation>无法从服务器查询连接情况：%1</translation>
    </message>
    <message>
        <source>%1 (this window)</source>
        <translation>%1（本窗口）</translation>
    </message>
    <message>
        <source>Connections to this company: %1; signed-in users: %2. Asked the server at %3.</source>
        <translation>本账套的连接：%1 个；已登录用户：%2 人。查询时间：%3。</translation>
    </message>
</context>
<context>
    <name>Backroom::Workflow</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Backroom::WorkflowBar</name>
    <message>
        <source>Read-only in this state</source>
        <translation>此状态下只读</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Who moved this record from which state to which, and when</source>
        <translation>谁在何时将此记录从哪个状态改为哪个状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>改为“%1”</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>备注（必填）</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>“%1” moves %2 “%3” from “%4” to “%5”.</source>
        <translation>“%1”将把%2“%3”从“%4”改为“%5”。</translation>
    </message>
    <message>
        <source>“%1” not done</source>
        <translation>未能“%1”</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>No steps yet: created as “%1”.</source>
        <translation>尚无流转记录：创建时为“%1”。</translation>
    </message>
</context>
<context>
    <name>Backroom::WriteTransaction</name>
    <message>
        <source>The database undid this work after an error; nothing of it was saved. Try again. (Details: %1)</source>
        <translation>数据库因出错撤销了本次操作，未保存任何内容。请重试。（详细信息：%1）</translation>
    </message>
</context>
<context>
    <name>Backroom::XlsxTableWriter</name>
    <message>
        <source>The list has %1 rows; an Excel sheet holds at most %2 below its header. Export to CSV instead.</source>
        <translation>列表共有 %1 行，而 Excel 工作表在表头下最多只能容纳 %2 行。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>The list has %1 columns; an Excel sheet holds at most %2. Export to CSV instead.</source>
        <translation>列表共有 %1 列，而 Excel 工作表最多只能容纳 %2 列。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>无法写入“%1”：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: out of memory.</source>
        <translation>无法写入“%1”：内存不足。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the sheet could not be created.</source>
        <translation>无法写入“%1”：无法创建工作表。</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Row %1, column “%2” holds %3 characters; an Excel cell holds at most %4. Export to CSV instead.</source>
        <translation>第 %1 行“%2”列有 %3 个字符，而 Excel 单元格最多只能容纳 %4 个字符。请改为导出 CSV。</translation>
    </message>
</context>
<context>
    <name>SubledgerPosting</name>
    <message>
        <source>This document no longer exists.</source>
        <translation>此单据已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this document since it was opened; open it again.</source>
        <translation>打开后已有他人修改了此单据，请重新打开。</translation>
    </message>
    <message>
        <source>The document could not be saved: %1</source>
        <translation>单据无法保存：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>backroom: %1</source>
        <translation>backroom: %1</translation>
    </message>
    <message>
        <source>backroom: unknown page “%1” (pages: %2)</source>
        <translation>backroom: 未知页面“%1”（可用页面：%2）</translation>
    </message>
    <message>
        <source>No font for Chinese text is installed; Chinese will show and print as empty boxes. Install a CJK font such as Noto Sans CJK.</source>
        <translation>未安装中文字体，中文将显示和打印为空白方框。请安装 Noto Sans CJK 等中日韩字体。(No Chinese font installed: install a CJK font such as Noto Sans CJK.)</translation>
    </message>
    <message>
        <source>backroom: cannot save the screenshot to %1</source>
        <translation>backroom: 无法将截图保存到 %1</translation>
    </message>
</context>
</TS>
