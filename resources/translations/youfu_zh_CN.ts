<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>youfu::core::AreaStore</name>
        <message>
            <source>There is no township with the code %1.</source>
            <translation>不存在代码为 %1 的乡镇（街道）。</translation>
        </message>
        <message>
            <source>There is no village or community with the code %1.</source>
            <translation>不存在代码为 %1 的村（社区）。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::AuditLog</name>
        <message>
            <source>Internal error: an audit entry was written outside a change.</source>
            <translation>内部错误：审计日志条目写入时不在事务内。</translation>
        </message>
        <message>
            <source>Internal error: a change without a named user.</source>
            <translation>内部错误：修改未指明操作用户。</translation>
        </message>
        <message>
            <source>Cannot read the audit log: %1</source>
            <translation>无法读取审计日志：%1</translation>
        </message>
        <message>
            <source>Cannot write the audit log: %1</source>
            <translation>无法写入审计日志：%1</translation>
        </message>
        <message>
            <source>The audit log cannot be read: %1</source>
            <translation>审计日志无法读取：%1</translation>
        </message>
        <message>
            <source>entry %1 is missing (the log jumps from %2 to %3)</source>
            <translation>缺少第 %1 条（日志从第 %2 条跳到第 %3 条）</translation>
        </message>
        <message>
            <source>entry %1 does not follow the entry before it</source>
            <translation>第 %1 条与上一条不衔接</translation>
        </message>
        <message>
            <source>entry %1 was changed after it was written</source>
            <translation>第 %1 条在写入后被修改</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::CategoryRules</name>
        <message>
            <source>Enter the date from which the person holds “%1”.</source>
            <translation>请输入享受“%1”待遇的起始日期。</translation>
        </message>
        <message>
            <source>The start date %1 is before the person's birth.</source>
            <translation>起始日期 %1 早于出生日期。</translation>
        </message>
        <message>
            <source>The end date %1 is before the start date %2.</source>
            <translation>终止日期 %1 早于起始日期 %2。</translation>
        </message>
        <message>
            <source>“%1” is for persons aged %2 or more; on %3 the person was %4.</source>
            <translation>“%1”须年满 %2 周岁；%3 时此人为 %4 周岁。</translation>
        </message>
        <message>
            <source>Choose the disability grade, 一级 to 十级.</source>
            <translation>请选择残疾等级（一级至十级）。</translation>
        </message>
        <message>
            <source>Choose the nature of the disability: 因战, 因公 or 因病.</source>
            <translation>请选择残疾性质：因战、因公或因病。</translation>
        </message>
        <message>
            <source>A disability caused by illness (因病) is only recognised for grades 一级 to 六级, not %1.</source>
            <translation>因病致残仅认定一级至六级，不能认定为%1。</translation>
        </message>
        <message>
            <source>Choose the relation to the serviceman.</source>
            <translation>请选择与军人的关系。</translation>
        </message>
        <message>
            <source>Enter the serviceman's name.</source>
            <translation>请输入军人姓名。</translation>
        </message>
        <message>
            <source>Enter the date of enlistment.</source>
            <translation>请输入入伍日期。</translation>
        </message>
        <message>
            <source>Enter the date of discharge.</source>
            <translation>请输入退役日期。</translation>
        </message>
        <message>
            <source>On the enlistment date %1 the person was %2; the minimum age is %3.</source>
            <translation>入伍日期 %1 时此人为 %2 周岁，入伍年龄不得低于 %3 周岁。</translation>
        </message>
        <message>
            <source>The discharge date %1 must be after the enlistment date %2.</source>
            <translation>退役日期 %1 应晚于入伍日期 %2。</translation>
        </message>
        <message>
            <source>The discharge date %1 is in the future.</source>
            <translation>退役日期 %1 晚于今天。</translation>
        </message>
        <message>
            <source>The person already holds “%1” from %2 to %3; the periods may not overlap.</source>
            <translation>此人已于 %2 至 %3 享受“%1”待遇，期间不得重叠。</translation>
        </message>
        <message>
            <source>The person already holds “%1” since %2; end it first.</source>
            <translation>此人自 %2 起已享受“%1”待遇，请先终止该类别。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::CategoryStore</name>
        <message>
            <source>There is no category “%1”.</source>
            <translation>不存在优抚类别“%1”。</translation>
        </message>
        <message>
            <source>A category code has 2 to 40 lower-case letters, digits or “_”.</source>
            <translation>类别代码由 2 至 40 个小写字母、数字或“_”组成。</translation>
        </message>
        <message>
            <source>Enter the category's name.</source>
            <translation>请输入类别名称。</translation>
        </message>
        <message>
            <source>The minimum age must be between 0 and 120.</source>
            <translation>最低年龄应在 0 至 120 之间。</translation>
        </message>
        <message>
            <source>Another category is already called “%1”.</source>
            <translation>已有名为“%1”的其他类别。</translation>
        </message>
        <message>
            <source>The category could not be saved: %1</source>
            <translation>类别无法保存：%1</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::CitizenId</name>
        <message>
            <source>Enter the citizen ID number.</source>
            <translation>请输入公民身份号码。</translation>
        </message>
        <message>
            <source>A citizen ID number has 18 characters (old ones 15); this one has %1.</source>
            <translation>公民身份号码应为18位（旧号码为15位），此号码为 %1 位。</translation>
        </message>
        <message>
            <source>X may only be the last character.</source>
            <translation>X 只能是最后一位。</translation>
        </message>
        <message>
            <source>“%1” does not belong in a citizen ID number: only digits, and X as the last character.</source>
            <translation>公民身份号码中不能有“%1”：只能是数字，最后一位可以是 X。</translation>
        </message>
        <message>
            <source>The area code %1 is not a Chinese province, region or municipality.</source>
            <translation>地址码 %1 不属于我国任何省、自治区或直辖市。</translation>
        </message>
        <message>
            <source>The birth date %1 in the number is not a real date.</source>
            <translation>号码中的出生日期 %1 不是有效日期。</translation>
        </message>
        <message>
            <source>The birth date %1 in the number is in the future.</source>
            <translation>号码中的出生日期 %1 晚于今天。</translation>
        </message>
        <message>
            <source>The check character should be %1.</source>
            <translation>校验码应为 %1。</translation>
        </message>
        <message>
            <source>The old 15-digit number was converted to the 18-digit number %1.</source>
            <translation>已将15位旧号码转换为18位号码 %1。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::Cli</name>
        <message>
            <source>unexpected argument “%1”</source>
            <translation>多余的参数“%1”</translation>
        </message>
        <message>
            <source>Database ready: %1 (data format %2)</source>
            <translation>数据库已就绪：%1（数据格式 %2）</translation>
        </message>
        <message>
            <source>say the login name once: user add LOGIN --role ROLE</source>
            <translation>登录名只需给出一次：user add LOGIN --role ROLE</translation>
        </message>
        <message>
            <source>unknown role “%1”</source>
            <translation>未知角色“%1”</translation>
        </message>
        <message>
            <source>give at least one --role</source>
            <translation>至少指定一个 --role</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <source>Password for the new user %1: </source>
            <translation>新用户 %1 的密码：</translation>
        </message>
        <message>
            <source>User %1 added (%2).</source>
            <translation>已添加用户 %1（%2）。</translation>
        </message>
        <message>
            <source>the audit log is broken at entry %1: %2</source>
            <translation>审计日志在第 %1 条处损坏：%2</translation>
        </message>
        <message>
            <source>The audit log is intact: %1 entries.</source>
            <translation>审计日志完整：共 %1 条。</translation>
        </message>
        <message>
            <source>Say who acts: --as LOGIN (the change is recorded under that name).</source>
            <translation>请指明操作人：--as LOGIN（修改将记在该用户名下）。</translation>
        </message>
        <message>
            <source>youfuctl: %1</source>
            <translation>youfuctl：%1</translation>
        </message>
        <message>
            <source>create an empty database (or upgrade an old one)</source>
            <translation>新建空数据库（或升级旧数据库）</translation>
        </message>
        <message>
            <source>add a user; the first user of a database must be an admin. Passwords come from the terminal, or one per line on stdin</source>
            <translation>添加用户；数据库的第一个用户必须是系统管理员。密码从终端输入，或从标准输入每行读取一个</translation>
        </message>
        <message>
            <source>check the audit log's hash chain; exit 0 when intact</source>
            <translation>校验审计日志的哈希链；完整时退出码为 0</translation>
        </message>
        <message>
            <source>Usage: youfuctl [--db FILE] COMMAND [ARGUMENTS]</source>
            <translation>用法：youfuctl [--db FILE] COMMAND [ARGUMENTS]</translation>
        </message>
        <message>
            <source>Youfu (优抚工作台) from the terminal: the same work as the window.</source>
            <translation>优抚工作台命令行工具：完成与图形界面相同的工作。</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>选项：</translation>
        </message>
        <message>
            <source>the database (default: $YOUFU_DB, else %1)</source>
            <translation>数据库文件（默认：$YOUFU_DB，未设置时为 %1）</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>显示本帮助</translation>
        </message>
        <message>
            <source>show the version</source>
            <translation>显示版本号</translation>
        </message>
        <message>
            <source>Roles: clerk, section_chief, inspector, director, admin, auditor.</source>
            <translation>角色：clerk（经办人）、section_chief（科长）、inspector（纪检监督）、director（局长）、admin（系统管理员）、auditor（审计员）。</translation>
        </message>
        <message>
            <source>youfuctl: unknown command “%1”; see youfuctl --help</source>
            <translation>youfuctl：未知命令“%1”；请参阅 youfuctl --help</translation>
        </message>
        <message>
            <source>--persons takes a number from 0 to 1000000</source>
            <translation>--persons 的取值应为 0 至 1000000 之间的数字</translation>
        </message>
        <message>
            <source>--seed takes a whole number</source>
            <translation>--seed 的取值应为整数</translation>
        </message>
        <message>
            <source>demo data goes only into an empty database; “%1” already has users or persons</source>
            <translation>演示数据只能写入空数据库；“%1”中已有用户或优抚对象</translation>
        </message>
        <message>
            <source>Demo users (the passwords are shown only now):</source>
            <translation>演示用户（密码仅在此显示一次）：</translation>
        </message>
        <message>
            <source>%1 demo persons added in %2 s (%3 categories held, %4 key persons, %5 deceased, %6 moved away), seed %7.</source>
            <translation>已在 %2 秒内添加 %1 名演示优抚对象（享受类别 %3 项，重点对象 %4 名，死亡 %5 名，迁出 %6 名），随机种子 %7。</translation>
        </message>
        <message>
            <source>say what to look for: person find TEXT</source>
            <translation>请指明要查找的内容：person find TEXT</translation>
        </message>
        <message>
            <source>--limit takes a positive number</source>
            <translation>--limit 的取值应为正数</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>共 %n 条匹配<numerusform />
            </translation>
        </message>
        <message>
            <source>, first %1 shown</source>
            <translation>，仅显示前 %1 条</translation>
        </message>
        <message>
            <source>fill an empty database with demo users (one per role, passwords printed once) and N demo persons (default 2000), the same for the same seed</source>
            <translation>向空数据库填入演示用户（每个角色一名，密码只显示一次）和 N 名演示优抚对象（默认 2000 名）；随机种子相同则数据相同</translation>
        </message>
        <message>
            <source>list the persons whose name, citizen ID, village or phone matches TEXT (IDs masked)</source>
            <translation>列出姓名、公民身份号码、村（社区）或电话与 TEXT 匹配的优抚对象（号码脱敏显示）</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::Database</name>
        <message>
            <source>opened read-only on request</source>
            <translation>按要求以只读方式打开</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a database file.</source>
            <translation>“%1”是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <source>Cannot read “%1”: %2</source>
            <translation>无法读取“%1”：%2</translation>
        </message>
        <message>
            <source>“%1” is not a Youfu database: it is not an SQLite database file at all. The file was not changed.</source>
            <translation>“%1”不是优抚工作台数据库：它根本不是 SQLite 数据库文件。文件未作改动。</translation>
        </message>
        <message>
            <source>“%1” is an SQLite database of another program, not a Youfu database. The file was not changed.</source>
            <translation>“%1”是其他程序的 SQLite 数据库，不是优抚工作台数据库。文件未作改动。</translation>
        </message>
        <message>
            <source>“%1” was written by a newer version of Youfu (data format %2; this program knows up to %3). Install the newer version to open it. The file was not changed.</source>
            <translation>“%1”由更新版本的优抚工作台写入（数据格式 %2；本程序最高支持 %3）。请安装新版本后再打开。文件未作改动。</translation>
        </message>
        <message>
            <source>the folder of the database cannot be written</source>
            <translation>数据库所在文件夹不可写</translation>
        </message>
        <message>
            <source>the database file cannot be written</source>
            <translation>数据库文件不可写</translation>
        </message>
        <message>
            <source>The database “%1” does not exist.</source>
            <translation>数据库“%1”不存在。</translation>
        </message>
        <message>
            <source>The database “%1” does not exist and cannot be created read-only.</source>
            <translation>数据库“%1”不存在，且只读方式下无法创建。</translation>
        </message>
        <message>
            <source>Cannot create the folder “%1”.</source>
            <translation>无法创建文件夹“%1”。</translation>
        </message>
        <message>
            <source>Cannot open “%1”: %2</source>
            <translation>无法打开“%1”：%2</translation>
        </message>
        <message>
            <source>Cannot read “%1”.</source>
            <translation>无法读取“%1”。</translation>
        </message>
        <message>
            <source>Cannot initialise the new database “%1”.</source>
            <translation>无法初始化新数据库“%1”。</translation>
        </message>
        <message>
            <source>“%1” needs an upgrade of its data format, but it can only be opened read-only (%2).</source>
            <translation>“%1”的数据格式需要升级，但目前只能以只读方式打开（%2）。</translation>
        </message>
        <message>
            <source>The database refused the setting %1.</source>
            <translation>数据库不接受设置 %1。</translation>
        </message>
        <message>
            <source>The database cannot use write-ahead logging here.</source>
            <translation>数据库在此处无法使用预写日志（WAL）。</translation>
        </message>
        <message>
            <source>The database refused the setting synchronous = FULL.</source>
            <translation>数据库不接受设置 synchronous = FULL。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::DemoGenerator</name>
        <message>
            <source>The number of persons cannot be negative.</source>
            <translation>人数不能为负数。</translation>
        </message>
        <message>
            <source>The registry already holds persons; demo data goes only into an empty database.</source>
            <translation>已登记有优抚对象；演示数据只能写入空数据库。</translation>
        </message>
        <message>
            <source>There are no townships to put demo persons in.</source>
            <translation>没有乡镇（街道），无法添加演示优抚对象。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::DemoUsers</name>
        <message>
            <source>The database already has users; demo users go only into an empty database.</source>
            <translation>数据库中已有用户；演示用户只能写入空数据库。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::FieldCipher</name>
        <message>
            <source>The key record cannot be read: %1</source>
            <translation>无法读取密钥记录：%1</translation>
        </message>
        <message>
            <source>The key record cannot be saved: %1</source>
            <translation>无法保存密钥记录：%1</translation>
        </message>
        <message>
            <source>The key file “%1” cannot be created: %2</source>
            <translation>无法创建密钥文件“%1”：%2</translation>
        </message>
        <message>
            <source>The key file “%1” cannot be written.</source>
            <translation>无法写入密钥文件“%1”。</translation>
        </message>
        <message>
            <source>The encryption library cannot start.</source>
            <translation>加密库无法启动。</translation>
        </message>
        <message>
            <source>The key file “%1” cannot be read: %2</source>
            <translation>无法读取密钥文件“%1”：%2</translation>
        </message>
        <message>
            <source>The key file “%1” is damaged.</source>
            <translation>密钥文件“%1”已损坏。</translation>
        </message>
        <message>
            <source>The key file “%1” is missing, so phone numbers and bank accounts cannot be read. Put back the key file from the backup of this database.</source>
            <translation>缺少密钥文件“%1”，无法读取电话号码和银行账号。请从此数据库的备份中恢复密钥文件。</translation>
        </message>
        <message>
            <source>The key file “%1” is missing.</source>
            <translation>缺少密钥文件“%1”。</translation>
        </message>
        <message>
            <source>The key file “%1” belongs to another database; phone numbers and bank accounts cannot be read with it.</source>
            <translation>密钥文件“%1”属于其他数据库，无法用它读取电话号码和银行账号。</translation>
        </message>
        <message>
            <source>A stored value is damaged.</source>
            <translation>存储的数据已损坏。</translation>
        </message>
        <message>
            <source>A stored value cannot be decrypted with this key.</source>
            <translation>存储的数据无法用此密钥解密。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::Migrator</name>
        <message>
            <source>The upgrade %1 is missing from the program.</source>
            <translation>程序中缺少升级步骤 %1。</translation>
        </message>
        <message>
            <source>Upgrade %1 of the database failed: %2</source>
            <translation>数据库升级步骤 %1 失败：%2</translation>
        </message>
        <message>
            <source>Upgrade %1 could not record its version: %2</source>
            <translation>升级步骤 %1 无法记录版本号：%2</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PasswordPolicy</name>
        <message>
            <source>The password must have at least 8 characters.</source>
            <translation>密码至少需要 8 个字符。</translation>
        </message>
        <message>
            <source>The password must mix at least three of: upper-case letters, lower-case letters, digits and other signs.</source>
            <translation>密码须至少包含大写字母、小写字母、数字和其他符号中的三种。</translation>
        </message>
        <message>
            <source>The password must not contain the login name.</source>
            <translation>密码不得包含用户名。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::Permission</name>
        <message>
            <source>view business records</source>
            <translation>查看业务记录</translation>
        </message>
        <message>
            <source>change the registry of entitled persons</source>
            <translation>修改优抚对象信息</translation>
        </message>
        <message>
            <source>show full ID and bank account numbers</source>
            <translation>查看完整身份证号和银行账号</translation>
        </message>
        <message>
            <source>file archive entries</source>
            <translation>登记档案材料</translation>
        </message>
        <message>
            <source>verify archive entries</source>
            <translation>审核档案材料</translation>
        </message>
        <message>
            <source>lend archive files</source>
            <translation>办理档案借阅</translation>
        </message>
        <message>
            <source>change the benefit standards</source>
            <translation>修改抚恤补助标准</translation>
        </message>
        <message>
            <source>draft applications</source>
            <translation>起草审批申请</translation>
        </message>
        <message>
            <source>review applications as section chief</source>
            <translation>以科长身份审核申请</translation>
        </message>
        <message>
            <source>countersign applications as discipline inspector</source>
            <translation>以纪检监督身份会签申请</translation>
        </message>
        <message>
            <source>approve applications as director</source>
            <translation>以局长身份审批申请</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <source>change settings</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <source>read the audit log</source>
            <translation>查看审计日志</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>备份数据</translation>
        </message>
        <message>
            <source>restore backups</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Nobody is logged in.</source>
            <translation>当前没有用户登录。</translation>
        </message>
        <message>
            <source>%1 (%2) may not %3.</source>
            <translation>%1（%2）无权%3。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PersonHistory</name>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>ethnicity</source>
            <translation>民族</translation>
        </message>
        <message>
            <source>citizen ID</source>
            <translation>公民身份号码</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>township</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>village</source>
            <translation>村（社区）</translation>
        </message>
        <message>
            <source>address</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>status since</source>
            <translation>状态起始日期</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>key person</source>
            <translation>重点对象</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>风险情况</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>registered %1 (%2)</source>
            <translation>新登记 %1（%2）</translation>
        </message>
        <message>
            <source>looked at the full phone and bank account numbers</source>
            <translation>查看了完整的电话号码和银行账号</translation>
        </message>
        <message>
            <source>%1 %2 → %3</source>
            <translation>%1：%2 → %3</translation>
        </message>
        <message>
            <source>changed the status</source>
            <translation>变更了状态</translation>
        </message>
        <message>
            <source>added a category</source>
            <translation>增加了优抚类别</translation>
        </message>
        <message>
            <source>ended a category</source>
            <translation>终止了优抚类别</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>修改了信息</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PersonImportStore</name>
        <message>
            <source>The import cannot start: %1</source>
            <translation>无法开始导入：%1</translation>
        </message>
        <message>
            <source>Person %1 (%2): %3</source>
            <translation>第 %1 人（%2）：%3</translation>
        </message>
        <message>
            <source>there is no township with the code %1</source>
            <translation>不存在代码为 %1 的乡镇（街道）</translation>
        </message>
        <message>
            <source>the village or community does not belong to the township</source>
            <translation>该村（社区）不属于所选乡镇（街道）</translation>
        </message>
        <message>
            <source>there is no category “%1”</source>
            <translation>不存在优抚类别“%1”</translation>
        </message>
        <message>
            <source>the citizen ID is already registered</source>
            <translation>该公民身份号码已登记</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>新登记</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PersonRules</name>
        <message>
            <source>Enter the person's name.</source>
            <translation>请输入姓名。</translation>
        </message>
        <message>
            <source>A name has at most 30 characters.</source>
            <translation>姓名最多 30 个字。</translation>
        </message>
        <message>
            <source>A name has only letters (and “·” between parts).</source>
            <translation>姓名只能由文字组成（各部分之间可用“·”分隔）。</translation>
        </message>
        <message>
            <source>A bank account number has only digits.</source>
            <translation>银行账号只能由数字组成。</translation>
        </message>
        <message>
            <source>A bank account number has 12 to 30 digits; this one has %1.</source>
            <translation>银行账号应为 12 至 30 位数字，此账号为 %1 位。</translation>
        </message>
        <message>
            <source>The citizen ID says the person is %1 (odd sequence number: male, even: female).</source>
            <translation>按公民身份号码，性别应为%1（顺序码为奇数是男性，偶数是女性）。</translation>
        </message>
        <message>
            <source>The citizen ID says the person was born on %1.</source>
            <translation>按公民身份号码，出生日期应为 %1。</translation>
        </message>
        <message>
            <source>Choose one of the 56 ethnic groups.</source>
            <translation>请从56个民族中选择一个。</translation>
        </message>
        <message>
            <source>Choose the township.</source>
            <translation>请选择乡镇（街道）。</translation>
        </message>
        <message>
            <source>An address has at most 200 characters.</source>
            <translation>住址最多 200 个字。</translation>
        </message>
        <message>
            <source>Enter the bank of the account.</source>
            <translation>请输入开户银行。</translation>
        </message>
        <message>
            <source>Say why the person is a key person (the risk).</source>
            <translation>请说明列为重点对象的原因（风险情况）。</translation>
        </message>
        <message>
            <source>The person is already “%1”.</source>
            <translation>此人已是“%1”状态。</translation>
        </message>
        <message>
            <source>Enter the date of the change.</source>
            <translation>请输入变更日期。</translation>
        </message>
        <message>
            <source>The date %1 is in the future.</source>
            <translation>日期 %1 晚于今天。</translation>
        </message>
        <message>
            <source>The date %1 is before the person's birth.</source>
            <translation>日期 %1 早于出生日期。</translation>
        </message>
        <message>
            <source>The date %1 is before the current status began (%2).</source>
            <translation>日期 %1 早于当前状态的起始日期（%2）。</translation>
        </message>
        <message>
            <source>Give the reason for the change.</source>
            <translation>请填写变更原因。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PersonStore</name>
        <message>
            <source>The database refused the change: %1</source>
            <translation>数据库拒绝了此修改：%1</translation>
        </message>
        <message>
            <source>There is no person number %1.</source>
            <translation>不存在编号为 %1 的优抚对象。</translation>
        </message>
        <message>
            <source>Nobody with the citizen ID %1 is registered.</source>
            <translation>未登记公民身份号码为 %1 的人员。</translation>
        </message>
        <message>
            <source>Choose the township.</source>
            <translation>请选择乡镇（街道）。</translation>
        </message>
        <message>
            <source>The village or community does not belong to the township.</source>
            <translation>该村（社区）不属于所选乡镇（街道）。</translation>
        </message>
        <message>
            <source>The citizen ID %1 is already registered for %2 (born %3, %4). Open that record instead of registering the person twice.</source>
            <translation>公民身份号码 %1 已登记，姓名 %2（%3 出生，%4）。请打开该记录，不要重复登记。</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>新登记</translation>
        </message>
        <message>
            <source>That category entry does not exist.</source>
            <translation>该优抚类别记录不存在。</translation>
        </message>
        <message>
            <source>The category already ended on %1.</source>
            <translation>该类别已于 %1 终止。</translation>
        </message>
        <message>
            <source>The end date must be on or after the start date %1.</source>
            <translation>终止日期不得早于起始日期 %1。</translation>
        </message>
        <message>
            <source>Give the reason the category ends.</source>
            <translation>请填写终止该类别的原因。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PhoneNumber</name>
        <message>
            <source>A phone number has only digits (and a dash after the area code).</source>
            <translation>电话号码只能由数字组成（区号后可加“-”）。</translation>
        </message>
        <message>
            <source>A mobile number has 11 digits; this one has %1.</source>
            <translation>手机号码应为11位，此号码为 %1 位。</translation>
        </message>
        <message>
            <source>A mobile number starts with 13 to 19.</source>
            <translation>手机号码应以 13 至 19 开头。</translation>
        </message>
        <message>
            <source>Write a landline number with its area code, e.g. 0739-4221234.</source>
            <translation>固定电话请加区号，例如：0739-4221234。</translation>
        </message>
        <message>
            <source>A landline number is the area code and 7 or 8 digits, e.g. 0739-4221234.</source>
            <translation>固定电话号码由区号加 7 或 8 位号码组成，例如：0739-4221234。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::Report</name>
        <message>
            <source>No file name was given.</source>
            <translation>未指定文件名。</translation>
        </message>
        <message>
            <source>“%1” is a folder. Choose a file name.</source>
            <translation>“%1”是文件夹，请指定文件名。</translation>
        </message>
        <message>
            <source>The folder “%1” does not exist. Choose another folder.</source>
            <translation>文件夹“%1”不存在，请选择其他文件夹。</translation>
        </message>
        <message>
            <source>“%1” cannot be written: %2. Check that you may save in this folder and that the file is not open in another program.</source>
            <translation>无法写入“%1”：%2。请检查是否有权限保存到此文件夹，以及该文件是否已在其他程序中打开。</translation>
        </message>
        <message>
            <source>“%1” could not be saved: %2. The disk may be full; the previous file, if any, is unchanged.</source>
            <translation>“%1”保存失败：%2。磁盘可能已满；原有文件（如有）未作改动。</translation>
        </message>
        <message>
            <source>There is no printer to print on.</source>
            <translation>没有可用的打印机。</translation>
        </message>
        <message>
            <source>The printer or file could not be opened for printing.</source>
            <translation>无法打开打印机或文件进行打印。</translation>
        </message>
        <message>
            <source>The printer did not accept page %1.</source>
            <translation>打印机未能接收第 %1 页。</translation>
        </message>
        <message>
            <source>The printout could not be finished.</source>
            <translation>打印未能完成。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::Role</name>
        <message>
            <source>Clerk</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Section chief</source>
            <translation>科长</translation>
        </message>
        <message>
            <source>Discipline inspector</source>
            <translation>纪检监督</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>局长</translation>
        </message>
        <message>
            <source>System administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Auditor</source>
            <translation>审计员</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Choose at least one role.</source>
            <translation>请至少选择一个角色。</translation>
        </message>
        <message>
            <source>The role “%1” cannot be combined with any other role.</source>
            <translation>角色“%1”不能与其他角色兼任。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::SearchIndexStore</name>
        <message>
            <source>The search index cannot be updated: %1</source>
            <translation>无法更新检索索引：%1</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::SettingsStore</name>
        <message>
            <source>The setting could not be saved: %1</source>
            <translation>设置无法保存：%1</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::Transaction</name>
        <message>
            <source>The database is open read-only (%1); nothing can be changed.</source>
            <translation>数据库以只读方式打开（%1），不能做任何修改。</translation>
        </message>
        <message>
            <source>The database is busy with another writer; try again in a moment.</source>
            <translation>数据库正被其他操作写入，请稍后重试。</translation>
        </message>
        <message>
            <source>Cannot start a change: %1</source>
            <translation>无法开始修改：%1</translation>
        </message>
        <message>
            <source>No change is in progress.</source>
            <translation>当前没有进行中的修改。</translation>
        </message>
        <message>
            <source>The change could not be saved: %1</source>
            <translation>修改无法保存：%1</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::UserStore</name>
        <message>
            <source>A login name has 2 to 32 letters, digits, “.”, “_” or “-”, without spaces.</source>
            <translation>用户名由 2 至 32 个字母、数字、“.”、“_”或“-”组成，不能含空格。</translation>
        </message>
        <message>
            <source>The database refused the change: %1</source>
            <translation>数据库拒绝了此修改：%1</translation>
        </message>
        <message>
            <source>No such user.</source>
            <translation>用户不存在。</translation>
        </message>
        <message>
            <source>There is no user “%1”.</source>
            <translation>不存在用户“%1”。</translation>
        </message>
        <message>
            <source>The first user must be the system administrator.</source>
            <translation>第一个用户必须是系统管理员。</translation>
        </message>
        <message>
            <source>This database already has users; log in instead.</source>
            <translation>此数据库已有用户，请直接登录。</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>请输入姓名。</translation>
        </message>
        <message>
            <source>The login name “%1” is already taken.</source>
            <translation>用户名“%1”已被占用。</translation>
        </message>
        <message>
            <source>The password could not be protected (out of memory?).</source>
            <translation>无法加密保存密码（可能内存不足）。</translation>
        </message>
        <message>
            <source>You cannot take the administrator role from yourself.</source>
            <translation>不能取消自己的系统管理员角色。</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>不能停用自己的账户。</translation>
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
            <source>The login name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>After %1 wrong passwords this account is locked until %2.</source>
            <translation>密码连续错误 %1 次，该账户已锁定至 %2。</translation>
        </message>
        <message>
            <source>This account has been disabled. Ask the administrator.</source>
            <translation>该账户已停用，请联系系统管理员。</translation>
        </message>
        <message>
            <source>After %1 wrong passwords this account is locked for %2 minutes.</source>
            <translation>密码连续错误 %1 次，该账户已锁定 %2 分钟。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Change the password of %1</source>
            <translation>修改 %1 的密码</translation>
        </message>
        <message>
            <source>Your password was set by the administrator. Choose your own before you go on.</source>
            <translation>您的密码由系统管理员设置，请先设置自己的密码再继续。</translation>
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
            <source>&amp;Repeat new password:</source>
            <translation>确认新密码(&amp;R)：</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::FirstAdminDialog</name>
        <message>
            <source>Set up Youfu</source>
            <translation>初始化优抚工作台</translation>
        </message>
        <message>
            <source>Create the system administrator</source>
            <translation>创建系统管理员</translation>
        </message>
        <message>
            <source>This database has no users yet. The administrator adds the clerks, the section chief, the discipline inspector and the director, but cannot approve or change business records.</source>
            <translation>此数据库尚无用户。系统管理员负责添加经办人、科长、纪检监督和局长，但不能审批或修改业务记录。</translation>
        </message>
        <message>
            <source>e.g. 王志强</source>
            <translation>例如：王志强</translation>
        </message>
        <message>
            <source>at least 8 characters, three kinds</source>
            <translation>至少 8 位，含三类字符</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translation>用户名(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::HomeCards</name>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>active accounts of %1</source>
            <translation>个账户启用（共 %1 个）</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>entries, chain intact</source>
            <translation>条记录，哈希链完整</translation>
        </message>
        <message>
            <source>BROKEN at entry %1</source>
            <translation>在第 %1 条处已损坏</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::HomePage</name>
        <message>
            <source>Good morning</source>
            <translation>上午好</translation>
        </message>
        <message>
            <source>Good afternoon</source>
            <translation>下午好</translation>
        </message>
        <message>
            <source>Good evening</source>
            <translation>晚上好</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <source>Today is %1, %2</source>
            <translation>今天是%1，%2</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::Launcher</name>
        <message>
            <source>Youfu special-care workbench</source>
            <translation>优抚工作台</translation>
        </message>
        <message>
            <source>Open this database file.</source>
            <translation>打开此数据库文件。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Suggest this login name.</source>
            <translation>预填此用户名。</translation>
        </message>
        <message>
            <source>LOGIN</source>
            <translation>LOGIN</translation>
        </message>
        <message>
            <source>Youfu cannot open the database</source>
            <translation>优抚工作台无法打开数据库</translation>
        </message>
        <message>
            <source>Read-only database</source>
            <translation>只读数据库</translation>
        </message>
        <message>
            <source>The database is open read-only (%1). You can look, but nothing can be changed or recorded.</source>
            <translation>数据库以只读方式打开（%1）。只能查看，不能修改或登记任何内容。</translation>
        </message>
        <message>
            <source>Youfu</source>
            <translation>优抚工作台</translation>
        </message>
        <message>
            <source>This read-only database has no users.</source>
            <translation>此只读数据库中没有用户。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::LoginDialog</name>
        <message>
            <source>Log in to Youfu</source>
            <translation>登录优抚工作台</translation>
        </message>
        <message>
            <source>Youfu special-care workbench</source>
            <translation>优抚工作台</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translation>用户名(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>登录</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::MainWindow</name>
        <message>
            <source>Youfu — special-care workbench</source>
            <translation>优抚工作台</translation>
        </message>
        <message>
            <source>Areas of work</source>
            <translation>业务模块</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1（Ctrl+%2）</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>切换用户(&amp;S)…</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>修改密码(&amp;P)…</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Youfu</source>
            <translation>关于优抚工作台(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>Logged in: %1 (%2)</source>
            <translation>当前用户：%1（%2）</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>[READ-ONLY: %1]</source>
            <translation>［只读：%1］</translation>
        </message>
        <message>
            <source>About Youfu</source>
            <translation>关于优抚工作台</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Youfu %1&lt;/h3&gt;&lt;p&gt;Special-care workbench for the civil affairs bureau: registry of entitled persons, archives, approvals, payments, visits and letters-and-visits.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data format: %3&lt;/p&gt;</source>
            <translation>&lt;h3&gt;优抚工作台 %1&lt;/h3&gt;&lt;p&gt;民政部门优抚工作业务系统：优抚对象登记、档案管理、待遇审批、资金发放、走访慰问和信访办理。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;数据格式：%3&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PrintPreview</name>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>打印预览 — %1</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>Save this paper as a PDF file</source>
            <translation>将此文书另存为 PDF 文件</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>The paper could not be printed.
%1</source>
            <translation>文书无法打印。
%1</translation>
        </message>
        <message>
            <source>The PDF was not saved.
%1</source>
            <translation>PDF 未保存。
%1</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>The office (shared by everyone using this database)</source>
            <translation>单位信息（使用此数据库的所有人共用）</translation>
        </message>
        <message>
            <source>&amp;Office name:</source>
            <translation>单位名称(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;County:</source>
            <translation>县（市、区）(&amp;C)：</translation>
        </message>
        <message>
            <source>County &amp;code:</source>
            <translation>行政区划代码(&amp;C)：</translation>
        </message>
        <message>
            <source>Only the system administrator changes these.</source>
            <translation>仅系统管理员可修改以下各项。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The new language is used from the next start of Youfu.</source>
            <translation>新语言将在下次启动优抚工作台时生效。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::UserDialog</name>
        <message>
            <source>Change user</source>
            <translation>修改用户</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>&amp;Login name:</source>
            <translation>用户名(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>the user must change it at first login</source>
            <translation>用户首次登录时须修改</translation>
        </message>
        <message>
            <source>First &amp;password:</source>
            <translation>初始密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>The administrator and the auditor hold no other role.</source>
            <translation>系统管理员和审计员不兼任其他角色。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::UserModel</name>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Login name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::UsersPage</name>
        <message>
            <source>Users and roles</source>
            <translation>用户与角色</translation>
        </message>
        <message>
            <source>Whoever approves is responsible: every record names the user who made it. Users are never deleted, only disabled.</source>
            <translation>谁审批谁负责：每条记录都注明经办用户。用户不能删除，只能停用。</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>添加用户(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>修改(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>重置密码(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>启用(&amp;E)</translation>
        </message>
        <message>
            <source>User added.</source>
            <translation>用户已添加。</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>New password for %1 (they must change it when they next log in):</source>
            <translation>%1 的新密码（该用户下次登录时须修改）：</translation>
        </message>
        <message>
            <source>The password of %1 was reset.</source>
            <translation>%1 的密码已重置。</translation>
        </message>
        <message>
            <source>Disable user</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <source>Disable %1? They can no longer log in; their records stay.</source>
            <translation>确定停用 %1 吗？停用后将无法登录，其记录仍予保留。</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
    </context>
</TS>
