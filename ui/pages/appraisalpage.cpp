#include "pages/appraisalpage.h"

#include "appraisal/reportexportdialog.h"
#include "appraisal/schemespanel.h"
#include "appraisal/staffpanel.h"
#include "appraisal/unitspanel.h"
#include "db/database.h"
#include "security/permission.h"
#include "widgets/glyphicon.h"
#include "widgets/savedfile.h"

#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace youfu::ui {

AppraisalPage::AppraisalPage(Session& session, QWidget* parent)
    : RegisterPage(session, tr("Year-end appraisal"), parent)
{
    setObjectName(QStringLiteral("appraisalPage"));
    // The report covers every tab: its button sits above them.
    auto* bar = new QHBoxLayout;
    m_exportReport = new QPushButton(tr("E&xport the appraisal report…"), this);
    m_exportReport->setObjectName(QStringLiteral("exportAppraisalReport"));
    m_exportReport->setToolTip(
        tr("The year-end appraisal report as PDF or Excel: summary, townships, staff, charts"));
    m_exportReport->setVisible(
        core::isAllowed(session.actor.roles, core::Permission::ViewBusiness));
    connect(m_exportReport, &QPushButton::clicked, this, [this] { exportReport(); });
    bar->addWidget(m_exportReport);
    bar->addStretch(1);
    if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
        box->insertLayout(box->indexOf(tabs()), bar);

    addPanel(new UnitsPanel(session, this), tr("Townships"));
    addPanel(new StaffPanel(session, this), tr("Staff"));
    addPanel(new SchemesPanel(session, this), tr("Schemes"));
}

QIcon AppraisalPage::icon() const
{
    return glyphIcon(QStringLiteral("考"), QColor(QRgb(0x8a4f1e)));
}

QString AppraisalPage::exportReport()
{
    if (!session().db)
        return QString();
    ReportExportDialog dialog(session(), session().db->clock().today().year(), this);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    const QString path = dialog.exportedPath();
    Q_EMIT statusMessage(
        tr("The appraisal report is saved in %1.").arg(QDir::toNativeSeparators(path)));
    showSavedFile(this, path);
    return path;
}

} // namespace youfu::ui
