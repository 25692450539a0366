#include "pages/auditpage.h"

#include "audit/auditlog.h"
#include "audit/auditquery.h"
#include "audit/auditwording.h"
#include "dialogs/exportdialog.h"
#include "models/auditmodel.h"
#include "widgets/glyphicon.h"
#include "widgets/savedfile.h"
#include "widgets/searchtolist.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
const QDate kAnyDate(2000, 1, 1);

QDateEdit* makeDateEdit(QWidget* parent, const QString& name)
{
    auto* e = new QDateEdit(parent);
    e->setObjectName(name);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setMinimumDate(kAnyDate);
    e->setSpecialValueText(AuditPage::tr("any day"));
    e->setDate(kAnyDate);
    return e;
}
} // namespace

AuditPage::AuditPage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("auditPage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Audit log"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #23324a;"));
    layout->addWidget(heading);
    layout->addWidget(new QLabel(tr("Every change, login and logout, who and when. Nobody can "
                                    "change or delete an entry; each one is chained to the one "
                                    "before by its hash."),
                                 this));

    auto* filters = new QHBoxLayout;
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setMinimumWidth(140);
    m_from = makeDateEdit(this, QStringLiteral("auditFrom"));
    m_to = makeDateEdit(this, QStringLiteral("auditTo"));
    // Kinds of action by their titles; the codes the log keeps are for the program.
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setMinimumWidth(180);
    m_action->addItem(tr("All actions"), QStringList());
    for (const core::AuditWording::ActionKind& k : core::AuditWording::actionKinds())
        m_action->addItem(k.title, QStringList{k.key});
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("record number"));
    m_text->setClearButtonEnabled(true);
    auto* apply = new QPushButton(tr("F&ilter"), this);
    apply->setObjectName(QStringLiteral("auditApply"));
    auto* userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    auto* actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(m_text, 1);
    filters->addWidget(apply);
    layout->addLayout(filters);

    auto* actions = new QHBoxLayout;
    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    auto* verify = new QPushButton(tr("&Verify chain"), this);
    verify->setObjectName(QStringLiteral("auditVerify"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyResult->setWordWrap(true);
    actions->addWidget(exportButton);
    actions->addWidget(verify);
    actions->addWidget(m_verifyResult, 1);
    actions->addWidget(m_count);
    layout->addLayout(actions);

    m_model = new AuditModel(*session.db, session.actor, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    fitColumns(m_view, AuditModel::Details);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    connect(apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(m_text, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    searchToList(m_text, m_view);
    connect(m_user, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    refresh();
    auto* exportSheetButton = new QPushButton(tr("E&xport…"), this);
    exportSheetButton->setObjectName(QStringLiteral("auditExportSheet"));
    actions->insertWidget(actions->indexOf(exportButton) + 1, exportSheetButton);
    connect(exportSheetButton, &QPushButton::clicked, this, &AuditPage::exportSheet);
}

QIcon AuditPage::icon() const
{
    return glyphIcon(QStringLiteral("审"), QColor(0x8b, 0x45, 0x13));
}

void AuditPage::refresh()
{
    const QString current = m_user->currentData().toString();
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    const core::AuditQuery query(*session().db);
    const auto people = query.people(session().actor);
    if (auto logins = query.logins(session().actor))
        for (const QString& l : logins.value()) {
            // By name; a login without a user (mistyped at the login box) stays as typed.
            const QString name = people ? people->nameOf(l) : l;
            m_user->addItem(name == l ? l : tr("%1 (%2)").arg(name, l), l);
        }
    m_user->setCurrentIndex(qMax(0, m_user->findData(current)));
    applyFilter();
}

void AuditPage::applyFilter()
{
    core::AuditFilter f;
    f.login = m_user->currentData().toString();
    if (m_from->date() != kAnyDate)
        f.from = m_from->date();
    if (m_to->date() != kAnyDate)
        f.to = m_to->date();
    f.text = m_text->text().trimmed();
    f.actions = m_action->currentData().toStringList();
    m_model->setFilter(f);
    updateCount();
}

void AuditPage::updateCount()
{
    auto n = core::AuditQuery(*session().db).count(session().actor, m_model->filter());
    m_count->setText(n ? tr("%n entries", nullptr, int(qMin<qint64>(n.value(), INT_MAX)))
                       : n.error());
}

void AuditPage::verifyChain()
{
    const core::AuditVerifyReport r = core::AuditLog(*session().db).verify();
    if (r.intact) {
        m_verifyResult->setText(
            tr("The chain is intact: %n entries checked.", nullptr, int(r.entries)));
        m_verifyResult->setStyleSheet(QStringLiteral("color: #1b6e20; font-weight: bold;"));
    } else {
        m_verifyResult->setText(
            tr("The chain is BROKEN at entry %1: %2").arg(r.firstBrokenId).arg(r.reason));
        m_verifyResult->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }
    Q_EMIT statusMessage(m_verifyResult->text());
}

bool AuditPage::exportTo(const QString& path)
{
    auto rows = core::AuditQuery(*session().db).exportCsv(session().actor, m_model->filter(), path);
    if (!rows) {
        QMessageBox::warning(this, tr("Export"), rows.error());
        return false;
    }
    Q_EMIT statusMessage(tr("%n entries exported to %1", nullptr, int(rows.value()))
                             .arg(QDir::toNativeSeparators(path)));
    showSavedFile(this, path);
    return true;
}

void AuditPage::exportCsv()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("audit-log-%1.csv")
                          .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditPage::exportSheet()
{
    core::ListExportRequest request;
    request.list = core::ExportList::Audit;
    request.audit = m_model->filter();
    return ExportDialog::exportList(this, session(), request, tr("Audit log"));
}

} // namespace youfu::ui
