<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>youfu::core::AliasMatcher</name>
        <message>
            <source>%1 “%2” is not in the alias table; add it there or correct the cell.</source>
            <translation>%1“%2”不在别名表中，请在别名表中添加或更正该单元格。</translation>
        </message>
        <message>
            <source>%1 “%2” could mean more than one entry of the alias table; write the full name.</source>
            <translation>%1“%2”可对应别名表中的多个条目，请填写全称。</translation>
        </message>
        <message>
            <source>%1 “%2” read as %3</source>
            <translation>%1“%2”按“%3”读取</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ApplicationListStore</name>
        <message>
            <source>The register of applications could not be counted.</source>
            <translation>无法统计审批登记簿的件数。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ApplicationRules</name>
        <message>
            <source>Recognition of a category</source>
            <translation>优抚类别认定</translation>
        </message>
        <message>
            <source>Disability grade assessment or change</source>
            <translation>残疾等级评定（调整）</translation>
        </message>
        <message>
            <source>Change of standard</source>
            <translation>标准调整</translation>
        </message>
        <message>
            <source>Temporary assistance</source>
            <translation>临时救助</translation>
        </message>
        <message>
            <source>Short-term recuperation</source>
            <translation>短期疗养</translation>
        </message>
        <message>
            <source>Stop of benefits</source>
            <translation>停发待遇</translation>
        </message>
        <message>
            <source>Choose the person the application is for.</source>
            <translation>请选择申请对象。</translation>
        </message>
        <message>
            <source>The person is “%1” in the registry; no application can be made for them.</source>
            <translation>此人登记状态为“%1”，不能为其提出申请。</translation>
        </message>
        <message>
            <source>Enter the effective date.</source>
            <translation>请输入生效日期。</translation>
        </message>
        <message>
            <source>Write the facts (基本情况).</source>
            <translation>请填写基本情况。</translation>
        </message>
        <message>
            <source>Write the reason for the application.</source>
            <translation>请填写申请理由。</translation>
        </message>
        <message>
            <source>Supporting document no. %1 is not a verified entry of the person's archive.</source>
            <translation>第 %1 号证明材料不是此人档案中已审核的材料。</translation>
        </message>
        <message>
            <source>Choose the category.</source>
            <translation>请选择优抚类别。</translation>
        </message>
        <message>
            <source>“%1” has no disability grade; choose a disability category.</source>
            <translation>“%1”没有残疾等级，请选择残疾类别。</translation>
        </message>
        <message>
            <source>The person already holds “%1” since %2.</source>
            <translation>此人自 %2 起已享受“%1”待遇。</translation>
        </message>
        <message>
            <source>The person already holds %1 %2 %3; the grade or nature must change.</source>
            <translation>此人已是%1（%2，%3），等级或性质须有变化。</translation>
        </message>
        <message>
            <source>Choose the category whose standard changes.</source>
            <translation>请选择要调整标准的优抚类别。</translation>
        </message>
        <message>
            <source>The person does not hold “%1” on %2.</source>
            <translation>此人在 %2 未享受“%1”待遇。</translation>
        </message>
        <message>
            <source>Enter the amount of assistance requested.</source>
            <translation>请输入申请救助金额。</translation>
        </message>
        <message>
            <source>The person holds no category on %1.</source>
            <translation>此人在 %1 未享受任何优抚类别待遇。</translation>
        </message>
        <message>
            <source>Choose why the benefits stop: death or moving away.</source>
            <translation>请选择停发原因：死亡或迁出。</translation>
        </message>
        <message>
            <source>The date of death or moving away %1 is in the future.</source>
            <translation>死亡或迁出日期 %1 晚于今天。</translation>
        </message>
        <message>
            <source>The date %1 is before the person's current status began (%2).</source>
            <translation>日期 %1 早于此人当前状态的起始日期（%2）。</translation>
        </message>
        <message>
            <source>Benefits stop from %1.</source>
            <translation>自 %1 起停发待遇。</translation>
        </message>
        <message>
            <source>The assistance requested, %1 yuan, is more than the ceiling of %2 yuan in the policy book (%3).</source>
            <translation>申请救助金额 %1 元，超过抚恤补助标准规定的上限 %2 元（%3）。</translation>
        </message>
        <message>
            <source>Housing difficulty</source>
            <translation>住房困难</translation>
        </message>
        <message>
            <source>Destitute</source>
            <translation>特困</translation>
        </message>
        <message>
            <source>Serious illness</source>
            <translation>重病</translation>
        </message>
        <message>
            <source>Accident</source>
            <translation>意外</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Choose why assistance is needed (housing difficulty, destitute, serious illness, accident or other).</source>
            <translation>请选择救助原因（住房困难、特困、重病、意外或其他）。</translation>
        </message>
        <message>
            <source>“%1” is not a reason of temporary assistance.</source>
            <translation>“%1”不是临时救助的原因。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::AppraisalReportExport</name>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>导出已取消，未生成文件。</translation>
        </message>
        <message>
            <source>The report is saved as PDF or Excel: give the file a name ending in .pdf or .xlsx.</source>
            <translation>考核报告只能保存为PDF或Excel文件，请使用以 .pdf 或 .xlsx 结尾的文件名。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::AppraisalReportStore</name>
        <message>
            <source>The appraisal of %1 has not been computed yet: compute it first on the Year-end appraisal page (or with “youfuctl appraisal compute --year %1”).</source>
            <translation>%1年度的考核尚未计算，请先在“年终考核”页计算（或运行“youfuctl appraisal compute --year %1”）。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::AppraisalStore</name>
        <message>
            <source>There is no active township %1.</source>
            <translation>没有在用的乡镇 %1。</translation>
        </message>
        <message>
            <source>There is no township appraisal scheme for %1 yet: the section chief drafts it and the director approves it.</source>
            <translation>还没有%1年度乡镇考核方案：请科长起草、局长批准。</translation>
        </message>
        <message>
            <source>The township appraisal scheme for %1 is still a draft: the director approves it before the appraisal is computed.</source>
            <translation>%1年度乡镇考核方案尚为草稿：须经局长批准后才能计算考核结果。</translation>
        </message>
        <message>
            <source>A commendation or deduction needs its reason.</source>
            <translation>表彰加分或扣分必须填写理由。</translation>
        </message>
        <message>
            <source>A commendation or deduction is more than 0 and at most 100 points.</source>
            <translation>表彰加分或扣分应大于 0 分、不超过 100 分。</translation>
        </message>
        <message>
            <source>Commendation</source>
            <translation>表彰加分</translation>
        </message>
        <message>
            <source>Deduction</source>
            <translation>扣分</translation>
        </message>
        <message>
            <source>Voiding a commendation or deduction needs its reason.</source>
            <translation>作废表彰或扣分必须填写理由。</translation>
        </message>
        <message>
            <source>There is no such commendation or deduction.</source>
            <translation>没有这条表彰或扣分记录。</translation>
        </message>
        <message>
            <source>This commendation or deduction is voided already.</source>
            <translation>这条表彰或扣分已作废。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ApprovalRules</name>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>In approval</source>
            <translation>审批中</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>不予批准</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>amend</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>return to the drafter</source>
            <translation>退回经办人</translation>
        </message>
        <message>
            <source>reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>mark as reported to the higher authority</source>
            <translation>标记为已上报</translation>
        </message>
        <message>
            <source>An application that is “%1” cannot be %2.</source>
            <translation>状态为“%1”的申请不能%2。</translation>
        </message>
        <message>
            <source>The approval chain has no steps.</source>
            <translation>审批流程中没有任何环节。</translation>
        </message>
        <message>
            <source>The application is at no step of its chain.</source>
            <translation>该申请不处于审批流程的任何环节。</translation>
        </message>
        <message>
            <source>The application was already reported to the higher authority.</source>
            <translation>该申请已上报。</translation>
        </message>
        <message>
            <source>Only the section chief, the discipline inspector and the director sign applications, not “%1”.</source>
            <translation>只有科长、纪检监督和局长签署申请，“%1”不能签署。</translation>
        </message>
        <message>
            <source>“%1” appears twice in the chain.</source>
            <translation>“%1”在审批流程中重复出现。</translation>
        </message>
        <message>
            <source>The discipline inspector's countersignature cannot be removed.</source>
            <translation>纪检监督会签环节不能删除。</translation>
        </message>
        <message>
            <source>The director's approval cannot be removed.</source>
            <translation>局长审批环节不能删除。</translation>
        </message>
        <message>
            <source>The director approves last.</source>
            <translation>局长审批必须是最后一个环节。</translation>
        </message>
        <message>
            <source>Nobody is logged in.</source>
            <translation>当前没有用户登录。</translation>
        </message>
        <message>
            <source>This step is signed by the %1; %2 is not one.</source>
            <translation>此环节由%1签署，%2不具备该角色。</translation>
        </message>
        <message>
            <source>%1 drafted this application and may not sign any step of it.</source>
            <translation>%1 是此申请的经办人，不得签署其中任何环节。</translation>
        </message>
        <message>
            <source>%1 already signed this application as %2; one person signs only one step.</source>
            <translation>%1 已以%2身份签署此申请；同一人只能签署一个环节。</translation>
        </message>
        <message>
            <source>Write the opinion: why is it returned, what must change?</source>
            <translation>请填写意见：退回原因及需修改的内容。</translation>
        </message>
        <message>
            <source>Write the opinion: why is it rejected?</source>
            <translation>请填写意见：不予批准的理由。</translation>
        </message>
        <message>
            <source>The number format must contain {seq} (or {seq:04}), the sequence within the year.</source>
            <translation>编号格式须包含 {seq}（或 {seq:04}），即年度内的顺序号。</translation>
        </message>
        <message>
            <source>The number format must contain {year}: numbers restart every year.</source>
            <translation>编号格式须包含 {year}：编号每年重新开始。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ApprovalStore</name>
        <message>
            <source>The person of an application cannot be changed; draft a new one.</source>
            <translation>申请对象不能更改，请另行起草申请。</translation>
        </message>
        <message>
            <source>Supporting document no. %1 is not a verified entry of the person's archive.</source>
            <translation>第 %1 号证明材料不是此人档案中已审核的材料。</translation>
        </message>
        <message>
            <source>The application cannot be submitted yet:
%1</source>
            <translation>申请暂不能提交：
%1</translation>
        </message>
        <message>
            <source>Submitting is not a signature.</source>
            <translation>提交不是签署操作。</translation>
        </message>
        <message>
            <source>It cannot be approved: %1</source>
            <translation>不能批准：%1</translation>
        </message>
        <message>
            <source>%1 (no. %2): %3</source>
            <translation>%1（第 %2 号）：%3</translation>
        </message>
        <message>
            <source>Enter the date it was reported.</source>
            <translation>请输入上报日期。</translation>
        </message>
        <message>
            <source>Enter the reference of the report (文号 or registration number).</source>
            <translation>请输入上报文号或登记号。</translation>
        </message>
        <message>
            <source>The date %1 is in the future.</source>
            <translation>日期 %1 晚于今天。</translation>
        </message>
        <message>
            <source>It cannot be reported before it was approved (%1).</source>
            <translation>上报日期不能早于批准日期（%1）。</translation>
        </message>
        <message>
            <source>Application no. %1 does not exist.</source>
            <translation>第 %1 号申请不存在。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ArchiveDocumentStore</name>
        <message>
            <source>This archive entry does not exist.</source>
            <translation>该档案材料不存在。</translation>
        </message>
        <message>
            <source>Open the person's archive before filing documents.</source>
            <translation>请先为此人建立档案，再登记材料。</translation>
        </message>
        <message>
            <source>The kind of document is unknown.</source>
            <translation>材料类别未知。</translation>
        </message>
        <message>
            <source>A correction of this entry is waiting for verification already (entry %1).</source>
            <translation>该材料已有一条更正待审核（第 %1 条）。</translation>
        </message>
        <message>
            <source>This file is attached to the entry already.</source>
            <translation>该文件已附在此材料中。</translation>
        </message>
        <message>
            <source>Scan %1: %2</source>
            <translation>扫描件 %1：%2</translation>
        </message>
        <message>
            <source>The corrected entry was corrected by another entry meanwhile.</source>
            <translation>被更正的材料在此期间已被其他材料更正。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ArchiveLoanStore</name>
        <message>
            <source>This loan does not exist.</source>
            <translation>该借阅记录不存在。</translation>
        </message>
        <message>
            <source>This archive does not exist.</source>
            <translation>该档案不存在。</translation>
        </message>
        <message>
            <source>The file %1 is out: lent to %2 on %3. It must come back first.</source>
            <translation>档案 %1 已于 %3 借给 %2，尚未归还，须先归还。</translation>
        </message>
        <message>
            <source>The file cannot be lent: %1</source>
            <translation>档案不能借阅：%1</translation>
        </message>
        <message>
            <source>This file came back already on %1.</source>
            <translation>该档案已于 %1 归还。</translation>
        </message>
        <message>
            <source>The return date must lie between the loan date and today.</source>
            <translation>归还日期应在借阅日期与今天之间。</translation>
        </message>
        <message>
            <source>The return could not be saved: %1</source>
            <translation>归还登记无法保存：%1</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ArchivePapers</name>
        <message>
            <source>The cover cannot be drawn on this printer.</source>
            <translation>无法在此打印机上打印档案封面。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ArchiveRules</name>
        <message>
            <source>waiting for verification</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>已审核</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>in custody</source>
            <translation>在库</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已封存</translation>
        </message>
        <message>
            <source>transferred</source>
            <translation>已移交</translation>
        </message>
        <message>
            <source>present</source>
            <translation>已具备</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>缺少</translation>
        </message>
        <message>
            <source>The archive number format must contain the sequence exactly once, written as zeros in braces, e.g. WG-YF-{000000}.</source>
            <translation>档案编号格式须且只能包含一处顺序号，用花括号内的若干个 0 表示，例如：WG-YF-{000000}。</translation>
        </message>
        <message>
            <source>The archive number format is too long or has spaces at its ends.</source>
            <translation>档案编号格式过长，或首尾有空格。</translation>
        </message>
        <message>
            <source>This entry is verified already.</source>
            <translation>该材料已审核。</translation>
        </message>
        <message>
            <source>This entry was returned; it can be verified once it is resubmitted.</source>
            <translation>该材料已退回，重新提交后才能审核。</translation>
        </message>
        <message>
            <source>You filed this entry yourself. A second person must verify it.</source>
            <translation>该材料由您本人登记，须由他人审核。</translation>
        </message>
        <message>
            <source>You changed this entry last. A second person must verify it.</source>
            <translation>该材料最后由您修改，须由他人审核。</translation>
        </message>
        <message>
            <source>Say why the entry is returned.</source>
            <translation>请说明退回原因。</translation>
        </message>
        <message>
            <source>This entry is verified and locked. File a correction instead.</source>
            <translation>该材料已审核并锁定，如需改动请登记更正。</translation>
        </message>
        <message>
            <source>Choose the kind of document.</source>
            <translation>请选择材料类别。</translation>
        </message>
        <message>
            <source>Enter the title of the document.</source>
            <translation>请输入材料题名。</translation>
        </message>
        <message>
            <source>The title is longer than 200 characters.</source>
            <translation>题名超过 200 个字。</translation>
        </message>
        <message>
            <source>The number of pages must be between 1 and 9999.</source>
            <translation>页数应在 1 至 9999 之间。</translation>
        </message>
        <message>
            <source>The date of the document lies in the future.</source>
            <translation>材料日期晚于今天。</translation>
        </message>
        <message>
            <source>The date of the document is before 1900.</source>
            <translation>材料日期早于 1900 年。</translation>
        </message>
        <message>
            <source>Only a verified entry is corrected; change this one directly.</source>
            <translation>只有已审核的材料才需登记更正，此材料可直接修改。</translation>
        </message>
        <message>
            <source>This entry was corrected already; correct the newer entry.</source>
            <translation>该材料已被更正，请对更正后的材料进行更正。</translation>
        </message>
        <message>
            <source>Say why the entry is corrected.</source>
            <translation>请说明更正原因。</translation>
        </message>
        <message>
            <source>Enter who borrows the file.</source>
            <translation>请输入借阅人。</translation>
        </message>
        <message>
            <source>Enter the purpose of the loan.</source>
            <translation>请输入借阅用途。</translation>
        </message>
        <message>
            <source>The loan date lies in the future.</source>
            <translation>借阅日期晚于今天。</translation>
        </message>
        <message>
            <source>Enter when the file is to come back.</source>
            <translation>请输入应还日期。</translation>
        </message>
        <message>
            <source>The expected return is before the loan date.</source>
            <translation>应还日期早于借阅日期。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ArchiveStore</name>
        <message>
            <source>This person is not in the registry.</source>
            <translation>此人未登记为优抚对象。</translation>
        </message>
        <message>
            <source>This person has an archive already.</source>
            <translation>此人已建立档案。</translation>
        </message>
        <message>
            <source>The archive number %1 was given before; change the number format setting.</source>
            <translation>档案编号 %1 已被使用，请修改编号格式设置。</translation>
        </message>
        <message>
            <source>This archive does not exist.</source>
            <translation>该档案不存在。</translation>
        </message>
        <message>
            <source>This change of the archive data does not exist.</source>
            <translation>该档案信息修改记录不存在。</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>未作任何修改。</translation>
        </message>
        <message>
            <source>A document kind needs a code and a name.</source>
            <translation>材料类别须有代码和名称。</translation>
        </message>
        <message>
            <source>The kind %1 or the category %2 is unknown.</source>
            <translation>材料类别 %1 或优抚类别 %2 不存在。</translation>
        </message>
        <message>
            <source>The archive number sequence is missing.</source>
            <translation>缺少档案编号序列。</translation>
        </message>
        <message>
            <source>Another change took the archive number; try again.</source>
            <translation>该档案号已被其他修改占用，请重试。</translation>
        </message>
        <message>
            <source>The archive could not be opened: %1</source>
            <translation>无法建立档案：%1</translation>
        </message>
    </context>
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
        <name>youfu::core::AssistanceExport</name>
        <message>
            <source>Temporary assistance granted</source>
            <translation>临时救助发放登记</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>审批编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>救助原因</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Granted on</source>
            <translation>批准日期</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::AssistanceRegisterStore</name>
        <message>
            <source>The temporary assistance granted could not be counted.</source>
            <translation>无法统计已发放的临时救助。</translation>
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
        <message>
            <source>The key file “%1” is missing, so the audit log cannot be written or checked. Put back the key file from the backup of this database.</source>
            <translation>缺少密钥文件“%1”，无法写入或校验审计日志。请从此数据库的备份中恢复密钥文件。</translation>
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
            <source>Cannot write the audit log: the start of its chain is missing.</source>
            <translation>无法写入审计日志：缺少校验链的起点记录。</translation>
        </message>
        <message>
            <source>Cannot write the audit log: its entries do not follow the start of its chain.</source>
            <translation>无法写入审计日志：日志条目与校验链的起点记录不衔接。</translation>
        </message>
        <message>
            <source>the record of where the keyed audit chain begins is missing</source>
            <translation>缺少审计日志密钥校验链的起点记录</translation>
        </message>
        <message>
            <source>the audit log cannot be checked: %1</source>
            <translation>无法校验审计日志：%1</translation>
        </message>
        <message>
            <source>the record of where the keyed audit chain begins was changed</source>
            <translation>审计日志密钥校验链的起点记录已被改动</translation>
        </message>
        <message>
            <source>entry %1 is not covered by the record of where the keyed audit chain begins</source>
            <translation>第 %1 条未被密钥校验链的起点记录覆盖</translation>
        </message>
        <message>
            <source>entries from %1 on cannot be checked: %2</source>
            <translation>第 %1 条及以后各条无法校验：%2</translation>
        </message>
        <message>
            <source>entries after %1 are missing (the log held %2 when it was keyed)</source>
            <translation>第 %1 条之后的条目缺失（启用密钥校验时日志共有 %2 条）</translation>
        </message>
        <message>
            <source>the protection of the audit log cannot be read: %1</source>
            <translation>无法读取审计日志的防篡改保护：%1</translation>
        </message>
        <message>
            <source>the protection of the audit log was removed (trigger %1 is missing)</source>
            <translation>审计日志的防篡改保护已被删除（缺少触发器 %1）</translation>
        </message>
        <message>
            <source>the protection of the audit log was changed (trigger %1)</source>
            <translation>审计日志的防篡改保护已被改动（触发器 %1）</translation>
        </message>
        <message>
            <source>the audit log has a trigger Youfu did not make (%1)</source>
            <translation>审计日志上有非优抚工作台创建的触发器（%1）</translation>
        </message>
        <message>
            <source>entries after %1 are missing: the backup %2 holds %3 entries</source>
            <translation>第 %1 条之后的条目缺失：备份 %2 中共有 %3 条</translation>
        </message>
        <message>
            <source>entry %1 differs from the one in the backup %2</source>
            <translation>第 %1 条与备份 %2 中的不一致</translation>
        </message>
        <message>
            <source>The backup %1 was made before the restore of %2; it was not compared.</source>
            <translation>备份 %1 形成于 %2 的恢复操作之前，未作比对。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::AuditQuery</name>
        <message>
            <source>Cannot read the audit log: %1</source>
            <translation>无法读取审计日志：%1</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::AuditWording</name>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1：%2 → %3</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>用户登录</translation>
        </message>
        <message>
            <source>Failed login</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <source>Account locked after failed logins</source>
            <translation>多次登录失败，账户锁定</translation>
        </message>
        <message>
            <source>Logout</source>
            <translation>用户退出</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>新增用户</translation>
        </message>
        <message>
            <source>User changed</source>
            <translation>修改用户</translation>
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
            <source>Password reset</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Password change required</source>
            <translation>要求修改密码</translation>
        </message>
        <message>
            <source>Person registered</source>
            <translation>登记优抚对象</translation>
        </message>
        <message>
            <source>Person's record changed</source>
            <translation>修改优抚对象信息</translation>
        </message>
        <message>
            <source>Person's status changed</source>
            <translation>变更优抚对象状态</translation>
        </message>
        <message>
            <source>Category granted to a person</source>
            <translation>增加优抚类别</translation>
        </message>
        <message>
            <source>Person's category ended</source>
            <translation>终止优抚类别</translation>
        </message>
        <message>
            <source>Person's particulars revealed</source>
            <translation>查看优抚对象完整信息</translation>
        </message>
        <message>
            <source>Sensitive field revealed</source>
            <translation>查看敏感信息</translation>
        </message>
        <message>
            <source>Category added</source>
            <translation>新增优抚类别设置</translation>
        </message>
        <message>
            <source>Category changed</source>
            <translation>修改优抚类别设置</translation>
        </message>
        <message>
            <source>Archive opened</source>
            <translation>建立档案</translation>
        </message>
        <message>
            <source>Archive details changed</source>
            <translation>修改档案信息</translation>
        </message>
        <message>
            <source>Archive change verified</source>
            <translation>档案信息修改审核通过</translation>
        </message>
        <message>
            <source>Archive change returned</source>
            <translation>档案信息修改审核退回</translation>
        </message>
        <message>
            <source>Archive file lent</source>
            <translation>档案借阅</translation>
        </message>
        <message>
            <source>Archive file given back</source>
            <translation>档案归还</translation>
        </message>
        <message>
            <source>Archive entry filed</source>
            <translation>档案材料登记</translation>
        </message>
        <message>
            <source>Archive entry changed</source>
            <translation>修改档案材料</translation>
        </message>
        <message>
            <source>Archive entry corrected</source>
            <translation>更正档案材料</translation>
        </message>
        <message>
            <source>Archive entry verified</source>
            <translation>档案材料审核通过</translation>
        </message>
        <message>
            <source>Archive entry returned</source>
            <translation>档案材料审核退回</translation>
        </message>
        <message>
            <source>Scan attached</source>
            <translation>添加扫描件</translation>
        </message>
        <message>
            <source>Document kind saved</source>
            <translation>保存材料种类</translation>
        </message>
        <message>
            <source>Required documents set</source>
            <translation>设置应备材料</translation>
        </message>
        <message>
            <source>Benefit standard added</source>
            <translation>新增抚恤补助标准</translation>
        </message>
        <message>
            <source>Illustrative standards loaded</source>
            <translation>载入示例标准</translation>
        </message>
        <message>
            <source>Application drafted</source>
            <translation>起草待遇申请</translation>
        </message>
        <message>
            <source>Application amended</source>
            <translation>修改待遇申请</translation>
        </message>
        <message>
            <source>Application submitted</source>
            <translation>提交待遇申请</translation>
        </message>
        <message>
            <source>Application resubmitted</source>
            <translation>重新提交待遇申请</translation>
        </message>
        <message>
            <source>Application approved</source>
            <translation>审批通过</translation>
        </message>
        <message>
            <source>Application returned</source>
            <translation>审批退回</translation>
        </message>
        <message>
            <source>Application rejected</source>
            <translation>审批不同意</translation>
        </message>
        <message>
            <source>Application reported upward</source>
            <translation>待遇申请上报</translation>
        </message>
        <message>
            <source>Setting changed</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>创建备份</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Audit log exported</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <source>Field encryption key created</source>
            <translation>创建字段加密密钥</translation>
        </message>
        <message>
            <source>Demo data generated</source>
            <translation>生成演示数据</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>优抚对象</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>优抚对象名册</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>Archive entry</source>
            <translation>档案材料</translation>
        </message>
        <message>
            <source>Document kind</source>
            <translation>材料种类</translation>
        </message>
        <message>
            <source>Benefit standard</source>
            <translation>抚恤补助标准</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>待遇申请</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Login name</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>用户姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation>民族</translation>
        </message>
        <message>
            <source>Citizen ID number</source>
            <translation>公民身份号码</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村（社区）</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住址</translation>
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
            <source>Application type</source>
            <translation>申请类型</translation>
        </message>
        <message>
            <source>Person no.</source>
            <translation>优抚对象编号</translation>
        </message>
        <message>
            <source>Archive no.</source>
            <translation>档案编号</translation>
        </message>
        <message>
            <source>Archive number</source>
            <translation>档案号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Status since</source>
            <translation>状态起始日期</translation>
        </message>
        <message>
            <source>Reason for the status</source>
            <translation>状态原因</translation>
        </message>
        <message>
            <source>Key person</source>
            <translation>重点对象</translation>
        </message>
        <message>
            <source>Risk note</source>
            <translation>风险说明</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Disability grade</source>
            <translation>残疾等级</translation>
        </message>
        <message>
            <source>Nature of disability</source>
            <translation>残疾性质</translation>
        </message>
        <message>
            <source>Urban or rural</source>
            <translation>城乡</translation>
        </message>
        <message>
            <source>Benefit item</source>
            <translation>补助项目</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Annual amount</source>
            <translation>年发放标准</translation>
        </message>
        <message>
            <source>One-off amount</source>
            <translation>一次性金额</translation>
        </message>
        <message>
            <source>Amount requested</source>
            <translation>申请金额</translation>
        </message>
        <message>
            <source>Standard no.</source>
            <translation>标准编号</translation>
        </message>
        <message>
            <source>Effective date</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>执行日期</translation>
        </message>
        <message>
            <source>Basis document number</source>
            <translation>依据文号</translation>
        </message>
        <message>
            <source>Basis document</source>
            <translation>依据文件</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Approval step</source>
            <translation>审批步骤</translation>
        </message>
        <message>
            <source>Approval number</source>
            <translation>审批编号</translation>
        </message>
        <message>
            <source>Reported on</source>
            <translation>上报日期</translation>
        </message>
        <message>
            <source>Report reference</source>
            <translation>上报文号</translation>
        </message>
        <message>
            <source>Required documents</source>
            <translation>应备材料</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <source>Corrects entry</source>
            <translation>更正的原条目</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>更正原因</translation>
        </message>
        <message>
            <source>Reason for returning</source>
            <translation>退回原因</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>柜号</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>盒号</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>卷号</translation>
        </message>
        <message>
            <source>Keeper</source>
            <translation>保管人</translation>
        </message>
        <message>
            <source>Loan no.</source>
            <translation>借阅登记号</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Borrowing unit</source>
            <translation>借阅单位</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>借阅用途</translation>
        </message>
        <message>
            <source>Lent on</source>
            <translation>借出日期</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <source>Given back on</source>
            <translation>归还日期</translation>
        </message>
        <message>
            <source>Note on return</source>
            <translation>归还说明</translation>
        </message>
        <message>
            <source>Needs a disability grade</source>
            <translation>需残疾等级</translation>
        </message>
        <message>
            <source>Needs survivor details</source>
            <translation>需遗属信息</translation>
        </message>
        <message>
            <source>Needs service details</source>
            <translation>需服役信息</translation>
        </message>
        <message>
            <source>Minimum age</source>
            <translation>最低年龄</translation>
        </message>
        <message>
            <source>Sort order</source>
            <translation>排序</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>条数</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>From</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Previous file kept at</source>
            <translation>原数据库文件保留于</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>备份方式</translation>
        </message>
        <message>
            <source>Size in bytes</source>
            <translation>大小（字节）</translation>
        </message>
        <message>
            <source>Scans copied</source>
            <translation>已复制扫描件</translation>
        </message>
        <message>
            <source>Key copied</source>
            <translation>已复制密钥</translation>
        </message>
        <message>
            <source>Key check</source>
            <translation>密钥校验值</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>标准条数</translation>
        </message>
        <message>
            <source>Revision no.</source>
            <translation>修订编号</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <source>automatically</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>on closing</source>
            <translation>退出时</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Persons asked for</source>
            <translation>要求生成人数</translation>
        </message>
        <message>
            <source>Key persons</source>
            <translation>重点对象</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>死亡</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>迁出</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>List exported</source>
            <translation>导出列表</translation>
        </message>
        <message>
            <source>Roster imported</source>
            <translation>导入花名册</translation>
        </message>
        <message>
            <source>Names spelled in pinyin</source>
            <translation>补写姓名拼音</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256 校验值</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>List</source>
            <translation>名单</translation>
        </message>
        <message>
            <source>Citizen IDs</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Rows read</source>
            <translation>读取行数</translation>
        </message>
        <message>
            <source>Rows to import</source>
            <translation>可导入行数</translation>
        </message>
        <message>
            <source>Rows repaired</source>
            <translation>已修正行数</translation>
        </message>
        <message>
            <source>Rows refused</source>
            <translation>未导入行数</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>跳过行数</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>重复行数</translation>
        </message>
        <message>
            <source>Import issue list exported</source>
            <translation>导出花名册导入问题清单</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>花名册</translation>
        </message>
        <message>
            <source>Festival gift amount added</source>
            <translation>新增节日慰问金标准</translation>
        </message>
        <message>
            <source>Festival campaign drafted</source>
            <translation>拟定节日慰问名单</translation>
        </message>
        <message>
            <source>Festival campaign list remade</source>
            <translation>重新生成节日慰问名单</translation>
        </message>
        <message>
            <source>Festival campaign submitted</source>
            <translation>提交节日慰问名单</translation>
        </message>
        <message>
            <source>Festival campaign resubmitted</source>
            <translation>重新提交节日慰问名单</translation>
        </message>
        <message>
            <source>Festival campaign approved</source>
            <translation>节日慰问名单审批通过</translation>
        </message>
        <message>
            <source>Festival campaign returned</source>
            <translation>退回节日慰问名单</translation>
        </message>
        <message>
            <source>Festival campaign rejected</source>
            <translation>节日慰问名单不予同意</translation>
        </message>
        <message>
            <source>Festival gift delivery recorded</source>
            <translation>登记慰问金发放情况</translation>
        </message>
        <message>
            <source>Reception roster made for a month</source>
            <translation>生成月度接访日安排</translation>
        </message>
        <message>
            <source>Reception day set</source>
            <translation>设置接访日</translation>
        </message>
        <message>
            <source>Reception day leader substituted</source>
            <translation>接访日换人接访</translation>
        </message>
        <message>
            <source>Reception day removed</source>
            <translation>删除接访日</translation>
        </message>
        <message>
            <source>Symposium recorded</source>
            <translation>记录座谈会</translation>
        </message>
        <message>
            <source>Key person recorded</source>
            <translation>登记重点对象</translation>
        </message>
        <message>
            <source>Key person ended</source>
            <translation>解除重点对象</translation>
        </message>
        <message>
            <source>Visit plan saved</source>
            <translation>保存走访计划</translation>
        </message>
        <message>
            <source>Visit plan stopped</source>
            <translation>停止走访计划</translation>
        </message>
        <message>
            <source>Visit recorded</source>
            <translation>登记走访</translation>
        </message>
        <message>
            <source>Demo visits generated</source>
            <translation>生成演示走访数据</translation>
        </message>
        <message>
            <source>Visit schedule extended</source>
            <translation>延展走访日程</translation>
        </message>
        <message>
            <source>Festival campaign</source>
            <translation>节日慰问</translation>
        </message>
        <message>
            <source>Festival campaign line</source>
            <translation>节日慰问名单条目</translation>
        </message>
        <message>
            <source>Festival gift amount</source>
            <translation>节日慰问金标准</translation>
        </message>
        <message>
            <source>Reception day</source>
            <translation>接访日</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>座谈</translation>
        </message>
        <message>
            <source>Visit plan</source>
            <translation>走访计划</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Visit schedule</source>
            <translation>走访日程</translation>
        </message>
        <message>
            <source>Petition registered</source>
            <translation>信访件登记</translation>
        </message>
        <message>
            <source>Petition registration corrected</source>
            <translation>信访件登记更正</translation>
        </message>
        <message>
            <source>Petition decided on</source>
            <translation>信访件受理决定</translation>
        </message>
        <message>
            <source>Petitioner notified of the decision</source>
            <translation>书面告知信访人</translation>
        </message>
        <message>
            <source>Petition responsibility assigned</source>
            <translation>信访件交办责任人</translation>
        </message>
        <message>
            <source>Petition period extended</source>
            <translation>信访件延期</translation>
        </message>
        <message>
            <source>Petition answered</source>
            <translation>信访件答复</translation>
        </message>
        <message>
            <source>Petition return visit recorded</source>
            <translation>信访件回访</translation>
        </message>
        <message>
            <source>Petition review requested</source>
            <translation>信访件申请复查复核</translation>
        </message>
        <message>
            <source>Petition closed</source>
            <translation>信访件办结</translation>
        </message>
        <message>
            <source>Petition note added</source>
            <translation>信访件备注</translation>
        </message>
        <message>
            <source>Petition attachment added</source>
            <translation>信访件添加附件</translation>
        </message>
        <message>
            <source>Extension deputy named</source>
            <translation>指定延期审批副职</translation>
        </message>
        <message>
            <source>Information staff member saved</source>
            <translation>保存信息员</translation>
        </message>
        <message>
            <source>Information staff member's service ended</source>
            <translation>信息员离任</translation>
        </message>
        <message>
            <source>Warning reported</source>
            <translation>报告苗头性信息</translation>
        </message>
        <message>
            <source>Warning followed up</source>
            <translation>跟踪苗头性信息</translation>
        </message>
        <message>
            <source>Warning resolved</source>
            <translation>化解苗头性信息</translation>
        </message>
        <message>
            <source>Petition case</source>
            <translation>信访案件</translation>
        </message>
        <message>
            <source>Extension deputy</source>
            <translation>延期审批副职</translation>
        </message>
        <message>
            <source>Information staff member</source>
            <translation>信息员</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>苗头性信息</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>所在群体</translation>
        </message>
        <message>
            <source>Serving since</source>
            <translation>任职日期</translation>
        </message>
        <message>
            <source>Serving until</source>
            <translation>离任日期</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>报告人</translation>
        </message>
        <message>
            <source>Expected to happen</source>
            <translation>预计情况</translation>
        </message>
        <message>
            <source>Expected on</source>
            <translation>预计日期</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>化解日期</translation>
        </message>
        <message>
            <source>How it was resolved</source>
            <translation>化解情况</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>信访件编号</translation>
        </message>
        <message>
            <source>Payment roll drafted</source>
            <translation>生成资金发放花名册</translation>
        </message>
        <message>
            <source>Payment roll cancelled</source>
            <translation>作废资金发放花名册</translation>
        </message>
        <message>
            <source>Payment roll submitted</source>
            <translation>提交资金发放花名册</translation>
        </message>
        <message>
            <source>Payment roll approved</source>
            <translation>批准资金发放花名册</translation>
        </message>
        <message>
            <source>Payment roll returned</source>
            <translation>退回资金发放花名册</translation>
        </message>
        <message>
            <source>Payment roll rejected</source>
            <translation>不同意资金发放花名册</translation>
        </message>
        <message>
            <source>Re-issue roll drafted</source>
            <translation>生成补发（重发）花名册</translation>
        </message>
        <message>
            <source>Bank result recorded</source>
            <translation>登记银行回盘结果</translation>
        </message>
        <message>
            <source>Bank batch file written</source>
            <translation>生成银行代发文件</translation>
        </message>
        <message>
            <source>Disclosure list made</source>
            <translation>生成公示名单</translation>
        </message>
        <message>
            <source>Recovery of an overpayment proposed</source>
            <translation>提出多发款追回</translation>
        </message>
        <message>
            <source>Recovery confirmed</source>
            <translation>确认追回款</translation>
        </message>
        <message>
            <source>Recovery paid back</source>
            <translation>登记追回款已退回</translation>
        </message>
        <message>
            <source>Recovery written off</source>
            <translation>核销追回款</translation>
        </message>
        <message>
            <source>Bank template saved</source>
            <translation>保存银行模板</translation>
        </message>
        <message>
            <source>Payment roll</source>
            <translation>优抚金发放花名册</translation>
        </message>
        <message>
            <source>Payment line</source>
            <translation>发放记录</translation>
        </message>
        <message>
            <source>Recovery of an overpayment</source>
            <translation>多发款追回</translation>
        </message>
        <message>
            <source>Bank template</source>
            <translation>银行模板</translation>
        </message>
        <message>
            <source>Recuperation batch planned</source>
            <translation>安排疗养批次</translation>
        </message>
        <message>
            <source>Recuperation batch cancelled</source>
            <translation>取消疗养批次</translation>
        </message>
        <message>
            <source>Persons added to a recuperation batch</source>
            <translation>疗养批次增加人员</translation>
        </message>
        <message>
            <source>Person taken off a recuperation batch</source>
            <translation>疗养批次移除人员</translation>
        </message>
        <message>
            <source>Recuperation attendance and costs recorded</source>
            <translation>登记疗养到位情况和费用</translation>
        </message>
        <message>
            <source>Medical settlement recorded</source>
            <translation>登记医疗结算</translation>
        </message>
        <message>
            <source>Medical settlement voided</source>
            <translation>作废医疗结算</translation>
        </message>
        <message>
            <source>Training session saved</source>
            <translation>保存培训</translation>
        </message>
        <message>
            <source>Training attendees chosen</source>
            <translation>选择参训人员</translation>
        </message>
        <message>
            <source>Training attendance recorded</source>
            <translation>登记培训出勤</translation>
        </message>
        <message>
            <source>Training material attached</source>
            <translation>附加培训材料</translation>
        </message>
        <message>
            <source>Zero report recorded</source>
            <translation>登记零报告</translation>
        </message>
        <message>
            <source>Zero report corrected</source>
            <translation>更正零报告</translation>
        </message>
        <message>
            <source>Zero reports imported</source>
            <translation>导入零报告</translation>
        </message>
        <message>
            <source>Zero report deadline set</source>
            <translation>设置零报告截止时限</translation>
        </message>
        <message>
            <source>Zero report month grid exported</source>
            <translation>导出零报告月报表</translation>
        </message>
        <message>
            <source>Free clinic recorded</source>
            <translation>义诊已登记</translation>
        </message>
        <message>
            <source>Free clinic corrected</source>
            <translation>义诊已修改</translation>
        </message>
        <message>
            <source>Person seen at a free clinic recorded</source>
            <translation>义诊就诊对象已登记</translation>
        </message>
        <message>
            <source>Person seen at a free clinic removed</source>
            <translation>义诊就诊对象已移除</translation>
        </message>
        <message>
            <source>Publicity recorded</source>
            <translation>政策宣传已登记</translation>
        </message>
        <message>
            <source>Publicity corrected</source>
            <translation>政策宣传记录已修改</translation>
        </message>
        <message>
            <source>Zero report</source>
            <translation>零报告</translation>
        </message>
        <message>
            <source>Training session</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>Free clinic</source>
            <translation>义诊</translation>
        </message>
        <message>
            <source>Publicity record</source>
            <translation>政策宣传记录</translation>
        </message>
        <message>
            <source>Free clinics</source>
            <translation>义诊</translation>
        </message>
        <message>
            <source>Temporary assistance granted</source>
            <translation>临时救助发放登记</translation>
        </message>
        <message>
            <source>Duty</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Day of the training</source>
            <translation>培训日期</translation>
        </message>
        <message>
            <source>Kind of training</source>
            <translation>培训类别</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>主讲人</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>分钟数</translation>
        </message>
        <message>
            <source>Place of the training</source>
            <translation>培训地点</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>已举办</translation>
        </message>
        <message>
            <source>Asked to come</source>
            <translation>参训名单</translation>
        </message>
        <message>
            <source>Came</source>
            <translation>到场</translation>
        </message>
        <message>
            <source>Did not come</source>
            <translation>未到</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>材料</translation>
        </message>
        <message>
            <source>Appraisal scheme saved</source>
            <translation>保存考核方案</translation>
        </message>
        <message>
            <source>Appraisal scheme approved</source>
            <translation>批准考核方案</translation>
        </message>
        <message>
            <source>Appraisal scheme copied to another year</source>
            <translation>复制考核方案到其他年度</translation>
        </message>
        <message>
            <source>Case marked as causing serious effect</source>
            <translation>标记信访件造成严重影响</translation>
        </message>
        <message>
            <source>Unit appraisal computed</source>
            <translation>计算单位考核</translation>
        </message>
        <message>
            <source>Appraisal commendation or deduction recorded</source>
            <translation>登记考核加分或扣分</translation>
        </message>
        <message>
            <source>Appraisal commendation or deduction voided</source>
            <translation>作废考核加分或扣分</translation>
        </message>
        <message>
            <source>Year-end appraisal report exported</source>
            <translation>导出年终考核报告</translation>
        </message>
        <message>
            <source>Staff post targets set</source>
            <translation>设定岗位目标</translation>
        </message>
        <message>
            <source>Post responsibility form printed</source>
            <translation>打印岗位目标责任书</translation>
        </message>
        <message>
            <source>Staff post appraisal computed</source>
            <translation>计算岗位考核</translation>
        </message>
        <message>
            <source>Self-assessment written</source>
            <translation>填写自我评价</translation>
        </message>
        <message>
            <source>Section chief's opinion written</source>
            <translation>填写科室负责人意见</translation>
        </message>
        <message>
            <source>Director's grade given</source>
            <translation>局长评定等次</translation>
        </message>
        <message>
            <source>Director's grade from the level above recorded</source>
            <translation>登记上级对局长的评定等次</translation>
        </message>
        <message>
            <source>Year's statistics exported</source>
            <translation>导出年度统计</translation>
        </message>
        <message>
            <source>Appraisal scheme</source>
            <translation>考核方案</translation>
        </message>
        <message>
            <source>Appraisal commendation or deduction</source>
            <translation>考核加减分</translation>
        </message>
        <message>
            <source>Appraisal report</source>
            <translation>考核报告</translation>
        </message>
        <message>
            <source>Staff post appraisal</source>
            <translation>岗位考核</translation>
        </message>
        <message>
            <source>Year's statistics</source>
            <translation>年度统计</translation>
        </message>
        <message>
            <source>Moved on</source>
            <translation>迁移日期</translation>
        </message>
        <message>
            <source>Serious effect</source>
            <translation>造成严重影响</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Threshold of the highest grade</source>
            <translation>优秀分数线</translation>
        </message>
        <message>
            <source>Threshold of the second grade</source>
            <translation>良好（称职）分数线</translation>
        </message>
        <message>
            <source>Threshold of the third grade</source>
            <translation>合格（基本称职）分数线</translation>
        </message>
        <message>
            <source>Group petitions veto</source>
            <translation>集体访一票否决</translation>
        </message>
        <message>
            <source>Beyond-level petitions veto</source>
            <translation>越级访一票否决</translation>
        </message>
        <message>
            <source>Cases of serious effect veto</source>
            <translation>造成严重影响一票否决</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>考核指标</translation>
        </message>
        <message>
            <source>Copied from</source>
            <translation>复制自</translation>
        </message>
        <message>
            <source>Appraisal points</source>
            <translation>考核得分</translation>
        </message>
        <message>
            <source>Commendations and deductions</source>
            <translation>加减分</translation>
        </message>
        <message>
            <source>Appraisal total</source>
            <translation>考核总分</translation>
        </message>
        <message>
            <source>Appraisal grade</source>
            <translation>考核等次</translation>
        </message>
        <message>
            <source>Vetoed by</source>
            <translation>一票否决原因</translation>
        </message>
        <message>
            <source>Commendation or deduction</source>
            <translation>加减分类别</translation>
        </message>
        <message>
            <source>Points added or taken</source>
            <translation>加减分值</translation>
        </message>
        <message>
            <source>Reason for voiding</source>
            <translation>作废理由</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::AuditedWrite</name>
        <message>
            <source>Internal error: an approval effect without its number.</source>
            <translation>内部错误：审批生效操作缺少审批编号。</translation>
        </message>
        <message>
            <source>Internal error: a change without a named user.</source>
            <translation>内部错误：修改未指明操作用户。</translation>
        </message>
        <message>
            <source>Internal error: an approval's effect outside the approval itself.</source>
            <translation>内部错误：审批生效操作不在审批事务内。</translation>
        </message>
        <message>
            <source>Internal error: a change without an audit action.</source>
            <translation>内部错误：修改未指明审计操作类型。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::BackupService</name>
        <message>
            <source>cannot read “%1”: %2</source>
            <translation>无法读取“%1”：%2</translation>
        </message>
        <message>
            <source>cannot write “%1”: %2</source>
            <translation>无法写入“%1”：%2</translation>
        </message>
        <message>
            <source>cannot create the folder for “%1”</source>
            <translation>无法为“%1”创建文件夹</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>Internal error: the database handle is not available.</source>
            <translation>内部错误：数据库连接不可用。</translation>
        </message>
        <message>
            <source>the copy could not be made a single file</source>
            <translation>无法将副本合并为单个文件</translation>
        </message>
        <message>
            <source>the copy failed its integrity check (%1)</source>
            <translation>副本未通过完整性检查（%1）</translation>
        </message>
        <message>
            <source>the copy does not carry Youfu's mark</source>
            <translation>副本没有优抚工作台的标识</translation>
        </message>
        <message>
            <source>the copy has another data format than the database</source>
            <translation>副本的数据格式与数据库不一致</translation>
        </message>
        <message>
            <source>the copy could not be flushed to the disk</source>
            <translation>副本无法完整写入磁盘</translation>
        </message>
        <message>
            <source>Cannot create the backup folder “%1”.</source>
            <translation>无法创建备份文件夹“%1”。</translation>
        </message>
        <message>
            <source>The backup into “%1” failed: %2. The earlier backups are untouched.</source>
            <translation>备份到“%1”失败：%2。以前的备份未受影响。</translation>
        </message>
        <message>
            <source>The backup could not be saved as “%1”.</source>
            <translation>备份无法保存为“%1”。</translation>
        </message>
        <message>
            <source>The database was backed up to “%1”, but the scanned documents were not: %2</source>
            <translation>数据库已备份到“%1”，但扫描件未能备份：%2</translation>
        </message>
        <message>
            <source>The database was backed up to “%1”, but its key file was not: %2. Without the key the phone and bank numbers in the backup cannot be read.</source>
            <translation>数据库已备份到“%1”，但密钥文件未能备份：%2。没有密钥，备份中的电话号码和银行账号将无法读取。</translation>
        </message>
        <message>
            <source>the fingerprint file “%1” is damaged</source>
            <translation>校验文件“%1”已损坏</translation>
        </message>
        <message>
            <source>The backup “%1” was made, but it could not be recorded in the audit log: %2</source>
            <translation>已生成备份“%1”，但未能记入审计日志：%2</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::BankFileStore</name>
        <message>
            <source>There is no payment roll number %1.</source>
            <translation>没有编号为%1的发放花名册。</translation>
        </message>
        <message>
            <source>There is no bank template number %1.</source>
            <translation>没有编号为%1的银行模板。</translation>
        </message>
        <message>
            <source>The bank's Excel file could not be written: %1.</source>
            <translation>无法写出银行 Excel 文件：%1。</translation>
        </message>
        <message>
            <source>The bank's file cannot be written in %1.</source>
            <translation>无法在%1中写入银行文件。</translation>
        </message>
        <message>
            <source>The bank's Excel file could not be started.</source>
            <translation>无法创建银行 Excel 文件。</translation>
        </message>
        <message>
            <source>The bank's Excel file could not be read back.</source>
            <translation>无法读回银行 Excel 文件。</translation>
        </message>
        <message>
            <source>Only an approved roll goes to the bank: this roll is not approved yet.</source>
            <translation>只有已批准的花名册才能报送银行：本花名册尚未批准。</translation>
        </message>
        <message>
            <source>The bank template “%1” is no longer in use.</source>
            <translation>银行模板“%1”已停用。</translation>
        </message>
        <message>
            <source>No line of this roll is waiting for the bank.</source>
            <translation>本花名册没有待银行发放的记录。</translation>
        </message>
        <message>
            <source>%1 (line %2) has no bank account any more: hold the line or enter the account first.</source>
            <translation>%1（第%2条）已没有银行账号：请先暂缓该条或录入账号。</translation>
        </message>
        <message>
            <source>The bank's file could not be written.</source>
            <translation>无法写出银行文件。</translation>
        </message>
        <message>
            <source>The bank's result is taken only on an approved roll: this roll is not approved.</source>
            <translation>只有已批准的花名册才能登记银行回盘：本花名册未批准。</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>无法读取文件%1。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::BankRules</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Account holder</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Bank branch</source>
            <translation>开户行</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Village (community)</source>
            <translation>村（社区）</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Give the bank template a name.</source>
            <translation>请给银行模板起个名称。</translation>
        </message>
        <message>
            <source>Name the bank the template is for.</source>
            <translation>请填写模板所用的银行。</translation>
        </message>
        <message>
            <source>The column “%1” is in the template more than once.</source>
            <translation>模板中“%1”列出现了不止一次。</translation>
        </message>
        <message>
            <source>The bank's file needs the column “%1”.</source>
            <translation>银行文件必须有“%1”列。</translation>
        </message>
        <message>
            <source>This does not look like a bank's result file: no row names the account (账号 or 卡号), the amount (金额) and the result (状态 or 处理结果).</source>
            <translation>这不像银行的回盘文件：没有哪一行同时写有账号（账号或卡号）、金额和结果（状态或处理结果）。</translation>
        </message>
        <message>
            <source>Row %1 of the bank's file: “%2” is not an amount in yuan.</source>
            <translation>银行文件第%1行：“%2”不是以元为单位的金额。</translation>
        </message>
        <message>
            <source>The bank gave no result.</source>
            <translation>银行未给出结果。</translation>
        </message>
        <message>
            <source>The row gives no account number.</source>
            <translation>该行没有账号。</translation>
        </message>
        <message>
            <source>No line of this roll was sent to the account %1.</source>
            <translation>本花名册没有发往账号%1的记录。</translation>
        </message>
        <message>
            <source>The citizen ID %1 is not the one of the line paid to this account.</source>
            <translation>身份证号%1与发往该账号的记录不符。</translation>
        </message>
        <message>
            <source>The roll sent another amount to the account %1, not %2 yuan.</source>
            <translation>本花名册发往账号%1的金额不是%2元。</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) of the roll have this account and amount and the row gives no citizen ID to tell them apart: record it by hand.</source>
            <translation>
                <numerusform>花名册中有%n条记录账号和金额都相同，该行又没有身份证号可以区分：请人工登记。</numerusform>
            </translation>
        </message>
        <message>
            <source>An earlier row of this file is about the same line.</source>
            <translation>本文件前面已有一行对应同一条记录。</translation>
        </message>
        <message>
            <source>This line already has the bank's result; it is left as it was.</source>
            <translation>该记录已有银行结果，保持不变。</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已发放</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>发放失败</translation>
        </message>
        <message>
            <source>Not matched</source>
            <translation>未匹配</translation>
        </message>
        <message>
            <source>Cannot tell</source>
            <translation>无法确定</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>Already recorded</source>
            <translation>已有结果</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::CampaignExport</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID number</source>
            <translation>公民身份号码</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>发放情况</translation>
        </message>
        <message>
            <source>Delivered on</source>
            <translation>发放日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::CampaignRules</name>
        <message>
            <source>Unknown festival “%1”.</source>
            <translation>未知的节日“%1”。</translation>
        </message>
        <message>
            <source>Army Day (1 August)</source>
            <translation>八一</translation>
        </message>
        <message>
            <source>Spring Festival</source>
            <translation>春节</translation>
        </message>
        <message>
            <source>Unknown delivery state “%1”.</source>
            <translation>未知的发放状态“%1”。</translation>
        </message>
        <message>
            <source>Not yet recorded</source>
            <translation>未登记</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已发放</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>未发放</translation>
        </message>
        <message>
            <source>Choose the year of the campaign.</source>
            <translation>请选择慰问年度。</translation>
        </message>
        <message>
            <source>Choose at least one category.</source>
            <translation>请至少选择一个类别。</translation>
        </message>
        <message>
            <source>A category is chosen twice.</source>
            <translation>有类别被重复选择。</translation>
        </message>
        <message>
            <source>Write why it was not delivered.</source>
            <translation>请填写未发放的原因。</translation>
        </message>
        <message>
            <source>Enter the day it was delivered.</source>
            <translation>请填写发放日期。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::CampaignStore</name>
        <message>
            <source>Enter the amount of the gift.</source>
            <translation>请填写慰问金金额。</translation>
        </message>
        <message>
            <source>Choose the category.</source>
            <translation>请选择类别。</translation>
        </message>
        <message>
            <source>Enter the day the amount takes effect.</source>
            <translation>请填写金额的生效日期。</translation>
        </message>
        <message>
            <source>Enter the basis document (its number and title) of the amount.</source>
            <translation>请填写该金额的依据文件（文号和标题）。</translation>
        </message>
        <message>
            <source>There is no category “%1”.</source>
            <translation>没有类别“%1”。</translation>
        </message>
        <message>
            <source>The festival amount table has no amount for %1: the section chief enters it, with its basis document, before the list is made.</source>
            <translation>节日慰问金标准中没有%1的金额：请科长先录入该金额及其文件依据，再生成名单。</translation>
        </message>
        <message>
            <source>There is already a %1 campaign of %2.</source>
            <translation>%2年的%1慰问已经存在。</translation>
        </message>
        <message>
            <source>The list of a campaign that is “%1” cannot be changed.</source>
            <translation>状态为“%1”的慰问，名单不能修改。</translation>
        </message>
        <message>
            <source>A campaign that is “%1” cannot be submitted.</source>
            <translation>状态为“%1”的慰问不能提交。</translation>
        </message>
        <message>
            <source>The list is empty: nobody to visit.</source>
            <translation>名单为空：没有慰问对象。</translation>
        </message>
        <message>
            <source>Submitting is not a signature.</source>
            <translation>提交不是签署。</translation>
        </message>
        <message>
            <source>The campaign is “%1”: there is nothing to sign.</source>
            <translation>该慰问状态为“%1”，没有待签署的步骤。</translation>
        </message>
        <message>
            <source>Deliveries are recorded once the director has approved the list.</source>
            <translation>局长审批通过名单后才能登记发放情况。</translation>
        </message>
        <message>
            <source>There is no campaign number %1.</source>
            <translation>没有编号为%1的慰问。</translation>
        </message>
        <message>
            <source>There is no line number %1 in any campaign.</source>
            <translation>任何慰问名单中都没有编号为%1的条目。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::CareExport</name>
        <message>
            <source>One-stop medical settlements</source>
            <translation>医疗一站式结算登记表</translation>
        </message>
        <message>
            <source>Settled on</source>
            <translation>结算日期</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <source>Admitted</source>
            <translation>入院日期</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation>出院日期</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总费用</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>医保支付</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>优抚补助</translation>
        </message>
        <message>
            <source>Paid by the person</source>
            <translation>个人自付</translation>
        </message>
        <message>
            <source>Over the cap because</source>
            <translation>超限额原因</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>voided: %1</source>
            <translation>已作废：%1</translation>
        </message>
        <message>
            <source>Recuperation: %1</source>
            <translation>短期疗养：%1</translation>
        </message>
        <message>
            <source>%1, %2 to %3, escort %4</source>
            <translation>%1，%2 至 %3，带队 %4</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>健康状况</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>是否参加</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Sent again because</source>
            <translation>再次安排原因</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::CareRules</name>
        <message>
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Recuperation</source>
            <translation>短期疗养</translation>
        </message>
        <message>
            <source>Medical settlement</source>
            <translation>医疗一站式结算</translation>
        </message>
        <message>
            <source>Free clinic</source>
            <translation>义诊</translation>
        </message>
        <message>
            <source>Temporary assistance</source>
            <translation>临时救助</translation>
        </message>
        <message>
            <source>Last recuperation ended on %1; the section sends a person again after %2 year(s), from %3. Give the reason to send them now.</source>
            <translation>上次疗养于 %1 结束；按本科规定 %2 年内不重复安排，%3 起方可再次安排。现在安排请写明原因。</translation>
        </message>
        <message>
            <source>This person's last recuperation ended on %1, within the interval the section set: write why they go again.</source>
            <translation>此人上次疗养于 %1 结束，仍在规定间隔内：请写明再次安排的原因。</translation>
        </message>
        <message>
            <source>key person</source>
            <translation>重点对象</translation>
        </message>
        <message>
            <source>last recuperation ended %1</source>
            <translation>上次疗养 %1 结束</translation>
        </message>
        <message>
            <source>never on recuperation</source>
            <translation>从未参加疗养</translation>
        </message>
        <message>
            <source>health: %1</source>
            <translation>健康：%1</translation>
        </message>
        <message>
            <source>within %1 year(s): reason needed</source>
            <translation>在 %1 年间隔内：需写明原因</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Give the batch a title.</source>
            <translation>请填写批次名称。</translation>
        </message>
        <message>
            <source>Write where the batch goes.</source>
            <translation>请填写疗养地点。</translation>
        </message>
        <message>
            <source>Give the first and the last day of the batch.</source>
            <translation>请填写开始和结束日期。</translation>
        </message>
        <message>
            <source>The batch cannot end before it starts.</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>Choose the person whose bill is settled.</source>
            <translation>请选择结算的优抚对象。</translation>
        </message>
        <message>
            <source>Write the hospital.</source>
            <translation>请填写医院。</translation>
        </message>
        <message>
            <source>Give the days of admission, discharge and settlement.</source>
            <translation>请填写入院、出院和结算日期。</translation>
        </message>
        <message>
            <source>The discharge cannot come before the admission.</source>
            <translation>出院日期不能早于入院日期。</translation>
        </message>
        <message>
            <source>The bill cannot be settled before the admission.</source>
            <translation>结算日期不能早于入院日期。</translation>
        </message>
        <message>
            <source>No sum can be negative.</source>
            <translation>金额不能为负数。</translation>
        </message>
        <message>
            <source>Write the total cost.</source>
            <translation>请填写总费用。</translation>
        </message>
        <message>
            <source>Insurance %1 + subsidy %2 + paid by the person %3 make %4, not the total %5 yuan.</source>
            <translation>医保 %1 + 优抚补助 %2 + 个人自付 %3 合计 %4，与总费用 %5 元不符。</translation>
        </message>
        <message>
            <source>The subsidy goes over this year's cap of %1 yuan: %2 yuan are left. Write why it is paid anyway.</source>
            <translation>优抚补助超过本年度限额 %1 元（剩余 %2 元）。如仍需支付，请写明原因。</translation>
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
        <message>
            <source>The serviceman's name</source>
            <translation>军人姓名</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>原因</translation>
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
        <name>youfu::core::CellCleaner</name>
        <message>
            <source>Excel turned the number into scientific notation and its last digits are lost; set the column to text and enter the number again.</source>
            <translation>Excel已把身份证号变成科学计数法，后几位已丢失，请把该列设为文本后重新录入</translation>
        </message>
        <message>
            <source>full-width characters made half-width</source>
            <translation>全角字符已改为半角</translation>
        </message>
        <message>
            <source>lower-case x made X</source>
            <translation>小写x已改为大写X</translation>
        </message>
        <message>
            <source>spaces removed</source>
            <translation>已去掉空格</translation>
        </message>
        <message>
            <source>spaces tidied</source>
            <translation>已整理空格</translation>
        </message>
        <message>
            <source>spaces removed from the name</source>
            <translation>已去掉姓名中的空格</translation>
        </message>
        <message>
            <source>“%1” is no sex: write 男 or 女.</source>
            <translation>“%1”不是性别，请填写“男”或“女”。</translation>
        </message>
        <message>
            <source>written as %1</source>
            <translation>改写为%1</translation>
        </message>
        <message>
            <source>the short form %1 written in full as %2</source>
            <translation>简称“%1”已改为全称“%2”</translation>
        </message>
        <message>
            <source>“%1” is not one of the 56 ethnic groups.</source>
            <translation>“%1”不是56个民族之一。</translation>
        </message>
        <message>
            <source>The amount %1 is not a sum in yuan and fen.</source>
            <translation>金额%1不是以元、分计的数额。</translation>
        </message>
        <message>
            <source>“%1” is not an amount in yuan.</source>
            <translation>“%1”不是以元计的金额。</translation>
        </message>
        <message>
            <source>The amount %1 has more decimals than fen.</source>
            <translation>金额%1的小数位超过了分。</translation>
        </message>
        <message>
            <source>The amount %1 is too large.</source>
            <translation>金额%1过大。</translation>
        </message>
        <message>
            <source>read as %1 yuan</source>
            <translation>读作%1元</translation>
        </message>
        <message>
            <source>The old grade %1 (before 2004) has no single match among today's ten grades; enter the grade of the current disability certificate.</source>
            <translation>2004年以前的旧等级“%1”在现行十个等级中没有唯一对应，请按现持残疾证件填写等级。</translation>
        </message>
        <message>
            <source>the old grade %1 (before 2004) read as %2</source>
            <translation>2004年以前的旧等级“%1”按%2读取</translation>
        </message>
        <message>
            <source>“%1” is no disability grade: 一级 to 十级.</source>
            <translation>“%1”不是残疾等级，应为一级至十级。</translation>
        </message>
        <message>
            <source>read as %1</source>
            <translation>读作%1</translation>
        </message>
        <message>
            <source>“%1” is no nature of disability: 因战, 因公 or 因病.</source>
            <translation>“%1”不是伤残性质，应为因战、因公或因病。</translation>
        </message>
        <message>
            <source>“%1” is no relation the registry knows: %2.</source>
            <translation>“%1”不是可登记的关系，应为：%2。</translation>
        </message>
        <message>
            <source>spaces and signs removed</source>
            <translation>已去掉空格和符号</translation>
        </message>
        <message>
            <source>“%1” does not say whether the person is a key person: write 是 or 否.</source>
            <translation>“%1”不能说明是否为重点对象，请填写“是”或“否”。</translation>
        </message>
        <message>
            <source>“%1” was typed as a number: it may mean January or October. Enter the date as text, e.g. 1952-10.</source>
            <translation>“%1”是按数字录入的，可能是1月也可能是10月，请按文本录入日期，如1952-10。</translation>
        </message>
        <message>
            <source>“%1” gives only a year; enter the month as well.</source>
            <translation>“%1”只有年份，请同时填写月份。</translation>
        </message>
        <message>
            <source>The date %1 is in the future.</source>
            <translation>日期%1晚于今天。</translation>
        </message>
        <message>
            <source>the Excel date number %1 read as %2</source>
            <translation>Excel日期序号%1读作%2</translation>
        </message>
        <message>
            <source>“%1” is not a date.</source>
            <translation>“%1”不是日期。</translation>
        </message>
        <message>
            <source>“%1” has a two-digit year; the century is not guessed here: enter the full year.</source>
            <translation>“%1”的年份只有两位，此处不推测年代，请填写四位年份。</translation>
        </message>
        <message>
            <source>“%1” has a two-digit year that may be 19%2 or 20%2: enter the full year.</source>
            <translation>“%1”的年份只有两位，可能是19%2年也可能是20%2年，请填写四位年份。</translation>
        </message>
        <message>
            <source>“%1” is not a real date.</source>
            <translation>“%1”不是有效日期。</translation>
        </message>
        <message>
            <source>read as %1 (no day given: the 1st is stored)</source>
            <translation>读作%1（未写日，按1日登记）</translation>
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
            <source>--limit takes a positive number</source>
            <translation>--limit 的取值应为正数</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>共 %n 条匹配</numerusform>
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
            <source>Say who restores: --as ADMIN (the restore is recorded under that name).</source>
            <translation>请指明操作人：--as ADMIN（恢复操作将记在该用户名下）。</translation>
        </message>
        <message>
            <source>say at most one folder: backup [DIR] --as LOGIN</source>
            <translation>最多只能指定一个文件夹：backup [DIR] --as LOGIN</translation>
        </message>
        <message>
            <source>Backup written and verified: %1 (%2 KB)</source>
            <translation>备份已写入并通过校验：%1（%2 KB）</translation>
        </message>
        <message>
            <source>Scanned documents copied: %1</source>
            <translation>已复制扫描件：%1</translation>
        </message>
        <message>
            <source>The key file was copied beside the backup (%1.key). Keep it with the backup: without it the phone and bank numbers cannot be read.</source>
            <translation>密钥文件已复制到备份旁（%1.key）。请与备份一同保管：没有它，电话号码和银行账号将无法读取。</translation>
        </message>
        <message>
            <source>Older backup removed by the keeping rules: %1</source>
            <translation>按保留规则删除了较早的备份：%1</translation>
        </message>
        <message>
            <source>say which backup: restore FILE --as ADMIN</source>
            <translation>请指明要恢复的备份：restore FILE --as ADMIN</translation>
        </message>
        <message>
            <source>Cannot restore now. %1</source>
            <translation>现在无法恢复。%1</translation>
        </message>
        <message>
            <source>Restored %1 into %2.</source>
            <translation>已将 %1 恢复到 %2。</translation>
        </message>
        <message>
            <source>The previous database is kept as %1.</source>
            <translation>原数据库已另存为 %1。</translation>
        </message>
        <message>
            <source>The key file was restored from the backup.</source>
            <translation>已从备份中恢复密钥文件。</translation>
        </message>
        <message>
            <source>make a verified backup into DIR (a USB disk), or into the backups folder beside the database; copies the scans and the key file too</source>
            <translation>备份到 DIR（如U盘）或数据库旁的 backups 文件夹，并校验备份；扫描件和密钥文件一并复制</translation>
        </message>
        <message>
            <source>put a backup in place of the database; the current file is kept aside, no backup is deleted; refused while Youfu has the database open</source>
            <translation>用备份替换数据库；当前数据库文件另行保留，不删除任何备份；优抚工作台打开该数据库时拒绝执行</translation>
        </message>
        <message>
            <source>“%1” is not a folder</source>
            <translation>“%1”不是文件夹</translation>
        </message>
        <message>
            <source>the audit log is broken: %1</source>
            <translation>审计日志已损坏：%1</translation>
        </message>
        <message>
            <source>The audit log is intact: %1 entries; it agrees with %2 backup(s).</source>
            <translation>审计日志完整：共 %1 条，与 %2 个备份一致。</translation>
        </message>
        <message>
            <source>say whose password: passwd --as LOGIN</source>
            <translation>请指明要修改谁的密码：passwd --as LOGIN</translation>
        </message>
        <message>
            <source>New password: </source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>New password again: </source>
            <translation>再次输入新密码：</translation>
        </message>
        <message>
            <source>the two new passwords differ; nothing was changed</source>
            <translation>两次输入的新密码不一致，未作任何修改</translation>
        </message>
        <message>
            <source>The password of %1 was changed.</source>
            <translation>已修改 %1 的密码。</translation>
        </message>
        <message>
            <source>Say who you are: --as LOGIN (what you do is recorded under that name).</source>
            <translation>请指明操作人：--as LOGIN（所做操作将记在该用户名下）。</translation>
        </message>
        <message>
            <source>No password was given.</source>
            <translation>未输入密码。</translation>
        </message>
        <message>
            <source>You must change your password first, in the window or with `youfuctl passwd --as %1`.</source>
            <translation>请先修改密码：在程序窗口中修改，或使用 `youfuctl passwd --as %1`。</translation>
        </message>
        <message>
            <source>Say who reads: --as LOGIN and your password (personal data is shown only after a login).</source>
            <translation>请指明查询人：--as LOGIN 并输入密码（登录后才显示个人信息）。</translation>
        </message>
        <message>
            <source>%1 illustrative benefit standards added (not official amounts).</source>
            <translation>已添加 %1 项示例抚恤补助标准（非正式标准金额）。</translation>
        </message>
        <message>
            <source>say what to look for: person find TEXT --as LOGIN</source>
            <translation>请指明要查找的内容：person find TEXT --as LOGIN</translation>
        </message>
        <message>
            <source>check the audit log's keyed chain, against the backups beside the database and in DIR; exit 0 when intact</source>
            <translation>校验审计日志的密钥校验链，并与数据库旁及 DIR 中的备份比对；完整时退出码为 0</translation>
        </message>
        <message>
            <source>list the persons whose name, citizen ID, village or phone matches TEXT (IDs masked, birth year only); needs a login with the right to see persons</source>
            <translation>列出姓名、公民身份号码、村（社区）或电话与 TEXT 匹配的优抚对象（号码脱敏显示，仅显示出生年份）；须以有权查看优抚对象的用户登录</translation>
        </message>
        <message>
            <source>change your own password (asks for the current one, then the new one twice)</source>
            <translation>修改本人密码（先输入当前密码，再输入两次新密码）</translation>
        </message>
        <message>
            <source>youfuctl: --db needs a file name; leave --db out for the default database</source>
            <translation>youfuctl：--db 须指定文件名；使用默认数据库时请省略 --db</translation>
        </message>
        <message>
            <source>say which list and where: export LIST OUT --format xlsx --as LOGIN</source>
            <translation>请指明列表和保存位置：export 列表 输出文件 --format xlsx --as 登录名</translation>
        </message>
        <message>
            <source>--year takes a year such as 2026</source>
            <translation>--year 应为年份，如 2026</translation>
        </message>
        <message>
            <source>search: %1</source>
            <translation>搜索：%1</translation>
        </message>
        <message>
            <source>township: %1</source>
            <translation>乡镇：%1</translation>
        </message>
        <message>
            <source>category: %1</source>
            <translation>类别：%1</translation>
        </message>
        <message>
            <source>year: %1</source>
            <translation>年份：%1</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) written to %1</source>
            <translation>
                <numerusform>已将 %n 行写入 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>repaired</source>
            <translation>已修正</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>拒收</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>--mapping takes COLUMN=FIELD pairs such as C=citizen_id,F=ignore; “%1” is not one</source>
            <translation>--mapping 应为“列=字段”对，如 C=citizen_id,F=ignore；“%1”不是</translation>
        </message>
        <message>
            <source>File: %1 (%2)</source>
            <translation>文件：%1（%2）</translation>
        </message>
        <message>
            <source>Header: rows %1–%2</source>
            <translation>表头：第%1–%2行</translation>
        </message>
        <message>
            <source>not imported</source>
            <translation>不导入</translation>
        </message>
        <message>
            <source>Rows read %1: to import %2 (of them repaired %3), refused %4, skipped %5, duplicates %6</source>
            <translation>共读取%1行：待导入%2（其中已修正%3），拒收%4，跳过%5，重复%6</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>读作</translation>
        </message>
        <message>
            <source>Repair or reason</source>
            <translation>修正或原因</translation>
        </message>
        <message>
            <source>Report written: %1</source>
            <translation>报告已写入：%1</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>试运行：未写入任何数据。</translation>
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation>没有可导入的内容。</translation>
        </message>
        <message>
            <source>Imported %1 person(s).</source>
            <translation>已导入%1人。</translation>
        </message>
        <message>
            <source>export a list (registry, completeness, completeness-persons, approvals, audit) to an Excel or CSV file; IDs masked unless --full-ids and the right to see them; recorded in the audit log</source>
            <translation>将列表（registry、completeness、completeness-persons、approvals、audit）导出为 Excel 或 CSV 文件；身份证号默认打码，除非指定 --full-ids 且有权查看；导出记入审计日志</translation>
        </message>
        <message>
            <source>import a roster (xlsx, xls or CSV): prints the layout, the column mapping, the counts and every repaired, refused, skipped or duplicate row; --dry-run writes nothing; --report writes that table</source>
            <translation>导入花名册（xlsx、xls 或 CSV）：显示版式、列对应、各项计数以及每一条已修正、拒收、跳过或重复的行；--dry-run 不写入任何数据；--report 写出该表</translation>
        </message>
        <message>
            <source>say which file: import FILE [--dry-run] [--report REPORT.xlsx|.csv] --as LOGIN</source>
            <translation>请指明文件：import 文件 [--dry-run] [--report 问题清单.xlsx|.csv] --as 登录名</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>已合并</translation>
        </message>
        <message>
            <source>, rows adding a category to an earlier row's person %1</source>
            <translation>，为前面某行人员增加类别的行 %1</translation>
        </message>
        <message>
            <source>%1 key persons with %2 visit plans and %3 visits over the past year.</source>
            <translation>%1 名重点对象，%2 个走访计划，过去一年 %3 次走访。</translation>
        </message>
        <message>
            <source>--until takes a date like 2026-12-31</source>
            <translation>--until 后面应是日期，例如 2026-12-31</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) due</source>
            <translation>
                <numerusform>应走访 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <source>list the visits due up to DATE (default today), overdue ones first (IDs masked); needs a login with the right to see persons</source>
            <translation>列出截至 DATE（默认今天）应走访的对象，逾期的在前（身份证号已遮蔽）；需要有权查看人员信息的账号登录</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>逾期%n天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>剩余%n天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>共%n件</numerusform>
            </translation>
        </message>
        <message>
            <source>--within takes a number of days like 7</source>
            <translation>--within 需要天数，例如 7</translation>
        </message>
        <message>
            <source>%1 petition cases over the past two years, %2 information staff and %3 warnings.</source>
            <translation>近两年信访件%1件，信息员%2名，苗头性信息%3条。</translation>
        </message>
        <message>
            <source>list the letters-and-visits cases past their statutory deadline, newest first; needs a login with the right to see persons</source>
            <translation>列出超过法定期限的信访案件（新登记的在前）；需以有权查看人员信息的账户登录</translation>
        </message>
        <message>
            <source>list the letters-and-visits cases whose deadline falls within DAYS (default 7) from today; needs a login with the right to see persons</source>
            <translation>列出自今天起 DAYS 天内（默认 7 天）到期的信访案件；需以有权查看人员信息的账户登录</translation>
        </message>
        <message>
            <source>Roll %1 drafted.</source>
            <translation>已生成花名册%1。</translation>
        </message>
        <message>
            <source>Lines: %1</source>
            <translation>记录：%1条</translation>
        </message>
        <message>
            <source>Held (not sent to the bank): %1</source>
            <translation>暂缓（不报送银行）：%1条</translation>
        </message>
        <message>
            <source>Months of back pay: %1</source>
            <translation>补发月数：%1</translation>
        </message>
        <message>
            <source>Recoveries proposed: %1</source>
            <translation>拟追回：%1笔</translation>
        </message>
        <message>
            <source>Total: %1 yuan</source>
            <translation>合计：%1元</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>问题：%1</translation>
        </message>
        <message>
            <source>--period takes a month like 2026-12</source>
            <translation>--period 需要月份，例如 2026-12</translation>
        </message>
        <message>
            <source>say which roll: its number, as `youfuctl payment rolls` lists</source>
            <translation>请指定花名册：填写其编号（见 `youfuctl payment rolls`）</translation>
        </message>
        <message>
            <source>Roll %1 submitted for signing.</source>
            <translation>花名册%1已提交审批。</translation>
        </message>
        <message>
            <source>Roll %1 signed.</source>
            <translation>花名册%1已签批。</translation>
        </message>
        <message>
            <source>Roll %1 returned to the clerk.</source>
            <translation>花名册%1已退回经办人。</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n条</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 yuan</source>
            <translation>%1元</translation>
        </message>
        <message numerus="yes">
            <source>%n roll(s)</source>
            <translation>
                <numerusform>%n个花名册</numerusform>
            </translation>
        </message>
        <message>
            <source>say which roll and where: payment bank-file ROLL OUT [--template NAME] --as LOGIN</source>
            <translation>请指定花名册和输出文件：payment bank-file 花名册编号 输出文件 [--template 模板名] --as 登录名</translation>
        </message>
        <message>
            <source>There is no bank template: add one in the window first.</source>
            <translation>没有银行模板：请先在窗口中添加。</translation>
        </message>
        <message>
            <source>There is no bank template “%1”; the templates are: %2</source>
            <translation>没有银行模板“%1”；现有模板：%2</translation>
        </message>
        <message numerus="yes">
            <source>%1 written (%2): %n line(s), %3 yuan.</source>
            <translation>
                <numerusform>已写出%1（%2）：%n条，%3元。</numerusform>
            </translation>
        </message>
        <message>
            <source>say which roll and which file: payment bank-return ROLL FILE [--dry-run] [--date DATE] --as LOGIN</source>
            <translation>请指定花名册和回盘文件：payment bank-return 花名册编号 文件 [--dry-run] [--date 日期] --as 登录名</translation>
        </message>
        <message>
            <source>--date takes a date like 2026-12-10</source>
            <translation>--date 需要日期，例如 2026-12-10</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>第%1行</translation>
        </message>
        <message>
            <source>Dry run: nothing recorded.</source>
            <translation>试运行：未登记任何内容。</translation>
        </message>
        <message>
            <source>Recorded: %1 paid, %2 failed.</source>
            <translation>已登记：发放成功%1条，失败%2条。</translation>
        </message>
        <message>
            <source>say where to save it: --out FILE.xlsx, .pdf or .html</source>
            <translation>请指定保存位置：--out 文件.xlsx、.pdf 或 .html</translation>
        </message>
        <message>
            <source>--from takes a date like 2026-12-15</source>
            <translation>--from 应为日期，例如 2026-12-15</translation>
        </message>
        <message>
            <source>--to takes a date like 2026-12-22</source>
            <translation>--to 应为日期，例如 2026-12-22</translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) of %1 made public in %2</source>
            <translation>
                <numerusform>%1共%n名发放对象的公示已写入%2</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 payment rolls over the past %2 months (%3 lines returned by the bank, %4 paid again), %5 months of back pay after the August raise, %6 recoveries.</source>
            <translation>过去%2个月共%1份发放花名册（银行退回%3笔，已重发%4笔），八一调标后补发%5个月次，追回%6笔。</translation>
        </message>
        <message>
            <source>list the payment rolls, newest first, with their state, lines and total</source>
            <translation>列出发放花名册（最新的在前），含状态、记录数和合计</translation>
        </message>
        <message>
            <source>draft the month's payment roll from the registry and the policy book; prints the lines, held lines, months of back pay, recoveries and the total</source>
            <translation>按对象档案和政策标准生成当月发放花名册；显示记录数、暂缓数、补发月数、拟追回笔数和合计</translation>
        </message>
        <message>
            <source>submit a drafted roll for signing</source>
            <translation>提交花名册审批</translation>
        </message>
        <message>
            <source>sign a roll at your step (section chief, then director)</source>
            <translation>在本人环节签批花名册（先科长，后局长）</translation>
        </message>
        <message>
            <source>return a roll to the clerk, with the reason</source>
            <translation>将花名册退回经办人，并写明理由</translation>
        </message>
        <message>
            <source>write the bank's batch file of an approved roll (its pending lines, accounts in full); recorded in the audit trail with the file's SHA-256</source>
            <translation>写出已批准花名册的银行代发文件（待发放记录，完整账号）；连同文件的 SHA-256 记入审计日志</translation>
        </message>
        <message>
            <source>read the bank's result file, match its rows to the roll's lines and record the paid and failed ones; prints the counts and every row not matched or ambiguous; --dry-run records nothing</source>
            <translation>读取银行回盘文件，与花名册记录逐行匹配，登记成功和失败的记录；显示各项数量以及每条未匹配或无法确定的行；--dry-run 不登记</translation>
        </message>
        <message>
            <source>draft a re-issue roll of the failed and held lines that can now be paid</source>
            <translation>将现在可以发放的失败和暂缓记录生成补发（重发）花名册</translation>
        </message>
        <message>
            <source>write the month's public disclosure (公示) of the approved roll: A4 landscape PDF, Excel or a plain web page; IDs masked or omitted, never phones or bank accounts; the period at least 7 days (default from today); recorded in the audit log with the file's SHA-256</source>
            <translation>生成当月已批准花名册的公示：A4横向PDF、Excel或纯网页；身份证号部分隐去或不显示，从不含电话和银行账号；公示期不少于7天（默认自今天起）；连同文件的SHA-256记入审计日志</translation>
        </message>
        <message>
            <source>%1 special-care workers, %2 training sessions this year (%3 missed the annual township training).</source>
            <translation>新增优抚专干 %1 名，本年培训 %2 次（%3 人未参加乡镇年度培训）。</translation>
        </message>
        <message>
            <source>%1 zero reports from the townships over the past year (%2 with items, %3 late, %4 missing).</source>
            <translation>过去一年各乡镇零报告 %1 份（有事项 %2 份，迟报 %3 份，缺报 %4 天次）。</translation>
        </message>
        <message>
            <source>%1 free clinic (%2 seen, %3 registry persons with findings), %4 temporary assistance applications (%5 granted), %6 handouts of materials and %7 policy sessions.</source>
            <translation>义诊 %1 次（就诊 %2 人，登记在册对象 %3 人有诊断结果），临时救助申请 %4 件（已批准 %5 件），发放宣传资料 %6 次，政策宣讲 %7 场。</translation>
        </message>
        <message>
            <source>%1 recuperation batches with %2 persons, %3 medical settlements (%4 over the yearly cap, with a reason).</source>
            <translation>疗养批次 %1 个，共 %2 人；医疗结算 %3 笔（%4 笔超年度限额，已写明原因）。</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n township(s) missing; the deadline was %2</source>
            <translation>
                <numerusform>%1：%n 个乡镇缺报，截止时间为 %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n township(s) not yet reported; the deadline is %2</source>
            <translation>
                <numerusform>%1：%n 个乡镇尚未报送，截止时间为 %2</numerusform>
            </translation>
        </message>
        <message>
            <source>say which file: zero-report import FILE [--dry-run] --as LOGIN</source>
            <translation>请指明文件：zero-report import 文件 [--dry-run] --as 用户名</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s) to record</source>
            <translation>
                <numerusform>将登记 %n 份</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) refused</source>
            <translation>
                <numerusform>%n 行不能登记</numerusform>
            </translation>
        </message>
        <message>
            <source>No row of the file can be recorded.</source>
            <translation>文件中没有可以登记的行。</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s) recorded.</source>
            <translation>
                <numerusform>已登记 %n 份零报告。</numerusform>
            </translation>
        </message>
        <message>
            <source>list the townships without a zero report for DATE (default yesterday, the day now due) and say whether its deadline has passed</source>
            <translation>列出 DATE（默认昨天，即当前应报的日子）未报送零报告的乡镇，并说明是否已过截止时限</translation>
        </message>
        <message>
            <source>record the zero reports of a township's CSV/xlsx file (columns 乡镇, 日期, 情况, 报告人, 报送时间); prints every row refused (unknown township, bad date, already reported); --dry-run records nothing</source>
            <translation>登记乡镇报来的 CSV/xlsx 零报告文件（列：乡镇、日期、情况、报告人、报送时间）；列出每一行不能登记的原因（乡镇不存在、日期有误、已报过）；--dry-run 只检查不写入</translation>
        </message>
        <message>
            <source>--year takes a year like 2026</source>
            <translation>--year 应为年份，如 2026</translation>
        </message>
        <message>
            <source>points %1</source>
            <translation>得分 %1</translation>
        </message>
        <message>
            <source>adjustment %1</source>
            <translation>加减分 %1</translation>
        </message>
        <message>
            <source>total %1</source>
            <translation>总分 %1</translation>
        </message>
        <message>
            <source>vetoed: %1</source>
            <translation>一票否决：%1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n township(s) appraised</source>
            <translation>
                <numerusform>%1年：已考核 %n 个乡镇</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n staff member(s) appraised</source>
            <translation>
                <numerusform>%1 年度：已计算 %n 名工作人员的岗位考核</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff: %1</source>
            <translation>岗位考核：%1</translation>
        </message>
        <message>
            <source>say which year and where: appraisal report --year 2026 --out FILE.pdf|FILE.xlsx --as LOGIN</source>
            <translation>请指明年度和保存位置：appraisal report --year 2026 --out 文件.pdf|文件.xlsx --as 登录名</translation>
        </message>
        <message>
            <source>say where to write the report: --out FILE.pdf or --out FILE.xlsx</source>
            <translation>请指明报告保存位置：--out 文件.pdf 或 --out 文件.xlsx</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n页</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n行</numerusform>
            </translation>
        </message>
        <message>
            <source>Appraisal report of %1 (%2 township(s), %3 staff member(s), %4) written to %5</source>
            <translation>%1年度考核报告（%2个乡镇（街道）、%3名工作人员，%4）已保存到 %5</translation>
        </message>
        <message>
            <source>%1 approved appraisal schemes for this year and last (illustrative), %2 persons moved township in the middle of the year.</source>
            <translation>已批准今年和去年的考核方案 %1 个（示例），年中迁移乡镇的对象 %2 人。</translation>
        </message>
        <message>
            <source>--out FILE.xlsx or FILE.pdf is required</source>
            <translation>须用 --out 指定输出文件（FILE.xlsx 或 FILE.pdf）</translation>
        </message>
        <message>
            <source>there is no township with the code %1</source>
            <translation>没有代码为 %1 的乡镇（街道）</translation>
        </message>
        <message numerus="yes">
            <source>The statistics of %1 are written to %2 (%n table row(s)).</source>
            <translation>
                <numerusform>%1年度统计已写入 %2（共 %n 行）。</numerusform>
            </translation>
        </message>
        <message>
            <source>compute the year's unit and staff appraisal from the records under its approved scheme and print each township's points, grade and veto; recorded in the audit log</source>
            <translation>按已批准的方案根据业务记录计算当年单位考核和岗位考核，列出各乡镇得分、等次和一票否决情况；记入审计日志</translation>
        </message>
        <message>
            <source>write the year-end appraisal report (cover, summary, one page per township, vetoes, staff, charts) as PDF or xlsx; recorded in the audit log</source>
            <translation>生成年终考核报告（封面、汇总表、各乡镇一页、一票否决、岗位考核、图表），PDF 或 xlsx 格式；记入审计日志</translation>
        </message>
        <message>
            <source>write the year's statistics (persons by category and township, benefits by month, letters and visits, visits, recuperation and assistance) with their charts; recorded in the audit log</source>
            <translation>生成年度统计（分类别分乡镇优抚对象、逐月待遇发放、信访、走访、疗养和临时救助）及图表；记入审计日志</translation>
        </message>
        <message numerus="yes">
            <source>The %1 appraisal computed: %n township(s).</source>
            <translation>
                <numerusform>已计算 %1 年度考核：%n 个乡镇。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::core::CompletenessStore</name>
        <message>
            <source>The archive completeness could not be read: %1</source>
            <translation>无法读取档案完整性：%1</translation>
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
        <message>
            <source>The database “%1” is damaged (SQLite found: %2). Youfu will not change it, so nothing more is lost; the file was left exactly as it is. Restore the latest good backup.</source>
            <translation>数据库“%1”已损坏（SQLite 检查结果：%2）。为避免进一步丢失数据，优抚工作台不会改动该文件，文件保持原样。请恢复最近一次完好的备份。</translation>
        </message>
        <message>
            <source>“%1” is not a Youfu database: it is not an SQLite database file at all. If it was Youfu's database, it is damaged: restore the latest good backup. The file was not changed.</source>
            <translation>“%1”不是优抚工作台数据库：它根本不是 SQLite 数据库文件。如果它原是优抚工作台的数据库，则已损坏，请恢复最近一次完好的备份。文件未作改动。</translation>
        </message>
        <message>
            <source>“%1” lies on a network share (%2). Youfu cannot change a database there safely: its write-ahead log needs locks and shared memory that network drives do not give, and a dropped connection can damage the file. Copy the database to this computer's own disk, or open it read-only.</source>
            <translation>“%1”位于网络共享位置（%2）。优抚工作台无法在此安全地修改数据库：预写日志（WAL）需要网络驱动器无法提供的文件锁和共享内存，且网络连接中断可能损坏文件。请将数据库复制到本机磁盘，或以只读方式打开。</translation>
        </message>
        <message>
            <source>Cannot create the database “%1”.</source>
            <translation>无法创建数据库“%1”。</translation>
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
        <name>youfu::core::DisclosureExport</name>
        <message>
            <source>%1 %2 public notice of special-care pension and subsidy payments</source>
            <translation>%1%2优抚对象抚恤补助资金发放公示</translation>
        </message>
        <message>
            <source>Under the Regulations on Pensions and Preferential Treatment for Servicemen and the special-care policies in force, the special-care pensions and subsidies paid for %1 are made public below. The disclosure period runs from %2 to %3; anyone with an objection may report it to this office within that period.</source>
            <translation>根据《军人抚恤优待条例》及现行优抚政策有关规定，现将%1优抚对象抚恤补助资金发放情况予以公示，公示期自%2至%3。公示期内如有异议，请向本单位反映。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Village (community)</source>
            <translation>村（社区）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Note: citizen IDs are shown in part; bank accounts, phone numbers and addresses are not made public.</source>
            <translation>注：身份证号已部分隐去；银行账号、电话号码和住址不予公示。</translation>
        </message>
        <message>
            <source>Note: bank accounts, phone numbers and addresses are not made public.</source>
            <translation>注：银行账号、电话号码和住址不予公示。</translation>
        </message>
        <message>
            <source>Supervision phone: %1</source>
            <translation>监督电话：%1</translation>
        </message>
        <message>
            <source>%1 subtotal</source>
            <translation>%1小计</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n人</numerusform>
            </translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1（续页）</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to.</source>
            <translation>无法写入文件夹%1。</translation>
        </message>
        <message>
            <source>The disclosure workbook could not be read back.</source>
            <translation>无法读回公示表格文件。</translation>
        </message>
        <message>
            <source>A disclosure is saved as .pdf, .xlsx or .html, not “%1”.</source>
            <translation>公示只能保存为 .pdf、.xlsx 或 .html 文件，不能保存为“%1”。</translation>
        </message>
        <message>
            <source>%1 has no payments to make public: the month's roll is not approved yet, or it has no lines.</source>
            <translation>%1没有可公示的发放记录：当月花名册尚未批准，或花名册为空。</translation>
        </message>
        <message>
            <source>The disclosure could not be written to %1.</source>
            <translation>无法将公示写入%1。</translation>
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
            <source>The key file “%1” is missing, so phone numbers and bank accounts cannot be read. Put back the key file from the backup of this database.</source>
            <translation>缺少密钥文件“%1”，无法读取电话号码和银行账号。请从此数据库的备份中恢复密钥文件。</translation>
        </message>
        <message>
            <source>The key file “%1” is missing.</source>
            <translation>缺少密钥文件“%1”。</translation>
        </message>
        <message>
            <source>A stored value is damaged.</source>
            <translation>存储的数据已损坏。</translation>
        </message>
        <message>
            <source>A stored value cannot be decrypted with this key.</source>
            <translation>存储的数据无法用此密钥解密。</translation>
        </message>
        <message>
            <source>The key file “%1” belongs to another database, not to this one; phone numbers and bank accounts cannot be read with it. Put back the key file from the backup of this database.</source>
            <translation>密钥文件“%1”属于其他数据库，不属于本数据库，无法用它读取电话号码和银行账号。请从此数据库的备份中恢复密钥文件。</translation>
        </message>
        <message>
            <source>The key file “%1” is damaged; phone numbers and bank accounts cannot be read with it. Put back the key file from the backup of this database.</source>
            <translation>密钥文件“%1”已损坏，无法用它读取电话号码和银行账号。请从此数据库的备份中恢复密钥文件。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::FreeClinicExport</name>
        <message>
            <source>Free clinics</source>
            <translation>义诊</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <source>Doctors</source>
            <translation>医生</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Persons seen</source>
            <translation>就诊人数</translation>
        </message>
        <message>
            <source>Registry persons</source>
            <translation>在册对象</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>后续跟进</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::FreeClinicRules</name>
        <message>
            <source>Enter the date of the free clinic.</source>
            <translation>请填写义诊日期。</translation>
        </message>
        <message>
            <source>The free clinic of %1 has not been held yet; enter it on the day.</source>
            <translation>%1 的义诊尚未举办；请在当天或之后登记。</translation>
        </message>
        <message>
            <source>Choose the township where the free clinic was held.</source>
            <translation>请选择举办义诊的乡镇。</translation>
        </message>
        <message>
            <source>Enter the hospital that sent the doctors.</source>
            <translation>请填写派出医生的医院。</translation>
        </message>
        <message>
            <source>The number of persons seen cannot be negative.</source>
            <translation>就诊人数不能为负数。</translation>
        </message>
        <message>
            <source>%1 persons seen is fewer than the %2 registry persons recorded as seen.</source>
            <translation>就诊人数 %1 人，少于已登记的在册对象 %2 人。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::FreeClinicStore</name>
        <message>
            <source>Choose the person seen from the registry.</source>
            <translation>请从花名册中选择就诊人员。</translation>
        </message>
        <message>
            <source>The clinic records %1 persons seen; raise that number before adding another registry person.</source>
            <translation>本次义诊登记的就诊人数为 %1 人；请先修改就诊人数，再添加在册对象。</translation>
        </message>
        <message>
            <source>That person is not recorded as seen at this free clinic.</source>
            <translation>此人未登记为本次义诊的就诊对象。</translation>
        </message>
        <message>
            <source>Free clinic no. %1 does not exist.</source>
            <translation>第 %1 号义诊记录不存在。</translation>
        </message>
        <message>
            <source>The free clinics could not be counted.</source>
            <translation>无法统计义诊次数。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::KeyPersonFlagStore</name>
        <message>
            <source>The key-person mark was removed in the registry.</source>
            <translation>在登记信息中取消了重点对象标记</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ListExports</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>公民身份号码</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>出生年份</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村（社区）</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Key person</source>
            <translation>重点对象</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>材料不全人数</translation>
        </message>
        <message>
            <source>Missing documents</source>
            <translation>缺失材料</translation>
        </message>
        <message>
            <source>Archive number</source>
            <translation>档案号</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺失数</translation>
        </message>
        <message>
            <source>The list of incomplete archives could not be read.</source>
            <translation>无法读取材料不全的档案名单。</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>审批文号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>优抚对象</translation>
        </message>
        <message>
            <source>Requested change</source>
            <translation>申请事项</translation>
        </message>
        <message>
            <source>Effective</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Per year (yuan)</source>
            <translation>年标准（元）</translation>
        </message>
        <message>
            <source>One-off (yuan)</source>
            <translation>一次性金额（元）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Drafted</source>
            <translation>起草时间</translation>
        </message>
        <message>
            <source>Days waiting</source>
            <translation>等待天数</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>哈希值</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Roster of entitled persons</source>
            <translation>优抚对象花名册</translation>
        </message>
        <message>
            <source>Archive completeness by township and category</source>
            <translation>档案完整性统计（按乡镇和类别）</translation>
        </message>
        <message>
            <source>Persons whose archive lacks documents</source>
            <translation>档案缺失材料人员名单</translation>
        </message>
        <message>
            <source>Register of applications</source>
            <translation>待遇审批登记簿</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>This list has no citizen IDs to show in full.</source>
            <translation>此列表没有可完整显示的身份证号。</translation>
        </message>
        <message>
            <source>Full citizen IDs cannot be exported while the database is open read-only: the export could not be recorded.</source>
            <translation>数据库以只读方式打开时不能导出完整身份证号：此次导出无法记入审计日志。</translation>
        </message>
        <message>
            <source>Roster (one row per category, re-importable)</source>
            <translation>优抚对象花名册（可再导入）</translation>
        </message>
        <message>
            <source>Festival campaign list</source>
            <translation>节日慰问名单</translation>
        </message>
        <message>
            <source>Visits due</source>
            <translation>待走访名单</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>待走访</translation>
        </message>
        <message>
            <source>Festival</source>
            <translation>节日</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <source>Responsible leader</source>
            <translation>包保领导</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Letters-and-visits cases</source>
            <translation>信访案件</translation>
        </message>
        <message>
            <source>group</source>
            <translation>集体访</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>重复信访</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收件日期</translation>
        </message>
        <message>
            <source>Petitioners</source>
            <translation>信访人</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>信访方式</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>Payment roll</source>
            <translation>优抚金发放花名册</translation>
        </message>
        <message>
            <source>Unknown list “%1”: use registry, roster, completeness, completeness-persons, approvals, audit, campaign, visits-due, petitions or payment-roll.</source>
            <translation>未知的列表“%1”：可用 registry、roster、completeness、completeness-persons、approvals、audit、campaign、visits-due、petitions 或 payment-roll。</translation>
        </message>
        <message>
            <source>Choose the roll to export.</source>
            <translation>请选择要导出的花名册。</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Failure reason / problem</source>
            <translation>失败原因/问题</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::MedicalStore</name>
        <message>
            <source>There is no medical settlement number %1.</source>
            <translation>没有编号为 %1 的医疗结算记录。</translation>
        </message>
        <message>
            <source>There is no person number %1.</source>
            <translation>没有编号为 %1 的优抚对象。</translation>
        </message>
        <message>
            <source>Write why the settlement is voided.</source>
            <translation>请写明作废原因。</translation>
        </message>
        <message>
            <source>This settlement is already voided.</source>
            <translation>该结算记录已作废。</translation>
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
        <name>youfu::core::PaymentListStore</name>
        <message>
            <source>There is no roll number %1.</source>
            <translation>没有编号为%1的花名册。</translation>
        </message>
        <message>
            <source>There is no payment line number %1.</source>
            <translation>没有编号为%1的发放记录。</translation>
        </message>
        <message>
            <source>There is no bank template number %1.</source>
            <translation>没有编号为%1的银行模板。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PaymentRules</name>
        <message>
            <source>%2/%1</source>
            <translation>%1年%2月</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>按月</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>按季</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>按年</translation>
        </message>
        <message>
            <source>From the month of approval</source>
            <translation>批准当月起</translation>
        </message>
        <message>
            <source>From the month after approval</source>
            <translation>批准次月起</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) overpaid (%1), %2 yuan in all</source>
            <translation>
                <numerusform>多发%n个月（%1），共%2元</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Died %1 (reported %2)</source>
            <translation>%1死亡（%2报告）</translation>
        </message>
        <message>
            <source>Moved away %1 (reported %2)</source>
            <translation>%1迁出（%2报告）</translation>
        </message>
        <message>
            <source>Suspended %1 (reported %2)</source>
            <translation>%1暂停（%2报告）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Choose the month whose payments are disclosed.</source>
            <translation>请选择要公示的发放月份。</translation>
        </message>
        <message>
            <source>Enter the first and the last day of the disclosure.</source>
            <translation>请填写公示的起止日期。</translation>
        </message>
        <message>
            <source>A disclosure is posted for at least 7 days: from %1 it runs until %2 at the earliest.</source>
            <translation>公示期不少于7天：自%1起，最早至%2止。</translation>
        </message>
        <message>
            <source>Enter the supervision phone printed on the disclosure.</source>
            <translation>请填写公示上印的监督电话。</translation>
        </message>
        <message>
            <source>Enter the office that issues the disclosure.</source>
            <translation>请填写公示单位。</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>未通过</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>To be paid</source>
            <translation>待发放</translation>
        </message>
        <message>
            <source>Held (problem)</source>
            <translation>暂缓（有问题）</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已发放</translation>
        </message>
        <message>
            <source>Payment failed</source>
            <translation>发放失败</translation>
        </message>
        <message>
            <source>To be confirmed</source>
            <translation>待确认</translation>
        </message>
        <message>
            <source>To be recovered</source>
            <translation>待追回</translation>
        </message>
        <message>
            <source>Recovered</source>
            <translation>已追回</translation>
        </message>
        <message>
            <source>Written off</source>
            <translation>已核销</translation>
        </message>
        <message>
            <source>Back pay</source>
            <translation>补发</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>当月</translation>
        </message>
        <message>
            <source>%1 special-care benefits re-issue roll</source>
            <translation>%1优抚金重发花名册</translation>
        </message>
        <message>
            <source>%1 special-care benefits payment roll</source>
            <translation>%1优抚金发放花名册</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PaymentStore</name>
        <message>
            <source>Choose the month of the roll.</source>
            <translation>请选择花名册的发放月份。</translation>
        </message>
        <message>
            <source>Drafting the roll was cancelled: nothing was saved.</source>
            <translation>已取消生成花名册，未保存任何内容。</translation>
        </message>
        <message>
            <source>There is already a roll of %1: cancel it first to draft it again.</source>
            <translation>%1已有花名册：如需重新生成，请先将其作废。</translation>
        </message>
        <message>
            <source>Nobody is owed anything in %1: there is no roll to draft.</source>
            <translation>%1无应发人员，无需生成花名册。</translation>
        </message>
        <message>
            <source>Nobody is owed anything in %1: %2</source>
            <translation>%1无应发人员：%2</translation>
        </message>
        <message>
            <source>There is no recovery number %1.</source>
            <translation>没有编号为%1的追回记录。</translation>
        </message>
        <message>
            <source>Enter why the roll is cancelled.</source>
            <translation>请填写作废花名册的原因。</translation>
        </message>
        <message>
            <source>A roll that is “%1” cannot be cancelled.</source>
            <translation>“%1”的花名册不能作废。</translation>
        </message>
        <message>
            <source>A roll that is “%1” cannot be submitted.</source>
            <translation>“%1”的花名册不能提交。</translation>
        </message>
        <message>
            <source>The roll is empty: nobody to pay.</source>
            <translation>花名册为空，没有发放对象。</translation>
        </message>
        <message>
            <source>Submitting is not a signature.</source>
            <translation>提交不是签批。</translation>
        </message>
        <message>
            <source>The roll is “%1”: there is nothing to sign.</source>
            <translation>花名册状态为“%1”，无需签批。</translation>
        </message>
        <message>
            <source>No failed or held line can be paid again: either none is left, or the persons still have no bank account.</source>
            <translation>没有可重发的失败或暂缓记录：或已全部处理，或相关人员仍无银行账户。</translation>
        </message>
        <message>
            <source>There is no roll number %1.</source>
            <translation>没有编号为%1的花名册。</translation>
        </message>
        <message>
            <source>The bank's result is recorded once the director has approved the roll.</source>
            <translation>花名册经局长批准后才能登记银行回盘结果。</translation>
        </message>
        <message>
            <source>returned by the bank</source>
            <translation>银行退回</translation>
        </message>
        <message>
            <source>Only a proposed recovery is confirmed.</source>
            <translation>只有待确认的追回款可以确认。</translation>
        </message>
        <message>
            <source>Enter the day the money was paid back.</source>
            <translation>请填写退回款项的日期。</translation>
        </message>
        <message>
            <source>A recovery is recorded as paid back once the section chief has confirmed it.</source>
            <translation>追回款须经科长确认后才能登记为已追回。</translation>
        </message>
        <message>
            <source>Enter why the recovery is written off.</source>
            <translation>请填写核销原因。</translation>
        </message>
        <message>
            <source>This recovery is already settled.</source>
            <translation>该追回款已办结。</translation>
        </message>
        <message>
            <source>Enter the template's name and the bank.</source>
            <translation>请填写模板名称和银行。</translation>
        </message>
        <message>
            <source>Choose the columns of the bank's file.</source>
            <translation>请选择银行文件的列。</translation>
        </message>
        <message>
            <source>There is no bank template number %1.</source>
            <translation>没有编号为%1的银行模板。</translation>
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
        <message>
            <source>record key persons, visits, reception days and symposiums</source>
            <translation>登记重点对象、走访、接访日和座谈会</translation>
        </message>
        <message>
            <source>draft festival visit lists and record their delivery</source>
            <translation>拟定节日慰问名单并登记发放情况</translation>
        </message>
        <message>
            <source>register and handle letters-and-visits cases and early warnings</source>
            <translation>登记办理信访案件和预警信息</translation>
        </message>
        <message>
            <source>approve the extension of a letters-and-visits case</source>
            <translation>批准信访案件延期办理</translation>
        </message>
        <message>
            <source>draft payment rolls, record bank returns and publish disclosure lists</source>
            <translation>编制发放花名册、登记银行回盘和制作公示名单</translation>
        </message>
        <message>
            <source>write the bank's batch file with full account numbers</source>
            <translation>生成含完整账号的银行批量代发文件</translation>
        </message>
        <message>
            <source>record township workers, zero reports, training and publicity</source>
            <translation>登记乡镇专干和信息员、零报告、业务培训和政策宣传</translation>
        </message>
        <message>
            <source>record recuperation, medical settlements and free clinics</source>
            <translation>登记短期疗养、医疗结算和义诊</translation>
        </message>
        <message>
            <source>draft appraisal schemes, compute the appraisal and adjust it with a reason</source>
            <translation>起草考核方案、计算考核结果并说明理由进行加减分</translation>
        </message>
        <message>
            <source>approve appraisal schemes and grade the staff as director</source>
            <translation>以局长身份批准考核方案、评定工作人员等次</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PersonCareStore</name>
        <message>
            <source>housing difficulty</source>
            <translation>住房困难</translation>
        </message>
        <message>
            <source>destitute</source>
            <translation>特困</translation>
        </message>
        <message>
            <source>serious illness</source>
            <translation>重病</translation>
        </message>
        <message>
            <source>accident</source>
            <translation>意外</translation>
        </message>
        <message>
            <source>other reason</source>
            <translation>其他原因</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>attended</source>
            <translation>已参加</translation>
        </message>
        <message>
            <source>did not come</source>
            <translation>未参加</translation>
        </message>
        <message>
            <source>%1, %2, %3 to %4 (%5)</source>
            <translation>%1，%2，%3 至 %4（%5）</translation>
        </message>
        <message>
            <source>%1, in hospital %2 to %3, total %4 yuan</source>
            <translation>%1，住院 %2 至 %3，总费用 %4 元</translation>
        </message>
        <message>
            <source> (voided)</source>
            <translation>（已作废）</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 在%2义诊</translation>
        </message>
        <message>
            <source>; finding: %1</source>
            <translation>；检查发现：%1</translation>
        </message>
        <message>
            <source>; follow-up: %1</source>
            <translation>；后续跟进：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
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
            <source>Row %1 of the file (%2): %3</source>
            <translation>文件第 %1 行（%2）：%3</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PersonRules</name>
        <message>
            <source>Enter the person's name.</source>
            <translation>请输入姓名。</translation>
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
        <message>
            <source>A name has at most %1 characters.</source>
            <translation>姓名最多 %1 个字。</translation>
        </message>
        <message>
            <source>An address</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>A bank name</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>The risk note</source>
            <translation>风险情况</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PersonStore</name>
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
        <message>
            <source>The category entry was changed meanwhile; look again.</source>
            <translation>该优抚类别记录已被他人修改，请重新查看。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PetitionListStore</name>
        <message>
            <source>%1 and others, %2 in all</source>
            <translation>%1等%2人</translation>
        </message>
        <message>
            <source>The case no longer exists.</source>
            <translation>该案件已不存在。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>(no township)</source>
            <translation>（无乡镇）</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PetitionPapers</name>
        <message>
            <source>Petitioner</source>
            <translation>信访人</translation>
        </message>
        <message>
            <source>%1 and others, %2 persons</source>
            <translation>%1等%2人</translation>
        </message>
        <message>
            <source>all of you</source>
            <translation>你们</translation>
        </message>
        <message>
            <source>you</source>
            <translation>你</translation>
        </message>
        <message>
            <source>%1 (responsible: %2)</source>
            <translation>%1（责任人：%2）</translation>
        </message>
        <message>
            <source>this office</source>
            <translation>本机关</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1（续页）</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <source>This is to inform you.</source>
            <translation>特此告知。</translation>
        </message>
        <message>
            <source>%1 (seal)</source>
            <translation>%1（盖章）</translation>
        </message>
        <message>
            <source>On %1 %2 submitted a petition concerning %3. This office accepted it on %4 under the Regulations on Letters and Visits Work.</source>
            <translation>%2于%1提出的关于%3的信访事项，本机关已于%4依照《信访工作条例》的规定予以受理。</translation>
        </message>
        <message>
            <source>The petition is handled by %1. This office will handle it within %2 days of acceptance, that is by %3, and give %4 its opinion in writing.</source>
            <translation>该信访事项由%1负责办理。本机关将自受理之日起%2日内，即于%3前办结，并向%4出具书面处理意见。</translation>
        </message>
        <message>
            <source>Where the matter is complicated, the time may be extended with approval by no more than %1 days, and %2 will be told the reasons in writing.</source>
            <translation>情况复杂的，经批准可以适当延长办理期限，但延长期限不超过%1日，并将延期理由书面告知%2。</translation>
        </message>
        <message>
            <source>On %1 %2 submitted a petition concerning %3. Having examined it, this office decided on %4 under the Regulations on Letters and Visits Work not to accept it.</source>
            <translation>%2于%1提出的关于%3的信访事项，经审查，本机关于%4依照《信访工作条例》的规定决定不予受理。</translation>
        </message>
        <message>
            <source>Reason: %1.</source>
            <translation>理由：%1。</translation>
        </message>
        <message>
            <source>Matters that the law requires to be settled through litigation, arbitration, administrative reconsideration or other statutory channels should be brought to the competent authorities in the ways the laws and administrative regulations provide.</source>
            <translation>对依法应当通过诉讼、仲裁、行政复议等法定途径解决的，请依照法律、行政法规规定的程序向有关机关提出。</translation>
        </message>
        <message>
            <source>On %1 %2 submitted a petition concerning %3, which this office accepted on %4; it was due to be handled by %5.</source>
            <translation>%2于%1提出的关于%3的信访事项，本机关已于%4受理，原定于%5前办结。</translation>
        </message>
        <message>
            <source>Because %1, with the approval of the head of this office the time for handling it is extended by %2 days. This office will handle it by %3 and give %4 its opinion in writing.</source>
            <translation>因%1，经本机关负责人批准，办理期限延长%2日，本机关将于%3前办结，并向%4出具书面处理意见。</translation>
        </message>
        <message>
            <source>This office accepted on %1 the petition %2 submitted on %3 and has handled it. Its opinion is as follows.</source>
            <translation>%2于%3提出的信访事项，本机关已于%1受理并依法办理。现将处理意见告知如下：</translation>
        </message>
        <message>
            <source>1. The petition</source>
            <translation>一、信访事项</translation>
        </message>
        <message>
            <source>Concerning %1.</source>
            <translation>反映%1方面的问题。</translation>
        </message>
        <message>
            <source>%1.</source>
            <translation>%1。</translation>
        </message>
        <message>
            <source>Request: %1.</source>
            <translation>诉求：%1。</translation>
        </message>
        <message>
            <source>2. Findings and opinion</source>
            <translation>二、调查核实情况及处理意见</translation>
        </message>
        <message>
            <source>3. Result</source>
            <translation>三、处理结果</translation>
        </message>
        <message>
            <source>Result: %1.</source>
            <translation>处理结果：%1。</translation>
        </message>
        <message>
            <source>This is the opinion of the re-review and it is final. A petition on the same facts and reasons will not be accepted again.</source>
            <translation>本意见为复核意见，系最终意见。信访人仍以同一事实和理由提出信访的，不再受理。</translation>
        </message>
        <message>
            <source>If %1 do not agree with this review opinion, %1 may ask the administrative office one level above the reviewing office for a re-review within %2 days of receiving it.</source>
            <translation>%1如对本复查意见不服，可以自收到本意见书之日起%2日内向复查机关的上一级行政机关请求复核。</translation>
        </message>
        <message>
            <source>If %1 do not agree with this opinion, %1 may ask the administrative office one level above this office for a review within %2 days of receiving it.</source>
            <translation>%1如对本处理意见不服，可以自收到本意见书之日起%2日内向本机关的上一级行政机关请求复查。</translation>
        </message>
        <message>
            <source>Notice of Acceptance</source>
            <translation>受理告知书</translation>
        </message>
        <message>
            <source>Notice of Non-Acceptance</source>
            <translation>不予受理告知书</translation>
        </message>
        <message>
            <source>Notice of Extension</source>
            <translation>延期办理告知书</translation>
        </message>
        <message>
            <source>Opinion on the Petition</source>
            <translation>信访事项处理意见书</translation>
        </message>
        <message>
            <source>The case has not been accepted.</source>
            <translation>该信访件尚未受理。</translation>
        </message>
        <message>
            <source>The case was not refused: there is no decision not to accept it.</source>
            <translation>该信访件未作出不予受理决定。</translation>
        </message>
        <message>
            <source>The case has not been extended.</source>
            <translation>该信访件未延期办理。</translation>
        </message>
        <message>
            <source>The case has not been answered yet.</source>
            <translation>该信访件尚未答复。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PetitionRules</name>
        <message>
            <source>Name at least one petitioner.</source>
            <translation>请至少填写一名信访人。</translation>
        </message>
        <message>
            <source>Every petitioner needs a name.</source>
            <translation>每名信访人都须填写姓名。</translation>
        </message>
        <message>
            <source>Give the day the case was received.</source>
            <translation>请填写收件（登记）日期。</translation>
        </message>
        <message>
            <source>The day of receipt cannot be in the future.</source>
            <translation>收件日期不能晚于今天。</translation>
        </message>
        <message>
            <source>Choose how the case came in (letter, visit, phone…).</source>
            <translation>请选择信访渠道（来信、来访、电话……）。</translation>
        </message>
        <message>
            <source>A case forwarded from above needs the office that forwarded it.</source>
            <translation>上级转送的信访件须填写转送机关。</translation>
        </message>
        <message>
            <source>Choose what the case is about.</source>
            <translation>请选择信访事项类别。</translation>
        </message>
        <message>
            <source>Whether to accept this case was already decided.</source>
            <translation>该信访件已作出是否受理的决定。</translation>
        </message>
        <message>
            <source>Give the day of the decision.</source>
            <translation>请填写决定日期。</translation>
        </message>
        <message>
            <source>The decision cannot be dated before the case was received (%1).</source>
            <translation>决定日期不能早于收件日期（%1）。</translation>
        </message>
        <message>
            <source>Name the responsible person or unit.</source>
            <translation>请填写责任人或责任单位。</translation>
        </message>
        <message>
            <source>Say why the case is not accepted.</source>
            <translation>请填写不予受理的理由。</translation>
        </message>
        <message>
            <source>Name the competent office the case is forwarded to.</source>
            <translation>请填写转送的有权处理机关。</translation>
        </message>
        <message>
            <source>Only a case being handled can be extended.</source>
            <translation>只有办理中的信访件才能延期。</translation>
        </message>
        <message>
            <source>The case was already extended once; it cannot be extended again.</source>
            <translation>该信访件已延期一次，不能再次延期。</translation>
        </message>
        <message>
            <source>An extension is from 1 to %1 days.</source>
            <translation>延期天数应为1至%1天。</translation>
        </message>
        <message>
            <source>Give the reason for the extension.</source>
            <translation>请填写延期理由。</translation>
        </message>
        <message>
            <source>Give the day of the extension.</source>
            <translation>请填写延期日期。</translation>
        </message>
        <message>
            <source>The extension cannot be dated before the case was accepted (%1).</source>
            <translation>延期日期不能早于受理日期（%1）。</translation>
        </message>
        <message>
            <source>The answer was due on %1: a case cannot be extended after its deadline has passed.</source>
            <translation>办理期限已于%1届满，期限届满后不能再延期。</translation>
        </message>
        <message>
            <source>The answer cannot be dated before the case was accepted (%1).</source>
            <translation>答复日期不能早于受理日期（%1）。</translation>
        </message>
        <message>
            <source>The answer cannot be dated before the review was asked for (%1).</source>
            <translation>答复日期不能早于申请复查日期（%1）。</translation>
        </message>
        <message>
            <source>The answer cannot be dated before the re-review was asked for (%1).</source>
            <translation>答复日期不能早于申请复核日期（%1）。</translation>
        </message>
        <message>
            <source>Only an accepted case, or one under review, can be answered.</source>
            <translation>只有已受理或正在复查、复核的信访件才能答复。</translation>
        </message>
        <message>
            <source>Choose the result of the answer.</source>
            <translation>请选择处理结果。</translation>
        </message>
        <message>
            <source>Write the answer.</source>
            <translation>请填写答复内容。</translation>
        </message>
        <message>
            <source>Give the day of the answer.</source>
            <translation>请填写答复日期。</translation>
        </message>
        <message>
            <source>A return visit comes after the answer.</source>
            <translation>答复之后才能回访。</translation>
        </message>
        <message>
            <source>Record how satisfied the petitioner is.</source>
            <translation>请记录信访人的满意程度。</translation>
        </message>
        <message>
            <source>Give the day of the return visit.</source>
            <translation>请填写回访日期。</translation>
        </message>
        <message>
            <source>The return visit cannot be dated before the answer (%1).</source>
            <translation>回访日期不能早于答复日期（%1）。</translation>
        </message>
        <message>
            <source>The case is already closed.</source>
            <translation>该信访件已办结。</translation>
        </message>
        <message>
            <source>A case closes only with an answer and a result.</source>
            <translation>信访件须有答复和处理结果才能办结。</translation>
        </message>
        <message>
            <source>Give the day the case is closed.</source>
            <translation>请填写办结日期。</translation>
        </message>
        <message>
            <source>The case cannot be closed before it was answered (%1).</source>
            <translation>办结日期不能早于答复日期（%1）。</translation>
        </message>
        <message>
            <source>The re-review was the last step: no further review can be asked for.</source>
            <translation>复核意见为最终意见，不能再申请复查或复核。</translation>
        </message>
        <message>
            <source>A review of this case is already under way.</source>
            <translation>该信访件正在复查（复核）中。</translation>
        </message>
        <message>
            <source>Only an answered case can be reviewed.</source>
            <translation>只有已答复的信访件才能申请复查或复核。</translation>
        </message>
        <message>
            <source>Give the day the review was asked for.</source>
            <translation>请填写申请日期。</translation>
        </message>
        <message>
            <source>A re-review cannot be asked for before the review's answer (%1).</source>
            <translation>申请复核日期不能早于复查意见答复日期（%1）。</translation>
        </message>
        <message>
            <source>A review cannot be asked for before the answer (%1).</source>
            <translation>申请复查日期不能早于答复日期（%1）。</translation>
        </message>
        <message>
            <source>A re-review can be asked for only within %1 days of the review's answer; the time ended on %2.</source>
            <translation>复核须在收到复查意见之日起%1日内申请，申请期限已于%2届满。</translation>
        </message>
        <message>
            <source>A review can be asked for only within %1 days of the answer; the time ended on %2.</source>
            <translation>复查须在收到处理意见之日起%1日内申请，申请期限已于%2届满。</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>来信</translation>
        </message>
        <message>
            <source>Visit in person</source>
            <translation>来访</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Online petition</source>
            <translation>网上信访</translation>
        </message>
        <message>
            <source>Assigned by a leader</source>
            <translation>领导交办</translation>
        </message>
        <message>
            <source>Forwarded from above</source>
            <translation>上级转送</translation>
        </message>
        <message>
            <source>Benefits</source>
            <translation>抚恤待遇</translation>
        </message>
        <message>
            <source>Status recognition</source>
            <translation>身份认定</translation>
        </message>
        <message>
            <source>Medical care</source>
            <translation>医疗</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>住房</translation>
        </message>
        <message>
            <source>Employment and placement</source>
            <translation>就业安置</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Not beyond level</source>
            <translation>非越级</translation>
        </message>
        <message>
            <source>To the city</source>
            <translation>赴市</translation>
        </message>
        <message>
            <source>To the province</source>
            <translation>赴省</translation>
        </message>
        <message>
            <source>To Beijing</source>
            <translation>进京</translation>
        </message>
        <message>
            <source>Awaiting acceptance</source>
            <translation>待受理</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>办理中</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>不予受理</translation>
        </message>
        <message>
            <source>Forwarded</source>
            <translation>已转送</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>已答复</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>复查中</translation>
        </message>
        <message>
            <source>Under re-review</source>
            <translation>复核中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已办结</translation>
        </message>
        <message>
            <source>No result yet</source>
            <translation>暂无结果</translation>
        </message>
        <message>
            <source>Solved</source>
            <translation>解决</translation>
        </message>
        <message>
            <source>Partly solved</source>
            <translation>部分解决</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>解释说明</translation>
        </message>
        <message>
            <source>Not supported</source>
            <translation>不予支持</translation>
        </message>
        <message>
            <source>In writing</source>
            <translation>书面</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>当面</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>No return visit yet</source>
            <translation>未回访</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Basically satisfied</source>
            <translation>基本满意</translation>
        </message>
        <message>
            <source>Dissatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>No view given</source>
            <translation>未表态</translation>
        </message>
        <message>
            <source>No deadline</source>
            <translation>无期限</translation>
        </message>
        <message>
            <source>Acceptance deadline</source>
            <translation>受理期限</translation>
        </message>
        <message>
            <source>Handling deadline</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Review deadline</source>
            <translation>复查期限</translation>
        </message>
        <message>
            <source>Re-review deadline</source>
            <translation>复核期限</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>交办</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>延期</translation>
        </message>
        <message>
            <source>Return visit</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Review asked for</source>
            <translation>申请复查</translation>
        </message>
        <message>
            <source>Review answered</source>
            <translation>复查答复</translation>
        </message>
        <message>
            <source>Re-review asked for</source>
            <translation>申请复核</translation>
        </message>
        <message>
            <source>Re-review answered</source>
            <translation>复核答复</translation>
        </message>
        <message>
            <source>Notice given</source>
            <translation>送达告知</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Flag changed</source>
            <translation>标记变更</translation>
        </message>
        <message>
            <source>The database holds an unknown petition channel "%1".</source>
            <translation>数据库中有未知的信访渠道“%1”。</translation>
        </message>
        <message>
            <source>The database holds an unknown petition subject "%1".</source>
            <translation>数据库中有未知的信访事项类别“%1”。</translation>
        </message>
        <message>
            <source>The database holds an unknown beyond-level mark "%1".</source>
            <translation>数据库中有未知的越级标记“%1”。</translation>
        </message>
        <message>
            <source>The database holds an unknown case status "%1".</source>
            <translation>数据库中有未知的信访件状态“%1”。</translation>
        </message>
        <message>
            <source>The database holds an unknown answer result "%1".</source>
            <translation>数据库中有未知的处理结果“%1”。</translation>
        </message>
        <message>
            <source>The database holds an unknown way of answering "%1".</source>
            <translation>数据库中有未知的答复方式“%1”。</translation>
        </message>
        <message>
            <source>The database holds an unknown satisfaction "%1".</source>
            <translation>数据库中有未知的满意度“%1”。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PetitionStore</name>
        <message>
            <source>An attachment of the case is missing from the scan store (%1).</source>
            <translation>案件附件在扫描件库中缺失（%1）。</translation>
        </message>
        <message>
            <source>Case %1 has ended; its registration can no longer be changed.</source>
            <translation>案件%1已终结，登记内容不能再修改。</translation>
        </message>
        <message>
            <source>Registration corrected</source>
            <translation>更正登记信息</translation>
        </message>
        <message>
            <source>Case %1 has not been decided on yet; there is nothing to notify.</source>
            <translation>案件%1尚未作出受理决定，无需告知。</translation>
        </message>
        <message>
            <source>The notice date must lie between the decision and today.</source>
            <translation>告知日期应在作出决定之日至今天之间。</translation>
        </message>
        <message>
            <source>Case %1 is not being handled; nobody can be made responsible for it.</source>
            <translation>案件%1不在办理中，不能指定责任人。</translation>
        </message>
        <message>
            <source>Name the person responsible.</source>
            <translation>请填写责任人。</translation>
        </message>
        <message>
            <source>Write the note first.</source>
            <translation>请先填写备注内容。</translation>
        </message>
        <message>
            <source>This database keeps no files; save it to disk first.</source>
            <translation>此数据库不保存文件，请先将其保存到磁盘。</translation>
        </message>
        <message>
            <source>Attachment added: %1</source>
            <translation>添加附件：%1</translation>
        </message>
        <message>
            <source>The case no longer exists.</source>
            <translation>该案件已不存在。</translation>
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
        <name>youfu::core::PolicyRules</name>
        <message>
            <source>Annual benefit</source>
            <translation>年度抚恤补助</translation>
        </message>
        <message>
            <source>Temporary assistance (ceiling)</source>
            <translation>临时救助（上限）</translation>
        </message>
        <message>
            <source>Short-term recuperation (per stay)</source>
            <translation>短期疗养（每次）</translation>
        </message>
        <message>
            <source>urban and rural</source>
            <translation>城乡</translation>
        </message>
        <message>
            <source>urban</source>
            <translation>城镇</translation>
        </message>
        <message>
            <source>rural</source>
            <translation>农村</translation>
        </message>
        <message>
            <source>Enter the effective date to find the standard for %1.</source>
            <translation>请输入生效日期，以查找%1的标准。</translation>
        </message>
        <message>
            <source>The policy book has no standard for %1 in force on %2; the first one takes effect on %3.</source>
            <translation>抚恤补助标准中没有 %2 有效的%1标准；最早的标准自 %3 起生效。</translation>
        </message>
        <message>
            <source>The policy book has no standard for %1. A section chief must enter it, with its basis document, before this can be submitted.</source>
            <translation>抚恤补助标准中没有%1的标准。须由科长录入该标准及其文件依据后，才能提交。</translation>
        </message>
        <message>
            <source>The standard for %1 of %2 differs between urban and rural residents; the person's residence is not known.</source>
            <translation>%2 起执行的%1标准区分城镇和农村居民，但此人的户籍类别不明。</translation>
        </message>
        <message>
            <source>The standard for %1 of %2 has no line for %3 residents.</source>
            <translation>%2 起执行的%1标准中没有%3居民的标准。</translation>
        </message>
        <message>
            <source>Choose the category the annual standard is for.</source>
            <translation>请选择该年度标准适用的优抚类别。</translation>
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
            <source>A disability caused by illness (因病) is only recognised for grades 一级 to 六级.</source>
            <translation>因病致残仅认定一级至六级。</translation>
        </message>
        <message>
            <source>Grade and nature apply only to disability standards.</source>
            <translation>等级和性质仅适用于残疾抚恤标准。</translation>
        </message>
        <message>
            <source>Enter the amount, more than 0 yuan.</source>
            <translation>请输入金额（须大于 0 元）。</translation>
        </message>
        <message>
            <source>Enter the date the standard takes effect.</source>
            <translation>请输入标准生效日期。</translation>
        </message>
        <message>
            <source>Enter the basis document: its number and its title.</source>
            <translation>请输入文件依据：文号和标题。</translation>
        </message>
        <message>
            <source>The book already has this standard from %1 (%2 yuan); a new one must take effect on another day.</source>
            <translation>已有自 %1 起执行的同一标准（%2 元）；新标准须在其他日期生效。</translation>
        </message>
        <message>
            <source>From %1 the book already has a standard for %2; one edition is either for all residents or split into urban and rural.</source>
            <translation>自 %1 起已有适用于%2居民的标准；同一版标准要么适用于全体居民，要么分城镇和农村分别规定。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PolicyStore</name>
        <message>
            <source>That standard does not exist.</source>
            <translation>该标准不存在。</translation>
        </message>
        <message>
            <source>The policy book is not empty; the demo standards are only added to an empty book.</source>
            <translation>抚恤补助标准不为空；演示标准只能添加到空的标准库中。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PublicityExport</name>
        <message>
            <source>Policy publicity</source>
            <translation>政策宣传</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Materials or subject</source>
            <translation>资料或主题</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Whole county</source>
            <translation>全县</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PublicityRules</name>
        <message>
            <source>Policy session</source>
            <translation>政策宣讲</translation>
        </message>
        <message>
            <source>Materials handed out</source>
            <translation>发放宣传资料</translation>
        </message>
        <message>
            <source>Enter the date.</source>
            <translation>请填写日期。</translation>
        </message>
        <message>
            <source>%1 is in the future; record publicity once it is done.</source>
            <translation>%1 尚未到来；宣传工作完成后再登记。</translation>
        </message>
        <message>
            <source>Enter the subject of the session.</source>
            <translation>请填写宣讲主题。</translation>
        </message>
        <message>
            <source>Enter which materials were handed out.</source>
            <translation>请填写发放了哪些宣传资料。</translation>
        </message>
        <message>
            <source>Enter how many copies were handed out.</source>
            <translation>请填写发放份数。</translation>
        </message>
        <message>
            <source>Materials handed out have no audience; record a session for that.</source>
            <translation>发放资料没有参加人数；如有宣讲，请另登记一场政策宣讲。</translation>
        </message>
        <message>
            <source>Enter how many people came to the session.</source>
            <translation>请填写参加宣讲的人数。</translation>
        </message>
        <message>
            <source>Enter where the session was held.</source>
            <translation>请填写宣讲地点。</translation>
        </message>
        <message>
            <source>Copies and audience cannot be negative.</source>
            <translation>份数和参加人数不能为负数。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::PublicityStore</name>
        <message>
            <source>Publicity record no. %1 does not exist.</source>
            <translation>第 %1 号宣传记录不存在。</translation>
        </message>
        <message>
            <source>The publicity records could not be counted.</source>
            <translation>无法统计宣传记录。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ReceptionRules</name>
        <message>
            <source>Enter the date of the reception day.</source>
            <translation>请填写接访日期。</translation>
        </message>
        <message>
            <source>Name the leader on duty.</source>
            <translation>请填写接访领导。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ReceptionStore</name>
        <message>
            <source>There is no such month.</source>
            <translation>没有这个月份。</translation>
        </message>
        <message>
            <source>Choose the month and the weekday.</source>
            <translation>请选择月份和星期。</translation>
        </message>
        <message>
            <source>Name the leader who takes the day.</source>
            <translation>请填写代为接访的领导。</translation>
        </message>
        <message>
            <source>Nobody is on duty on %1: add the day first.</source>
            <translation>%1没有安排接访领导，请先添加该日。</translation>
        </message>
        <message>
            <source>%1 is already on duty that day.</source>
            <translation>%1当天已在接访。</translation>
        </message>
        <message>
            <source>%1 is not on the reception roster.</source>
            <translation>%1不在接访日安排中。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::RecuperationStore</name>
        <message>
            <source>There is no recuperation batch number %1.</source>
            <translation>没有编号为 %1 的疗养批次。</translation>
        </message>
        <message>
            <source>There is no person number %1.</source>
            <translation>没有编号为 %1 的优抚对象。</translation>
        </message>
        <message>
            <source>Write why the batch is cancelled.</source>
            <translation>请写明取消原因。</translation>
        </message>
        <message>
            <source>Only a planned batch can be cancelled.</source>
            <translation>只有计划中的批次可以取消。</translation>
        </message>
        <message>
            <source>Choose at least one person.</source>
            <translation>请至少选择一人。</translation>
        </message>
        <message>
            <source>Persons are added to a planned batch only; this one is %1.</source>
            <translation>只能向计划中的批次增加人员；该批次%1。</translation>
        </message>
        <message>
            <source>Person number %1 does not exist or is already in the batch.</source>
            <translation>编号为 %1 的优抚对象不存在或已在本批次中。</translation>
        </message>
        <message>
            <source>Persons are taken off a planned batch only.</source>
            <translation>只能从计划中的批次移除人员。</translation>
        </message>
        <message>
            <source>That person is not in the batch.</source>
            <translation>此人不在本批次中。</translation>
        </message>
        <message>
            <source>The batch was cancelled.</source>
            <translation>该批次已取消。</translation>
        </message>
        <message>
            <source>The batch starts on %1: attendance is recorded once it has begun.</source>
            <translation>该批次 %1 开始，开始后才能登记到位情况。</translation>
        </message>
        <message>
            <source>Say for each of the %1 persons of the batch whether they came.</source>
            <translation>请为本批次 %1 人逐一登记是否参加。</translation>
        </message>
        <message>
            <source>A cost cannot be negative.</source>
            <translation>费用不能为负数。</translation>
        </message>
        <message>
            <source>Person number %1 is not in the batch.</source>
            <translation>编号为 %1 的优抚对象不在本批次中。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::RegisterExport</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::RegistrySearchStore</name>
        <message>
            <source>The search could not be made: %1</source>
            <translation>无法查询：%1</translation>
        </message>
        <message>
            <source>The search could not be made: the list changed its order while it was read.</source>
            <translation>无法查询：读取过程中名单的排序发生了变化。</translation>
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
        <message>
            <source>“%1” could not be saved. The file may be open in another program; the previous file, if any, is unchanged.</source>
            <translation>无法保存“%1”。该文件可能正在其他程序中打开；原有文件（如有）未改动。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::RestoreService</name>
        <message>
            <source>Cannot read the backup “%1”: %2</source>
            <translation>无法读取备份“%1”：%2</translation>
        </message>
        <message>
            <source>“%1” is not a Youfu backup.</source>
            <translation>“%1”不是优抚工作台的备份。</translation>
        </message>
        <message>
            <source>The backup “%1” was written by a newer version of Youfu (data format %2; this program knows up to %3).</source>
            <translation>备份“%1”由更新版本的优抚工作台写入（数据格式 %2；本程序最高支持 %3）。</translation>
        </message>
        <message>
            <source>The backup “%1” is damaged (%2); choose another one.</source>
            <translation>备份“%1”已损坏（%2），请选择其他备份。</translation>
        </message>
        <message>
            <source>The backup and the database are the same file.</source>
            <translation>备份与数据库是同一个文件。</translation>
        </message>
        <message>
            <source>Cannot restore now. %1</source>
            <translation>现在无法恢复。%1</translation>
        </message>
        <message>
            <source>The backup could not be put in place. The previous database is kept as “%1”.</source>
            <translation>无法用备份替换数据库。原数据库已保留为“%1”。</translation>
        </message>
        <message>
            <source>The encrypted numbers cannot be read: %1</source>
            <translation>无法读取加密的号码：%1</translation>
        </message>
        <message>
            <source>The backup “%1” cannot be checked: %2. Choose another backup.</source>
            <translation>无法校验备份“%1”：%2。请选择其他备份。</translation>
        </message>
        <message>
            <source>The backup “%1” was changed after it was made: it no longer matches the fingerprint written beside it. It was not restored; choose another backup.</source>
            <translation>备份“%1”在生成后被改动，与其旁的校验文件不再一致。未予恢复，请选择其他备份。</translation>
        </message>
        <message>
            <source>The backup “%1” has no fingerprint file beside it (made by an older Youfu, or copied without it), so it could not be checked for changes.</source>
            <translation>备份“%1”旁没有校验文件（由旧版优抚工作台生成，或复制时未一并复制），无法检查是否被改动。</translation>
        </message>
        <message>
            <source>The database was not changed.</source>
            <translation>数据库未作改动。</translation>
        </message>
        <message>
            <source>The backup could not be copied: %1.</source>
            <translation>无法复制备份：%1。</translation>
        </message>
        <message>
            <source>The key file could not be copied: %1.</source>
            <translation>无法复制密钥文件：%1。</translation>
        </message>
        <message>
            <source>The backup cannot be opened: %1</source>
            <translation>无法打开备份：%1</translation>
        </message>
        <message>
            <source>The backup cannot be restored: %1</source>
            <translation>无法恢复备份：%1</translation>
        </message>
        <message numerus="yes">
            <source>The backup “%1” cannot be restored: %n phone or bank number(s) in it cannot be read with its key file. The backup was changed, or the key file beside it belongs to another database.</source>
            <translation>
                <numerusform>无法恢复备份“%1”：其中有 %n 个电话号码或银行账号无法用其密钥文件读取。备份已被改动，或其旁的密钥文件属于其他数据库。</numerusform>
            </translation>
        </message>
        <message>
            <source>The restore could not be recorded in the audit log (%1), so it was not done.</source>
            <translation>恢复操作无法记入审计日志（%1），因此未执行。</translation>
        </message>
        <message>
            <source>The backup could not be made a single file.</source>
            <translation>无法将备份合并为单个文件。</translation>
        </message>
        <message>
            <source>The backup could not be flushed to the disk.</source>
            <translation>备份无法完整写入磁盘。</translation>
        </message>
        <message>
            <source>The current key file could not be kept aside: %1.</source>
            <translation>无法另存当前密钥文件：%1。</translation>
        </message>
        <message>
            <source>The current database could not be set aside.</source>
            <translation>无法另存当前数据库。</translation>
        </message>
        <message>
            <source>The backup's key file could not be put in place (%1): copy “%2” to “%3” by hand.</source>
            <translation>无法启用备份的密钥文件（%1）：请手动将“%2”复制为“%3”。</translation>
        </message>
        <message>
            <source>The backup's key file was put in place; the previous key is kept as “%1”.</source>
            <translation>已启用备份的密钥文件，原密钥已另存为“%1”。</translation>
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
        <name>youfu::core::RollPapers</name>
        <message>
            <source>%1 special-care re-issue summary</source>
            <translation>%1优抚金补发（重发）汇总表</translation>
        </message>
        <message>
            <source>%1 special-care payment summary</source>
            <translation>%1优抚金发放汇总表</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1（续页）</translation>
        </message>
        <message>
            <source>Unit: %1</source>
            <translation>填报单位：%1</translation>
        </message>
        <message>
            <source>State: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>%1 subtotal</source>
            <translation>%1小计</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Total in words: RMB %1 (¥%2)</source>
            <translation>合计金额（大写）：人民币%1（¥%2）</translation>
        </message>
        <message>
            <source>Note: the roll's total is %1 yuan; the table adds up to %2 yuan.</source>
            <translation>注：花名册合计%1元，本表合计%2元。</translation>
        </message>
        <message numerus="yes">
            <source>Lines held or failed (%n)</source>
            <translation>
                <numerusform>暂缓或发放失败的人员（%n人）</numerusform>
            </translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Section chief</source>
            <translation>科长</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>局长</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::RosterAliases</name>
        <message>
            <source>The office's import synonyms cannot be read (%1); save them again in the settings.</source>
            <translation>本单位的导入同义词无法读取（%1）；请在设置中重新保存。</translation>
        </message>
        <message>
            <source>The townships of the county could not be read.</source>
            <translation>无法读取本县的乡镇。</translation>
        </message>
        <message>
            <source>The categories of entitled persons could not be read.</source>
            <translation>无法读取优抚对象类别。</translation>
        </message>
        <message>
            <source>The synonym “%1” names a township that does not exist (%2).</source>
            <translation>同义词“%1”指向的乡镇不存在（%2）。</translation>
        </message>
        <message>
            <source>The synonym “%1” names a category that does not exist (%2).</source>
            <translation>同义词“%1”指向的类别不存在（%2）。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::RosterExportStore</name>
        <message>
            <source>The roster could not be counted.</source>
            <translation>无法统计花名册的行数。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::RosterImport</name>
        <message>
            <source>The file “%1” cannot be read: %2</source>
            <translation>无法读取文件“%1”：%2</translation>
        </message>
        <message>
            <source>The file “%1” cannot be read to the end.</source>
            <translation>文件“%1”无法完整读取。</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>No column is read as the citizen ID number; choose it in the mapping.</source>
            <translation>没有一列被读作公民身份号码；请在列对应中选定。</translation>
        </message>
        <message>
            <source>Checking the file</source>
            <translation>正在检查文件</translation>
        </message>
        <message>
            <source>Already in the registry; not imported again.</source>
            <translation>已在登记中，不再重复导入。</translation>
        </message>
        <message>
            <source>Reading the rows</source>
            <translation>正在读取各行</translation>
        </message>
        <message>
            <source>Preview ready</source>
            <translation>预览已就绪</translation>
        </message>
        <message>
            <source>There is no person to import in this file.</source>
            <translation>此文件中没有可导入的人员。</translation>
        </message>
        <message>
            <source>The file “%1” has changed since the preview; look at it again before importing.</source>
            <translation>文件“%1”在预览之后已被修改；请重新预览后再导入。</translation>
        </message>
        <message>
            <source>Writing the persons</source>
            <translation>正在写入人员</translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Import issues: %1</source>
            <translation>花名册导入问题清单：%1</translation>
        </message>
        <message>
            <source>Another category of the person of row %1; added to that person.</source>
            <translation>第 %1 行人员的另一个类别，已并入该人员。</translation>
        </message>
        <message>
            <source>The same citizen ID as row %1, but %2 differs from that row; not imported. Correct one of the two rows.</source>
            <translation>与第 %1 行身份证号相同，但“%2”与该行不一致，未导入。请更正其中一行。</translation>
        </message>
        <message>
            <source>The same person and category as row %1; imported once.</source>
            <translation>与第 %1 行为同一人、同一类别，只导入一次。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::RosterRules</name>
        <message>
            <source>No header row was found in the first %1 rows: the columns need captions such as 姓名 and 身份证号.</source>
            <translation>前%1行中未找到表头行：各列需要“姓名”“身份证号”等标题。</translation>
        </message>
        <message>
            <source>“%1” is no column the registry knows.</source>
            <translation>“%1”不是登记簿中的栏目。</translation>
        </message>
        <message>
            <source>“%1” looks like %2 too, as column %3 does; choose one.</source>
            <translation>“%1”与%3列一样像是“%2”，请选定其中一列。</translation>
        </message>
        <message>
            <source>a title row above the header</source>
            <translation>表头上方的标题行</translation>
        </message>
        <message>
            <source>the header</source>
            <translation>表头</translation>
        </message>
        <message>
            <source>a blank row</source>
            <translation>空行</translation>
        </message>
        <message>
            <source>the header repeated inside the data</source>
            <translation>数据中重复出现的表头</translation>
        </message>
        <message>
            <source>a subtotal row (小计)</source>
            <translation>小计行</translation>
        </message>
        <message>
            <source>a total row (合计)</source>
            <translation>合计行</translation>
        </message>
        <message>
            <source>a signature line below the data</source>
            <translation>表尾签字行</translation>
        </message>
        <message>
            <source>a title or caption row</source>
            <translation>标题或分栏说明行</translation>
        </message>
        <message>
            <source>no data in the imported columns</source>
            <translation>导入的各列均无数据</translation>
        </message>
        <message>
            <source>The sheet has no column for %1.</source>
            <translation>表中没有“%1”这一列。</translation>
        </message>
        <message>
            <source>%1 is empty; it is required.</source>
            <translation>%1为空，此项必填。</translation>
        </message>
        <message>
            <source>The sex %1 does not agree with the citizen ID number (%2).</source>
            <translation>性别“%1”与公民身份号码（%2）不符。</translation>
        </message>
        <message>
            <source>The birth date %1 does not agree with the citizen ID number (%2).</source>
            <translation>出生日期%1与公民身份号码（%2）不符。</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Ethnic group</source>
            <translation>民族</translation>
        </message>
        <message>
            <source>Citizen ID number</source>
            <translation>公民身份号码</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村（社区）</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Disability grade</source>
            <translation>残疾等级</translation>
        </message>
        <message>
            <source>Nature of disability</source>
            <translation>伤残性质</translation>
        </message>
        <message>
            <source>Relation to the martyr</source>
            <translation>与烈士关系</translation>
        </message>
        <message>
            <source>Martyr's name</source>
            <translation>烈士姓名</translation>
        </message>
        <message>
            <source>Enlisted</source>
            <translation>入伍时间</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation>退伍时间</translation>
        </message>
        <message>
            <source>Benefit since</source>
            <translation>享受时间</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>开户行</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Key person</source>
            <translation>重点对象</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Risk note</source>
            <translation>风险说明</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ScanFormat</name>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Only PDF, PNG and JPEG files can be attached as scans.</source>
            <translation>扫描件只能是 PDF、PNG 或 JPEG 文件。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>文件为空。</translation>
        </message>
        <message>
            <source>The file is named as %1 but its content is not a PDF, PNG or JPEG file.</source>
            <translation>文件扩展名为 %1，但内容不是 PDF、PNG 或 JPEG 文件。</translation>
        </message>
        <message>
            <source>The file is named as %1 but its content is %2. Rename it or choose the right file.</source>
            <translation>文件扩展名为 %1，但内容是 %2。请重命名文件或选择正确的文件。</translation>
        </message>
        <message>
            <source>The PDF file is incomplete or damaged (its end is missing).</source>
            <translation>PDF 文件不完整或已损坏（缺少文件结尾）。</translation>
        </message>
        <message>
            <source>The %1 image is incomplete or damaged (its end is missing).</source>
            <translation>%1 图片不完整或已损坏（缺少文件结尾）。</translation>
        </message>
        <message>
            <source>The %1 image is damaged and cannot be shown: %2</source>
            <translation>%1 图片已损坏，无法显示：%2</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ScanStore</name>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>无法读取文件 %1：%2</translation>
        </message>
        <message>
            <source>The file is larger than 200 MB; scan it at a lower resolution.</source>
            <translation>文件超过 200 MB，请降低分辨率重新扫描。</translation>
        </message>
        <message>
            <source>Scans cannot be kept for a database without a folder.</source>
            <translation>数据库没有所在文件夹，无法保存扫描件。</translation>
        </message>
        <message>
            <source>The scan folder %1 cannot be created.</source>
            <translation>无法创建扫描件文件夹 %1。</translation>
        </message>
        <message>
            <source>The scan cannot be written to %1: %2</source>
            <translation>无法将扫描件写入 %1：%2</translation>
        </message>
        <message>
            <source>The scan could not be written completely (is the disk full?).</source>
            <translation>扫描件未能完整写入（磁盘是否已满？）。</translation>
        </message>
        <message>
            <source>The scan was not stored: the write was interrupted.</source>
            <translation>扫描件未保存：写入被中断。</translation>
        </message>
        <message>
            <source>A damaged copy of this scan cannot be replaced.</source>
            <translation>无法替换此扫描件的损坏副本。</translation>
        </message>
        <message>
            <source>The scan could not be moved into the store.</source>
            <translation>无法将扫描件移入存储文件夹。</translation>
        </message>
        <message>
            <source>intact</source>
            <translation>完好</translation>
        </message>
        <message>
            <source>The scanned file is missing from the scan folder. Restore it from a backup or attach it again.</source>
            <translation>扫描件文件夹中缺少该扫描件。请从备份中恢复或重新上传。</translation>
        </message>
        <message>
            <source>The scanned file was altered on disk: its content no longer matches the fingerprint recorded when it was filed. Do not rely on it; restore it from a backup.</source>
            <translation>扫描件在磁盘上已被改动：内容与登记时记录的指纹不符。请勿采信，并从备份中恢复。</translation>
        </message>
        <message>
            <source>The copy could not be written completely.</source>
            <translation>副本未能完整写入。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::SchemeRules</name>
        <message>
            <source>Staff post appraisal</source>
            <translation>岗位考核</translation>
        </message>
        <message>
            <source>Township unit appraisal</source>
            <translation>乡镇单位考核</translation>
        </message>
        <message>
            <source>Excellent</source>
            <translation>优秀</translation>
        </message>
        <message>
            <source>Competent</source>
            <translation>称职</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>良好</translation>
        </message>
        <message>
            <source>Basically competent</source>
            <translation>基本称职</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Incompetent</source>
            <translation>不称职</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Zero reports made</source>
            <translation>零报告报送率</translation>
        </message>
        <message>
            <source>Zero reports on time</source>
            <translation>零报告按时率</translation>
        </message>
        <message>
            <source>Letters and visits accepted in time</source>
            <translation>信访按期受理率</translation>
        </message>
        <message>
            <source>Letters and visits answered on time</source>
            <translation>信访按期办结率</translation>
        </message>
        <message>
            <source>Petitioners satisfied</source>
            <translation>信访群众满意率</translation>
        </message>
        <message>
            <source>Visits done against plan</source>
            <translation>走访计划完成率</translation>
        </message>
        <message>
            <source>Archive files complete</source>
            <translation>档案齐全率</translation>
        </message>
        <message>
            <source>Township workers trained</source>
            <translation>乡镇人员培训率</translation>
        </message>
        <message>
            <source>Failed payments put right in time</source>
            <translation>发放失败按期纠正率</translation>
        </message>
        <message>
            <source>Approvals handled in time</source>
            <translation>审批按时办理率</translation>
        </message>
        <message>
            <source>Cases handled on time</source>
            <translation>信访按期办结率</translation>
        </message>
        <message>
            <source>Archive entries filed and verified</source>
            <translation>档案录入核验率</translation>
        </message>
        <message>
            <source>Visits made</source>
            <translation>走访次数</translation>
        </message>
        <message>
            <source>The scheme needs a title.</source>
            <translation>方案需要填写名称。</translation>
        </message>
        <message>
            <source>The year %1 is not a year the appraisal can be for.</source>
            <translation>%1 不是可以考核的年度。</translation>
        </message>
        <message>
            <source>The grade thresholds must go down from the highest grade to the lowest.</source>
            <translation>等次分数线须从高等次到低等次依次降低。</translation>
        </message>
        <message>
            <source>A threshold above 100 points can never be reached.</source>
            <translation>分数线超过 100 分，永远达不到。</translation>
        </message>
        <message>
            <source>The scheme has no indicators.</source>
            <translation>方案还没有考核指标。</translation>
        </message>
        <message>
            <source>“%1” is not an indicator of this kind of appraisal.</source>
            <translation>“%1”不是这类考核的指标。</translation>
        </message>
        <message>
            <source>“%1” is listed twice.</source>
            <translation>“%1”重复列出。</translation>
        </message>
        <message>
            <source>“%1” has a negative weight.</source>
            <translation>“%1”的分值为负数。</translation>
        </message>
        <message>
            <source>The target of “%1” must be a rate above 0% and at most 100%.</source>
            <translation>“%1”的目标值须大于 0% 且不超过 100%。</translation>
        </message>
        <message>
            <source>The target of “%1” must be at least 1.</source>
            <translation>“%1”的目标值至少为 1。</translation>
        </message>
        <message>
            <source>“%1” needs its period in days.</source>
            <translation>“%1”需要填写时限天数。</translation>
        </message>
        <message>
            <source>The weights add up to %1 points; they must add up to 100 points.</source>
            <translation>各项分值合计 %1 分，须合计 100 分。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::SchemeStore</name>
        <message>
            <source>This scheme is approved and can no longer change. Copy it to another year and change the copy.</source>
            <translation>该方案已批准，不能再修改。请复制到其他年度后修改副本。</translation>
        </message>
        <message>
            <source>There is already a %1 scheme for %2.</source>
            <translation>%2 年度已有%1方案。</translation>
        </message>
        <message>
            <source>A scheme keeps its year and kind.</source>
            <translation>方案的年度和类别不能更改。</translation>
        </message>
        <message>
            <source>This scheme is approved already.</source>
            <translation>该方案已经批准。</translation>
        </message>
        <message>
            <source>Whoever drafted a scheme cannot approve it: another person approves.</source>
            <translation>方案起草人不能批准自己起草的方案，须由他人批准。</translation>
        </message>
        <message>
            <source>This appraisal scheme no longer exists.</source>
            <translation>该考核方案已不存在。</translation>
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
        <name>youfu::core::SensitiveAccess</name>
        <message>
            <source>Internal error: say which field is shown.</source>
            <translation>内部错误：未指明要显示的字段。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::SeriousEffectStore</name>
        <message>
            <source>Say why the case caused a serious effect.</source>
            <translation>请说明该信访件造成严重影响的理由。</translation>
        </message>
        <message>
            <source>Say why the case no longer counts as a serious effect.</source>
            <translation>请说明该信访件不再认定为造成严重影响的理由。</translation>
        </message>
        <message>
            <source>This case no longer exists.</source>
            <translation>该信访件已不存在。</translation>
        </message>
        <message>
            <source>Case %1 is marked as a serious effect already.</source>
            <translation>信访件 %1 已标记为造成严重影响。</translation>
        </message>
        <message>
            <source>Case %1 is not marked as a serious effect.</source>
            <translation>信访件 %1 未标记为造成严重影响。</translation>
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
        <name>youfu::core::SheetReader</name>
        <message>
            <source>The file “%1” cannot be read: %2</source>
            <translation>无法读取文件“%1”：%2</translation>
        </message>
        <message>
            <source>This computer cannot read text in %1.</source>
            <translation>这台电脑无法读取%1编码的文字。</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>分号</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>逗号</translation>
        </message>
        <message>
            <source>The text of the file is not all in %1 (near row %2). Save it again from Excel as “CSV UTF-8” and import that file.</source>
            <translation>文件中的文字并非全部是%1编码（在第%2行附近）。请在Excel里另存为“CSV UTF-8”后再导入那个文件。</translation>
        </message>
        <message>
            <source>The file “%1” does not exist.</source>
            <translation>文件“%1”不存在。</translation>
        </message>
        <message>
            <source>“%1” is a folder. Choose a file.</source>
            <translation>“%1”是一个文件夹，请选择文件。</translation>
        </message>
        <message>
            <source>The file “%1” is %2 MB, more than the %3 MB a roster can be. Split it into smaller files.</source>
            <translation>文件“%1”有%2 MB，超过了花名册的上限%3 MB。请拆分成几个较小的文件。</translation>
        </message>
        <message>
            <source>The file is damaged or is not an Excel file.</source>
            <translation>文件已损坏或不是Excel文件。</translation>
        </message>
        <message>
            <source>This Excel file is protected by a password. Remove the password in Excel first.</source>
            <translation>这个Excel文件受密码保护，请先在Excel里取消密码。</translation>
        </message>
        <message>
            <source>The file holds no data: its first sheet is empty.</source>
            <translation>文件里没有数据：第一个工作表是空的。</translation>
        </message>
        <message>
            <source>(row %1 cannot be read)</source>
            <translation>（无法读取第%1行）</translation>
        </message>
        <message>
            <source>(the part %1 is missing)</source>
            <translation>（缺少文件内的部件%1）</translation>
        </message>
        <message>
            <source>(the part %1 cannot be read)</source>
            <translation>（无法读取文件内的部件%1）</translation>
        </message>
        <message>
            <source>(the part %1 is not valid XML)</source>
            <translation>（文件内的部件%1不是有效的XML）</translation>
        </message>
        <message>
            <source>(a row number after row %1 is not valid)</source>
            <translation>（第%1行之后的行号无效）</translation>
        </message>
        <message>
            <source>(row %1 has a cell “%2”)</source>
            <translation>（第%1行有单元格“%2”）</translation>
        </message>
        <message>
            <source>(cell %1 of row %2 has the value “%3”)</source>
            <translation>（第%2行的单元格%1的值为“%3”）</translation>
        </message>
        <message>
            <source>(the sheet is not valid XML near row %1)</source>
            <translation>（工作表在第%1行附近不是有效的XML）</translation>
        </message>
        <message>
            <source>(the sheet cannot be read near row %1)</source>
            <translation>（工作表在第%1行附近无法读取）</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::SqlError</name>
        <message>
            <source>The disk is full, so nothing was saved. Free some space on the disk (or ask for help), then try again; what was saved before is safe.</source>
            <translation>磁盘已满，本次内容未保存。请清理磁盘空间（或寻求技术支持）后重试；此前已保存的内容不受影响。</translation>
        </message>
        <message>
            <source>The database is busy with another writer; try again in a moment.</source>
            <translation>数据库正被其他操作写入，请稍后重试。</translation>
        </message>
        <message>
            <source>The database file is damaged. Stop working, close Youfu and restore the latest good backup.</source>
            <translation>数据库文件已损坏。请停止操作，关闭优抚工作台，并恢复最近一次完好的备份。</translation>
        </message>
        <message>
            <source>The disk could not be read or written (%1). Nothing was saved; check the disk and try again.</source>
            <translation>磁盘读写失败（%1）。未保存任何内容，请检查磁盘后重试。</translation>
        </message>
        <message>
            <source>The database cannot be written (it is read-only).</source>
            <translation>数据库不可写（只读）。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::SqlExec</name>
        <message>
            <source>The database refused the change: %1</source>
            <translation>数据库拒绝了此修改：%1</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::StaffRules</name>
        <message>
            <source>This person's appraisal is graded already; it can no longer change.</source>
            <translation>此人的考核已评定等次，不能再更改。</translation>
        </message>
        <message>
            <source>The weight of “%1” must be between 0 and 100 points.</source>
            <translation>“%1”的分值应在0至100分之间。</translation>
        </message>
        <message>
            <source>The target of “%1” must be a rate above 0% and at most 100%.</source>
            <translation>“%1”的目标值须大于 0% 且不超过 100%。</translation>
        </message>
        <message>
            <source>The target of “%1” must be at least 1.</source>
            <translation>“%1”的目标值至少为 1。</translation>
        </message>
        <message>
            <source>The weights add up to %1 points; they must add up to 100 points.</source>
            <translation>各项分值合计 %1 分，须合计 100 分。</translation>
        </message>
        <message>
            <source>Only %1 can write their own self-assessment.</source>
            <translation>自我评价只能由%1本人填写。</translation>
        </message>
        <message>
            <source>Only staff members write a self-assessment.</source>
            <translation>只有工作人员才填写自我评价。</translation>
        </message>
        <message>
            <source>The section chief has given an opinion already; the self-assessment can no longer change.</source>
            <translation>科长已签署意见，自我评价不能再修改。</translation>
        </message>
        <message>
            <source>Nobody appraises themselves: another section chief gives the opinion on %1.</source>
            <translation>本人不考核本人：%1的科长意见由其他科长填写。</translation>
        </message>
        <message>
            <source>%1 is a director: the level above grades the director, the section does not give an opinion.</source>
            <translation>%1是局长：局长由上级考核，科室不签署意见。</translation>
        </message>
        <message>
            <source>%1 has not written a self-assessment yet; the opinion comes after it.</source>
            <translation>%1尚未填写自我评价；科长意见在自我评价之后填写。</translation>
        </message>
        <message>
            <source>Nobody appraises themselves: the director cannot grade their own appraisal.</source>
            <translation>本人不考核本人：局长不能评定自己的等次。</translation>
        </message>
        <message>
            <source>%1 is a director: the level above grades the director, and the section chief records that grade.</source>
            <translation>%1是局长：局长由上级评定等次，由科长登记上级评定结果。</translation>
        </message>
        <message>
            <source>You gave the section chief's opinion on %1: another person grades the same appraisal.</source>
            <translation>您已对%1签署科长意见，等次须由他人评定。</translation>
        </message>
        <message>
            <source>%1 has not written a self-assessment yet.</source>
            <translation>%1尚未填写自我评价。</translation>
        </message>
        <message>
            <source>The section chief's opinion on %1 comes before the grade.</source>
            <translation>须先有科长对%1的意见，再评定等次。</translation>
        </message>
        <message>
            <source>Nobody appraises themselves: another person records the grade of the level above.</source>
            <translation>本人不考核本人：上级评定结果由他人登记。</translation>
        </message>
        <message>
            <source>Only a director's grade comes from the level above; the director grades %1.</source>
            <translation>只有局长的等次由上级评定；%1由局长评定。</translation>
        </message>
        <message>
            <source>Name the level above's paper that gives the grade (its number and date).</source>
            <translation>请注明上级评定等次的文件（文号和日期）。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::StaffStore</name>
        <message>
            <source>There is no staff appraisal scheme for %1 yet: the section chief drafts one on the Schemes tab and the director approves it.</source>
            <translation>%1年还没有工作人员考核方案：请科长在“考核方案”中起草，局长审定。</translation>
        </message>
        <message>
            <source>The staff appraisal scheme for %1 is not approved yet: the director approves it first.</source>
            <translation>%1年工作人员考核方案尚未审定，请局长先审定。</translation>
        </message>
        <message>
            <source>%1 holds no business role and is not appraised.</source>
            <translation>%1没有业务岗位，不参加考核。</translation>
        </message>
        <message>
            <source>The targets do not match the indicators of the year's scheme.</source>
            <translation>目标与本年度考核方案的指标不一致。</translation>
        </message>
        <message>
            <source>Write the self-assessment first.</source>
            <translation>请先填写自我评价。</translation>
        </message>
        <message>
            <source>Write the section chief's opinion first.</source>
            <translation>请先填写科长意见。</translation>
        </message>
        <message>
            <source>Choose the grade.</source>
            <translation>请选择等次。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::StatisticsExport</name>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>导出已取消，未生成文件。</translation>
        </message>
        <message>
            <source>Choose the year of the statistics.</source>
            <translation>请选择统计年度。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::SymposiumStore</name>
        <message>
            <source>Army Day (1 August)</source>
            <translation>八一</translation>
        </message>
        <message>
            <source>Spring Festival</source>
            <translation>春节</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Enter the date of the symposium.</source>
            <translation>请填写座谈会日期。</translation>
        </message>
        <message>
            <source>Enter where the symposium was held.</source>
            <translation>请填写座谈会地点。</translation>
        </message>
        <message>
            <source>Give the symposium a title.</source>
            <translation>请填写座谈会名称。</translation>
        </message>
        <message>
            <source>Every attendee needs a name.</source>
            <translation>每位参加人员都要填写姓名。</translation>
        </message>
        <message>
            <source>Write down each issue raised.</source>
            <translation>请写明所反映的每个问题。</translation>
        </message>
        <message>
            <source>There is no symposium number %1.</source>
            <translation>没有编号为%1的座谈会。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::TableExport</name>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>导出已取消，未写入任何文件。</translation>
        </message>
        <message>
            <source>Exported: %1 %2</source>
            <translation>导出时间：%1 %2</translation>
        </message>
        <message>
            <source>This computer cannot write GBK text.</source>
            <translation>本机无法写出 GBK 编码的文本。</translation>
        </message>
        <message>
            <source>The Excel file could not be written: %1.</source>
            <translation>无法写出 Excel 文件：%1。</translation>
        </message>
        <message>
            <source>The Excel file could not be started.</source>
            <translation>无法创建 Excel 文件。</translation>
        </message>
        <message>
            <source>Excel workbook (xlsx)</source>
            <translation>Excel 工作簿（xlsx）</translation>
        </message>
        <message>
            <source>CSV, UTF-8</source>
            <translation>CSV（UTF-8）</translation>
        </message>
        <message>
            <source>CSV, GBK (older Excel and WPS)</source>
            <translation>CSV（GBK，适用于旧版 Excel 和 WPS）</translation>
        </message>
        <message>
            <source>Unknown format “%1”: use xlsx, csv or csv-gbk.</source>
            <translation>未知格式“%1”：请用 xlsx、csv 或 csv-gbk。</translation>
        </message>
        <message>
            <source>There is nothing to export.</source>
            <translation>没有可导出的内容。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::TextRules</name>
        <message>
            <source>%1 has at most %2 characters; this one has %3.</source>
            <translation>%1最多 %2 个字，当前为 %3 个字。</translation>
        </message>
        <message>
            <source>%1 may not contain control characters (only line breaks and tabs).</source>
            <translation>%1不能包含控制字符（换行符和制表符除外）。</translation>
        </message>
        <message>
            <source>%1 may not contain control characters or line breaks.</source>
            <translation>%1不能包含控制字符或换行符。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::TrainingPapers</name>
        <message>
            <source>The attendance sheet cannot be drawn on this printer.</source>
            <translation>无法在这台打印机上绘制签到表。</translation>
        </message>
        <message>
            <source>The printer refused a new page.</source>
            <translation>打印机拒绝换页。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::TrainingRules</name>
        <message>
            <source>Unknown kind of training: %1</source>
            <translation>未知的培训类别：%1</translation>
        </message>
        <message>
            <source>Annual township training</source>
            <translation>乡镇年度业务培训</translation>
        </message>
        <message>
            <source>Monthly study of the section</source>
            <translation>科室每月学习</translation>
        </message>
        <message>
            <source>Experience exchange</source>
            <translation>经验交流</translation>
        </message>
        <message>
            <source>Special-care worker</source>
            <translation>优抚专干</translation>
        </message>
        <message>
            <source>Information staff</source>
            <translation>信息员</translation>
        </message>
        <message>
            <source>Give the day of the training.</source>
            <translation>请填写培训日期。</translation>
        </message>
        <message>
            <source>Give the topic of the training.</source>
            <translation>请填写培训主题。</translation>
        </message>
        <message>
            <source>Give how many hours the training takes.</source>
            <translation>请填写培训学时。</translation>
        </message>
        <message>
            <source>A training session takes at most 24 hours; record a longer course day by day.</source>
            <translation>一次培训最多 24 学时；较长的培训请按天分别登记。</translation>
        </message>
        <message>
            <source>The training of %1 has not been held yet: it is still planned.</source>
            <translation>%1的培训还没有举办，仍是计划中的培训。</translation>
        </message>
        <message>
            <source>Attendance is recorded once the training is held; it is planned for %1.</source>
            <translation>培训举办后才能登记出勤；这次培训计划在%1举办。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::TrainingStore</name>
        <message>
            <source>There is no such training session.</source>
            <translation>没有这次培训。</translation>
        </message>
        <message>
            <source>Everyone asked to come is a township worker or one of the bureau's staff.</source>
            <translation>参训人员只能是乡镇专干、信息员或局机关人员。</translation>
        </message>
        <message>
            <source>Someone marked present was not asked to this training.</source>
            <translation>勾选为到场的人不在这次培训的参训名单中。</translation>
        </message>
        <message>
            <source>Materials are kept beside a database file; this database has none.</source>
            <translation>培训材料保存在数据库文件旁边；当前数据库没有对应的文件夹。</translation>
        </message>
        <message>
            <source>The training sessions cannot be counted.</source>
            <translation>无法统计培训次数。</translation>
        </message>
        <message>
            <source>This database keeps no materials.</source>
            <translation>当前数据库不保存培训材料。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::Transaction</name>
        <message>
            <source>The database is open read-only (%1); nothing can be changed.</source>
            <translation>数据库以只读方式打开（%1），不能做任何修改。</translation>
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
        <name>youfu::core::UnitIndicatorStore</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>The scheme of %1 has no such indicator.</source>
            <translation>%1年度考核方案中没有该指标。</translation>
        </message>
        <message>
            <source>Not reported</source>
            <translation>未报</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::UnitRules</name>
        <message>
            <source>Group petition</source>
            <translation>集体访</translation>
        </message>
        <message>
            <source>Beyond-level petition</source>
            <translation>越级访</translation>
        </message>
        <message>
            <source>Beyond-level petition (%1)</source>
            <translation>越级访（%1）</translation>
        </message>
        <message>
            <source>Serious effect</source>
            <translation>造成严重影响</translation>
        </message>
        <message>
            <source>%1 %2 (%3)</source>
            <translation>%1 %2（%3）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收到时间</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>信访件</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>受理决定日期</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>答复日期</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>优抚对象</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应访日期</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <source>Documents missing</source>
            <translation>缺少材料数</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>优抚专干</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>参训次数</translation>
        </message>
        <message>
            <source>Failed on</source>
            <translation>发放失败日期</translation>
        </message>
        <message>
            <source>Paid again</source>
            <translation>重新发放日期</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::UserStore</name>
        <message>
            <source>A login name has 2 to 32 letters, digits, “.”, “_” or “-”, without spaces.</source>
            <translation>用户名由 2 至 32 个字母、数字、“.”、“_”或“-”组成，不能含空格。</translation>
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
        <message>
            <source>A name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Nobody is logged in.</source>
            <translation>当前没有用户登录。</translation>
        </message>
        <message>
            <source>Enter the password.</source>
            <translation>请输入密码。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::VerificationInboxStore</name>
        <message>
            <source>Archive data (location, keeper, state)</source>
            <translation>档案信息（存放位置、保管人、状态）</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::VisitFollowUp</name>
        <message>
            <source>Choose the person met: what follows the visit is opened for them.</source>
            <translation>请选择走访见到的人员：后续事项为其办理。</translation>
        </message>
        <message>
            <source>Letters-and-visits case %1 (%2)</source>
            <translation>信访案件 %1（%2）</translation>
        </message>
        <message>
            <source>%1 application (%2)</source>
            <translation>%1申请（%2）</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::VisitPapers</name>
        <message>
            <source>The roster cannot be drawn on this printer.</source>
            <translation>无法在此打印机上绘制签领表。</translation>
        </message>
        <message>
            <source>The printer refused a new page.</source>
            <translation>打印机无法换页。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::VisitRules</name>
        <message>
            <source>Give the plan a title.</source>
            <translation>请填写走访计划名称。</translation>
        </message>
        <message>
            <source>Choose the person the plan covers, or at least one category for a group plan.</source>
            <translation>请选择计划走访的对象，群体计划请至少选择一个优抚类别。</translation>
        </message>
        <message>
            <source>A plan covers one person or a group, not both.</source>
            <translation>一个计划只能针对一名对象或一个群体，不能两者兼有。</translation>
        </message>
        <message>
            <source>Disability grades run from 1 to 10.</source>
            <translation>伤残等级只能是一级至十级。</translation>
        </message>
        <message>
            <source>Visits every N weeks: N must be between 1 and 52.</source>
            <translation>每N周走访一次：N须在1至52之间。</translation>
        </message>
        <message>
            <source>Choose how often the visits fall due, or a festival visit (before 1 August, before the Spring Festival).</source>
            <translation>请选择走访周期，或选择节日走访（八一前、春节前）。</translation>
        </message>
        <message>
            <source>Name at least one visitor.</source>
            <translation>请至少指定一名走访人。</translation>
        </message>
        <message>
            <source>Give the day the plan starts.</source>
            <translation>请填写计划开始日期。</translation>
        </message>
        <message>
            <source>The plan cannot end before it starts.</source>
            <translation>计划结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>Give both the first and the last day of the pause.</source>
            <translation>请同时填写暂停的起止日期。</translation>
        </message>
        <message>
            <source>The pause cannot end before it begins.</source>
            <translation>暂停结束日期不能早于暂停开始日期。</translation>
        </message>
        <message>
            <source>The program knows the date of the Spring Festival only for %1–%2: a Spring Festival visit cannot be planned outside these years.</source>
            <translation>本程序仅收录%1—%2年的春节日期，超出这些年份无法安排春节走访。</translation>
        </message>
        <message>
            <source>Say why the plan was stopped.</source>
            <translation>请说明停止计划的原因。</translation>
        </message>
        <message>
            <source>Choose the person.</source>
            <translation>请选择对象。</translation>
        </message>
        <message>
            <source>The reason is "Other": say what it is.</source>
            <translation>列管原因为“其他”，请填写具体原因。</translation>
        </message>
        <message>
            <source>Name the responsible leader.</source>
            <translation>请指定包保领导。</translation>
        </message>
        <message>
            <source>Name the responsible worker.</source>
            <translation>请指定责任人。</translation>
        </message>
        <message>
            <source>Give the day since when the person is a key person.</source>
            <translation>请填写列为重点对象的起始日期。</translation>
        </message>
        <message>
            <source>The record cannot end before it starts.</source>
            <translation>结束日期不能早于起始日期。</translation>
        </message>
        <message>
            <source>The review date cannot be before the record starts.</source>
            <translation>复核日期不能早于起始日期。</translation>
        </message>
        <message>
            <source>Give the day of the visit.</source>
            <translation>请填写走访日期。</translation>
        </message>
        <message>
            <source>A visit cannot be recorded for a day still to come.</source>
            <translation>走访日期不能晚于今天。</translation>
        </message>
        <message>
            <source>Name at least one person met.</source>
            <translation>请至少选择一名走访对象。</translation>
        </message>
        <message>
            <source>A person is listed twice among the persons met.</source>
            <translation>走访对象中有人重复。</translation>
        </message>
        <message>
            <source>Every person met must be chosen from the registry.</source>
            <translation>走访对象须从优抚对象名册中选择。</translation>
        </message>
        <message>
            <source>The money given cannot be negative.</source>
            <translation>慰问金额不能为负数。</translation>
        </message>
        <message>
            <source>A photo is not stored properly; add it again.</source>
            <translation>有照片保存不完整，请重新添加。</translation>
        </message>
        <message>
            <source>Write the note for the section chief.</source>
            <translation>请填写呈报科长的说明。</translation>
        </message>
        <message>
            <source>The program does not know the date of the Spring Festival in %1 (its table covers %2–%3): no Spring Festival visit is listed for that year.</source>
            <translation>本程序未收录%1年的春节日期（仅收录%2—%3年），该年不列春节走访。</translation>
        </message>
        <message>
            <source>Long-standing petitioner</source>
            <translation>长期信访</translation>
        </message>
        <message>
            <source>Living in hardship</source>
            <translation>生活困难</translation>
        </message>
        <message>
            <source>Seriously ill</source>
            <translation>重病</translation>
        </message>
        <message>
            <source>Elderly, living alone</source>
            <translation>高龄独居</translation>
        </message>
        <message>
            <source>Mental disorder</source>
            <translation>精神障碍</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Normal risk</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Elevated risk</source>
            <translation>较高</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>Every %1 weeks</source>
            <translation>每%1周</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>每季度</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>每年</translation>
        </message>
        <message>
            <source>before 1 August</source>
            <translation>八一前</translation>
        </message>
        <message>
            <source>before the Spring Festival</source>
            <translation>春节前</translation>
        </message>
        <message>
            <source>No schedule</source>
            <translation>未定周期</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>上门</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>At the bureau</source>
            <translation>来局</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>座谈</translation>
        </message>
        <message>
            <source>No follow-up</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Letters-and-visits case</source>
            <translation>转信访件</translation>
        </message>
        <message>
            <source>Temporary assistance application</source>
            <translation>起草临时救助申请</translation>
        </message>
        <message>
            <source>Note for the section chief</source>
            <translation>呈报科长</translation>
        </message>
        <message>
            <source>Visited</source>
            <translation>已走访</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>待走访</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期未访</translation>
        </message>
        <message>
            <source>The database holds an unknown key-person reason "%1".</source>
            <translation>数据库中有无法识别的列管原因“%1”。</translation>
        </message>
        <message>
            <source>The database holds an unknown risk level "%1".</source>
            <translation>数据库中有无法识别的风险等级“%1”。</translation>
        </message>
        <message>
            <source>The database holds an unknown visit rhythm "%1".</source>
            <translation>数据库中有无法识别的走访周期“%1”。</translation>
        </message>
        <message>
            <source>The database holds an unknown form of visit "%1".</source>
            <translation>数据库中有无法识别的走访形式“%1”。</translation>
        </message>
        <message>
            <source>The database holds an unknown follow-up "%1".</source>
            <translation>数据库中有无法识别的后续处理“%1”。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::VisitStore</name>
        <message>
            <source>%1 since %2</source>
            <translation>自%2起%1</translation>
        </message>
        <message>
            <source>%1 since %2: %3</source>
            <translation>自%2起%1：%3</translation>
        </message>
        <message>
            <source>There is no month %1 of %2.</source>
            <translation>%2年没有第%1个月。</translation>
        </message>
        <message>
            <source>There is no person number %1.</source>
            <translation>没有编号为%1的人员。</translation>
        </message>
        <message>
            <source>%1 is no longer in the registry as active.</source>
            <translation>%1已不是在册状态。</translation>
        </message>
        <message>
            <source>The new record cannot start before the current one (%1).</source>
            <translation>新记录的开始日期不能早于当前记录（%1）。</translation>
        </message>
        <message>
            <source>Say why the person is no longer a key person.</source>
            <translation>请说明解除重点对象的原因。</translation>
        </message>
        <message>
            <source>The person is not a key person.</source>
            <translation>此人不是重点对象。</translation>
        </message>
        <message>
            <source>The record cannot end before it began (%1).</source>
            <translation>记录的结束日期不能早于开始日期（%1）。</translation>
        </message>
        <message>
            <source>There is no visit plan number %1.</source>
            <translation>没有编号为%1的走访计划。</translation>
        </message>
        <message>
            <source>The plan was stopped and cannot be changed.</source>
            <translation>该计划已停止，不能再修改。</translation>
        </message>
        <message>
            <source>Say why the plan stops.</source>
            <translation>请说明停止计划的原因。</translation>
        </message>
        <message>
            <source>The plan has already stopped.</source>
            <translation>该计划已经停止。</translation>
        </message>
        <message>
            <source>A plan cannot stop before it starts (%1).</source>
            <translation>计划的停止日期不能早于开始日期（%1）。</translation>
        </message>
        <message>
            <source>A photo of the visit is missing from the scan store (%1).</source>
            <translation>走访照片不在扫描件库中（%1）。</translation>
        </message>
        <message>
            <source>There is no visit number %1.</source>
            <translation>没有编号为%1的走访记录。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::WarningRules</name>
        <message>
            <source>Give the date.</source>
            <translation>请填写日期。</translation>
        </message>
        <message>
            <source>The date %1 lies in the future.</source>
            <translation>日期%1晚于今天。</translation>
        </message>
        <message>
            <source>The date %1 is before the warning was reported (%2).</source>
            <translation>日期%1早于该信息的报告日期（%2）。</translation>
        </message>
        <message>
            <source>Choose the township the information staff member serves.</source>
            <translation>请选择信息员所在的乡镇（街道）。</translation>
        </message>
        <message>
            <source>Give the information staff member's name.</source>
            <translation>请填写信息员姓名。</translation>
        </message>
        <message>
            <source>Give the date the information staff member began.</source>
            <translation>请填写信息员的任职日期。</translation>
        </message>
        <message>
            <source>The end of service (%1) is before its beginning (%2).</source>
            <translation>离任日期（%1）早于任职日期（%2）。</translation>
        </message>
        <message>
            <source>Give the date the service ends.</source>
            <translation>请填写离任日期。</translation>
        </message>
        <message>
            <source>%1's service already ended on %2.</source>
            <translation>%1已于%2离任。</translation>
        </message>
        <message>
            <source>Choose the township the warning comes from.</source>
            <translation>请选择苗头性信息来自哪个乡镇（街道）。</translation>
        </message>
        <message>
            <source>Say who reported the warning.</source>
            <translation>请填写报告人。</translation>
        </message>
        <message>
            <source>Say what is expected to happen.</source>
            <translation>请填写预计发生的情况。</translation>
        </message>
        <message>
            <source>Give the date the warning was reported.</source>
            <translation>请填写报告日期。</translation>
        </message>
        <message>
            <source>The report date %1 lies in the future.</source>
            <translation>报告日期%1晚于今天。</translation>
        </message>
        <message>
            <source>The expected date %1 is before the report (%2).</source>
            <translation>预计日期%1早于报告日期（%2）。</translation>
        </message>
        <message>
            <source>The warning was resolved on %1; it takes no more follow-ups.</source>
            <translation>该信息已于%1化解，不再跟踪。</translation>
        </message>
        <message>
            <source>Write what was done in the follow-up.</source>
            <translation>请填写跟踪处置情况。</translation>
        </message>
        <message>
            <source>The warning was already resolved on %1.</source>
            <translation>该信息已于%1化解。</translation>
        </message>
        <message>
            <source>Write how the warning was resolved.</source>
            <translation>请填写化解情况。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::WarningStore</name>
        <message>
            <source>There is no such information staff member.</source>
            <translation>没有这名信息员。</translation>
        </message>
        <message>
            <source>There is no such case.</source>
            <translation>没有这个信访件。</translation>
        </message>
        <message>
            <source>There is no such warning.</source>
            <translation>没有这条苗头性信息。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::WriterLock</name>
        <message>
            <source>an unknown user</source>
            <translation>未知用户</translation>
        </message>
        <message>
            <source>%1 (Youfu user %2)</source>
            <translation>%1（优抚工作台用户 %2）</translation>
        </message>
        <message>
            <source>%1 on computer “%2”, program %3, process %4</source>
            <translation>%1，计算机“%2”，程序 %3，进程 %4</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>, since %1</source>
            <translation>，自 %1 起</translation>
        </message>
        <message>
            <source>The database “%1” is already open for writing by %2. Only one program may change it at a time: close Youfu there first (or wait until it has finished).</source>
            <translation>数据库“%1”已被 %2 以写入方式打开。同一时间只能有一个程序修改数据库：请先关闭那里的优抚工作台（或等待其操作完成）。</translation>
        </message>
        <message>
            <source>Cannot create the lock file beside “%1”: the folder cannot be written.</source>
            <translation>无法在“%1”旁创建锁文件：该文件夹不可写。</translation>
        </message>
        <message>
            <source>Cannot lock the database “%1” for writing.</source>
            <translation>无法锁定数据库“%1”以进行写入。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ZeroReportImport</name>
        <message>
            <source>The first row must name the columns 乡镇, 日期 and 情况 (报告人 and 报送时间 may follow); row %1 does not.</source>
            <translation>第一行必须是列名：乡镇、日期、情况（可再加报告人、报送时间）；第 %1 行不是。</translation>
        </message>
        <message>
            <source>No township.</source>
            <translation>没有填写乡镇。</translation>
        </message>
        <message>
            <source>Unknown township "%1".</source>
            <translation>没有乡镇“%1”。</translation>
        </message>
        <message>
            <source>The date "%1" cannot be read.</source>
            <translation>日期“%1”无法识别。</translation>
        </message>
        <message>
            <source>情况 is empty: write 无 or what happened.</source>
            <translation>“情况”为空：请填写“无”或具体情况。</translation>
        </message>
        <message>
            <source>The time "%1" cannot be read (write 2026-11-28 09:30).</source>
            <translation>时间“%1”无法识别（请写成 2026-11-28 09:30）。</translation>
        </message>
        <message>
            <source>The same township and day appear twice in the file.</source>
            <translation>同一乡镇同一天在文件中出现了两次。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>文件是空的。</translation>
        </message>
        <message>
            <source>Already reported: the report on record is kept (correct it in the month grid if needed).</source>
            <translation>已报过：保留已登记的报告（如需更正，请在月报表中双击该日更正）。</translation>
        </message>
        <message>
            <source>No row of the file can be recorded.</source>
            <translation>文件中没有可以登记的行。</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ZeroReportRules</name>
        <message>
            <source>The deadline of zero reports must be a whole number of hours from 0 to %1.</source>
            <translation>零报告的截止时限必须是 0 到 %1 之间的整数小时。</translation>
        </message>
        <message>
            <source>Choose the township that reports.</source>
            <translation>请选择报告的乡镇。</translation>
        </message>
        <message>
            <source>Enter the day the report is about.</source>
            <translation>请填写报告日期。</translation>
        </message>
        <message>
            <source>The day %1 is still to come: a report can only be about a day that has begun.</source>
            <translation>%1 还没有到：只能报告已经开始的日子。</translation>
        </message>
        <message>
            <source>Enter when the report was received.</source>
            <translation>请填写收到时间。</translation>
        </message>
        <message>
            <source>The time received is in the future.</source>
            <translation>收到时间晚于现在。</translation>
        </message>
        <message>
            <source>The report was received before the day it is about began.</source>
            <translation>收到时间早于报告日期当天的开始。</translation>
        </message>
        <message>
            <source>A report of "nothing to report" has no items: remove them or untick it.</source>
            <translation>“无事项”的报告不能有事项：请删除事项，或取消勾选“无事项”。</translation>
        </message>
        <message>
            <source>Enter what the township reports, or mark it "nothing to report".</source>
            <translation>请填写乡镇报告的事项，或勾选“无事项”。</translation>
        </message>
        <message>
            <source>Item %1 says nothing: enter what happened.</source>
            <translation>第 %1 条事项没有内容：请填写情况。</translation>
        </message>
        <message>
            <source>Item %1 became a case: choose the case.</source>
            <translation>第 %1 条事项已转为信访件：请选择信访件。</translation>
        </message>
        <message>
            <source>Item %1 became a warning: choose the warning.</source>
            <translation>第 %1 条事项已转为预警：请选择预警。</translation>
        </message>
        <message>
            <source>Unknown way of reporting: %1</source>
            <translation>未知的报送方式：%1</translation>
        </message>
        <message>
            <source>Unknown outcome of an item: %1</source>
            <translation>未知的事项处理结果：%1</translation>
        </message>
    </context>
    <context>
        <name>youfu::core::ZeroReportStore</name>
        <message>
            <source>There is no township %1 in the registry.</source>
            <translation>乡镇名录中没有乡镇 %1。</translation>
        </message>
        <message>
            <source>Item %1 names a person who is not in the registry.</source>
            <translation>第 %1 条事项涉及的人员不在优抚对象名册中。</translation>
        </message>
        <message>
            <source>Item %1: there is no such case.</source>
            <translation>第 %1 条事项：没有这个信访件。</translation>
        </message>
        <message>
            <source>Item %1: there is no such warning.</source>
            <translation>第 %1 条事项：没有这条预警。</translation>
        </message>
        <message>
            <source>The township already reported on %1: open that report to correct it.</source>
            <translation>该乡镇%1的零报告已经登记过：如需更正，请打开那份报告更正。</translation>
        </message>
        <message>
            <source>%1 on %2: %3</source>
            <translation>%1 %2：%3</translation>
        </message>
        <message>
            <source>There is no report to record.</source>
            <translation>没有要登记的报告。</translation>
        </message>
        <message>
            <source>Choose the report to correct.</source>
            <translation>请选择要更正的报告。</translation>
        </message>
        <message>
            <source>There is no such zero report.</source>
            <translation>没有这份零报告。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ApplicationDialog</name>
        <message>
            <source>Amend application</source>
            <translation>修改申请</translation>
        </message>
        <message>
            <source>New application</source>
            <translation>起草申请</translation>
        </message>
        <message>
            <source>The benefit follows from the policy book; without a basis there the application cannot be submitted.</source>
            <translation>待遇按抚恤补助标准确定；标准中没有依据的，申请不能提交。</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>申请类型(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>优抚类别(&amp;C)：</translation>
        </message>
        <message>
            <source>Grade and nature:</source>
            <translation>等级和性质：</translation>
        </message>
        <message>
            <source>Survivor of:</source>
            <translation>遗属关系：</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Service:</source>
            <translation>服役时间：</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>&amp;Assistance requested:</source>
            <translation>申请救助金额(&amp;A)：</translation>
        </message>
        <message>
            <source>Death</source>
            <translation>死亡</translation>
        </message>
        <message>
            <source>Moving away</source>
            <translation>迁出</translation>
        </message>
        <message>
            <source>Benefits stop because of:</source>
            <translation>停发原因：</translation>
        </message>
        <message>
            <source>&amp;Effective date:</source>
            <translation>生效日期(&amp;E)：</translation>
        </message>
        <message>
            <source>left empty, the program writes it</source>
            <translation>留空则由程序自动填写</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>Supporting documents:</source>
            <translation>证明材料：</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>保存草稿(&amp;S)</translation>
        </message>
        <message>
            <source>Su&amp;bmit</source>
            <translation>提交(&amp;B)</translation>
        </message>
        <message>
            <source>(no verified archive entries)</source>
            <translation>（档案中没有已审核的材料）</translation>
        </message>
        <message>
            <source>No basis in the policy book: %1</source>
            <translation>抚恤补助标准中没有依据：%1</translation>
        </message>
        <message>
            <source>Benefit: %1 yuan a year from %2
Basis: %3</source>
            <translation>待遇：自 %2 起每年 %1 元
文件依据：%3</translation>
        </message>
        <message>
            <source>Benefit: %1 yuan once
Basis: %2</source>
            <translation>待遇：一次性 %1 元
文件依据：%2</translation>
        </message>
        <message>
            <source>Before it can be submitted:</source>
            <translation>提交前还须：</translation>
        </message>
        <message>
            <source>Empty until entered; Delete empties it again.</source>
            <translation>填写前为空；按 Delete 键可清空。</translation>
        </message>
        <message>
            <source>Type a name or part of the citizen ID</source>
            <translation>输入姓名或公民身份号码的一部分</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>优抚对象(&amp;P)：</translation>
        </message>
        <message>
            <source>name of the martyr or deceased serviceman</source>
            <translation>牺牲/病故军人姓名</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>Nobody in the registry matches “%1”.</source>
            <translation>名册中没有与“%1”相符的人。</translation>
        </message>
        <message>
            <source>born %1</source>
            <translation>%1年生</translation>
        </message>
        <message>
            <source>Date of &amp;death or moving away:</source>
            <translation>死亡或迁出日期(&amp;D)：</translation>
        </message>
        <message>
            <source>Choose the person first: type a name or part of the citizen ID.</source>
            <translation>请先选择优抚对象：输入姓名或公民身份号码的一部分。</translation>
        </message>
        <message>
            <source>No supporting documents</source>
            <translation>未附证明材料</translation>
        </message>
        <message>
            <source>No supporting document is attached; the approval form will print “Supporting documents: none”. Continue anyway?</source>
            <translation>未附证明材料，审批表将印“证明材料 无”。仍要继续吗？</translation>
        </message>
        <message>
            <source>Re&amp;quest:</source>
            <translation>申请事项(&amp;Q)：</translation>
        </message>
        <message>
            <source>&amp;Facts:</source>
            <translation>基本情况(&amp;F)：</translation>
        </message>
        <message>
            <source>Drafted from the visit of %1 (%2): %3</source>
            <translation>由%1的走访（%2）转来：%3</translation>
        </message>
        <message>
            <source>Why assistance is &amp;needed:</source>
            <translation>救助原因(&amp;N)：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ApplicationListModel</name>
        <message>
            <source>%1 / year</source>
            <translation>%1/年</translation>
        </message>
        <message>
            <source>Waiting for %1</source>
            <translation>待%1签署</translation>
        </message>
        <message>
            <source>Approved, reported</source>
            <translation>已批准，已上报</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>申请事项</translation>
        </message>
        <message>
            <source>Effective</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Benefit (yuan)</source>
            <translation>待遇（元）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>已等待</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>经办人</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::AppraisalPage</name>
        <message>
            <source>Year-end appraisal</source>
            <translation>年终考核</translation>
        </message>
        <message>
            <source>E&amp;xport the appraisal report…</source>
            <translation>导出考核报告(&amp;X)…</translation>
        </message>
        <message>
            <source>The year-end appraisal report as PDF or Excel: summary, townships, staff, charts</source>
            <translation>将年终考核报告导出为PDF或Excel：汇总、各乡镇（街道）、工作人员、图表</translation>
        </message>
        <message>
            <source>Townships</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <source>Schemes</source>
            <translation>考核方案</translation>
        </message>
        <message>
            <source>The appraisal report is saved in %1.</source>
            <translation>考核报告已保存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ApprovalPage</name>
        <message>
            <source>Approvals</source>
            <translation>待遇审批</translation>
        </message>
        <message>
            <source>Clerk drafts → section chief reviews → discipline inspector countersigns → director approves. Whoever approves is responsible.</source>
            <translation>经办人起草 → 科长审核 → 纪检监督会签 → 局长审批。谁审批谁负责。</translation>
        </message>
        <message>
            <source>&amp;New application…</source>
            <translation>起草申请(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Approve &amp;selected…</source>
            <translation>批准所选申请(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Print form…</source>
            <translation>打印审批表(&amp;P)…</translation>
        </message>
        <message>
            <source>Mark &amp;reported…</source>
            <translation>标记为已上报(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Export register…</source>
            <translation>导出审批台账(&amp;E)…</translation>
        </message>
        <message>
            <source>Approval &amp;chains…</source>
            <translation>审批流程(&amp;C)…</translation>
        </message>
        <message>
            <source>Waiting for me</source>
            <translation>待我办理</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>审批台账</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <source>The application was submitted.</source>
            <translation>申请已提交。</translation>
        </message>
        <message>
            <source>The draft was saved.</source>
            <translation>草稿已保存。</translation>
        </message>
        <message>
            <source>Your decision was recorded.</source>
            <translation>您的审批意见已记录。</translation>
        </message>
        <message>
            <source>Approve selected</source>
            <translation>批准所选申请</translation>
        </message>
        <message numerus="yes">
            <source>Approve %n application(s) (%1). The opinion is recorded on each:</source>
            <translation>
                <numerusform>批准 %n 件申请（%1）。以下意见将分别记入每件申请：</numerusform>
            </translation>
        </message>
        <message>
            <source>Not approved:</source>
            <translation>未能批准：</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s) approved.</source>
            <translation>
                <numerusform>已批准 %n 件申请。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reported to the higher authority</source>
            <translation>上报上级机关</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>文号或登记号(&amp;R)：</translation>
        </message>
        <message>
            <source>Marked as reported.</source>
            <translation>已标记为已上报。</translation>
        </message>
        <message>
            <source>Approval chains</source>
            <translation>审批流程</translation>
        </message>
        <message>
            <source>The discipline inspector's countersignature and the director's approval cannot be removed.</source>
            <translation>纪检监督会签和局长审批环节不能删除。</translation>
        </message>
        <message>
            <source>section chief reviews first</source>
            <translation>先经科长审核</translation>
        </message>
        <message>
            <source>Approved: %1</source>
            <translation>已批准：%1</translation>
        </message>
        <message>
            <source>Approval number</source>
            <translation>审批编号</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>导出为 Excel(&amp;X)…</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Register of applications</source>
            <translation>待遇审批登记簿</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ArchiveDataDialog</name>
        <message>
            <source>A change of the archive's data is pending until a section chief verifies it.</source>
            <translation>档案信息的修改须经科长审核后生效。</translation>
        </message>
        <message>
            <source>&amp;Cabinet:</source>
            <translation>柜号(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Box:</source>
            <translation>盒号(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Volume:</source>
            <translation>卷号(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Keeper:</source>
            <translation>保管人(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ArchivePage</name>
        <message>
            <source>Archive files</source>
            <translation>档案管理</translation>
        </message>
        <message>
            <source>Archive of a person</source>
            <translation>个人档案</translation>
        </message>
        <message>
            <source>Waiting for verification</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>Lending</source>
            <translation>借阅登记</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>完整性检查</translation>
        </message>
        <message>
            <source>Name, citizen ID or village…</source>
            <translation>姓名、公民身份号码或村（社区）…</translation>
        </message>
        <message>
            <source>&amp;Open archive</source>
            <translation>查看档案(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>审核(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Return…</source>
            <translation>退回(&amp;R)…</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Archive number</source>
            <translation>档案号</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>材料</translation>
        </message>
        <message>
            <source>Filed by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Filed at</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source> (yours: another chief verifies it)</source>
            <translation>（您登记的，须由其他科长审核）</translation>
        </message>
        <message>
            <source>%1 entries wait for verification; %2 of yours were returned.</source>
            <translation>%1 条材料待审核；您登记的材料有 %2 条被退回。</translation>
        </message>
        <message>
            <source>Return entry</source>
            <translation>退回材料</translation>
        </message>
        <message>
            <source>Why is the entry returned to the filer?</source>
            <translation>请填写退回登记人的原因：</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>All files that are out</source>
            <translation>全部借出档案</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅逾期未还</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>借阅用途</translation>
        </message>
        <message>
            <source>Lent on</source>
            <translation>借出日期</translation>
        </message>
        <message>
            <source>Expected back</source>
            <translation>预计归还日期</translation>
        </message>
        <message>
            <source>Lent by</source>
            <translation>借出经办人</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇（街道）</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Export summary (CSV)…</source>
            <translation>导出汇总表（CSV）…</translation>
        </message>
        <message>
            <source>Export persons (CSV)…</source>
            <translation>导出人员名单（CSV）…</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Incomplete</source>
            <translation>材料不全</translation>
        </message>
        <message>
            <source>Missing documents</source>
            <translation>缺少的材料</translation>
        </message>
        <message>
            <source>Only verified documents count. %1 of %2 category holdings lack a required document; %3 persons are listed below.</source>
            <translation>仅统计已审核的材料。在 %2 项享受类别中，有 %1 项缺少应有材料；涉及的 %3 人列于下方。</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <source>Archives</source>
            <translation>档案管理</translation>
        </message>
        <message>
            <source>%1 of your entries were returned; the section chief verifies the others.</source>
            <translation>您登记的材料中有 %1 条被退回；其余由科长审核。</translation>
        </message>
        <message>
            <source>Export persons…</source>
            <translation>导出人员名单…</translation>
        </message>
        <message>
            <source>Export summary…</source>
            <translation>导出统计表…</translation>
        </message>
        <message>
            <source>Excel or CSV, with the township and category chosen</source>
            <translation>按所选乡镇和类别导出为 Excel 或 CSV</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Archives lacking documents</source>
            <translation>档案缺失材料人员名单</translation>
        </message>
        <message>
            <source>Archive completeness</source>
            <translation>档案完整性统计</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ArchivePanel</name>
        <message>
            <source>&amp;Open archive…</source>
            <translation>建立档案(&amp;O)…</translation>
        </message>
        <message>
            <source>Change archive &amp;data…</source>
            <translation>修改档案信息(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Lend file…</source>
            <translation>借出档案(&amp;L)…</translation>
        </message>
        <message>
            <source>Print co&amp;ver…</source>
            <translation>打印档案封面(&amp;V)…</translation>
        </message>
        <message>
            <source>Print &amp;catalogue…</source>
            <translation>打印卷内目录(&amp;C)…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>材料类别</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <source>Filed by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>审核人</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Required document</source>
            <translation>应有材料</translation>
        </message>
        <message>
            <source>Required by</source>
            <translation>适用优抚类别</translation>
        </message>
        <message>
            <source>In the archive</source>
            <translation>存档情况</translation>
        </message>
        <message>
            <source>Co&amp;rrect…</source>
            <translation>更正(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Attach scan…</source>
            <translation>上传扫描件(&amp;A)…</translation>
        </message>
        <message>
            <source>V&amp;erify</source>
            <translation>审核(&amp;E)</translation>
        </message>
        <message>
            <source>Scans of the selected entry</source>
            <translation>所选材料的扫描件</translation>
        </message>
        <message>
            <source>Required documents</source>
            <translation>应有材料</translation>
        </message>
        <message>
            <source>Choose a person to see their archive.</source>
            <translation>请选择优抚对象以查看其档案。</translation>
        </message>
        <message>
            <source>%1 — no archive opened yet</source>
            <translation>%1 — 尚未建立档案</translation>
        </message>
        <message>
            <source>Open the archive to give it a number and file documents.</source>
            <translation>建立档案后，即可编号并登记材料。</translation>
        </message>
        <message>
            <source>Archive %1 — %2</source>
            <translation>档案 %1 — %2</translation>
        </message>
        <message>
            <source>Cabinet %1, box %2, volume %3 · keeper %4 · %5</source>
            <translation>柜号 %1，盒号 %2，卷号 %3 · 保管人 %4 · %5</translation>
        </message>
        <message>
            <source>A change of these data was returned: %1</source>
            <translation>档案信息的修改已被退回：%1</translation>
        </message>
        <message>
            <source>A change of these data waits for verification (filed by %1).</source>
            <translation>档案信息的修改待审核（登记人：%1）。</translation>
        </message>
        <message>
            <source>Shown as filed; not verified yet.</source>
            <translation>按登记内容显示，尚未审核。</translation>
        </message>
        <message>
            <source>OUT: lent to %1 (%2) on %3 for %4, due back %5%6</source>
            <translation>已借出：%3 借给 %1（%2），用途：%4，应于 %5 归还%6</translation>
        </message>
        <message>
            <source> — OVERDUE</source>
            <translation>（已逾期）</translation>
        </message>
        <message>
            <source>The paper file is in the archive room.</source>
            <translation>纸质档案在档案室。</translation>
        </message>
        <message>
            <source>(%1 missing or altered!)</source>
            <translation>（%1 份缺失或被改动！）</translation>
        </message>
        <message>
            <source>corrects entry %1: %2</source>
            <translation>更正第 %1 条：%2</translation>
        </message>
        <message>
            <source>replaced by entry %1</source>
            <translation>已由第 %1 条更正</translation>
        </message>
        <message>
            <source>returned: %1</source>
            <translation>已退回：%1</translation>
        </message>
        <message>
            <source>You filed or changed this entry; a second person must verify it.</source>
            <translation>该材料由您登记或修改，须由他人审核。</translation>
        </message>
        <message>
            <source>✓ %1 (%2 KB)</source>
            <translation>✓ %1（%2 KB）</translation>
        </message>
        <message>
            <source>✗ %1 — %2</source>
            <translation>✗ %1 — %2</translation>
        </message>
        <message>
            <source>MISSING</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>ALTERED</source>
            <translation>已被改动</translation>
        </message>
        <message>
            <source>Open archive</source>
            <translation>建立档案</translation>
        </message>
        <message>
            <source>Archive %1 opened.</source>
            <translation>已建立档案 %1。</translation>
        </message>
        <message>
            <source>Change archive data</source>
            <translation>修改档案信息</translation>
        </message>
        <message>
            <source>Attach scan</source>
            <translation>上传扫描件</translation>
        </message>
        <message>
            <source>Scans (%1)</source>
            <translation>扫描件 (%1)</translation>
        </message>
        <message>
            <source>Scan attached; the entry waits for verification.</source>
            <translation>扫描件已上传，该材料待审核。</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>Entry verified.</source>
            <translation>材料已审核。</translation>
        </message>
        <message>
            <source>Return entry</source>
            <translation>退回材料</translation>
        </message>
        <message>
            <source>Why is the entry returned to the filer?</source>
            <translation>请填写退回登记人的原因：</translation>
        </message>
        <message>
            <source>File returned</source>
            <translation>档案已归还</translation>
        </message>
        <message>
            <source>Archive cover</source>
            <translation>档案封面</translation>
        </message>
        <message>
            <source>Archive catalogue</source>
            <translation>卷内目录</translation>
        </message>
        <message>
            <source>File retur&amp;ned</source>
            <translation>登记归还(&amp;N)</translation>
        </message>
        <message>
            <source>File docu&amp;ment…</source>
            <translation>登记材料(&amp;M)…</translation>
        </message>
        <message>
            <source>Chan&amp;ge…</source>
            <translation>修改(&amp;G)…</translation>
        </message>
        <message>
            <source>View &amp;scan</source>
            <translation>查看扫描件(&amp;S)</translation>
        </message>
        <message>
            <source>Ret&amp;urn…</source>
            <translation>退回(&amp;U)…</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::AssistancePanel</name>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>Town&amp;ship:</source>
            <translation>乡镇(&amp;S)：</translation>
        </message>
        <message>
            <source>All reasons</source>
            <translation>全部原因</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>救助原因(&amp;R)：</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>审批编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>救助原因</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Granted on</source>
            <translation>批准日期</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message numerus="yes">
            <source>Granted: %n, %1 yuan</source>
            <translation>
                <numerusform>已救助 %n 人次，共 %1 元</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2 (%3 yuan)</source>
            <translation>%1 %2 人次（%3 元）</translation>
        </message>
        <message>
            <source>No reason</source>
            <translation>未填原因</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Temporary assistance granted</source>
            <translation>临时救助发放登记</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::AttendanceDialog</name>
        <message>
            <source>Record attendance and cost</source>
            <translation>登记到位情况和费用</translation>
        </message>
        <message>
            <source>%1, %2 to %3. Untick those who did not come; the batch is then done.</source>
            <translation>%1，%2 至 %3。未参加的请取消勾选；保存后该批次即为已完成。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Came</source>
            <translation>到场</translation>
        </message>
        <message>
            <source>Cost (yuan)</source>
            <translation>费用（元）</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>保存(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::AttendeeChooser</name>
        <message>
            <source>Who is asked to come</source>
            <translation>选择参训人员</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇(&amp;W)：</translation>
        </message>
        <message>
            <source>Add i&amp;ts workers</source>
            <translation>选该乡镇人员(&amp;T)</translation>
        </message>
        <message>
            <source>All &amp;special-care workers</source>
            <translation>全部优抚专干(&amp;S)</translation>
        </message>
        <message>
            <source>All &amp;information staff</source>
            <translation>全部信息员(&amp;I)</translation>
        </message>
        <message>
            <source>The &amp;bureau's staff</source>
            <translation>局机关人员(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;None</source>
            <translation>全不选(&amp;N)</translation>
        </message>
        <message>
            <source>the bureau</source>
            <translation>局机关</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message numerus="yes">
            <source>%n asked</source>
            <translation>
                <numerusform>已选 %n 人</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::AuditModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::AuditPage</name>
        <message>
            <source>any day</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Every change, login and logout, who and when. Nobody can change or delete an entry; each one is chained to the one before by its hash.</source>
            <translation>记录每次修改、登录和退出，以及操作人和时间。任何人都不能修改或删除日志条目；每条记录都通过哈希值与上一条相链接。</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
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
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Verify chain</source>
            <translation>校验哈希链(&amp;V)</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>全部用户</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>共 %n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The chain is intact: %n entries checked.</source>
            <translation>
                <numerusform>哈希链完整：已校验 %n 条。</numerusform>
            </translation>
        </message>
        <message>
            <source>The chain is BROKEN at entry %1: %2</source>
            <translation>哈希链在第 %1 条处已损坏：%2</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to %1</source>
            <translation>
                <numerusform>已导出 %n 条到 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>audit-log-%1.csv</source>
            <translation>audit-log-%1.csv</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <source>record number</source>
            <translation>对象编号</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>操作(&amp;A)：</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>F&amp;ilter</source>
            <translation>筛选(&amp;I)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::BarChart</name>
        <message>
            <source>No data</source>
            <translation>无数据</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::BatchDialog</name>
        <message>
            <source>New recuperation batch</source>
            <translation>新建疗养批次</translation>
        </message>
        <message>
            <source>Persons are added to the batch once it is saved.</source>
            <translation>批次保存后再增加人员。</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>批次名称(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>地点(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>开始日期(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>结束日期(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Escort:</source>
            <translation>带队人员(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>保存(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::CampaignDraftDialog</name>
        <message>
            <source>New festival campaign</source>
            <translation>新建节日慰问</translation>
        </message>
        <message>
            <source>The list is made from the registry: every active person holding one of the categories, in the townships ticked (none ticked: every township).</source>
            <translation>名单按花名册生成：所选乡镇（不勾选即全部乡镇）中持有所选类别之一的在册优抚对象。</translation>
        </message>
        <message>
            <source>e.g. 2026年八一慰问 (left empty: made from festival and year)</source>
            <translation>如 2026年八一慰问（留空则按节日和年度生成）</translation>
        </message>
        <message>
            <source>&amp;Festival:</source>
            <translation>节日(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>标题(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Categories visited:</source>
            <translation>慰问类别(&amp;C)：</translation>
        </message>
        <message>
            <source>T&amp;ownships (none ticked: all):</source>
            <translation>乡镇（不勾选即全部）(&amp;O)：</translation>
        </message>
        <message>
            <source>Make the list</source>
            <translation>生成名单</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::CampaignPanel</name>
        <message>
            <source>&amp;New campaign…</source>
            <translation>新建慰问(&amp;N)…</translation>
        </message>
        <message>
            <source>Re&amp;make list</source>
            <translation>重新生成名单(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Submit for approval</source>
            <translation>提交审批(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Print signature roster…</source>
            <translation>打印签领表(&amp;P)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Gift amounts…</source>
            <translation>慰问金标准(&amp;G)…</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>慰问活动</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Total (yuan)</source>
            <translation>合计（元）</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>已发放</translation>
        </message>
        <message>
            <source>Not delivered</source>
            <translation>未发放</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID number</source>
            <translation>公民身份号码</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>发放情况</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Opinion / &amp;reason:</source>
            <translation>意见/原因(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Agree</source>
            <translation>同意(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>不同意(&amp;J)</translation>
        </message>
        <message>
            <source>&amp;Delivered</source>
            <translation>已发放(&amp;D)</translation>
        </message>
        <message>
            <source>N&amp;ot delivered</source>
            <translation>未发放(&amp;O)</translation>
        </message>
        <message>
            <source>%1: %2 persons, %3 yuan in all. %4</source>
            <translation>%1：共%2人，合计%3元。%4</translation>
        </message>
        <message>
            <source>Waiting for the %1.</source>
            <translation>等待%1签署。</translation>
        </message>
        <message>
            <source>The list is frozen: approved by the director.</source>
            <translation>名单已锁定：局长已审批通过。</translation>
        </message>
        <message>
            <source>The campaign list is made.</source>
            <translation>慰问名单已生成。</translation>
        </message>
        <message>
            <source>The list is made again from the registry.</source>
            <translation>已按花名册重新生成名单。</translation>
        </message>
        <message>
            <source>The campaign is submitted for approval.</source>
            <translation>慰问名单已提交审批。</translation>
        </message>
        <message>
            <source>Signed: %1.</source>
            <translation>已签署：%1。</translation>
        </message>
        <message>
            <source>Delivery recorded.</source>
            <translation>发放情况已登记。</translation>
        </message>
        <message>
            <source>R&amp;eturn</source>
            <translation>退回(&amp;E)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::CandidatesDialog</name>
        <message>
            <source>Add persons to the batch</source>
            <translation>增加疗养人员</translation>
        </message>
        <message>
            <source>%1, %2, from %3. A person sent again within %4 year(s) of their last recuperation needs a reason.</source>
            <translation>%1，%2，%3 开始。距上次疗养不足 %4 年的人员需写明再次安排的原因。</translation>
        </message>
        <message>
            <source>Every category</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>类别(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Key persons only</source>
            <translation>只看重点对象(&amp;K)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message>
            <source>Take</source>
            <translation>选择</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Last recuperation, health</source>
            <translation>上次疗养、健康状况</translation>
        </message>
        <message>
            <source>Health note</source>
            <translation>健康情况</translation>
        </message>
        <message>
            <source>&amp;Reason for those within the interval:</source>
            <translation>间隔内人员的原因(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>增加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>Within the interval: %1. Write the reason below.</source>
            <translation>在规定间隔内：%1。请在下方写明原因。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>in the batch</source>
            <translation>已在批次中</translation>
        </message>
        <message>
            <source>%1 (key person)</source>
            <translation>%1（重点对象）</translation>
        </message>
        <message>
            <source>Tick the persons to add.</source>
            <translation>请勾选要增加的人员。</translation>
        </message>
        <message>
            <source>%1 went on recuperation within the last %2 year(s): write the reason they go again, or untick them.</source>
            <translation>%1 近 %2 年内已参加过疗养：请写明再次安排的原因，或取消勾选。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::CarePage</name>
        <message>
            <source>Care services</source>
            <translation>关爱服务</translation>
        </message>
        <message>
            <source>Read only: these registers are kept by the clerk and the section chief.</source>
            <translation>只读：这些登记由经办人和科长办理。</translation>
        </message>
        <message>
            <source>Recuperation</source>
            <translation>短期疗养</translation>
        </message>
        <message>
            <source>Medical settlement</source>
            <translation>医疗一站式结算</translation>
        </message>
        <message>
            <source>Free clinics</source>
            <translation>义诊</translation>
        </message>
        <message>
            <source>Temporary assistance</source>
            <translation>临时救助</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::CaseDialog</name>
        <message>
            <source>Letters and visits case</source>
            <translation>信访案件</translation>
        </message>
        <message>
            <source>Register a case</source>
            <translation>登记信访案件</translation>
        </message>
        <message>
            <source>&amp;Registration</source>
            <translation>登记(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>办理过程(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Save and register</source>
            <translation>保存并登记(&amp;S)</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>渠道(&amp;H)：</translation>
        </message>
        <message>
            <source>Recei&amp;ved:</source>
            <translation>收到时间(&amp;V)：</translation>
        </message>
        <message>
            <source>the office that forwarded it</source>
            <translation>转送机关</translation>
        </message>
        <message>
            <source>N&amp;o.:</source>
            <translation>转办单号(&amp;O)：</translation>
        </message>
        <message>
            <source>Forwarded b&amp;y:</source>
            <translation>转送机关(&amp;Y)：</translation>
        </message>
        <message>
            <source>Registry &amp;persons:</source>
            <translation>优抚对象(&amp;P)：</translation>
        </message>
        <message>
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>address</source>
            <translation>住址</translation>
        </message>
        <message>
            <source>citizen ID (optional)</source>
            <translation>身份号码（可不填）</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>姓名(&amp;M)：</translation>
        </message>
        <message>
            <source>Phon&amp;e:</source>
            <translation>电话(&amp;E)：</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>住址(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;ID:</source>
            <translation>身份号码(&amp;I)：</translation>
        </message>
        <message>
            <source>Add o&amp;utsider</source>
            <translation>添加其他信访人(&amp;U)</translation>
        </message>
        <message>
            <source>Remove chose&amp;n</source>
            <translation>移除选中的(&amp;N)</translation>
        </message>
        <message>
            <source>Other petitioners:</source>
            <translation>其他信访人：</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇(&amp;W)：</translation>
        </message>
        <message>
            <source>Su&amp;bject:</source>
            <translation>类别(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Content:</source>
            <translation>信访内容(&amp;C)：</translation>
        </message>
        <message>
            <source>What they as&amp;k:</source>
            <translation>诉求(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Group petition</source>
            <translation>集体访(&amp;G)</translation>
        </message>
        <message>
            <source>not beyond level</source>
            <translation>非越级访</translation>
        </message>
        <message>
            <source>number of the earlier case</source>
            <translation>前次案件编号</translation>
        </message>
        <message>
            <source>Beyond &amp;level:</source>
            <translation>越级访(&amp;L)：</translation>
        </message>
        <message>
            <source>Repeat o&amp;f:</source>
            <translation>重复信访(&amp;F)：</translation>
        </message>
        <message>
            <source>Flags:</source>
            <translation>标记：</translation>
        </message>
        <message>
            <source>Type the outsider's name first.</source>
            <translation>请先填写信访人姓名。</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Group petition (%n petitioners: set by itself)</source>
            <translation>
                <numerusform>集体访(&amp;G)（%n人，自动标记）</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no case numbered %1.</source>
            <translation>没有编号为%1的案件。</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>信访案件%1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>逾期%n天</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今日到期</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>剩余%n天</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation>受理决定(&amp;D)…</translation>
        </message>
        <message>
            <source>E&amp;xtend…</source>
            <translation>延期(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Answer…</source>
            <translation>答复(&amp;A)…</translation>
        </message>
        <message>
            <source>Return &amp;visit…</source>
            <translation>回访(&amp;V)…</translation>
        </message>
        <message>
            <source>Re&amp;quest review…</source>
            <translation>申请复查复核(&amp;Q)…</translation>
        </message>
        <message>
            <source>C&amp;lose case…</source>
            <translation>办结(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>打印(&amp;P)</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>状态：%1</translation>
        </message>
        <message>
            <source>No deadline runs.</source>
            <translation>当前没有计时的期限。</translation>
        </message>
        <message>
            <source>%1 by %2 — %3</source>
            <translation>%1：%2前 — %3</translation>
        </message>
        <message>
            <source>Responsible: %1</source>
            <translation>责任人：%1</translation>
        </message>
        <message>
            <source>unit: %1</source>
            <translation>责任单位：%1</translation>
        </message>
        <message numerus="yes">
            <source>extended by %n day(s), approved by %1</source>
            <translation>
                <numerusform>延期%n天，%1批准</numerusform>
            </translation>
        </message>
        <message>
            <source>return visit: %1</source>
            <translation>回访：%1</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Extensions are approved by the director or the deputy the director named.</source>
            <translation>延期由局长或局长指定的副局长批准。</translation>
        </message>
        <message>
            <source>Decide on acceptance</source>
            <translation>受理决定</translation>
        </message>
        <message>
            <source>Accept it (with who handles it), decline it with the reason, or forward it to the competent office.</source>
            <translation>受理（并确定责任人）、不予受理（写明理由）或转送有权处理的机关。</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>决定(&amp;D)：</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Do not accept</source>
            <translation>不予受理</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>转送</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>日期(&amp;A)：</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>&amp;Responsible person:</source>
            <translation>责任人(&amp;R)：</translation>
        </message>
        <message>
            <source>Responsible &amp;unit:</source>
            <translation>责任单位(&amp;U)：</translation>
        </message>
        <message>
            <source>Reason or o&amp;ffice:</source>
            <translation>理由或转送机关(&amp;F)：</translation>
        </message>
        <message>
            <source>why not accepted, or the office it goes to</source>
            <translation>不予受理的理由，或转送的机关</translation>
        </message>
        <message>
            <source>&amp;Opinion:</source>
            <translation>意见(&amp;O)：</translation>
        </message>
        <message>
            <source>Decision recorded.</source>
            <translation>受理决定已记录。</translation>
        </message>
        <message>
            <source>Extend the answer period</source>
            <translation>延长答复期限</translation>
        </message>
        <message numerus="yes">
            <source>Once, by at most %n day(s); the petitioner is told in writing.</source>
            <translation>
                <numerusform>只能延期一次，最多%n天；须书面告知信访人。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Days:</source>
            <translation>天数(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R)：</translation>
        </message>
        <message>
            <source>Extension approved.</source>
            <translation>延期已批准。</translation>
        </message>
        <message>
            <source>Answer the petitioner</source>
            <translation>答复信访人</translation>
        </message>
        <message>
            <source>The result, how it was given, and the text.</source>
            <translation>处理结果、答复方式和答复内容。</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>处理结果(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Way:</source>
            <translation>答复方式(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Text of the answer:</source>
            <translation>答复内容(&amp;T)：</translation>
        </message>
        <message>
            <source>Answer recorded.</source>
            <translation>答复已记录。</translation>
        </message>
        <message>
            <source>Return visit</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Ask the petitioner whether they are satisfied.</source>
            <translation>询问信访人是否满意。</translation>
        </message>
        <message>
            <source>&amp;Satisfaction:</source>
            <translation>满意程度(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>Return visit recorded.</source>
            <translation>回访已记录。</translation>
        </message>
        <message>
            <source>Request a re-review</source>
            <translation>申请复核</translation>
        </message>
        <message>
            <source>Request a review</source>
            <translation>申请复查</translation>
        </message>
        <message numerus="yes">
            <source>Within %n day(s) of the answer; the case reopens.</source>
            <translation>
                <numerusform>须在答复后%n天内提出；案件重新办理。</numerusform>
            </translation>
        </message>
        <message>
            <source>Review requested.</source>
            <translation>复查（复核）申请已登记。</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>办结案件</translation>
        </message>
        <message>
            <source>A case closes with its answer and result.</source>
            <translation>案件有答复、有结果方可办结。</translation>
        </message>
        <message>
            <source>Case closed.</source>
            <translation>案件已办结。</translation>
        </message>
        <message>
            <source>Add attach&amp;ment…</source>
            <translation>添加附件(&amp;M)…</translation>
        </message>
        <message>
            <source>No attachments.</source>
            <translation>暂无附件。</translation>
        </message>
        <message>
            <source>Attachments: %1</source>
            <translation>附件：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Attach a file to the case</source>
            <translation>为案件添加附件</translation>
        </message>
        <message>
            <source>Scans, photos and PDF (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>扫描件、照片和 PDF (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>File attached.</source>
            <translation>附件已添加。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::CaseListModel</name>
        <message numerus="yes">
            <source>%1 (%n day(s) overdue)</source>
            <translation>
                <numerusform>%1（逾期%n天）</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (due today)</source>
            <translation>%1（今日到期）</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n day(s) left)</source>
            <translation>
                <numerusform>%1（剩%n天）</numerusform>
            </translation>
        </message>
        <message>
            <source>group</source>
            <translation>集体访</translation>
        </message>
        <message>
            <source>repeat</source>
            <translation>重复信访</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收件日期</translation>
        </message>
        <message>
            <source>Petitioners</source>
            <translation>信访人</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>信访方式</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>信访事项</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>办理期限</translation>
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
        <name>youfu::ui::DecisionDialog</name>
        <message>
            <source>Please write the reason.</source>
            <translation>请填写原因。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::DisclosurePanel</name>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message>
            <source>Mask the given &amp;name (张*明)</source>
            <translation>姓名隐去中间字（张*明）(&amp;N)</translation>
        </message>
        <message>
            <source>Masked (first 6 and last 4 digits)</source>
            <translation>隐去中间几位（保留前6位和后4位）</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>不公示</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>至(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;ID number:</source>
            <translation>身份号码(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Displayed from:</source>
            <translation>公示期(&amp;D)：</translation>
        </message>
        <message>
            <source>Supervision &amp;phone:</source>
            <translation>监督电话(&amp;P)：</translation>
        </message>
        <message>
            <source>Issuing offi&amp;ce:</source>
            <translation>发布单位(&amp;C)：</translation>
        </message>
        <message>
            <source>A disclosure never shows phone numbers, bank accounts or addresses. It is displayed for at least 7 days.</source>
            <translation>公示名单不含电话、银行账号和住址。公示期不少于7天。</translation>
        </message>
        <message>
            <source>P&amp;review and print…</source>
            <translation>预览并打印(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Excel…</source>
            <translation>Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>Web pa&amp;ge (HTML)…</source>
            <translation>网页 HTML(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>存为 PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Disclosure %1</source>
            <translation>%1公示</translation>
        </message>
        <message numerus="yes">
            <source>%n recipient(s) written to %1.</source>
            <translation>
                <numerusform>已将%n人写入 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>网页 (*.html)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the disclosure</source>
            <translation>保存公示</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::DocumentDialog</name>
        <message>
            <source>File a document</source>
            <translation>登记材料</translation>
        </message>
        <message>
            <source>Change a document entry</source>
            <translation>修改材料</translation>
        </message>
        <message>
            <source>Correct a verified entry</source>
            <translation>更正已审核材料</translation>
        </message>
        <message>
            <source>The verified entry stays as it is; the correction replaces it once a section chief verifies it.</source>
            <translation>已审核的材料保持不变；更正经科长审核后取代原材料。</translation>
        </message>
        <message>
            <source>The entry counts once a second person (section chief) has verified it.</source>
            <translation>材料须经他人（科长）审核后方才有效。</translation>
        </message>
        <message>
            <source>Date known</source>
            <translation>日期已知</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>材料类别(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>题名(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Pages:</source>
            <translation>页数(&amp;P)：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Reason for the correction:</source>
            <translation>更正原因(&amp;R)：</translation>
        </message>
        <message>
            <source>File correction</source>
            <translation>登记更正</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::DueListModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>待走访</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>公民身份号码</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <source>Responsible leader</source>
            <translation>包保领导</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>The whole list.</source>
            <translation>全部记录。</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <source>F&amp;ull citizen ID numbers (recorded in the audit log)</source>
            <translation>完整身份证号（记入审计日志）(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>保存为(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to
%1</source>
            <translation>
                <numerusform>已导出 %n 行到
%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>请选择文件保存位置。</translation>
        </message>
        <message>
            <source>“%1” exists. Replace it?</source>
            <translation>“%1”已存在。要替换吗？</translation>
        </message>
        <message>
            <source>Exporting %1…</source>
            <translation>正在导出%1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::FestivalAmountDialog</name>
        <message>
            <source>Festival gift amounts</source>
            <translation>节日慰问金标准</translation>
        </message>
        <message>
            <source>The amount per category at 八一 and 春节, with its basis document. A new line supersedes the old from its effective date.</source>
            <translation>八一、春节各类别的慰问金金额及其文件依据。新增的标准自生效日期起取代原标准。</translation>
        </message>
        <message>
            <source>Festival</source>
            <translation>节日</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>文件依据</translation>
        </message>
        <message>
            <source> yuan</source>
            <translation> 元</translation>
        </message>
        <message>
            <source>&amp;Festival:</source>
            <translation>节日(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>类别(&amp;C)：</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <translation>金额(&amp;M)：</translation>
        </message>
        <message>
            <source>Effective f&amp;rom:</source>
            <translation>生效日期(&amp;R)：</translation>
        </message>
        <message>
            <source>Basis n&amp;umber:</source>
            <translation>依据文号(&amp;U)：</translation>
        </message>
        <message>
            <source>Basis &amp;title:</source>
            <translation>依据文件标题(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Add line</source>
            <translation>添加一条(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::FileChooser</name>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n 字节</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::FindResultModel</name>
        <message>
            <source>Person: %1</source>
            <translation>优抚对象：%1</translation>
        </message>
        <message>
            <source>Application: %1</source>
            <translation>申请：%1</translation>
        </message>
        <message>
            <source>Enter opens the person</source>
            <translation>按回车打开此优抚对象</translation>
        </message>
        <message>
            <source>Enter opens the application</source>
            <translation>按回车打开此申请</translation>
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
        <name>youfu::ui::FreeClinicDialog</name>
        <message>
            <source>Correct free clinic</source>
            <translation>修改义诊</translation>
        </message>
        <message>
            <source>New free clinic</source>
            <translation>新建义诊</translation>
        </message>
        <message>
            <source>A free clinic held for entitled persons: who came, and what follows.</source>
            <translation>为优抚对象举办的义诊活动：谁来就诊，后续如何跟进。</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Township:</source>
            <translation>乡镇(&amp;T)：</translation>
        </message>
        <message>
            <source>the hospital that sent the doctors</source>
            <translation>派出医生的医院</translation>
        </message>
        <message>
            <source>&amp;Hospital:</source>
            <translation>医院(&amp;H)：</translation>
        </message>
        <message>
            <source>D&amp;octors:</source>
            <translation>医生(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>地点(&amp;P)：</translation>
        </message>
        <message>
            <source> persons</source>
            <translation> 人</translation>
        </message>
        <message>
            <source>Persons s&amp;een:</source>
            <translation>就诊人数(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Follow-up:</source>
            <translation>后续跟进(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::FreeClinicPanel</name>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>Town&amp;ship:</source>
            <translation>乡镇(&amp;S)：</translation>
        </message>
        <message>
            <source>hospital, doctor or place</source>
            <translation>医院、医生或地点</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>查找(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;New free clinic…</source>
            <translation>新建义诊(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Add person seen…</source>
            <translation>登记就诊对象(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove person</source>
            <translation>移除人员(&amp;R)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <source>Doctors</source>
            <translation>医生</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Persons seen</source>
            <translation>就诊人数</translation>
        </message>
        <message>
            <source>Registry persons</source>
            <translation>在册对象</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>后续跟进</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>诊断结果</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message numerus="yes">
            <source>%n free clinic(s)</source>
            <translation>
                <numerusform>共 %n 次义诊</numerusform>
            </translation>
        </message>
        <message>
            <source>Free clinic recorded.</source>
            <translation>义诊已登记。</translation>
        </message>
        <message>
            <source>Free clinic corrected.</source>
            <translation>义诊已修改。</translation>
        </message>
        <message>
            <source>Person seen recorded.</source>
            <translation>就诊对象已登记。</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>移除人员</translation>
        </message>
        <message>
            <source>Remove %1 from the persons seen at this free clinic?</source>
            <translation>从本次义诊的就诊对象中移除%1？</translation>
        </message>
        <message>
            <source>Free clinics</source>
            <translation>义诊</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::GlobalFindDialog</name>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Name, pinyin initials (zjg), part of a citizen ID or an application number</source>
            <translation>姓名、拼音首字母（如 zjg）、部分身份证号或审批编号</translation>
        </message>
        <message>
            <source>Find a person or an application</source>
            <translation>查找优抚对象或申请</translation>
        </message>
        <message>
            <source>Your role does not open persons or applications.</source>
            <translation>您的角色无权查看优抚对象和申请。</translation>
        </message>
        <message>
            <source>Up and Down choose, Enter opens, Esc closes.</source>
            <translation>上下键选择，回车打开，Esc 关闭。</translation>
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation>没有与“%1”相符的结果。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::HomeCardWidget</name>
        <message>
            <source>Open: %1</source>
            <translation>打开：%1</translation>
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
        <message>
            <source>Registry</source>
            <translation>优抚对象</translation>
        </message>
        <message>
            <source>persons registered, %1 in care</source>
            <translation>人已登记，其中在册 %1 人</translation>
        </message>
        <message>
            <source>Key persons</source>
            <translation>重点对象</translation>
        </message>
        <message>
            <source>in care, visited on a schedule</source>
            <translation>人在册，定期走访</translation>
        </message>
        <message>
            <source>Approvals waiting for me</source>
            <translation>待我审批</translation>
        </message>
        <message>
            <source>applications to sign or amend, oldest first</source>
            <translation>件申请待签署或修改，最早的在前</translation>
        </message>
        <message>
            <source>nothing waits for you</source>
            <translation>暂无待办事项</translation>
        </message>
        <message>
            <source>Archive entries to verify</source>
            <translation>待审核的档案材料</translation>
        </message>
        <message>
            <source>filed by others, waiting for your verification</source>
            <translation>他人登记，待您审核</translation>
        </message>
        <message>
            <source>Archive entries returned</source>
            <translation>被退回的档案材料</translation>
        </message>
        <message>
            <source>of yours, returned by the section chief with a reason</source>
            <translation>您登记的材料，科长已注明原因退回</translation>
        </message>
        <message>
            <source>Archive files overdue</source>
            <translation>档案逾期未还</translation>
        </message>
        <message>
            <source>lent and not back by the expected date</source>
            <translation>已借出，超过预计归还日期仍未归还</translation>
        </message>
        <message>
            <source>Visits due this week</source>
            <translation>本周待走访</translation>
        </message>
        <message>
            <source>due this week / overdue</source>
            <translation>本周待走访 / 已逾期</translation>
        </message>
        <message>
            <source>Petitions due within 7 days</source>
            <translation>信访7日内到期</translation>
        </message>
        <message>
            <source>letters-and-visits cases to decide or answer</source>
            <translation>待决定受理或待答复的信访案件</translation>
        </message>
        <message>
            <source>Petitions overdue</source>
            <translation>信访已逾期</translation>
        </message>
        <message>
            <source>past their statutory deadline</source>
            <translation>已超过法定期限</translation>
        </message>
        <message>
            <source>Warnings not dealt with</source>
            <translation>预警未处置</translation>
        </message>
        <message>
            <source>early warnings from the townships, open</source>
            <translation>乡镇报来的预警信息，尚未处置</translation>
        </message>
        <message>
            <source>Payments failed to fix</source>
            <translation>发放失败待处理</translation>
        </message>
        <message>
            <source>returned by the bank or held: fix and re-issue</source>
            <translation>银行退回或暂缓发放：改正后重发</translation>
        </message>
        <message>
            <source>Rolls waiting for me</source>
            <translation>待我审核的花名册</translation>
        </message>
        <message>
            <source>payment rolls to sign</source>
            <translation>等您签署的发放花名册</translation>
        </message>
        <message>
            <source>Zero reports missing</source>
            <translation>零报告缺报</translation>
        </message>
        <message numerus="yes">
            <source>townships missing a report of the last 7 days; %n not yet in for yesterday</source>
            <translation>
                <numerusform>近 7 天有缺报的乡镇数；昨天尚有 %n 个未报</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 starts on %2 with %3 person(s)</source>
            <translation>%1 于 %2 开始，共 %3 人</translation>
        </message>
        <message>
            <source>Recuperation batch starting soon</source>
            <translation>疗养批次即将开始</translation>
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
        <message>
            <source>To do today</source>
            <translation>今日待办</translation>
        </message>
        <message>
            <source>%1: %2 — %3</source>
            <translation>%1：%2 — %3</translation>
        </message>
        <message>
            <source>Nothing waits for you today.</source>
            <translation>今天没有待办事项。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ImportDialog</name>
        <message>
            <source>Import a roster</source>
            <translation>导入花名册</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The file holds no rows.</source>
            <translation>文件中没有任何行。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ImportFilePage</name>
        <message>
            <source>Choose the roster file</source>
            <translation>选择花名册文件</translation>
        </message>
        <message>
            <source>An Excel workbook (xlsx or xls) or a CSV file as Excel or WPS saves it. Nothing is written to the registry before you confirm the preview.</source>
            <translation>Excel 工作簿（xlsx 或 xls），或 Excel、WPS 保存的 CSV 文件。确认预览之前，不会向名册写入任何内容。</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>Type the path or choose the file</source>
            <translation>输入路径或选择文件</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>选择(&amp;H)…</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
            <translation>电子表格 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message numerus="yes">
            <source>Format: %1 · %2 · first %n row(s) read</source>
            <translation>
                <numerusform>格式：%1 · %2 · 已读取前 %n 行</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ImportLayoutPage</name>
        <message>
            <source>Where is the header?</source>
            <translation>表头在哪里？</translation>
        </message>
        <message>
            <source>The first rows of the file. The header rows are marked; rows above them (titles) and totals or signatures below are never imported.</source>
            <translation>文件的前几行。表头行已标出；表头上方的标题行以及下方的合计、签名行都不会导入。</translation>
        </message>
        <message>
            <source>&amp;First header row:</source>
            <translation>表头首行(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Last header row:</source>
            <translation>表头末行(&amp;L)：</translation>
        </message>
        <message>
            <source>(the same row for a one-level header)</source>
            <translation>（单行表头时两者相同）</translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>各列：%1</translation>
        </message>
        <message>
            <source>No caption in rows %1–%2 is a column the registry knows. Put the first and last header row where 姓名 and 身份证号 stand.</source>
            <translation>第 %1–%2 行没有名册能识别的列标题。请把表头首行和末行设在“姓名”“身份证号”所在的行。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ImportMappingPage</name>
        <message>
            <source>Which column is what?</source>
            <translation>各列是什么？</translation>
        </message>
        <message>
            <source>Each column of the file and the field it is imported into. Correct any that is wrong; a column set to “(not imported)” is left out. The choice is remembered for files with the same header.</source>
            <translation>文件的每一列及其导入到的字段。如有不对请改正；设为“（不导入）”的列不导入。表头相同的文件会记住这次的选择。</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>Columns %1 and %2 are both set to %3; set one of them to another field or to “(not imported)”.</source>
            <translation>第 %1 列和第 %2 列都设为“%3”；请把其中一列改为其他字段或“（不导入）”。</translation>
        </message>
        <message>
            <source>Choose the column that holds %1: it is needed for every person.</source>
            <translation>请选择存放“%1”的列：每个人都必须有此项。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ImportPreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Every row has been read and checked; nothing is written yet. Below is every row that was repaired, not imported, skipped or found twice.</source>
            <translation>已读取并检查每一行，尚未写入。下面列出每一个已修正、未导入、已跳过或重复的行。</translation>
        </message>
        <message>
            <source>&amp;Run the preview again</source>
            <translation>重新预览(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>显示(&amp;S)：</translation>
        </message>
        <message>
            <source>All rows listed</source>
            <translation>全部列出的行</translation>
        </message>
        <message>
            <source>&amp;Export the issue list…</source>
            <translation>导出问题清单(&amp;E)…</translation>
        </message>
        <message>
            <source>Writes the rows listed (as filtered) to a CSV file that Excel opens, so the township can correct its file and send it again.</source>
            <translation>把列出的行（按当前筛选）写入 Excel 可打开的 CSV 文件，以便乡镇改正后重新报送。</translation>
        </message>
        <message>
            <source>Reading and checking every row…</source>
            <translation>正在读取并检查每一行…</translation>
        </message>
        <message>
            <source>The preview was cancelled. Nothing was written.</source>
            <translation>预览已取消，未写入任何内容。</translation>
        </message>
        <message>
            <source>The preview could not be made.</source>
            <translation>无法生成预览。</translation>
        </message>
        <message>
            <source>Press “Import” to write the persons to the registry.</source>
            <translation>按“导入”把这些人员写入名册。</translation>
        </message>
        <message>
            <source>No row can be imported.</source>
            <translation>没有可以导入的行。</translation>
        </message>
        <message>
            <source>To import: &lt;b&gt;%1&lt;/b&gt; · repaired: %2 · not imported: %3 · skipped: %4 · duplicates: %5 (of %6 rows read)</source>
            <translation>将导入：&lt;b&gt;%1&lt;/b&gt; 人 · 已修正：%2 · 未导入：%3 · 已跳过：%4 · 重复：%5（共读取 %6 行）</translation>
        </message>
        <message>
            <source>Export the issue list</source>
            <translation>导出问题清单</translation>
        </message>
        <message>
            <source>Import a roster</source>
            <translation>导入花名册</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) will be imported. The import can be seen in the audit log afterwards.</source>
            <translation>
                <numerusform>将导入 %n 人，写入后可在审计日志中查看。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Writing the persons to the registry…</source>
            <translation>正在把人员写入名册…</translation>
        </message>
        <message>
            <source>The import could not be made.</source>
            <translation>无法完成导入。</translation>
        </message>
        <message>
            <source>%1-issues.xlsx</source>
            <translation>%1-问题清单.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source> · %n row(s) add a further category to a person of an earlier row</source>
            <translation>
                <numerusform> · %n 行为前面某行的人员增加了类别</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ImportResultPage</name>
        <message>
            <source>Imported</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Added to the registry: %1 person(s), %2 category record(s), %3 key person(s).</source>
            <translation>已加入名册：%1 人，类别记录 %2 条，重点对象 %3 人。</translation>
        </message>
        <message>
            <source>The audit log records the import with the file and its counts.</source>
            <translation>审计日志记录了这次导入的文件和各项数量。</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) were not imported. Export the issue list from the preview next time, have the rows corrected, and import the file again: persons already in the registry are reported, not imported twice.</source>
            <translation>
                <numerusform>%n 行未导入。可在预览中导出问题清单，请乡镇改正后再次导入此文件：已在名册中的人员只会提示，不会重复导入。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::IncompletePersonModel</name>
        <message>
            <source>(no archive)</source>
            <translation>（无档案）</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>公民身份号码</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Archive number</source>
            <translation>档案号</translation>
        </message>
        <message>
            <source>Missing documents</source>
            <translation>缺少的材料</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::InfoStaffModel</name>
        <message>
            <source>(township)</source>
            <translation>（乡镇）</translation>
        </message>
        <message>
            <source>serving</source>
            <translation>在任</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>所在群体</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>任职日期</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>离任日期</translation>
        </message>
        <message>
            <source>Duty</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Training hours this year</source>
            <translation>本年培训学时</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::InfoStaffPanel</name>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇(&amp;W)：</translation>
        </message>
        <message>
            <source>Serving on&amp;ly</source>
            <translation>仅在任(&amp;L)</translation>
        </message>
        <message>
            <source>The group they sit inside; empty for the township's own</source>
            <translation>所在群体；乡镇本级信息员留空</translation>
        </message>
        <message>
            <source>Townshi&amp;p:</source>
            <translation>乡镇(&amp;P)：</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>姓名(&amp;A)：</translation>
        </message>
        <message>
            <source>Pho&amp;ne:</source>
            <translation>电话(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>群体(&amp;G)：</translation>
        </message>
        <message>
            <source>Ser&amp;ving since:</source>
            <translation>任职日期(&amp;V)：</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>A&amp;dd new</source>
            <translation>新增(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>离任日期(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;End service</source>
            <translation>离任(&amp;E)</translation>
        </message>
        <message>
            <source>%1 is saved as information staff.</source>
            <translation>信息员%1已保存。</translation>
        </message>
        <message>
            <source>Choose the information staff member whose service ends.</source>
            <translation>请选择要离任的信息员。</translation>
        </message>
        <message>
            <source>%1 no longer serves as information staff.</source>
            <translation>%1已不再担任信息员。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::KeyPersonDialog</name>
        <message>
            <source>A user, or type the name of somebody without a login</source>
            <translation>选择用户，或输入没有账号的人员姓名</translation>
        </message>
        <message>
            <source>Change key-person record</source>
            <translation>修改重点对象记录</translation>
        </message>
        <message>
            <source>New key person</source>
            <translation>新增重点对象</translation>
        </message>
        <message>
            <source>Saving starts a new record from the date given; the earlier one stays in the history.</source>
            <translation>保存后自所填日期起开始一条新记录，原记录保留在历史中。</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>对象(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;In words:</source>
            <translation>具体说明(&amp;I)：</translation>
        </message>
        <message>
            <source>Ris&amp;k:</source>
            <translation>风险等级(&amp;K)：</translation>
        </message>
        <message>
            <source>Responsible &amp;leader:</source>
            <translation>包保领导(&amp;L)：</translation>
        </message>
        <message>
            <source>Responsible &amp;worker:</source>
            <translation>责任人(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Since:</source>
            <translation>开始日期(&amp;S)：</translation>
        </message>
        <message>
            <source>Re&amp;view on:</source>
            <translation>复核日期(&amp;V)：</translation>
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
        <message>
            <source>Backup on exit failed</source>
            <translation>退出时备份失败</translation>
        </message>
        <message>
            <source>Database on a network share</source>
            <translation>数据库位于网络共享位置</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>以只读方式打开(&amp;R)</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>There is no backup in %1. Choose a backup file (from a USB disk), or ask for help; do not delete the damaged file.</source>
            <translation>%1 中没有备份。请选择备份文件（如U盘中的备份），或寻求技术支持；请勿删除已损坏的文件。</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>最近一次备份时间为 %1。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Administrator of the backup</source>
            <translation>备份中的系统管理员</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>恢复失败</translation>
        </message>
        <message>
            <source>The backup %1 was restored.</source>
            <translation>已恢复备份 %1。</translation>
        </message>
        <message>
            <source>The previous database is kept as %1.</source>
            <translation>原数据库已另存为 %1。</translation>
        </message>
        <message>
            <source>Replace the database with the backup %1? Everything entered since that backup will no longer be in the database (the current file is kept aside). Everyone must log in again.</source>
            <translation>确定用备份 %1 替换当前数据库吗？该备份之后录入的所有内容将不再保留在数据库中（当前文件会另行保存）。所有用户须重新登录。</translation>
        </message>
        <message>
            <source>The logout could not be recorded: %1</source>
            <translation>无法记录退出登录：%1</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::LendDialog</name>
        <message>
            <source>Lend the file</source>
            <translation>档案借阅</translation>
        </message>
        <message>
            <source>Lend the file %1</source>
            <translation>借阅档案 %1</translation>
        </message>
        <message>
            <source>A file that is out cannot be lent again until it comes back.</source>
            <translation>档案借出后，须归还才能再次借阅。</translation>
        </message>
        <message>
            <source>&amp;Borrower:</source>
            <translation>借阅人(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>单位(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>借阅用途(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Expected return:</source>
            <translation>预计归还日期(&amp;E)：</translation>
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
        <message>
            <source>&amp;Backup now…</source>
            <translation>立即备份(&amp;B)…</translation>
        </message>
        <message>
            <source>Backup to &amp;folder…</source>
            <translation>备份到文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>Last backup: %1</source>
            <translation>上次备份：%1</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>尚未备份</translation>
        </message>
        <message>
            <source>Backup FAILED — %1</source>
            <translation>备份失败 — %1</translation>
        </message>
        <message>
            <source>The backup was written and checked:
%1</source>
            <translation>备份已写入并校验无误：
%1</translation>
        </message>
        <message numerus="yes">
            <source>%n scanned document(s) copied.</source>
            <translation>
                <numerusform>已复制 %n 份扫描件。</numerusform>
            </translation>
        </message>
        <message>
            <source>The key file %1.key was copied beside it. Keep it together with the backup and as safe as the backup: without it the phone and bank numbers in the backup can never be read again; with it, anyone holding the backup can read them.</source>
            <translation>密钥文件 %1.key 已复制到备份旁边。请将其与备份一同妥善保管，保密要求与备份相同：缺少密钥文件，备份中的电话号码和银行账号将永远无法读取；而持有密钥文件和备份的任何人都能读取这些信息。</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Choose the folder for the backup (for example a USB disk)</source>
            <translation>选择备份文件夹（例如U盘）</translation>
        </message>
        <message>
            <source>&amp;Find person or application…</source>
            <translation>查找对象或申请(&amp;F)…</translation>
        </message>
        <message>
            <source>User &amp;manual</source>
            <translation>使用说明(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ManualWindow</name>
        <message>
            <source>Youfu user manual</source>
            <translation>优抚工作台使用说明</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message>
            <source>a word in the manual (Ctrl+F)</source>
            <translation>输入要查找的文字（Ctrl+F）</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>下一处(&amp;N)</translation>
        </message>
        <message>
            <source>Pre&amp;vious</source>
            <translation>上一处(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Print preview, print or save the manual as PDF</source>
            <translation>打印预览、打印或将本说明另存为 PDF</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>The manual is missing from this copy of Youfu.</source>
            <translation>此优抚工作台程序中缺少使用说明。</translation>
        </message>
        <message>
            <source>“%1” is not in the manual.</source>
            <translation>使用说明中没有“%1”。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::MedicalDialog</name>
        <message>
            <source>New medical settlement</source>
            <translation>新建医疗结算</translation>
        </message>
        <message>
            <source>Copy the sums from the hospital's one-stop settlement slip.</source>
            <translation>按医院一站式结算单填写各项金额。</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>优抚对象(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Hospital:</source>
            <translation>医院(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Admitted:</source>
            <translation>入院日期(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Discharged:</source>
            <translation>出院日期(&amp;D)：</translation>
        </message>
        <message>
            <source>S&amp;ettled:</source>
            <translation>结算日期(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Total cost (yuan):</source>
            <translation>总费用（元）(&amp;T)：</translation>
        </message>
        <message>
            <source>Paid by &amp;insurance:</source>
            <translation>医保支付(&amp;I)：</translation>
        </message>
        <message>
            <source>Paid by the &amp;subsidy:</source>
            <translation>优抚补助(&amp;S)：</translation>
        </message>
        <message>
            <source>Paid by the pers&amp;on:</source>
            <translation>个人自付(&amp;O)：</translation>
        </message>
        <message>
            <source>This year:</source>
            <translation>本年度：</translation>
        </message>
        <message>
            <source>Only when the subsidy goes over the cap</source>
            <translation>仅在补助超过限额时填写</translation>
        </message>
        <message>
            <source>Over the cap &amp;because:</source>
            <translation>超限额原因(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>保存(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>Choose the person to see the subsidy of the year.</source>
            <translation>选择优抚对象后显示本年度补助情况。</translation>
        </message>
        <message>
            <source>subsidy %1 of the %2 yuan cap used in %3; %4 yuan left.</source>
            <translation>%3 年已用补助 %1 元，限额 %2 元，剩余 %4 元。</translation>
        </message>
        <message>
            <source>This subsidy goes over the cap: write the reason.</source>
            <translation>本次补助超过限额：请写明原因。</translation>
        </message>
        <message>
            <source>The three parts make %1 yuan, not the total.</source>
            <translation>三项合计 %1 元，与总费用不符。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::MedicalListModel</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>Voided: %1</source>
            <translation>已作废：%1</translation>
        </message>
        <message>
            <source>Over the cap: %1</source>
            <translation>超限额：%1</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>结算日期</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <source>In hospital</source>
            <translation>住院时间</translation>
        </message>
        <message>
            <source>Total (yuan)</source>
            <translation>总费用（元）</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>医保支付</translation>
        </message>
        <message>
            <source>Subsidy</source>
            <translation>优抚补助</translation>
        </message>
        <message>
            <source>Paid by the person</source>
            <translation>个人自付</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::MedicalPanel</name>
        <message>
            <source>All years</source>
            <translation>全部年份</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇(&amp;W)：</translation>
        </message>
        <message>
            <source>Name or citizen ID</source>
            <translation>姓名或身份证号</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>查找(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;New settlement…</source>
            <translation>新建结算(&amp;N)…</translation>
        </message>
        <message>
            <source>V&amp;oid…</source>
            <translation>作废(&amp;O)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message numerus="yes">
            <source>%n settlement(s)</source>
            <translation>
                <numerusform>共 %n 笔结算</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a settlement to see the person's subsidy of its year.</source>
            <translation>选择一笔结算，查看此人当年的补助情况。</translation>
        </message>
        <message>
            <source>%1 in %2: subsidy %3 of the %4 yuan cap, %5 yuan left.</source>
            <translation>%1 %2 年：已用补助 %3 元，限额 %4 元，剩余 %5 元。</translation>
        </message>
        <message>
            <source>Medical settlement saved.</source>
            <translation>医疗结算已保存。</translation>
        </message>
        <message>
            <source>Void settlement</source>
            <translation>作废结算</translation>
        </message>
        <message>
            <source>Why is the settlement of %1 at %2 on %3 voided? It stays in the register, marked void, and no longer counts against the cap.</source>
            <translation>为什么作废 %1 在%2 %3 的结算？作废后记录仍保留在登记表中并标明作废，不再计入限额。</translation>
        </message>
        <message>
            <source>Settlement voided.</source>
            <translation>结算已作废。</translation>
        </message>
        <message>
            <source>Medical settlements %1.xlsx</source>
            <translation>医疗一站式结算 %1.xlsx</translation>
        </message>
        <message>
            <source>Export medical settlements</source>
            <translation>导出医疗结算</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n settlement(s) exported.</source>
            <translation>
                <numerusform>已导出 %n 笔结算。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::NumberFormatEditor</name>
        <message>
            <source>e.g. 县民优审</source>
            <translation>如 县民优审</translation>
        </message>
        <message>
            <source>&amp;Prefix:</source>
            <translation>前缀(&amp;P)：</translation>
        </message>
        <message>
            <source>in 〔〕, as 〔2026〕</source>
            <translation>用〔〕，如〔2026〕</translation>
        </message>
        <message>
            <source>in （）, as （2026）</source>
            <translation>用（），如（2026）</translation>
        </message>
        <message>
            <source>not shown</source>
            <translation>不显示</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source> digits</source>
            <translation> 位</translation>
        </message>
        <message>
            <source>&amp;Sequence:</source>
            <translation>序号(&amp;S)：</translation>
        </message>
        <message>
            <source>S&amp;uffix:</source>
            <translation>后缀(&amp;U)：</translation>
        </message>
        <message>
            <source>Next number:</source>
            <translation>下一个编号：</translation>
        </message>
        <message>
            <source>The prefix and the suffix cannot contain { or }.</source>
            <translation>前缀和后缀不能含有 { 或 }。</translation>
        </message>
        <message>
            <source>Enter the prefix, for example 县民优审.</source>
            <translation>请填写前缀，如“县民优审”。</translation>
        </message>
        <message>
            <source>Numbers start again at 1 every year, so the year must be part of the number: choose 〔〕 or （）.</source>
            <translation>编号每年从 1 重新开始，编号中必须含有年份：请选择〔〕或（）。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PageGroup</name>
        <message>
            <source>Daily</source>
            <translation>日常</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>业务</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>维稳</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>资金</translation>
        </message>
        <message>
            <source>Appraisal</source>
            <translation>考核</translation>
        </message>
        <message>
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <source>Townships and care</source>
            <translation>乡镇与关爱</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PaymentLineModel</name>
        <message>
            <source>paid on %1</source>
            <translation>%1已发放</translation>
        </message>
        <message>
            <source>re-issued</source>
            <translation>已重发</translation>
        </message>
        <message>
            <source>re-issue of an earlier line</source>
            <translation>重发</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PaymentPage</name>
        <message>
            <source>Payments</source>
            <translation>资金发放</translation>
        </message>
        <message>
            <source>Read only: rolls are drafted and paid by the clerk; the section chief and the director sign them.</source>
            <translation>只读：花名册由经办人编制和发放，科长审核、局长审批。</translation>
        </message>
        <message>
            <source>Rolls</source>
            <translation>发放花名册</translation>
        </message>
        <message>
            <source>Recoveries</source>
            <translation>追回</translation>
        </message>
        <message>
            <source>Timely and in full</source>
            <translation>及时足额</translation>
        </message>
        <message>
            <source>Disclosure</source>
            <translation>公示</translation>
        </message>
        <message>
            <source>Bank templates</source>
            <translation>银行模板</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PaymentWords</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>Months paid</source>
            <translation>发放月份</translation>
        </message>
        <message>
            <source>%1: %2 yuan</source>
            <translation>%1：%2元</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PersonCarePanel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Care is shown once the person is saved.</source>
            <translation>保存优抚对象后显示关爱记录。</translation>
        </message>
        <message>
            <source>No recuperation, medical settlement, free clinic or temporary assistance is recorded for this person.</source>
            <translation>此人没有疗养、医疗结算、义诊或临时救助记录。</translation>
        </message>
        <message numerus="yes">
            <source>%n care record(s), newest first.</source>
            <translation>
                <numerusform>共 %n 条关爱记录，最新的在前。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PersonCategoryDialog</name>
        <message>
            <source>Add a category</source>
            <translation>增加优抚类别</translation>
        </message>
        <message>
            <source>A person may hold several categories, each from its own date.</source>
            <translation>一人可同时享受多个优抚类别，各类别分别确定起始日期。</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>优抚类别(&amp;C)：</translation>
        </message>
        <message>
            <source>Held &amp;from:</source>
            <translation>起始日期(&amp;F)：</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Disability &amp;grade:</source>
            <translation>残疾等级(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Nature:</source>
            <translation>性质(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Relation to the serviceman:</source>
            <translation>与军人关系(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Serviceman's name:</source>
            <translation>军人姓名(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Enlisted on:</source>
            <translation>入伍日期(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Discharged on:</source>
            <translation>退役日期(&amp;D)：</translation>
        </message>
        <message>
            <source>End a category</source>
            <translation>终止优抚类别</translation>
        </message>
        <message>
            <source>End “%1”</source>
            <translation>终止“%1”</translation>
        </message>
        <message>
            <source>The category stays in the person's record with its end date.</source>
            <translation>该类别将连同终止日期保留在此人的记录中。</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>终止日期(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PersonChooser</name>
        <message>
            <source>Type a name or part of the citizen ID, then Enter</source>
            <translation>输入姓名或部分身份证号，按回车查找</translation>
        </message>
        <message>
            <source>Delete removes the chosen person from the list</source>
            <translation>按 Delete 键从名单中删去所选的人</translation>
        </message>
        <message>
            <source>person %1</source>
            <translation>对象 %1</translation>
        </message>
        <message>
            <source>Nobody chosen yet</source>
            <translation>尚未选择</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PersonEditor</name>
        <message>
            <source>&amp;Particulars</source>
            <translation>基本信息(&amp;P)</translation>
        </message>
        <message>
            <source>Ca&amp;tegories</source>
            <translation>优抚类别(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>变更记录(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>18 characters; an old 15-digit number is converted</source>
            <translation>18位；15位旧号码将自动转换</translation>
        </message>
        <message>
            <source>&amp;Open that record</source>
            <translation>打开该记录(&amp;O)</translation>
        </message>
        <message>
            <source>— from the ID —</source>
            <translation>— 按身份号码 —</translation>
        </message>
        <message>
            <source>Se&amp;x:</source>
            <translation>性别(&amp;X)：</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, taken from the ID</source>
            <translation>YYYY-MM-DD，取自公民身份号码</translation>
        </message>
        <message>
            <source>&amp;Born:</source>
            <translation>出生日期(&amp;B)：</translation>
        </message>
        <message>
            <source>mobile 13807391234 or landline 0739-4221234</source>
            <translation>手机 13807391234 或固定电话 0739-4221234</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Show the full number (recorded in the audit log)</source>
            <translation>显示完整号码（将记入审计日志）</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇（街道）(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Village / community:</source>
            <translation>村（社区）(&amp;V)：</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>住址(&amp;D)：</translation>
        </message>
        <message>
            <source>e.g. 武冈农村商业银行</source>
            <translation>例如：武冈农村商业银行</translation>
        </message>
        <message>
            <source>Ban&amp;k:</source>
            <translation>开户银行(&amp;K)：</translation>
        </message>
        <message>
            <source>Bank &amp;account:</source>
            <translation>银行账号(&amp;A)：</translation>
        </message>
        <message>
            <source>Key person (重点对象): visited on a schedule</source>
            <translation>重点对象：定期走访</translation>
        </message>
        <message>
            <source>why: the risk, e.g. repeated petitions about the benefit grade</source>
            <translation>列为重点对象的原因，例如：因评残等级多次信访</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>风险情况(&amp;R)：</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>— choose the township first —</source>
            <translation>— 请先选择乡镇（街道） —</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>新登记优抚对象</translation>
        </message>
        <message>
            <source>%1 — registry</source>
            <translation>%1 — 优抚对象信息</translation>
        </message>
        <message>
            <source>Register a new person</source>
            <translation>登记新优抚对象</translation>
        </message>
        <message>
            <source>%1   %2   %3</source>
            <translation>%1   %2   %3</translation>
        </message>
        <message>
            <source>Shown masked. “Show” reveals the full number to change it.</source>
            <translation>号码已脱敏显示。如需修改，请点击“显示”查看完整号码。</translation>
        </message>
        <message>
            <source>Type the date as YYYY-MM-DD, e.g. 1949-12-31.</source>
            <translation>请按 YYYY-MM-DD 格式输入日期，例如：1949-12-31。</translation>
        </message>
        <message>
            <source>Already registered for %1 (born %2, %3).</source>
            <translation>已登记为 %1（%2 出生，%3）。</translation>
        </message>
        <message>
            <source>%1 · born %2 · %3</source>
            <translation>%1 · %2 出生 · %3</translation>
        </message>
        <message>
            <source>%1 of 18 characters</source>
            <translation>已输入 %1 位，共18位</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>Registered.</source>
            <translation>已登记。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>The category %1 was not added: %2</source>
            <translation>优抚类别 %1 未能增加：%2</translation>
        </message>
        <message>
            <source>Open that record</source>
            <translation>打开该记录</translation>
        </message>
        <message>
            <source>Leave the changes to this person unsaved and open the other record?</source>
            <translation>放弃对此人的修改，打开另一条记录吗？</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close without saving the changes?</source>
            <translation>不保存修改，直接关闭吗？</translation>
        </message>
        <message>
            <source>The categories the person holds now and held before. Ending a category keeps it in the record.</source>
            <translation>此人现在和以前享受的优抚类别。终止的类别仍保留在记录中。</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Grade, relation, service</source>
            <translation>等级、关系、服役情况</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>终止日期</translation>
        </message>
        <message>
            <source>Why it ended</source>
            <translation>终止原因</translation>
        </message>
        <message>
            <source>&amp;Add category…</source>
            <translation>增加类别(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;End category…</source>
            <translation>终止类别(&amp;E)…</translation>
        </message>
        <message>
            <source>(added on saving)</source>
            <translation>（保存时增加）</translation>
        </message>
        <message>
            <source>Ca&amp;tegories (%1)</source>
            <translation>优抚类别(&amp;T)（%1）</translation>
        </message>
        <message>
            <source>“%1” will be added when the person is saved.</source>
            <translation>“%1”将在保存时增加。</translation>
        </message>
        <message>
            <source>“%1” added.</source>
            <translation>已增加“%1”。</translation>
        </message>
        <message>
            <source>“%1” ended on %2.</source>
            <translation>“%1”已于 %2 终止。</translation>
        </message>
        <message>
            <source>Change the status</source>
            <translation>变更状态</translation>
        </message>
        <message>
            <source>e.g. died on …, certificate of the township; moved to …</source>
            <translation>例如：于……死亡，有乡镇（街道）证明；迁往……</translation>
        </message>
        <message>
            <source>&amp;Record the change</source>
            <translation>登记变更(&amp;R)</translation>
        </message>
        <message>
            <source>New status:</source>
            <translation>新状态：</translation>
        </message>
        <message>
            <source>Since:</source>
            <translation>起始日期：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Status history:</source>
            <translation>状态变更记录：</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>A new person is registered as 在册 (active).</source>
            <translation>新登记的优抚对象状态为“在册”。</translation>
        </message>
        <message>
            <source>Now: &lt;b&gt;%1&lt;/b&gt; since %2%3</source>
            <translation>当前：&lt;b&gt;%1&lt;/b&gt;，自 %2 起%3</translation>
        </message>
        <message>
            <source>Recorded: %1 since %2.</source>
            <translation>已登记：自 %2 起为%1。</translation>
        </message>
        <message>
            <source>Every change to this person, from the audit log (newest first).</source>
            <translation>此人的全部变更记录，取自审计日志（最新的在前）。</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>No changes since the person came in with a bulk import (recorded once for the whole import).</source>
            <translation>此人经批量导入后未有变更（批量导入在审计日志中整体记为一条）。</translation>
        </message>
        <message>
            <source>&amp;History (%1)</source>
            <translation>变更记录(&amp;H)（%1）</translation>
        </message>
        <message>
            <source>Show the full number and birth date (recorded in the audit log)</source>
            <translation>显示完整号码和出生日期（将记入审计日志）</translation>
        </message>
        <message>
            <source>The sheet shows the full ID number; printing it is recorded in the audit log.</source>
            <translation>信息表显示完整的公民身份号码，打印操作将记入审计日志。</translation>
        </message>
        <message>
            <source>The sheet shows the full ID number, which you may not see.</source>
            <translation>信息表显示完整的公民身份号码，您无权查看。</translation>
        </message>
        <message>
            <source>%1 · born in %2 · %3</source>
            <translation>%1 · %2年出生 · %3</translation>
        </message>
        <message>
            <source>Draft a benefit application for this person</source>
            <translation>为此人起草待遇申请</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>状态(&amp;U)</translation>
        </message>
        <message>
            <source>Print summar&amp;y sheet…</source>
            <translation>打印信息表(&amp;Y)…</translation>
        </message>
        <message>
            <source>Dra&amp;ft application…</source>
            <translation>起草申请(&amp;F)…</translation>
        </message>
        <message>
            <source>Citi&amp;zen ID:</source>
            <translation>公民身份号码(&amp;Z)：</translation>
        </message>
        <message>
            <source>Ethn&amp;icity:</source>
            <translation>民族(&amp;I)：</translation>
        </message>
        <message>
            <source>Phon&amp;e:</source>
            <translation>联系电话(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>出生年份(&amp;B)：</translation>
        </message>
        <message>
            <source>Visit &amp;log</source>
            <translation>走访记录(&amp;L)</translation>
        </message>
        <message>
            <source>Letters and visits</source>
            <translation>信访</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>资金发放</translation>
        </message>
        <message>
            <source>&amp;Medical and care</source>
            <translation>关爱(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PersonPaymentsPanel</name>
        <message>
            <source>Roll</source>
            <translation>花名册</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Recovery</source>
            <translation>追回</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Payments show once the person is saved.</source>
            <translation>保存后才显示发放记录。</translation>
        </message>
        <message>
            <source>No roll pays this person yet.</source>
            <translation>尚无发放记录。</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) on the rolls, %1 yuan paid by the bank.</source>
            <translation>
                <numerusform>花名册中共%n笔，银行已发放%1元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recovery(ies) open.</source>
            <translation>
                <numerusform>有%n笔追回款未办结。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PersonPetitionsPanel</name>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收件日期</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>信访事项</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>No letters-and-visits cases name this person.</source>
            <translation>此人没有信访案件。</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) name this person as a petitioner. Double-click one to open it.</source>
            <translation>
                <numerusform>此人作为信访人的案件共%n件。双击打开。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cases show once the person is saved.</source>
            <translation>保存此人后即显示其信访案件。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PersonPickModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>公民身份号码</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>born %1</source>
            <translation>%1年生</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>优抚对象</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PersonSeenDialog</name>
        <message>
            <source>Person seen</source>
            <translation>就诊对象</translation>
        </message>
        <message>
            <source>Person seen at the free clinic</source>
            <translation>义诊就诊对象</translation>
        </message>
        <message>
            <source>Type a name or part of the citizen ID and take the person from the registry.</source>
            <translation>输入姓名或部分身份号码，从花名册中选择人员。</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>优抚对象(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Finding:</source>
            <translation>诊断结果(&amp;F)：</translation>
        </message>
        <message>
            <source>F&amp;ollow-up:</source>
            <translation>后续跟进(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PersonVisitsPanel</name>
        <message>
            <source>Key-person records</source>
            <translation>重点对象记录</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>复核日期</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>结束原因</translation>
        </message>
        <message>
            <source>Visit plans</source>
            <translation>走访计划</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Rhythm</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访慰问</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>形式</translation>
        </message>
        <message>
            <source>What they asked</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Money (yuan)</source>
            <translation>慰问金（元）</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>后续办理</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>执行中</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>已停止：%1</translation>
        </message>
        <message>
            <source>Visits are kept once the person is saved.</source>
            <translation>保存此人后才能记录走访。</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) recorded. Visits are recorded on the Visits page.</source>
            <translation>
                <numerusform>已记录 %n 次走访。走访在“走访慰问”页面记录。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PetitionPage</name>
        <message>
            <source>Letters and visits</source>
            <translation>信访</translation>
        </message>
        <message>
            <source>Read only: cases are registered and handled by the clerk and the section chief.</source>
            <translation>只读：信访案件由经办人和科长登记、办理。</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>稳定形势</translation>
        </message>
        <message>
            <source>Early warnings</source>
            <translation>预警信息</translation>
        </message>
        <message>
            <source>Information staff</source>
            <translation>信息员</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Any deadline</source>
            <translation>全部期限</translation>
        </message>
        <message>
            <source>A deadline runs</source>
            <translation>正在计时</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Due within 7 days</source>
            <translation>7日内到期</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message>
            <source>Any subject</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Any flag</source>
            <translation>全部标记</translation>
        </message>
        <message>
            <source>Group petitions</source>
            <translation>集体访</translation>
        </message>
        <message>
            <source>Beyond level</source>
            <translation>越级访</translation>
        </message>
        <message>
            <source>Repeat petitions</source>
            <translation>重复访</translation>
        </message>
        <message>
            <source>Anyone responsible</source>
            <translation>全部责任人</translation>
        </message>
        <message>
            <source>Number, petitioner or summary</source>
            <translation>编号、信访人或内容</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>状态(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Deadline:</source>
            <translation>期限(&amp;D)：</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇(&amp;W)：</translation>
        </message>
        <message>
            <source>Su&amp;bject:</source>
            <translation>类别(&amp;B)：</translation>
        </message>
        <message>
            <source>Fla&amp;gs:</source>
            <translation>标记(&amp;G)：</translation>
        </message>
        <message>
            <source>Responsib&amp;le:</source>
            <translation>责任人(&amp;L)：</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>查找(&amp;X)：</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>登记案件(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open case…</source>
            <translation>打开案件(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s).</source>
            <translation>
                <numerusform>共%n件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Case %1 registered.</source>
            <translation>案件%1已登记。</translation>
        </message>
        <message>
            <source>Case %1 saved.</source>
            <translation>案件%1已保存。</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Letters and visits cases</source>
            <translation>信访案件</translation>
        </message>
        <message>
            <source>Extension de&amp;puty…</source>
            <translation>延期审批人(&amp;P)…</translation>
        </message>
        <message>
            <source>Name the deputy who may approve extensions besides the director</source>
            <translation>指定除局长外可批准延期的副局长</translation>
        </message>
        <message>
            <source>(nobody: only the director)</source>
            <translation>（不指定：仅局长批准）</translation>
        </message>
        <message>
            <source>Extension deputy</source>
            <translation>延期审批人</translation>
        </message>
        <message>
            <source>Besides you, who may approve the extension of a case's answer period?</source>
            <translation>除您之外，还由谁批准信访案件延期办理？</translation>
        </message>
        <message>
            <source>%1 may now approve extensions.</source>
            <translation>%1现在可以批准延期。</translation>
        </message>
        <message>
            <source>Only the director approves extensions now.</source>
            <translation>现在仅由局长批准延期。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PetitionStatModel</name>
        <message>
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Accepted on time</source>
            <translation>按期受理率</translation>
        </message>
        <message>
            <source>Answered on time</source>
            <translation>按期办结率</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PlanDialog</name>
        <message>
            <source>Change visit plan</source>
            <translation>修改走访计划</translation>
        </message>
        <message>
            <source>New visit plan</source>
            <translation>新建走访计划</translation>
        </message>
        <message>
            <source>Due dates follow the plan's rhythm from its start; a late visit does not move them.</source>
            <translation>应走访日期从计划开始之日按周期推算；推迟的走访不改变以后各期的日期。</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>One &amp;person</source>
            <translation>一名对象(&amp;P)</translation>
        </message>
        <message>
            <source>A &amp;group</source>
            <translation>一类群体(&amp;G)</translation>
        </message>
        <message>
            <source>Covers:</source>
            <translation>对象：</translation>
        </message>
        <message>
            <source>&amp;Categories:</source>
            <translation>类别(&amp;C)：</translation>
        </message>
        <message>
            <source>T&amp;ownships (none: all):</source>
            <translation>乡镇（不选即全部）(&amp;O)：</translation>
        </message>
        <message>
            <source>Disabled servicemen only, e.g. 1,2 (empty: all grades)</source>
            <translation>仅限残疾军人，如 1,2（不填即全部等级）</translation>
        </message>
        <message>
            <source>G&amp;rades:</source>
            <translation>等级(&amp;R)：</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>每季度</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>每年</translation>
        </message>
        <message>
            <source>Every few weeks</source>
            <translation>每几周</translation>
        </message>
        <message>
            <source>Festivals only</source>
            <translation>仅节日</translation>
        </message>
        <message>
            <source>every &amp;weeks:</source>
            <translation>间隔周数(&amp;W)：</translation>
        </message>
        <message>
            <source>R&amp;hythm:</source>
            <translation>周期(&amp;H)：</translation>
        </message>
        <message>
            <source>Before &amp;Bayi (1 August)</source>
            <translation>八一前(&amp;B)</translation>
        </message>
        <message>
            <source>Before the &amp;Spring Festival</source>
            <translation>春节前(&amp;S)</translation>
        </message>
        <message>
            <source>Festivals:</source>
            <translation>节日：</translation>
        </message>
        <message>
            <source>&amp;Visitors:</source>
            <translation>走访人(&amp;V)：</translation>
        </message>
        <message>
            <source>Visitors without a login, separated by commas</source>
            <translation>没有账号的走访人，用逗号分隔</translation>
        </message>
        <message>
            <source>Other &amp;names:</source>
            <translation>其他走访人(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Until stopped</source>
            <translation>直到停止(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>结束(&amp;E)：</translation>
        </message>
        <message>
            <source>St&amp;art:</source>
            <translation>开始(&amp;A)：</translation>
        </message>
        <message>
            <source>Pause&amp;d from</source>
            <translation>暂停自(&amp;D)</translation>
        </message>
        <message>
            <source>unt&amp;il</source>
            <translation>至(&amp;I)</translation>
        </message>
        <message>
            <source>Pause:</source>
            <translation>暂停：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PolicyPage</name>
        <message>
            <source>Benefit standards</source>
            <translation>抚恤补助标准</translation>
        </message>
        <message>
            <source>Every benefit has its basis here. Lines are never changed: a new standard supersedes the old one from its effective date, so the standard of any day can always be looked up.</source>
            <translation>每项待遇都须在此有据可查。标准一经录入不再修改：新标准自生效之日起取代旧标准，因此任何一天适用的标准都可查询。</translation>
        </message>
        <message>
            <source>The amounts marked 演示〔示意〕 are ILLUSTRATIVE demo data, not official standards. Enter the standards in force with their real basis documents before real use.</source>
            <translation>标有“演示〔示意〕”的金额仅为示意性演示数据，并非正式标准。正式使用前，请录入现行标准及其真实的文件依据。</translation>
        </message>
        <message>
            <source>&amp;New standard…</source>
            <translation>新增标准(&amp;N)…</translation>
        </message>
        <message>
            <source>Load the &amp;illustrative demo book</source>
            <translation>载入示意性演示标准(&amp;I)</translation>
        </message>
        <message>
            <source>The standard was added to the book.</source>
            <translation>标准已录入。</translation>
        </message>
        <message numerus="yes">
            <source>%n illustrative line(s) added.</source>
            <translation>
                <numerusform>已添加 %n 条示意性标准。</numerusform>
            </translation>
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
        <name>youfu::ui::PublicityDialog</name>
        <message>
            <source>Correct publicity</source>
            <translation>修改宣传记录</translation>
        </message>
        <message>
            <source>New publicity</source>
            <translation>新建宣传记录</translation>
        </message>
        <message>
            <source>Brochures and materials handed to a township, or a policy session held.</source>
            <translation>发放给乡镇的宣传册和资料，或举办的政策宣讲。</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>Whole county</source>
            <translation>全县</translation>
        </message>
        <message>
            <source>&amp;Township:</source>
            <translation>乡镇(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Materials:</source>
            <translation>宣传资料(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Copies:</source>
            <translation>份数(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Audience:</source>
            <translation>参加人数(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>地点(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>宣讲主题(&amp;S)：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::PublicityPanel</name>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>Town&amp;ship:</source>
            <translation>乡镇(&amp;S)：</translation>
        </message>
        <message>
            <source>Both kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <source>materials, subject or place</source>
            <translation>资料、主题或地点</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>查找(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;New publicity…</source>
            <translation>新建宣传(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Whole county</source>
            <translation>全县</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Materials or subject</source>
            <translation>资料或主题</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>发放次数</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>培训列表</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>共 %n 条记录</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in all</source>
            <translation>%1年合计</translation>
        </message>
        <message>
            <source>Publicity recorded.</source>
            <translation>宣传记录已登记。</translation>
        </message>
        <message>
            <source>Publicity corrected.</source>
            <translation>宣传记录已修改。</translation>
        </message>
        <message>
            <source>Policy publicity</source>
            <translation>政策宣传</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ReceptionPanel</name>
        <message>
            <source>Month %1</source>
            <translation>%1月</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Print roster…</source>
            <translation>打印安排表(&amp;P)…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Leader on duty</source>
            <translation>接访领导</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Leader:</source>
            <translation>接访领导(&amp;L)：</translation>
        </message>
        <message>
            <source>Pl&amp;ace:</source>
            <translation>地点(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Reason / note:</source>
            <translation>原因/备注(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Weekday:</source>
            <translation>星期(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Set the day</source>
            <translation>设置当日(&amp;S)</translation>
        </message>
        <message>
            <source>Su&amp;bstitute</source>
            <translation>换人接访(&amp;B)</translation>
        </message>
        <message>
            <source>Remo&amp;ve the day</source>
            <translation>删除当日(&amp;V)</translation>
        </message>
        <message numerus="yes">
            <source>%n reception day(s) added.</source>
            <translation>
                <numerusform>已添加%n个接访日。</numerusform>
            </translation>
        </message>
        <message>
            <source>The reception day is set.</source>
            <translation>接访日已设置。</translation>
        </message>
        <message>
            <source>Another leader takes the day.</source>
            <translation>已改由另一位领导接访。</translation>
        </message>
        <message>
            <source>The day is removed from the roster.</source>
            <translation>已从接访安排中删除该日。</translation>
        </message>
        <message>
            <source>Every weekday of the month</source>
            <translation>当月每周同一天</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>接待人次</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::RecoveriesPanel</name>
        <message>
            <source>Open (to confirm or recover)</source>
            <translation>未办结（待确认、待追回）</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Stat&amp;e:</source>
            <translation>状态(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Confirm owed…</source>
            <translation>确认应追回(&amp;C)…</translation>
        </message>
        <message>
            <source>Record &amp;recovered…</source>
            <translation>登记已追回(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Write off…</source>
            <translation>核销(&amp;W)…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>确认</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Confirm the recovery</source>
            <translation>确认应追回</translation>
        </message>
        <message>
            <source>%1: %2 yuan. %3</source>
            <translation>%1：%2元。%3</translation>
        </message>
        <message>
            <source>The recovery from %1 is confirmed.</source>
            <translation>已确认%1的追回款。</translation>
        </message>
        <message>
            <source>Record the money recovered</source>
            <translation>登记已追回</translation>
        </message>
        <message>
            <source>%1: %2 yuan.</source>
            <translation>%1：%2元。</translation>
        </message>
        <message>
            <source>Recovered &amp;on:</source>
            <translation>追回日期(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>说明(&amp;N)：</translation>
        </message>
        <message>
            <source>The recovery from %1 is recorded as recovered.</source>
            <translation>%1的追回款已登记为已追回。</translation>
        </message>
        <message>
            <source>Write off the recovery</source>
            <translation>核销追回款</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>The recovery from %1 is written off.</source>
            <translation>%1的追回款已核销。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::RecuperationPanel</name>
        <message>
            <source>All years</source>
            <translation>全部年份</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>Title or place</source>
            <translation>批次名称或地点</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>查找(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;New batch…</source>
            <translation>新建批次(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Add persons…</source>
            <translation>增加人员(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove person</source>
            <translation>移除人员(&amp;R)</translation>
        </message>
        <message>
            <source>Record attendan&amp;ce…</source>
            <translation>登记到位情况(&amp;C)…</translation>
        </message>
        <message>
            <source>Cance&amp;l batch…</source>
            <translation>取消批次(&amp;L)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Escort</source>
            <translation>带队</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Came</source>
            <translation>到场</translation>
        </message>
        <message>
            <source>Cost (yuan)</source>
            <translation>费用（元）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>健康状况</translation>
        </message>
        <message>
            <source>Sent again because</source>
            <translation>再次安排原因</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>No recuperation batch yet.</source>
            <translation>还没有疗养批次。</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2, %3 to %4, escort %5; %n person(s).</source>
            <translation>
                <numerusform>%1：%2，%3 至 %4，带队 %5；共 %n 人。</numerusform>
            </translation>
        </message>
        <message>
            <source>none named</source>
            <translation>未指定</translation>
        </message>
        <message>
            <source>Recuperation batch saved; add its persons.</source>
            <translation>疗养批次已保存，请增加人员。</translation>
        </message>
        <message>
            <source>Persons added to the batch.</source>
            <translation>人员已加入批次。</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation>移除人员</translation>
        </message>
        <message>
            <source>Take %1 off this batch?</source>
            <translation>将 %1 从本批次移除？</translation>
        </message>
        <message>
            <source>Attendance and cost recorded; the batch is done.</source>
            <translation>到位情况和费用已登记，该批次已完成。</translation>
        </message>
        <message>
            <source>Cancel batch</source>
            <translation>取消批次</translation>
        </message>
        <message>
            <source>Why is the batch cancelled?</source>
            <translation>取消该批次的原因？</translation>
        </message>
        <message>
            <source>Recuperation %1.xlsx</source>
            <translation>短期疗养 %1.xlsx</translation>
        </message>
        <message>
            <source>Export the batch</source>
            <translation>导出批次</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) exported.</source>
            <translation>
                <numerusform>已导出 %n 人。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::RegisterTools</name>
        <message>
            <source>All years</source>
            <translation>全部年份</translation>
        </message>
        <message>
            <source>%1</source>
            <translation>%1</translation>
        </message>
        <message>
            <source>Whole county</source>
            <translation>全县</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>导出%1</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::RegistryModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2岁）</translation>
        </message>
        <message>
            <source>Key person</source>
            <translation>重点对象</translation>
        </message>
        <message>
            <source>This column cannot be sorted.</source>
            <translation>此列不能排序。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>公民身份号码</translation>
        </message>
        <message>
            <source>Born (age)</source>
            <translation>出生年份（年龄）</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇（街道）</translation>
        </message>
        <message>
            <source>Village / community</source>
            <translation>村（社区）</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Born in %1, aged %2</source>
            <translation>%1年出生，%2周岁</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::RegistryPage</name>
        <message>
            <source>Registry of entitled persons</source>
            <translation>优抚对象登记</translation>
        </message>
        <message>
            <source>Search name, part of the citizen ID, village or full phone number (Ctrl+F)</source>
            <translation>按姓名、部分公民身份号码、村（社区）或完整电话号码查找（Ctrl+F）</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>新登记(&amp;N)…</translation>
        </message>
        <message>
            <source>Register a new person (Ctrl+N)</source>
            <translation>登记新优抚对象（Ctrl+N）</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇（街道）</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>&amp;Key persons only</source>
            <translation>仅重点对象(&amp;K)</translation>
        </message>
        <message>
            <source>Filter:</source>
            <translation>筛选：</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) match</source>
            <translation>
                <numerusform>符合条件 %n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) in total</source>
            <translation>
                <numerusform>共 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody matches. Check the spelling, use fewer words, or clear the filters. A phone number is found only when typed in full.</source>
            <translation>没有符合条件的人员。请检查输入是否有误、减少关键词或清除筛选条件。电话号码须输入完整才能查到。</translation>
        </message>
        <message>
            <source>The registry is empty. Register the first person with “New person…” (Ctrl+N).</source>
            <translation>尚未登记优抚对象。请点击“新登记…”（Ctrl+N）登记第一位优抚对象。</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>优抚对象</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Draft benefit application…</source>
            <translation>起草待遇申请(&amp;D)…</translation>
        </message>
        <message>
            <source>The application was submitted.</source>
            <translation>申请已提交。</translation>
        </message>
        <message>
            <source>The draft was saved.</source>
            <translation>草稿已保存。</translation>
        </message>
        <message>
            <source>The search could not be made</source>
            <translation>无法查询</translation>
        </message>
        <message>
            <source>&amp;Import roster…</source>
            <translation>导入花名册(&amp;I)…</translation>
        </message>
        <message>
            <source>Import persons from the office's Excel or CSV roster</source>
            <translation>从本单位的 Excel 或 CSV 花名册导入人员</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Save the list as it is filtered now to Excel or CSV</source>
            <translation>将当前筛选后的列表保存为 Excel 或 CSV</translation>
        </message>
        <message>
            <source>Search: %1</source>
            <translation>搜索：%1</translation>
        </message>
        <message>
            <source>Key persons only</source>
            <translation>仅重点对象</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) imported from the roster.</source>
            <translation>
                <numerusform>已从花名册导入 %n 人。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export &amp;roster (re-importable)…</source>
            <translation>导出花名册（可再导入）(&amp;R)…</translation>
        </message>
        <message>
            <source>One row per category a person holds, with its start date and details, under the column names the roster import reads: a file with full ID numbers can be imported again. Only active persons and their current categories; only the township and category filters apply.</source>
            <translation>每人的每个类别一行，含享受时间和类别详情，列名与花名册导入识别的一致：含完整身份证号的文件可以再次导入。只导出在册人员及其现有类别；只按所选乡镇和类别筛选。</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>花名册</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ReportExportDialog</name>
        <message>
            <source>Export the appraisal report</source>
            <translation>导出考核报告</translation>
        </message>
        <message>
            <source>Year-end appraisal report</source>
            <translation>年终考核报告</translation>
        </message>
        <message>
            <source>Cover, summary of the townships with a chart, one page per township, the staff, the schemes and their basis. PDF for printing and filing, Excel for working on the figures.</source>
            <translation>包括封面、各乡镇（街道）汇总表及图表、每个乡镇（街道）一页的考核情况、工作人员岗位考核、考核方案及依据。PDF用于打印存档，Excel便于进一步统计。</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>PDF (to print and file)</source>
            <translation>PDF（打印存档）</translation>
        </message>
        <message>
            <source>Excel workbook (xlsx)</source>
            <translation>Excel工作簿（xlsx）</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>保存为(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>预览(&amp;P)…</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Choose where to save the file.</source>
            <translation>请选择文件保存位置。</translation>
        </message>
        <message>
            <source>“%1” exists. Replace it?</source>
            <translation>“%1”已存在，是否替换？</translation>
        </message>
        <message>
            <source>Writing the appraisal report of %1…</source>
            <translation>正在生成%1年度考核报告…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>The chosen backup replaces the database. The current database file is kept beside it under a new name and no backup is deleted.</source>
            <translation>所选备份将替换当前数据库。当前数据库文件会改名保存在同一文件夹中，不会删除任何备份。</translation>
        </message>
        <message>
            <source>%1   (%2)</source>
            <translation>%1   （%2）</translation>
        </message>
        <message>
            <source>Backups in %1 (newest first):</source>
            <translation>%1 中的备份（最新的在前）：</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Other file…</source>
            <translation>其他文件(&amp;O)…</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>选择备份</translation>
        </message>
        <message>
            <source>Youfu backups (*.db)</source>
            <translation>优抚工作台备份 (*.db)</translation>
        </message>
        <message>
            <source>Choose a backup first.</source>
            <translation>请先选择一个备份。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ReturnPreviewDialog</name>
        <message>
            <source>Import the bank's result file</source>
            <translation>导入银行回盘</translation>
        </message>
        <message>
            <source>%1 (SHA-256 %2…). Nothing is recorded until you confirm.</source>
            <translation>%1（SHA-256 %2…）。确认前不做任何记录。</translation>
        </message>
        <message>
            <source>%1 row(s): %2 paid, %3 failed, %4 unmatched, %5 ambiguous, %6 duplicate, %7 already recorded.</source>
            <translation>共%1行：已发放%2，发放失败%3，未匹配%4，无法确定%5，重复%6，已有结果%7。</translation>
        </message>
        <message>
            <source>Rows that need your attention (every row not simply paid):</source>
            <translation>需要注意的行（除发放成功以外的每一行）：</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Bank's reason</source>
            <translation>银行说明</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>&amp;Confirm import</source>
            <translation>确认导入(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::RollsPanel</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Total (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>暂缓</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已发放</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>发放失败</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇(&amp;W)：</translation>
        </message>
        <message>
            <source>Name or full citizen ID</source>
            <translation>姓名或完整身份号码</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>查找(&amp;X)：</translation>
        </message>
        <message>
            <source>&amp;Only problems</source>
            <translation>只看问题(&amp;O)</translation>
        </message>
        <message>
            <source>Held or failed lines not yet re-issued</source>
            <translation>暂缓或发放失败且尚未重发的明细</translation>
        </message>
        <message>
            <source>&amp;Draft a month's roll…</source>
            <translation>起草本月花名册(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation>提交审核(&amp;S)</translation>
        </message>
        <message>
            <source>Si&amp;gn…</source>
            <translation>审核/审批(&amp;G)…</translation>
        </message>
        <message>
            <source>Ca&amp;ncel roll…</source>
            <translation>作废(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Print summary…</source>
            <translation>打印汇总表(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Bank file…</source>
            <translation>生成银行文件(&amp;B)…</translation>
        </message>
        <message>
            <source>Import bank &amp;result…</source>
            <translation>导入银行回盘(&amp;R)…</translation>
        </message>
        <message>
            <source>Re-&amp;issue roll</source>
            <translation>生成重发花名册(&amp;I)</translation>
        </message>
        <message>
            <source>Send the roll to the section chief and the director</source>
            <translation>把花名册送科长审核、局长审批</translation>
        </message>
        <message>
            <source>Pay again the failed and held lines whose account is now fixed</source>
            <translation>重发已改正银行账户的发放失败和暂缓对象</translation>
        </message>
        <message>
            <source>Re-issue</source>
            <translation>重发</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>当月</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n条</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft a month's roll</source>
            <translation>起草本月花名册</translation>
        </message>
        <message>
            <source>Everybody owed anything that month, from the registry, the approvals and the policy book.</source>
            <translation>按在册对象、审批结果和抚恤补助标准，列出当月应发的每一个人。</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Drafting the roll of %1…</source>
            <translation>正在编制%1花名册…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message numerus="yes">
            <source>Roll of %1 drafted: %n line(s), %2 yuan</source>
            <translation>
                <numerusform>%1花名册已起草：%n人，%2元</numerusform>
            </translation>
        </message>
        <message>
            <source>; %1 held, %2 month(s) of back pay, %3 recovery(ies) proposed.</source>
            <translation>；暂缓%1人，补发%2个月，待追回%3笔。</translation>
        </message>
        <message>
            <source>%1 submitted for review.</source>
            <translation>%1已提交审核。</translation>
        </message>
        <message>
            <source>Sign the roll</source>
            <translation>审核花名册</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n line(s), %2 yuan.</source>
            <translation>
                <numerusform>%1：%n人，%2元。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>决定(&amp;D)：</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>Return to the clerk</source>
            <translation>退回经办人</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>不同意</translation>
        </message>
        <message>
            <source>&amp;Opinion:</source>
            <translation>意见(&amp;O)：</translation>
        </message>
        <message>
            <source>%1 signed: %2.</source>
            <translation>%1已签署：%2。</translation>
        </message>
        <message>
            <source>Cancel the roll</source>
            <translation>作废花名册</translation>
        </message>
        <message>
            <source>%1 is given up; its lines stay, unpaid.</source>
            <translation>%1作废后，明细保留，不发放。</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>%1 cancelled.</source>
            <translation>%1已作废。</translation>
        </message>
        <message>
            <source>There is no bank template yet: add one on the Bank templates tab.</source>
            <translation>还没有银行模板：请先在“银行模板”中新建。</translation>
        </message>
        <message>
            <source>Bank file</source>
            <translation>银行文件</translation>
        </message>
        <message>
            <source>Which bank's template?</source>
            <translation>用哪家银行的模板？</translation>
        </message>
        <message>
            <source>Save the bank file</source>
            <translation>保存银行文件</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Bank file written: %1, %n line(s), %2 yuan. SHA-256: %3</source>
            <translation>
                <numerusform>银行文件已生成：%1，%n笔，%2元。SHA-256 校验值：%3</numerusform>
            </translation>
        </message>
        <message>
            <source>The bank's result file</source>
            <translation>银行回盘文件</translation>
        </message>
        <message>
            <source>Bank result files (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
            <translation>银行回盘文件 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Bank result recorded: %1 paid, %2 failed, %3 not matched.</source>
            <translation>银行回盘已导入：已发放%1笔，发放失败%2笔，未匹配%3笔。</translation>
        </message>
        <message numerus="yes">
            <source>Re-issue roll drafted: %n line(s), %1 yuan.</source>
            <translation>
                <numerusform>重发花名册已起草：%n人，%1元。</numerusform>
            </translation>
        </message>
        <message>
            <source>-summary.pdf</source>
            <translation>-汇总表.pdf</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>problems only</source>
            <translation>只看问题</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::RosterIssueModel</name>
        <message>
            <source>Repaired</source>
            <translation>已修正</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>未导入</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>(whole row)</source>
            <translation>（整行）</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>文件中的值</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>Repair or reason</source>
            <translation>修正或原因</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>已合并</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::RosterPreviewModel</name>
        <message>
            <source>Header row</source>
            <translation>表头行</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::SavedFile</name>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>The file was saved to:</source>
            <translation>文件已保存到：</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>打开文件夹(&amp;F)</translation>
        </message>
        <message>
            <source>Open the &amp;file</source>
            <translation>打开文件(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ScanViewer</name>
        <message>
            <source>Scan: %1</source>
            <translation>扫描件：%1</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fit</source>
            <translation>适合窗口(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Intact: the content matches the fingerprint recorded when it was filed (SHA-256 %1…).</source>
            <translation>完好：内容与登记时记录的指纹一致（SHA-256 %1…）。</translation>
        </message>
        <message>
            <source>The PDF cannot be shown.</source>
            <translation>无法显示该 PDF。</translation>
        </message>
        <message>
            <source>Export scan</source>
            <translation>导出扫描件</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::SchemeDialog</name>
        <message>
            <source>Post appraisal scheme of the special-care staff for %1</source>
            <translation>%1年度优抚工作人员岗位目标考核方案</translation>
        </message>
        <message>
            <source>Special-care work target appraisal scheme for %1</source>
            <translation>%1年度优抚工作目标管理考核方案</translation>
        </message>
        <message>
            <source>New appraisal scheme</source>
            <translation>新建考核方案</translation>
        </message>
        <message>
            <source>Edit appraisal scheme</source>
            <translation>修改考核方案</translation>
        </message>
        <message>
            <source>Entered by the section chief, approved by the director; once approved the scheme is frozen.</source>
            <translation>由科长录入、局长批准；方案一经批准即锁定，不能再修改。</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>名称(&amp;T)：</translation>
        </message>
        <message>
            <source>number and title of the document the scheme rests on</source>
            <translation>方案依据文件的文号和标题</translation>
        </message>
        <message>
            <source>&amp;Basis document:</source>
            <translation>依据文件(&amp;B)：</translation>
        </message>
        <message>
            <source>E&amp;xcellent from</source>
            <translation>优秀(&amp;X) ≥</translation>
        </message>
        <message>
            <source>Grades (points):</source>
            <translation>等次分数线（分）：</translation>
        </message>
        <message>
            <source>&amp;Group petition</source>
            <translation>集体访(&amp;G)</translation>
        </message>
        <message>
            <source>Beyond-&amp;level petition</source>
            <translation>越级访(&amp;L)</translation>
        </message>
        <message>
            <source>Case of &amp;serious effect (marked by the director)</source>
            <translation>造成严重影响的信访件（局长认定）(&amp;S)</translation>
        </message>
        <message>
            <source>One-vote veto:</source>
            <translation>一票否决：</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>考核指标</translation>
        </message>
        <message>
            <source>Weight (points)</source>
            <translation>分值（分）</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Period (days)</source>
            <translation>时限（天）</translation>
        </message>
        <message>
            <source>&amp;Indicators:</source>
            <translation>考核指标(&amp;I)：</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>&amp;competent from</source>
            <translation>称职(&amp;C) ≥</translation>
        </message>
        <message>
            <source>g&amp;ood from</source>
            <translation>良好(&amp;O) ≥</translation>
        </message>
        <message>
            <source>b&amp;asically competent from</source>
            <translation>基本称职(&amp;A) ≥</translation>
        </message>
        <message>
            <source>&amp;pass from</source>
            <translation>合格(&amp;P) ≥</translation>
        </message>
        <message>
            <source>Weight of %1</source>
            <translation>%1的分值</translation>
        </message>
        <message>
            <source>Target of %1</source>
            <translation>%1的目标</translation>
        </message>
        <message>
            <source>Period of %1</source>
            <translation>%1的时限</translation>
        </message>
        <message>
            <source>The weights add up to %1 points.</source>
            <translation>各项分值合计 %1 分。</translation>
        </message>
        <message>
            <source>The weights add up to %1 points; they must add up to 100 points.</source>
            <translation>各项分值合计 %1 分，须合计 100 分。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::SchemesPanel</name>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>方案名称</translation>
        </message>
        <message>
            <source>Basis document</source>
            <translation>依据文件</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Drafted</source>
            <translation>起草</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>考核指标</translation>
        </message>
        <message>
            <source>Weight (points)</source>
            <translation>分值（分）</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Period (days)</source>
            <translation>时限（天）</translation>
        </message>
        <message>
            <source>&amp;New scheme…</source>
            <translation>新建方案(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>批准(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Copy to next year</source>
            <translation>复制到下一年(&amp;C)</translation>
        </message>
        <message>
            <source> (copied)</source>
            <translation>（复制）</translation>
        </message>
        <message>
            <source>Approved (frozen)</source>
            <translation>已批准（已锁定）</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>An approved scheme is frozen; copy it to another year to change it.</source>
            <translation>已批准的方案已锁定；如需修改，请复制到其他年度后修改。</translation>
        </message>
        <message>
            <source>Whoever drafted a scheme cannot approve it.</source>
            <translation>方案起草人不能批准自己起草的方案。</translation>
        </message>
        <message>
            <source>No appraisal scheme yet.</source>
            <translation>还没有考核方案。</translation>
        </message>
        <message>
            <source>%1 from %2</source>
            <translation>%1 ≥ %2 分</translation>
        </message>
        <message>
            <source>%1 below %2</source>
            <translation>%1 &lt; %2 分</translation>
        </message>
        <message>
            <source>Grades: %1.</source>
            <translation>等次：%1。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>group petition</source>
            <translation>集体访</translation>
        </message>
        <message>
            <source>beyond-level petition</source>
            <translation>越级访</translation>
        </message>
        <message>
            <source>case of serious effect</source>
            <translation>造成严重影响的信访件</translation>
        </message>
        <message>
            <source>No one-vote veto.</source>
            <translation>不设一票否决。</translation>
        </message>
        <message>
            <source>One-vote veto: %1.</source>
            <translation>一票否决：%1。</translation>
        </message>
        <message>
            <source>The draft scheme is saved.</source>
            <translation>方案草稿已保存。</translation>
        </message>
        <message>
            <source>Choose the scheme to edit.</source>
            <translation>请选择要修改的方案。</translation>
        </message>
        <message>
            <source>Choose the scheme to approve.</source>
            <translation>请选择要批准的方案。</translation>
        </message>
        <message>
            <source>Approve the scheme</source>
            <translation>批准方案</translation>
        </message>
        <message>
            <source>Approve “%1”?

Once approved the scheme is frozen: nobody can change its indicators, weights, thresholds or vetoes any more. A later year copies it and changes the copy.</source>
            <translation>批准“%1”？

方案一经批准即锁定：任何人都不能再修改其指标、分值、等次分数线和一票否决事项。以后年度可复制本方案后修改副本。</translation>
        </message>
        <message>
            <source>“%1” is approved and frozen.</source>
            <translation>“%1”已批准并锁定。</translation>
        </message>
        <message>
            <source>Choose the scheme to copy.</source>
            <translation>请选择要复制的方案。</translation>
        </message>
        <message>
            <source>The scheme is copied to %1 as a draft.</source>
            <translation>方案已复制为 %1 年度草稿。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::SeriousEffectBar</name>
        <message>
            <source>Caused a serious &amp;effect (one-vote veto in the year-end appraisal)</source>
            <translation>造成严重影响（年终考核一票否决）(&amp;E)</translation>
        </message>
        <message>
            <source>Marked by %1 on %2 as having caused a serious effect: a one-vote veto of the township's year-end appraisal where the scheme says so.</source>
            <translation>%1 于%2认定为造成严重影响：按考核方案规定，对所在乡镇年终考核实行一票否决。</translation>
        </message>
        <message>
            <source>Not marked as having caused a serious effect.</source>
            <translation>未认定为造成严重影响。</translation>
        </message>
        <message>
            <source>Serious effect</source>
            <translation>造成严重影响</translation>
        </message>
        <message>
            <source>Remove the serious-effect mark</source>
            <translation>撤销严重影响认定</translation>
        </message>
        <message>
            <source>Why did the case cause a serious effect?</source>
            <translation>认定造成严重影响的理由：</translation>
        </message>
        <message>
            <source>Why does the case no longer count as a serious effect?</source>
            <translation>撤销严重影响认定的理由：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::SessionDialog</name>
        <message>
            <source>New training session</source>
            <translation>新建培训</translation>
        </message>
        <message>
            <source>Edit training session</source>
            <translation>修改培训</translation>
        </message>
        <message>
            <source>A session planned or held; attendance is marked once it is held.</source>
            <translation>计划中或已举办的培训；举办后再登记出勤。</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>主题(&amp;T)：</translation>
        </message>
        <message>
            <source>T&amp;rainer:</source>
            <translation>主讲人(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>学时(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>地点(&amp;P)：</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
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
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Log out after &amp;idle time:</source>
            <translation>空闲自动退出登录时间(&amp;I)：</translation>
        </message>
        <message>
            <source>County co&amp;de:</source>
            <translation>行政区划代码(&amp;D)：</translation>
        </message>
        <message>
            <source>The section's rules</source>
            <translation>科室业务规则</translation>
        </message>
        <message>
            <source> h after the day</source>
            <translation> 小时（当日结束后）</translation>
        </message>
        <message>
            <source>&amp;Zero report due:</source>
            <translation>零报告截止(&amp;Z)：</translation>
        </message>
        <message>
            <source> years</source>
            <translation> 年</translation>
        </message>
        <message>
            <source>&amp;Recuperation not again within:</source>
            <translation>疗养间隔不少于(&amp;R)：</translation>
        </message>
        <message>
            <source> yuan a year</source>
            <translation> 元/年</translation>
        </message>
        <message>
            <source>&amp;Medical subsidy cap:</source>
            <translation>医疗补助年度限额(&amp;M)：</translation>
        </message>
        <message>
            <source>The clerk and the section chief change these.</source>
            <translation>这些规则由经办人和科长修改。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::SignDialog</name>
        <message>
            <source>Sign application</source>
            <translation>签批申请</translation>
        </message>
        <message>
            <source>%1 for %2 — waiting for the %3. Whoever approves is responsible.</source>
            <translation>%2的申请：%1，等待%3签署意见。谁审批谁负责。</translation>
        </message>
        <message>
            <source>Your &amp;opinion (required to return or reject):</source>
            <translation>您的意见(&amp;O)（退回或驳回时必填）：</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>同意(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;turn to drafter</source>
            <translation>退回经办人(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>驳回(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StabilityModel</name>
        <message numerus="yes">
            <source>%n township(s) with overdue cases</source>
            <translation>
                <numerusform>%n个乡镇有逾期案件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group petition(s) in the last 12 months</source>
            <translation>
                <numerusform>近12个月集体访%n起</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beyond-level petition(s) in the last 12 months</source>
            <translation>
                <numerusform>近12个月越级访%n起</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open warning(s), %1 of high risk</source>
            <translation>
                <numerusform>未化解预警%n条（高风险%1条）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key person(s) with an overdue visit</source>
            <translation>
                <numerusform>%n名重点对象走访逾期</numerusform>
            </translation>
        </message>
        <message>
            <source>No township needs attention: no overdue case, no group or beyond-level petition, no open warning.</source>
            <translation>各乡镇形势平稳：无逾期案件，无集体访、越级访，无未化解预警。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>.</source>
            <translation>。</translation>
        </message>
        <message>
            <source>May veto the county's assessment (一票否决)</source>
            <translation>可能导致考核一票否决</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>在办案件</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Group petitions (12 months)</source>
            <translation>集体访（近12个月）</translation>
        </message>
        <message>
            <source>Beyond level (12 months)</source>
            <translation>越级访（近12个月）</translation>
        </message>
        <message>
            <source>Open warnings</source>
            <translation>未化解预警</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>高风险</translation>
        </message>
        <message>
            <source>Key persons overdue</source>
            <translation>重点对象走访逾期</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StabilityPanel</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Double-click a township to see its cases.</source>
            <translation>双击乡镇查看其信访案件。</translation>
        </message>
        <message>
            <source>Red: overdue cases, group or beyond-level petitions and high-risk warnings. Amber: open warnings, key persons with an overdue visit. Double-click a township to see its cases.</source>
            <translation>红色：逾期案件、集体访或越级访、高风险预警。黄色：未化解预警、重点对象走访逾期。双击乡镇查看其信访案件。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StaffPanel</name>
        <message>
            <source>%1 (level above)</source>
            <translation>%1（上级评定）</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>Nobody appraises themselves. Each person writes their own self-assessment, the section chief gives an opinion, the director grades. A director is graded by the level above; the section chief records that grade with the level above's paper.</source>
            <translation>本人不考核本人：自我评价由本人填写，科长签署意见，局长评定等次。局长由上级考核，由科长依据上级文件登记评定结果。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Computed points</source>
            <translation>计算得分</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>自我评价</translation>
        </message>
        <message>
            <source>Chief's opinion</source>
            <translation>科长意见</translation>
        </message>
        <message>
            <source>Director's grade</source>
            <translation>局长评定</translation>
        </message>
        <message>
            <source>Form printed</source>
            <translation>责任书打印</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>考核指标</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>Why adjusted</source>
            <translation>调整理由</translation>
        </message>
        <message>
            <source>Numerator</source>
            <translation>分子</translation>
        </message>
        <message>
            <source>Denominator</source>
            <translation>分母</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>完成情况</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>&amp;Responsibility form…</source>
            <translation>打印责任书(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Compute</source>
            <translation>计算(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Self-assessment…</source>
            <translation>填写自我评价(&amp;S)…</translation>
        </message>
        <message>
            <source>Chief's &amp;opinion…</source>
            <translation>科长意见(&amp;O)…</translation>
        </message>
        <message>
            <source>Director's &amp;grade…</source>
            <translation>局长评定(&amp;G)…</translation>
        </message>
        <message>
            <source>Record the &amp;level above's grade…</source>
            <translation>登记上级评定(&amp;L)…</translation>
        </message>
        <message>
            <source>%1 — approved; excellent from %2, competent from %3, basically competent from %4 points.</source>
            <translation>%1（已审定）：%2分以上为优秀，%3分以上为称职，%4分以上为基本称职。</translation>
        </message>
        <message>
            <source>not computed</source>
            <translation>未计算</translation>
        </message>
        <message>
            <source>written</source>
            <translation>已填写</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>%1 within %2 days</source>
            <translation>%2日内%1</translation>
        </message>
        <message>
            <source>no records yet</source>
            <translation>暂无记录</translation>
        </message>
        <message>
            <source>Self-assessment: %1</source>
            <translation>自我评价：%1</translation>
        </message>
        <message>
            <source>not written yet</source>
            <translation>尚未填写</translation>
        </message>
        <message>
            <source>A director is graded by the level above; the section chief records the grade.</source>
            <translation>局长由上级考核，由科长登记上级评定结果。</translation>
        </message>
        <message>
            <source>Section chief's opinion: %1</source>
            <translation>科长意见：%1</translation>
        </message>
        <message>
            <source>not given yet</source>
            <translation>尚未签署</translation>
        </message>
        <message>
            <source>Grade: %1 — %2 (%3)</source>
            <translation>等次：%1——%2（%3）</translation>
        </message>
        <message>
            <source>Computed: %1 points, which would be “%2”.</source>
            <translation>计算得分：%1分，对应“%2”。</translation>
        </message>
        <message>
            <source>Choose a member of staff first.</source>
            <translation>请先选择工作人员。</translation>
        </message>
        <message>
            <source>Targets saved.</source>
            <translation>目标已保存。</translation>
        </message>
        <message>
            <source>The responsibility form of %1 was printed.</source>
            <translation>%1的岗位目标责任书已打印。</translation>
        </message>
        <message>
            <source>The staff's results for %1 are computed from the records.</source>
            <translation>已根据业务记录计算%1年度工作人员考核结果。</translation>
        </message>
        <message>
            <source>%1, %2: what you did this year against your targets.</source>
            <translation>%1，%2年度：对照岗位目标，写明全年完成情况。</translation>
        </message>
        <message>
            <source>&amp;Self-assessment:</source>
            <translation>自我评价(&amp;S)：</translation>
        </message>
        <message>
            <source>Self-assessment saved.</source>
            <translation>自我评价已保存。</translation>
        </message>
        <message>
            <source>Section chief's opinion</source>
            <translation>科长意见</translation>
        </message>
        <message>
            <source>%1, %2. Self-assessment: %3</source>
            <translation>%1，%2年度。自我评价：%3</translation>
        </message>
        <message>
            <source>&amp;Opinion:</source>
            <translation>意见(&amp;O)：</translation>
        </message>
        <message>
            <source>Opinion saved.</source>
            <translation>科长意见已保存。</translation>
        </message>
        <message>
            <source>%1 is a director: record the grade the level above gave, and name its paper (number and date) in the note.</source>
            <translation>%1是局长：请登记上级评定的等次，并在说明中注明上级文件（文号和日期）。</translation>
        </message>
        <message>
            <source>%1, %2. Computed points: %3. Section chief's opinion: %4</source>
            <translation>%1，%2年度。计算得分：%3。科长意见：%4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>The level above's grade</source>
            <translation>上级评定等次</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>说明(&amp;N)：</translation>
        </message>
        <message>
            <source>Grade recorded.</source>
            <translation>等次已评定。</translation>
        </message>
        <message>
            <source>Adj&amp;ust targets…</source>
            <translation>调整目标(&amp;U)…</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StaffStepDialog</name>
        <message>
            <source>&amp;Grade:</source>
            <translation>等次(&amp;G)：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StaffTargetsDialog</name>
        <message>
            <source>Targets of %1</source>
            <translation>%1的岗位目标</translation>
        </message>
        <message>
            <source>Targets of %1 for %2</source>
            <translation>%1的%2年度岗位目标</translation>
        </message>
        <message>
            <source>The scheme's targets, adjusted for this person. The weights add up to 100 points; say why a target differs.</source>
            <translation>在考核方案目标的基础上为本人调整。各项分值合计100分；与方案不同的目标请写明理由。</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>考核指标</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Weight (points)</source>
            <translation>分值（分）</translation>
        </message>
        <message>
            <source>Why adjusted</source>
            <translation>调整理由</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StandardDialog</name>
        <message>
            <source>New benefit standard</source>
            <translation>新增抚恤补助标准</translation>
        </message>
        <message>
            <source>Standards are never changed: a new line supersedes the old one from its effective date. Enter the basis document exactly as issued.</source>
            <translation>标准一经录入不再修改：新标准自生效之日起取代旧标准。文件依据请按原文准确填写。</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>yuan, e.g. 10920.00</source>
            <translation>单位：元，例如：10920.00</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <translation>项目(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>优抚类别(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Grade:</source>
            <translation>等级(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Nature:</source>
            <translation>性质(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Residence:</source>
            <translation>城乡(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Amount (yuan):</source>
            <translation>金额（元）(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Effective from:</source>
            <translation>生效日期(&amp;E)：</translation>
        </message>
        <message>
            <source>Basis &amp;title:</source>
            <translation>依据文件标题(&amp;T)：</translation>
        </message>
        <message>
            <source>Enter the amount in yuan, e.g. 10920.00.</source>
            <translation>请以元为单位输入金额，例如：10920.00。</translation>
        </message>
        <message>
            <source>Basis n&amp;umber:</source>
            <translation>依据文号(&amp;U)：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StandardModel</name>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>现行</translation>
        </message>
        <message>
            <source>Future</source>
            <translation>待生效</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>已废止</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>优抚类别</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>性质</translation>
        </message>
        <message>
            <source>Residence</source>
            <translation>城乡</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Effective from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Basis document</source>
            <translation>文件依据</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StatTableModel</name>
        <message>
            <source>%1 (yuan)</source>
            <translation>%1（元）</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StatisticsPage</name>
        <message>
            <source>The statistics are for the staff who may view business records.</source>
            <translation>统计数据仅供有权查看业务数据的工作人员查阅。</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>Export &amp;xlsx…</source>
            <translation>导出 xlsx(&amp;X)…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>导出 PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message>
            <source>These figures do not add up (start + new + moved in − moved out − ended ≠ end): %1</source>
            <translation>以下数字对不上（年初＋新增＋迁入－迁出－减少≠年末）：%1</translation>
        </message>
        <message>
            <source>Statistics of %1 read.</source>
            <translation>已读取%1年度统计。</translation>
        </message>
        <message>
            <source>Export the statistics as PDF</source>
            <translation>将统计导出为 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Export the statistics as a workbook</source>
            <translation>将统计导出为 Excel 工作簿</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting the statistics…</source>
            <translation>正在导出统计…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The statistics are exported to %1.</source>
            <translation>统计已导出到 %1。</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇(&amp;W)：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StatisticsPanel</name>
        <message>
            <source>Fro&amp;m:</source>
            <translation>起(&amp;M)：</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>止(&amp;O)：</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>按月份</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>按渠道</translation>
        </message>
        <message>
            <source>By subject</source>
            <translation>按事项</translation>
        </message>
        <message>
            <source>By township</source>
            <translation>按乡镇</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>分组(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>The first day is after the last day.</source>
            <translation>起始日期晚于截止日期。</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>信访方式</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>信访事项</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Cases received</source>
            <translation>受理信访件数</translation>
        </message>
        <message>
            <source>%1 to %2, %3</source>
            <translation>%1至%2，%3</translation>
        </message>
        <message>
            <source>Petition statistics</source>
            <translation>信访统计</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1.</source>
            <translation>
                <numerusform>已导出%n行到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Petition statistics %1.xlsx</source>
            <translation>信访统计%1.xlsx</translation>
        </message>
        <message>
            <source>Export the statistics</source>
            <translation>导出信访统计</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::StepDialog</name>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::SymposiumDialog</name>
        <message>
            <source>Symposium</source>
            <translation>座谈</translation>
        </message>
        <message>
            <source>Edit symposium</source>
            <translation>修改座谈会</translation>
        </message>
        <message>
            <source>New symposium</source>
            <translation>新建座谈会</translation>
        </message>
        <message>
            <source>You may read this record; recording symposiums is for the clerk and the section chief.</source>
            <translation>您可以查看此记录；座谈会由经办人和科长记录。</translation>
        </message>
        <message>
            <source>Who attended, what they raised, what was answered and what follows: the minutes are printed from this record.</source>
            <translation>参会人员、提出的问题、答复情况和后续办理：纪要据此记录打印。</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <source>Pl&amp;ace:</source>
            <translation>地点(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>C&amp;hair:</source>
            <translation>主持人(&amp;H)：</translation>
        </message>
        <message>
            <source>Re&amp;corder:</source>
            <translation>记录人(&amp;C)：</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>Type a name or part of the citizen ID, then Enter</source>
            <translation>输入姓名或部分身份证号，按回车查找</translation>
        </message>
        <message>
            <source>e.g. representative of the war veterans</source>
            <translation>如：参战退役人员代表</translation>
        </message>
        <message>
            <source>&amp;Look up person:</source>
            <translation>查找对象(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Represents / post:</source>
            <translation>代表身份/职务(&amp;R)：</translation>
        </message>
        <message>
            <source>Staff &amp;name:</source>
            <translation>工作人员姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>Add &amp;person</source>
            <translation>添加对象(&amp;P)</translation>
        </message>
        <message>
            <source>Add staff &amp;member</source>
            <translation>添加工作人员(&amp;M)</translation>
        </message>
        <message>
            <source>Remo&amp;ve attendee</source>
            <translation>移除参会人员(&amp;V)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Represents / post</source>
            <translation>代表身份/职务</translation>
        </message>
        <message>
            <source>Issues raised</source>
            <translation>反映的问题</translation>
        </message>
        <message>
            <source>Raised &amp;by:</source>
            <translation>反映人(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Issue:</source>
            <translation>问题(&amp;I)：</translation>
        </message>
        <message>
            <source>Ans&amp;wer given:</source>
            <translation>答复意见(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Follow-up:</source>
            <translation>后续办理(&amp;F)：</translation>
        </message>
        <message>
            <source>Follow-up n&amp;ote:</source>
            <translation>办理说明(&amp;O)：</translation>
        </message>
        <message>
            <source>Add iss&amp;ue</source>
            <translation>添加问题(&amp;U)</translation>
        </message>
        <message>
            <source>Remove issu&amp;e</source>
            <translation>移除问题(&amp;E)</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>反映人</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答复意见</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>后续办理</translation>
        </message>
        <message>
            <source>Follow-up note</source>
            <translation>办理说明</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>%1 symposium of the entitled groups</source>
            <translation>%1年优抚对象座谈会</translation>
        </message>
        <message>
            <source>%1 %2 symposium</source>
            <translation>%1年%2座谈会</translation>
        </message>
        <message>
            <source>Registry person</source>
            <translation>优抚对象</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <source>Nobody in the registry matches “%1”.</source>
            <translation>登记册中没有与“%1”相符的人员。</translation>
        </message>
        <message>
            <source>Search for the person first and choose them in the list.</source>
            <translation>请先查找，并在列表中选定人员。</translation>
        </message>
        <message>
            <source>This person is already among the attendees.</source>
            <translation>此人已在参会人员中。</translation>
        </message>
        <message>
            <source>Enter the staff member's name.</source>
            <translation>请填写工作人员姓名。</translation>
        </message>
        <message>
            <source>Write down the issue raised.</source>
            <translation>请填写反映的问题。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::SymposiumPanel</name>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;New symposium…</source>
            <translation>新建座谈会(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open / edit…</source>
            <translation>查看/修改(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>查看(&amp;O)…</translation>
        </message>
        <message>
            <source>Print &amp;minutes…</source>
            <translation>打印纪要(&amp;M)…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Recording symposiums is for the clerk and the section chief.</source>
            <translation>座谈会由经办人和科长记录。</translation>
        </message>
        <message>
            <source>The symposium is recorded.</source>
            <translation>座谈会已记录。</translation>
        </message>
        <message>
            <source>The symposium is saved.</source>
            <translation>座谈会已保存。</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1纪要</translation>
        </message>
        <message>
            <source>Symposium</source>
            <translation>座谈</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::TemplateDialog</name>
        <message>
            <source>Bank template</source>
            <translation>银行模板</translation>
        </message>
        <message>
            <source>New bank template</source>
            <translation>新建银行模板</translation>
        </message>
        <message>
            <source>The columns and format of the batch file the bank takes.</source>
            <translation>银行批量代发文件的列和格式。</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Bank:</source>
            <translation>银行(&amp;B)：</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Columns (ticked, in order):</source>
            <translation>列（勾选，按顺序）(&amp;C)：</translation>
        </message>
        <message>
            <source>A he&amp;ader row</source>
            <translation>有标题行(&amp;A)</translation>
        </message>
        <message>
            <source>GB18030 (Excel on Chinese Windows)</source>
            <translation>GB18030（中文 Windows 的 Excel）</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>Excel workbook (xlsx)</source>
            <translation>Excel 工作簿（xlsx）</translation>
        </message>
        <message>
            <source>A la&amp;st line with the count and total</source>
            <translation>最后一行为笔数和合计金额(&amp;S)</translation>
        </message>
        <message>
            <source>In u&amp;se</source>
            <translation>启用(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>编码(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::TemplatesPanel</name>
        <message>
            <source>The batch files the banks take, one template per bank.</source>
            <translation>银行批量代发文件的格式，每家银行一个模板。</translation>
        </message>
        <message>
            <source>&amp;New template…</source>
            <translation>新建模板(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>修改(&amp;C)…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
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
            <source>Bank template %1 saved.</source>
            <translation>银行模板%1已保存。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::TimelinessPanel</name>
        <message>
            <source>Fro&amp;m month:</source>
            <translation>起始月份(&amp;M)：</translation>
        </message>
        <message>
            <source>T&amp;o month:</source>
            <translation>截止月份(&amp;O)：</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Owed (yuan)</source>
            <translation>应发（元）</translation>
        </message>
        <message>
            <source>Paid (yuan)</source>
            <translation>已发（元）</translation>
        </message>
        <message>
            <source>On time (yuan)</source>
            <translation>按时发放（元）</translation>
        </message>
        <message>
            <source>Failed (yuan)</source>
            <translation>发放失败（元）</translation>
        </message>
        <message>
            <source>Held (yuan)</source>
            <translation>暂缓（元）</translation>
        </message>
        <message>
            <source>To recover (yuan)</source>
            <translation>待追回（元）</translation>
        </message>
        <message>
            <source>On time %</source>
            <translation>及时率%</translation>
        </message>
        <message>
            <source>In full %</source>
            <translation>足额率%</translation>
        </message>
        <message>
            <source>The first month is after the last month.</source>
            <translation>起始月份晚于截止月份。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1至%2</translation>
        </message>
        <message>
            <source>Payments timely and in full</source>
            <translation>优抚金及时足额发放情况</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1.</source>
            <translation>
                <numerusform>已导出%n行到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Payments timely and in full %1.xlsx</source>
            <translation>优抚金及时足额发放情况%1.xlsx</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>导出表格</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::TownshipPage</name>
        <message>
            <source>The townships</source>
            <translation>乡镇工作</translation>
        </message>
        <message>
            <source>Read only: these registers are kept by the clerk and the section chief.</source>
            <translation>只读：这些登记由经办人和科长办理。</translation>
        </message>
        <message>
            <source>Zero reports</source>
            <translation>零报告</translation>
        </message>
        <message>
            <source>Township workers</source>
            <translation>专干与信息员</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>业务培训</translation>
        </message>
        <message>
            <source>Publicity</source>
            <translation>政策宣传</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::TrainingPanel</name>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <source>Topic, trainer or place</source>
            <translation>主题、主讲人或地点</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>查找(&amp;D)：</translation>
        </message>
        <message>
            <source>Attendees (tick who came):</source>
            <translation>参训人员（勾选到场的人）：</translation>
        </message>
        <message>
            <source>Choose &amp;attendees…</source>
            <translation>选择参训人员(&amp;A)…</translation>
        </message>
        <message>
            <source>Save attendan&amp;ce</source>
            <translation>保存出勤(&amp;C)</translation>
        </message>
        <message>
            <source>Materials:</source>
            <translation>培训材料：</translation>
        </message>
        <message>
            <source>Attach &amp;material…</source>
            <translation>附加材料(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Open material</source>
            <translation>打开材料(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>新建培训(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit session…</source>
            <translation>修改培训(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Print attendance sheet…</source>
            <translation>打印签到表(&amp;P)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>培训列表</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Workers serving</source>
            <translation>在岗人数</translation>
        </message>
        <message>
            <source>Hours attended</source>
            <translation>参训学时</translation>
        </message>
        <message>
            <source>Missed the annual training</source>
            <translation>未参加年度培训人数</translation>
        </message>
        <message>
            <source>Who missed it</source>
            <translation>未参加人员</translation>
        </message>
        <message>
            <source>Export the &amp;summary…</source>
            <translation>导出汇总(&amp;S)…</translation>
        </message>
        <message>
            <source>By township</source>
            <translation>按乡镇汇总</translation>
        </message>
        <message>
            <source>the bureau</source>
            <translation>局机关</translation>
        </message>
        <message>
            <source>Attendees (planned for %1):</source>
            <translation>参训人员（计划于%1）：</translation>
        </message>
        <message>
            <source>The training session is saved.</source>
            <translation>培训已保存。</translation>
        </message>
        <message>
            <source>Choose the training session first.</source>
            <translation>请先选择一次培训。</translation>
        </message>
        <message numerus="yes">
            <source>%n asked to the training.</source>
            <translation>
                <numerusform>已通知 %n 人参加培训。</numerusform>
            </translation>
        </message>
        <message>
            <source>Attendance saved: %1 of %2 came.</source>
            <translation>出勤已保存：%2人中到%1人。</translation>
        </message>
        <message>
            <source>Attach a material</source>
            <translation>附加培训材料</translation>
        </message>
        <message>
            <source>Materials (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>培训材料 (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>%1 is attached.</source>
            <translation>已附加 %1。</translation>
        </message>
        <message>
            <source>Training sessions</source>
            <translation>业务培训</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1年，%2</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1.</source>
            <translation>
                <numerusform>已导出 %n 行到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Training of the township workers by township</source>
            <translation>乡镇人员培训情况汇总</translation>
        </message>
        <message>
            <source>Year %1</source>
            <translation>%1年</translation>
        </message>
        <message>
            <source>Training sessions %1.xlsx</source>
            <translation>业务培训%1.xlsx</translation>
        </message>
        <message>
            <source>Export the training sessions</source>
            <translation>导出培训列表</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Training by township %1.xlsx</source>
            <translation>按乡镇培训汇总%1.xlsx</translation>
        </message>
        <message>
            <source>Export the summary</source>
            <translation>导出培训汇总</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::TrainingSessionModel</name>
        <message>
            <source>held</source>
            <translation>已举办</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%2人中到%1人</translation>
        </message>
        <message>
            <source>%1 asked</source>
            <translation>已通知%1人</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>主讲人</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>学时</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出勤</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>材料</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::UnitAdjustDialog</name>
        <message>
            <source>Commendation or deduction</source>
            <translation>加减分类别</translation>
        </message>
        <message>
            <source>%1, appraisal of %2</source>
            <translation>%1，%2年度考核</translation>
        </message>
        <message>
            <source>Void a commendation or deduction</source>
            <translation>作废表彰或扣分</translation>
        </message>
        <message>
            <source>Deduction</source>
            <translation>扣分</translation>
        </message>
        <message>
            <source>Commendation</source>
            <translation>表彰加分</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类别(&amp;K)：</translation>
        </message>
        <message>
            <source> points</source>
            <translation> 分</translation>
        </message>
        <message>
            <source>&amp;Points:</source>
            <translation>分值(&amp;P)：</translation>
        </message>
        <message>
            <source>e.g. commended by the county government, document number</source>
            <translation>例如：受县政府通报表彰，文号</translation>
        </message>
        <message>
            <source>Why it is voided</source>
            <translation>作废理由</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>增加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Void</source>
            <translation>作废(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::UnitEvidenceDialog</name>
        <message>
            <source>Records behind the figure</source>
            <translation>指标依据记录</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2（%3年）</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s); ✓ counted in the numerator, ✗ not.</source>
            <translation>
                <numerusform>共 %n 条记录；✓ 计入分子，✗ 未计入。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::UnitEvidenceModel</name>
        <message>
            <source>Counted</source>
            <translation>计入</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::UnitIndicatorModel</name>
        <message>
            <source>Double-click or press Enter for the records behind the figure.</source>
            <translation>双击或按回车键查看该数字所依据的记录。</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>No records yet</source>
            <translation>暂无记录</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>考核指标</translation>
        </message>
        <message>
            <source>Numerator</source>
            <translation>分子</translation>
        </message>
        <message>
            <source>Denominator</source>
            <translation>分母</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>比率</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::UnitOutcomeModel</name>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>加减分</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等次</translation>
        </message>
        <message>
            <source>One-vote veto</source>
            <translation>一票否决</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::UnitsPanel</name>
        <message>
            <source>&amp;Year:</source>
            <translation>年度(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Compute</source>
            <translation>计算(&amp;C)</translation>
        </message>
        <message>
            <source>Compute every township's appraisal from the year's records under the approved scheme</source>
            <translation>按已批准的考核方案，根据本年度记录计算各乡镇的考核结果</translation>
        </message>
        <message>
            <source>&amp;Adjustments:</source>
            <translation>表彰与扣分(&amp;A)：</translation>
        </message>
        <message>
            <source>Commendation or &amp;deduction…</source>
            <translation>增加表彰/扣分(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Void…</source>
            <translation>作废(&amp;V)…</translation>
        </message>
        <message>
            <source>The appraisal of %1 has not been computed yet: press Compute.</source>
            <translation>%1年度考核尚未计算：请点击“计算”。</translation>
        </message>
        <message>
            <source>The appraisal of %1 has not been computed yet.</source>
            <translation>%1年度考核尚未计算。</translation>
        </message>
        <message>
            <source>Double-click an indicator (or press Enter) for the records behind its figure.</source>
            <translation>双击指标（或按回车键）可查看该数字所依据的记录。</translation>
        </message>
        <message>
            <source>Commendation +%1: %2</source>
            <translation>表彰 +%1：%2</translation>
        </message>
        <message>
            <source>Deduction −%1: %2</source>
            <translation>扣分 −%1：%2</translation>
        </message>
        <message>
            <source>%1 (voided)</source>
            <translation>%1（已作废）</translation>
        </message>
        <message numerus="yes">
            <source>Appraisal of %1 computed: %n township(s).</source>
            <translation>
                <numerusform>%1年度考核已计算：共 %n 个乡镇。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the commendation or deduction to void first.</source>
            <translation>请先选择要作废的表彰或扣分。</translation>
        </message>
        <message>
            <source>This commendation or deduction is voided already.</source>
            <translation>这条表彰或扣分已作废。</translation>
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
    <context>
        <name>youfu::ui::VisitCalendar</name>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>已走访 %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due</source>
            <translation>
                <numerusform>待走访 %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>已逾期 %n</numerusform>
            </translation>
        </message>
        <message>
            <source>no visits</source>
            <translation>无走访</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::VisitDialog</name>
        <message>
            <source>Record a visit</source>
            <translation>记录走访</translation>
        </message>
        <message>
            <source>Who was seen, what they asked, what follows. Money in yuan.</source>
            <translation>走访了谁、提了什么诉求、如何跟进。金额以元为单位。</translation>
        </message>
        <message>
            <source>F&amp;orm:</source>
            <translation>形式(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Persons met:</source>
            <translation>走访对象(&amp;P)：</translation>
        </message>
        <message>
            <source>I &amp;was there</source>
            <translation>本人参加(&amp;W)</translation>
        </message>
        <message>
            <source>Others, separated by commas</source>
            <translation>其他人，用逗号分隔</translation>
        </message>
        <message>
            <source>&amp;Visitors:</source>
            <translation>走访人(&amp;V)：</translation>
        </message>
        <message>
            <source>What they said and &amp;asked:</source>
            <translation>反映情况和诉求(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Explained:</source>
            <translation>解释说明(&amp;E)：</translation>
        </message>
        <message>
            <source>Di&amp;fficulties found:</source>
            <translation>发现的困难(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Goods:</source>
            <translation>物品(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Money (yuan):</source>
            <translation>慰问金（元）(&amp;M)：</translation>
        </message>
        <message>
            <source>Add p&amp;hoto…</source>
            <translation>添加照片(&amp;H)…</translation>
        </message>
        <message>
            <source>Photos:</source>
            <translation>照片：</translation>
        </message>
        <message>
            <source>Note for the section chief</source>
            <translation>呈报科长</translation>
        </message>
        <message>
            <source>Follow-&amp;up:</source>
            <translation>后续处理(&amp;U)：</translation>
        </message>
        <message>
            <source>Save visit</source>
            <translation>保存走访</translation>
        </message>
        <message>
            <source>Photo of the visit</source>
            <translation>走访照片</translation>
        </message>
        <message>
            <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) attached</source>
            <translation>
                <numerusform>已附 %n 张照片</numerusform>
            </translation>
        </message>
        <message>
            <source>The money is not an amount in yuan, like 500 or 500.00.</source>
            <translation>慰问金不是以元为单位的金额，应写作 500 或 500.00。</translation>
        </message>
        <message>
            <source>The subject of the letters-and-visits case opened from the visit</source>
            <translation>由本次走访转立的信访案件的事项类别</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>备注（可不填）</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::VisitPage</name>
        <message>
            <source>Visits</source>
            <translation>走访慰问</translation>
        </message>
        <message>
            <source>Read only: visits are recorded by the clerk and the section chief.</source>
            <translation>只读：走访由经办人和科长记录。</translation>
        </message>
        <message>
            <source>&amp;Calendar</source>
            <translation>日历(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Key persons</source>
            <translation>重点对象(&amp;K)</translation>
        </message>
        <message>
            <source>Under each day: &lt;span style='color:#2e6b30'&gt;done&lt;/span&gt; · &lt;span style='color:#1f4e9a'&gt;due&lt;/span&gt; · &lt;span style='color:#b00020'&gt;overdue&lt;/span&gt;</source>
            <translation>每天下方：&lt;span style='color:#2e6b30'&gt;已走访&lt;/span&gt; · &lt;span style='color:#1f4e9a'&gt;待走访&lt;/span&gt; · &lt;span style='color:#b00020'&gt;已逾期&lt;/span&gt;</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Plan or form</source>
            <translation>计划或形式</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>&amp;Record visit…</source>
            <translation>记录走访(&amp;R)…</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1; leader %2</source>
            <translation>%1；包保领导 %2</translation>
        </message>
        <message>
            <source>%1 yuan</source>
            <translation>%1 元</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message>
            <source>Any leader</source>
            <translation>全部包保领导</translation>
        </message>
        <message>
            <source>Any risk</source>
            <translation>全部风险等级</translation>
        </message>
        <message>
            <source>Elevated or high</source>
            <translation>较高及高</translation>
        </message>
        <message>
            <source>High only</source>
            <translation>仅高</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>只看已逾期(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>截至(&amp;U)：</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Leader:</source>
            <translation>接访领导(&amp;L)：</translation>
        </message>
        <message>
            <source>R&amp;isk:</source>
            <translation>风险(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) due up to %1.</source>
            <translation>
                <numerusform>截至%1，共 %n 次待走访。</numerusform>
            </translation>
        </message>
        <message>
            <source>Visit recorded.</source>
            <translation>走访已记录。</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>截至%1</translation>
        </message>
        <message>
            <source>overdue only</source>
            <translation>只看已逾期</translation>
        </message>
        <message>
            <source>Visits due</source>
            <translation>待走访名单</translation>
        </message>
        <message>
            <source>Key persons: name, citizen ID or village…</source>
            <translation>重点对象：姓名、公民身份号码或村…</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>包保领导</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>复核日期</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>结束原因</translation>
        </message>
        <message>
            <source>&amp;New key person…</source>
            <translation>新增重点对象(&amp;N)…</translation>
        </message>
        <message>
            <source>Chan&amp;ge record…</source>
            <translation>修改记录(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;End record…</source>
            <translation>结束记录(&amp;E)…</translation>
        </message>
        <message>
            <source>Choose a key person on the left.</source>
            <translation>请在左边选择一名重点对象。</translation>
        </message>
        <message>
            <source>A key person now; the records below, newest first.</source>
            <translation>目前是重点对象；下面是历次记录，最新的在前。</translation>
        </message>
        <message>
            <source>Not a key person now.</source>
            <translation>目前不是重点对象。</translation>
        </message>
        <message>
            <source>Key person</source>
            <translation>重点对象</translation>
        </message>
        <message>
            <source>Key-person record saved.</source>
            <translation>重点对象记录已保存。</translation>
        </message>
        <message>
            <source>End key-person record</source>
            <translation>结束重点对象记录</translation>
        </message>
        <message>
            <source>Why is the person no longer a key person?</source>
            <translation>此人为什么不再列为重点对象？</translation>
        </message>
        <message>
            <source>Show &amp;stopped plans too</source>
            <translation>也显示已停止的计划(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;New plan…</source>
            <translation>新建计划(&amp;N)…</translation>
        </message>
        <message>
            <source>Ch&amp;ange plan…</source>
            <translation>修改计划(&amp;A)…</translation>
        </message>
        <message>
            <source>St&amp;op plan…</source>
            <translation>停止计划(&amp;O)…</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Rhythm</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>走访人</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>group: %1</source>
            <translation>群体：%1</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>执行中</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>已停止：%1</translation>
        </message>
        <message>
            <source>Visit plan</source>
            <translation>走访计划</translation>
        </message>
        <message>
            <source>Visit plan saved.</source>
            <translation>走访计划已保存。</translation>
        </message>
        <message>
            <source>Stop visit plan</source>
            <translation>停止走访计划</translation>
        </message>
        <message>
            <source>Why is the plan stopped?</source>
            <translation>为什么停止这个计划？</translation>
        </message>
        <message>
            <source>Due visits</source>
            <translation>待走访</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>走访计划</translation>
        </message>
        <message>
            <source>Festival campaigns</source>
            <translation>节日慰问</translation>
        </message>
        <message>
            <source>Reception days</source>
            <translation>接访日</translation>
        </message>
        <message>
            <source>Symposiums</source>
            <translation>座谈会</translation>
        </message>
        <message>
            <source>Visit recorded; opened: %1.</source>
            <translation>走访已记录，并已转办：%1。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::WarningDialog</name>
        <message>
            <source>Report a warning</source>
            <translation>报送预警信息</translation>
        </message>
        <message>
            <source>Early signs that someone may petition: who reported them and what is expected.</source>
            <translation>可能引发信访的苗头性信息：由谁报送、预计会发生什么。</translation>
        </message>
        <message>
            <source>e.g. 部分参战退役人员</source>
            <translation>如：部分参战退役人员</translation>
        </message>
        <message>
            <source>e.g. 计划于12月10日集体赴省上访</source>
            <translation>如：计划于12月10日集体赴省上访</translation>
        </message>
        <message>
            <source>&amp;Known:</source>
            <translation>已知(&amp;K)：</translation>
        </message>
        <message>
            <source>Reported &amp;on:</source>
            <translation>报送日期(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Township:</source>
            <translation>乡镇(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Reporter:</source>
            <translation>报送人(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>群体(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Persons:</source>
            <translation>涉及人员(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Expected:</source>
            <translation>预计行为(&amp;E)：</translation>
        </message>
        <message>
            <source>Expected o&amp;n:</source>
            <translation>预计时间(&amp;N)：</translation>
        </message>
        <message>
            <source>R&amp;isk:</source>
            <translation>风险等级(&amp;I)：</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报送</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::WarningModel</name>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>: </source>
            <translation>：</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未化解</translation>
        </message>
        <message>
            <source>Resolved %1 (became case)</source>
            <translation>%1 已化解（转为案件）</translation>
        </message>
        <message>
            <source>Resolved %1</source>
            <translation>%1 已化解</translation>
        </message>
        <message>
            <source>Reported on</source>
            <translation>报送日期</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>报送人</translation>
        </message>
        <message>
            <source>Group / persons</source>
            <translation>群体 / 人员</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>预计行为</translation>
        </message>
        <message>
            <source>Expected on</source>
            <translation>预计日期</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::WarningPanel</name>
        <message>
            <source>Open warnings</source>
            <translation>未化解预警</translation>
        </message>
        <message>
            <source>All warnings</source>
            <translation>全部预警</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>显示(&amp;W)：</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message>
            <source>Townsh&amp;ip:</source>
            <translation>乡镇(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Report a warning…</source>
            <translation>报送预警信息(&amp;R)…</translation>
        </message>
        <message>
            <source>What was done, or how it was resolved</source>
            <translation>做了哪些工作，或如何化解</translation>
        </message>
        <message>
            <source>The id of the case it became, if any</source>
            <translation>转为的案件编号（内部序号），如有</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>Became &amp;case:</source>
            <translation>转为案件(&amp;C)：</translation>
        </message>
        <message>
            <source>F&amp;ollow up</source>
            <translation>跟进(&amp;O)</translation>
        </message>
        <message>
            <source>Re&amp;solve</source>
            <translation>化解(&amp;S)</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2：%3</translation>
        </message>
        <message>
            <source>%1 resolved: %2</source>
            <translation>%1 已化解：%2</translation>
        </message>
        <message>
            <source>No follow-up yet.</source>
            <translation>尚无跟进记录。</translation>
        </message>
        <message>
            <source>The warning is reported.</source>
            <translation>预警信息已报送。</translation>
        </message>
        <message>
            <source>The follow-up is recorded.</source>
            <translation>跟进情况已记录。</translation>
        </message>
        <message>
            <source>The warning is resolved.</source>
            <translation>预警信息已化解。</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::WorkerDialog</name>
        <message>
            <source>New township worker</source>
            <translation>新增乡镇人员</translation>
        </message>
        <message>
            <source>Edit township worker</source>
            <translation>修改乡镇人员</translation>
        </message>
        <message>
            <source>The township's special-care worker (优抚专干) or an information staff member (信息员).</source>
            <translation>乡镇（街道）的优抚专干或信息员。</translation>
        </message>
        <message>
            <source>Special-care worker</source>
            <translation>优抚专干</translation>
        </message>
        <message>
            <source>Information staff</source>
            <translation>信息员</translation>
        </message>
        <message>
            <source>The group they sit inside; empty for the township's own</source>
            <translation>所在重点群体；乡镇本身的人员不填</translation>
        </message>
        <message>
            <source>&amp;Township:</source>
            <translation>乡镇(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Duty:</source>
            <translation>职务(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>联系电话(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>所在群体(&amp;G)：</translation>
        </message>
        <message>
            <source>Serving &amp;since:</source>
            <translation>任职日期(&amp;S)：</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O)：</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::WorkersPanel</name>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message>
            <source>To&amp;wnship:</source>
            <translation>乡镇(&amp;W)：</translation>
        </message>
        <message>
            <source>Both duties</source>
            <translation>全部职务</translation>
        </message>
        <message>
            <source>Special-care workers</source>
            <translation>优抚专干</translation>
        </message>
        <message>
            <source>Information staff</source>
            <translation>信息员</translation>
        </message>
        <message>
            <source>D&amp;uty:</source>
            <translation>职务(&amp;U)：</translation>
        </message>
        <message>
            <source>Name or group</source>
            <translation>姓名或群体</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>查找(&amp;D)：</translation>
        </message>
        <message>
            <source>Serving on&amp;ly</source>
            <translation>仅在岗(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;New worker…</source>
            <translation>新增人员(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <source>End ser&amp;vice…</source>
            <translation>离任(&amp;V)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>The township worker is saved.</source>
            <translation>乡镇人员已保存。</translation>
        </message>
        <message>
            <source>Choose the worker to edit.</source>
            <translation>请选择要修改的人员。</translation>
        </message>
        <message>
            <source>%1 is saved.</source>
            <translation>%1 已保存。</translation>
        </message>
        <message>
            <source>Choose the worker whose service ends.</source>
            <translation>请选择要登记离任的人员。</translation>
        </message>
        <message>
            <source>End of service</source>
            <translation>离任</translation>
        </message>
        <message>
            <source>Serves &amp;until:</source>
            <translation>离任日期(&amp;U)：</translation>
        </message>
        <message>
            <source>%1 no longer serves.</source>
            <translation>%1 已离任。</translation>
        </message>
        <message>
            <source>serving only</source>
            <translation>仅在岗</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Township workers</source>
            <translation>专干与信息员</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) exported to %1.</source>
            <translation>
                <numerusform>已导出 %n 行到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Township workers %1.xlsx</source>
            <translation>专干与信息员%1.xlsx</translation>
        </message>
        <message>
            <source>Export the township workers</source>
            <translation>导出专干与信息员</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ZeroGridModel</name>
        <message>
            <source>%1 of %2 days reported, %3 on time</source>
            <translation>应报 %2 天，已报 %1 天，按时 %3 天</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>报送率</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>及时率</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ZeroImportDialog</name>
        <message>
            <source>Import zero reports</source>
            <translation>导入零报告</translation>
        </message>
        <message>
            <source>%1 (%2): %3 report(s) to record, %4 row(s) refused. A day already reported is never overwritten.</source>
            <translation>%1（%2）：将登记 %3 份，%4 行不能登记。已报过的日子决不覆盖。</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报告内容</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>收到时间</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Nothing to report</source>
            <translation>无事项</translation>
        </message>
        <message>
            <source>Will be recorded</source>
            <translation>将登记</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Record %n report(s)</source>
            <translation>
                <numerusform>登记 %n 份(&amp;R)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ZeroReportDialog</name>
        <message>
            <source>Zero report</source>
            <translation>零报告</translation>
        </message>
        <message>
            <source>Record a zero report</source>
            <translation>登记零报告</translation>
        </message>
        <message>
            <source>Correct a zero report</source>
            <translation>更正零报告</translation>
        </message>
        <message>
            <source>What the township reported for the day: nothing, or the items and the persons concerned.</source>
            <translation>乡镇对这一天的报告：无事项，或者各条事项及涉及的优抚对象。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Who reported, e.g. the township's special-care worker</source>
            <translation>报告人，如乡镇优抚专干</translation>
        </message>
        <message>
            <source>&amp;Township:</source>
            <translation>乡镇(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Day reported on:</source>
            <translation>报告日期(&amp;D)：</translation>
        </message>
        <message>
            <source>Recei&amp;ved at:</source>
            <translation>收到时间(&amp;V)：</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>报送方式(&amp;H)：</translation>
        </message>
        <message>
            <source>Re&amp;porter:</source>
            <translation>报告人(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Nothing to report</source>
            <translation>无事项(&amp;N)</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>发生了什么情况</translation>
        </message>
        <message>
            <source>Dealt with, nothing further</source>
            <translation>已处理，无后续</translation>
        </message>
        <message>
            <source>Became a case</source>
            <translation>转为信访件</translation>
        </message>
        <message>
            <source>Became a warning</source>
            <translation>转为预警</translation>
        </message>
        <message>
            <source>&amp;What happened:</source>
            <translation>情况(&amp;W)：</translation>
        </message>
        <message>
            <source>Per&amp;sons:</source>
            <translation>涉及人员(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>处理结果(&amp;O)：</translation>
        </message>
        <message>
            <source>Case or &amp;warning:</source>
            <translation>信访件或预警(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>添加事项(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;move item</source>
            <translation>删除事项(&amp;M)</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation>备注(&amp;E)：</translation>
        </message>
        <message>
            <source>(the township has no case)</source>
            <translation>（该乡镇没有信访件）</translation>
        </message>
        <message>
            <source>(the township has no warning)</source>
            <translation>（该乡镇没有预警）</translation>
        </message>
        <message>
            <source>Write what happened before adding the item.</source>
            <translation>请先填写情况，再添加事项。</translation>
        </message>
        <message numerus="yes">
            <source> (%n person(s))</source>
            <translation>
                <numerusform>（%n人）</numerusform>
            </translation>
        </message>
        <message>
            <source> → case</source>
            <translation> → 信访件</translation>
        </message>
        <message>
            <source> → warning</source>
            <translation> → 预警</translation>
        </message>
    </context>
    <context>
        <name>youfu::ui::ZeroReportPanel</name>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>All townships</source>
            <translation>全部乡镇</translation>
        </message>
        <message>
            <source>T&amp;ownship:</source>
            <translation>乡镇(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Record a zero report…</source>
            <translation>登记零报告(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>No report of the last 7 days is missing.</source>
            <translation>近 7 天没有缺报。</translation>
        </message>
        <message>
            <source>Missing in the last 7 days: %1</source>
            <translation>近 7 天缺报：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n township(s) not yet reported for %1 (due by %2).</source>
            <translation>
                <numerusform>%1 尚有 %n 个乡镇未报送（截止 %2）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The zero report is corrected.</source>
            <translation>零报告已更正。</translation>
        </message>
        <message>
            <source>The zero report is recorded.</source>
            <translation>零报告已登记。</translation>
        </message>
        <message numerus="yes">
            <source>%n zero report(s) recorded from the file.</source>
            <translation>
                <numerusform>已从文件登记 %n 份零报告。</numerusform>
            </translation>
        </message>
        <message>
            <source>Import zero reports</source>
            <translation>导入零报告</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
            <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
        </message>
        <message>
            <source>The month grid is exported.</source>
            <translation>月报表已导出。</translation>
        </message>
        <message>
            <source>Export the month grid</source>
            <translation>导出零报告月报表</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
        </message>
    </context>
</TS>
