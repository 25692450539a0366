// Prints how long the approval form (审批表) takes to render to PDF (target ≤ 200 ms) and
// writes a sample with long opinions to look at:
//     build/tests/bench_approval [/tmp/youfu-approval-form.pdf]
#include "approval/approvalform.h"
#include "report/documentrenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace youfu::core;

namespace {

ApprovalStep step(int round, int index, Role role, StepDecision d, const QString& name,
                  const QString& opinion, const QDate& on)
{
    ApprovalStep s;
    s.round = round;
    s.stepIndex = index;
    s.role = role;
    s.decision = d;
    s.signerName = name;
    s.opinion = opinion;
    s.signedAt = QDateTime(on, QTime(2, 0), Qt::UTC);
    return s;
}

Application sampleApplication()
{
    Application a;
    a.id = 17;
    a.draft.type = ApplicationType::DisabilityGrade;
    a.draft.categoryCode = QStringLiteral("disabled_serviceman");
    a.categoryName = QStringLiteral("残疾军人");
    a.draft.grade = 4;
    a.draft.nature = QStringLiteral("因战");
    a.draft.effectiveDate = QDate(2026, 12, 1);
    a.draft.requestedChange = QStringLiteral("申请评定（调整）残疾等级为四级因战");
    a.draft.facts = QStringLiteral("张建国，男，1958年3月出生，1976年12月入伍，1979年2月参加对越自"
                                   "卫还击作战，在战斗中左腿负伤，"
                                   "1980年经部队评定为六级残疾（因战），1981年退伍回原籍。近年伤情"
                                   "加重，经市人民医院诊断为左膝关节"
                                   "创伤性关节炎伴活动受限，行走需借助拐杖。");
    a.draft.reason =
        QStringLiteral("伤残情况发生明显变化，原定残疾等级与现残情不符，依据《伤残抚恤管理办法》"
                       "第十五条申请调整残疾等级。");
    a.state = ApplicationState::Approved;
    a.round = 2;
    a.chain = {Role::SectionChief, Role::Inspector, Role::Director};
    a.number = QStringLiteral("武民优审〔2026〕0017号");
    a.benefit.annualFen = 6605000;
    a.benefit.standardId = 3;
    a.benefit.basis =
        QStringLiteral("演示〔示意〕《演示用抚恤补助标准（2025年度，示意金额，非正式文件）》");
    a.draftedByName = QStringLiteral("王经办");
    const QString longOpinion =
        QStringLiteral("经审核，该同志于1979年参加对越自卫还击作战负伤，伤残性质为因战，原评定为六"
                       "级。本次申请调整等级，"
                       "经市级评残机构组织医疗卫生专家小组现场检查，认定其左膝关节功能障碍符合四级"
                       "残疾标准。相关档案材料"
                       "（入伍登记表、立功受奖证书、原伤残证明、本次医疗诊断证明、评残专家组意见、"
                       "公示无异议证明）齐全、"
                       "真实、有效，已在其所在村公示七日无异议。经科室集体研究，同意调整为四级（因"
                       "战），自2026年12月1日"
                       "起按新等级标准发放残疾抚恤金，请纪检监督审核、局长审批。");
    a.steps = {
        step(1, 0, Role::Clerk, StepDecision::Submit, QStringLiteral("王经办"), QString(),
             QDate(2026, 11, 2)),
        step(1, 1, Role::SectionChief, StepDecision::Return, QStringLiteral("李科长"),
             QStringLiteral("缺少评残专家组意见及公示无异议证明，请补充后重新提交。"),
             QDate(2026, 11, 4)),
        step(2, 0, Role::Clerk, StepDecision::Submit, QStringLiteral("王经办"), QString(),
             QDate(2026, 11, 10)),
        step(2, 1, Role::SectionChief, StepDecision::Approve, QStringLiteral("李科长"), longOpinion,
             QDate(2026, 11, 12)),
        step(2, 2, Role::Inspector, StepDecision::Approve, QStringLiteral("陈纪检"),
             QStringLiteral("审批程序合规，材料经核实无误，公示期内未收到异议，同意。"),
             QDate(2026, 11, 16)),
        step(2, 3, Role::Director, StepDecision::Approve, QStringLiteral("刘局长"),
             QStringLiteral("同意，按规定上报市退役军人事务局备案。"), QDate(2026, 11, 20)),
    };
    a.documents = {
        {1, QStringLiteral("伤残证明"), QStringLiteral("残疾军人证（六级）"), 2},
        {2, QStringLiteral("医疗诊断证明"), QStringLiteral("武冈市人民医院诊断证明书"), 3},
        {3, QStringLiteral("评残意见"), QStringLiteral("评残专家组鉴定意见"), 1}};
    return a;
}

Person samplePerson()
{
    Person p;
    p.name = QStringLiteral("张建国");
    p.sex = Sex::Male;
    p.ethnicity = QStringLiteral("汉族");
    p.citizenId = QStringLiteral("430581195803120017");
    p.birthDate = QDate(1958, 3, 12);
    p.townshipName = QStringLiteral("邓元泰镇");
    p.villageName = QStringLiteral("高桥村");
    p.address = QStringLiteral("湖南省武冈市邓元泰镇高桥村三组18号");
    PersonCategory c;
    c.categoryCode = QStringLiteral("disabled_serviceman");
    c.categoryName = QStringLiteral("残疾军人");
    c.startDate = QDate(1981, 3, 1);
    c.endDate = QDate(2026, 12, 1);
    c.grade = 6;
    c.nature = QStringLiteral("因战");
    p.categories << c;
    c.startDate = QDate(2026, 12, 1);
    c.endDate = QDate();
    c.grade = 4;
    p.categories << c;
    return p;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const Application a = sampleApplication();
    const Person p = samplePerson();
    QTemporaryDir dir;
    const QString sample =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("form.pdf"));
    // The first render loads fonts; it is reported apart from the steady state.
    QElapsedTimer timer;
    timer.start();
    Status s = renderToPdf(ApprovalForm::form(a, p, QStringLiteral("武冈市民政局")), sample);
    const qint64 first = timer.elapsed();
    if (!s) {
        out << "render failed: " << s.error() << Qt::endl;
        return 1;
    }
    QList<qint64> times;
    for (int i = 0; i < 10; ++i) {
        timer.restart();
        if (!renderToPdf(ApprovalForm::form(a, p, QStringLiteral("武冈市民政局")),
                         dir.filePath(QStringLiteral("x.pdf")))) {
            out << "render failed" << Qt::endl;
            return 1;
        }
        times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    out << "approval form to PDF: first " << first << " ms, median " << times.at(times.size() / 2)
        << " ms, max " << times.last() << " ms over " << times.size()
        << " runs (target <= 200 ms); pages "
        << pageCount(ApprovalForm::form(a, p, QStringLiteral("武冈市民政局"))) << Qt::endl;
    if (argc > 1)
        out << "sample written to " << sample << Qt::endl;
    return 0;
}
