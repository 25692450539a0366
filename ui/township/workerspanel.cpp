#include "township/workerspanel.h"

#include "dialogs/dialogparts.h"
#include "io/computedexport.h"
#include "models/infostaffmodel.h"
#include "petition/warningstore.h"
#include "registry/areastore.h"
#include "registry/phonenumber.h"
#include "security/permission.h"
#include "township/trainingrules.h"
#include "township/trainingstore.h"
#include "township/workerdialog.h"
#include "widgets/filechooser.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace youfu::ui {

WorkersPanel::WorkersPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session),
      m_canManage(core::isAllowed(session.actor.roles, core::Permission::ManageTownships))
{
    setObjectName(QStringLiteral("workers"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("workersTownship"));
    m_township->addItem(tr("All townships"), QString());
    if (session.db) {
        for (const core::Township& t : core::AreaStore(*session.db).townships())
            m_township->addItem(t.name, t.code);
    }
    auto* townshipLabel = new QLabel(tr("To&wnship:"), this);
    townshipLabel->setBuddy(m_township);
    m_duty = new QComboBox(this);
    m_duty->setObjectName(QStringLiteral("workersDuty"));
    m_duty->addItem(tr("Both duties"), -1);
    m_duty->addItem(tr("Special-care workers"), int(core::StaffDuty::Care));
    m_duty->addItem(tr("Information staff"), int(core::StaffDuty::Info));
    auto* dutyLabel = new QLabel(tr("D&uty:"), this);
    dutyLabel->setBuddy(m_duty);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("workersText"));
    m_text->setPlaceholderText(tr("Name or group"));
    m_text->setClearButtonEnabled(true);
    auto* textLabel = new QLabel(tr("Fin&d:"), this);
    textLabel->setBuddy(m_text);
    m_servingOnly = new QCheckBox(tr("Serving on&ly"), this);
    m_servingOnly->setObjectName(QStringLiteral("workersServingOnly"));
    m_servingOnly->setChecked(true);
    top->addWidget(townshipLabel);
    top->addWidget(m_township);
    top->addWidget(dutyLabel);
    top->addWidget(m_duty);
    top->addWidget(textLabel);
    top->addWidget(m_text, 1);
    top->addWidget(m_servingOnly);
    layout->addLayout(top);

    m_model = new InfoStaffModel(this);
    m_model->setMaskPhones(
        !core::isAllowed(session.actor.roles, core::Permission::RevealSensitive));
    m_model->setTrainingMinutes({});
    m_table = makeListTable(m_model, "workersTable", this);
    fitColumns(m_table, InfoStaffModel::Group);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&New worker…"), this);
    m_add->setObjectName(QStringLiteral("newWorker"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editWorker"));
    m_end = new QPushButton(tr("End ser&vice…"), this);
    m_end->setObjectName(QStringLiteral("endWorker"));
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportWorkers"));
    for (QPushButton* b : {m_add, m_edit, m_end}) {
        b->setVisible(m_canManage);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_township, &QComboBox::currentIndexChanged, this, &WorkersPanel::reload);
    connect(m_duty, &QComboBox::currentIndexChanged, this, &WorkersPanel::reload);
    connect(m_text, &QLineEdit::textChanged, this, &WorkersPanel::reload);
    connect(m_servingOnly, &QCheckBox::toggled, this, &WorkersPanel::reload);
    connect(m_add, &QPushButton::clicked, this, &WorkersPanel::addWorker);
    connect(m_edit, &QPushButton::clicked, this, &WorkersPanel::editWorker);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_canManage)
            editWorker();
    });
    connect(m_end, &QPushButton::clicked, this, &WorkersPanel::endService);
    connect(exportButton, &QPushButton::clicked, this, &WorkersPanel::exportList);
}

void WorkersPanel::reload()
{
    m_error->hide();
    if (!m_session.db)
        return;
    auto staff = core::WarningStore(*m_session.db)
                     .staff(m_township->currentData().toString(), m_servingOnly->isChecked());
    if (!staff) {
        m_model->setStaff({});
        showError(m_error, staff.error());
        return;
    }
    auto records =
        core::TrainingStore(*m_session.db).attendance(m_session.db->clock().today().year());
    if (!records) {
        m_model->setStaff({});
        showError(m_error, records.error());
        return;
    }
    const int duty = m_duty->currentData().toInt();
    const QString text = m_text->text().trimmed();
    QList<core::InfoStaff> shown;
    for (const core::InfoStaff& s : staff.value()) {
        if (duty >= 0 && int(s.duty) != duty)
            continue;
        if (!text.isEmpty() && !s.name.contains(text) && !s.group.contains(text))
            continue;
        shown << s;
    }
    // 专干 first within a township, then the township's own information staff, then groups.
    QHash<QString, int> order;
    for (const core::InfoStaff& s : shown)
        order.insert(s.townshipCode, order.value(s.townshipCode, int(order.size())));
    std::stable_sort(shown.begin(), shown.end(),
                     [&order](const core::InfoStaff& a, const core::InfoStaff& b) {
                         const int ta = order.value(a.townshipCode);
                         const int tb = order.value(b.townshipCode);
                         if (ta != tb)
                             return ta < tb;
                         return a.duty == core::StaffDuty::Care && b.duty != core::StaffDuty::Care;
                     });
    m_model->setTrainingMinutes(core::TrainingRules::minutesByWorker(
        records.value(), m_session.db->clock().today().year()));
    m_model->setStaff(shown);
}

void WorkersPanel::addWorker()
{
    core::InfoStaff w;
    w.townshipCode = m_township->currentData().toString();
    w.duty = core::StaffDuty::Care;
    WorkerDialog d(m_session, w, this);
    if (d.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("The township worker is saved."));
    reload();
}

void WorkersPanel::editWorker()
{
    const core::InfoStaff w = m_model->staffAt(m_table->currentIndex().row());
    if (w.id == 0) {
        showError(m_error, tr("Choose the worker to edit."));
        return;
    }
    WorkerDialog d(m_session, w, this);
    if (d.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("%1 is saved.").arg(w.name));
    reload();
}

void WorkersPanel::endService()
{
    const core::InfoStaff w = m_model->staffAt(m_table->currentIndex().row());
    if (w.id == 0) {
        showError(m_error, tr("Choose the worker whose service ends."));
        return;
    }
    QDialog d(this);
    d.setObjectName(QStringLiteral("endWorkerDialog"));
    d.setWindowTitle(tr("End of service"));
    auto* layout = new QVBoxLayout(&d);
    layout->addWidget(makeDialogHeader(tr("End of service"), w.name, &d));
    auto* form = new QFormLayout;
    auto* until = new QDateEdit(m_session.db->clock().today(), &d);
    until->setObjectName(QStringLiteral("workerUntil"));
    until->setCalendarPopup(true);
    until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Serves &until:"), until);
    layout->addLayout(form);
    auto* error = makeErrorLabel(&d);
    layout->addWidget(error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &d, [&] {
        const core::Status s =
            core::WarningStore(*m_session.db).endStaff(m_session.actor, w.id, until->date());
        if (!s) {
            showError(error, s.error());
            return;
        }
        d.accept();
    });
    if (d.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("%1 no longer serves.").arg(w.name));
    reload();
}

bool WorkersPanel::exportTo(const QString& path)
{
    QStringList headers;
    for (int c = 0; c < m_model->columnCount(); ++c)
        headers << m_model->headerData(c, Qt::Horizontal).toString();
    while (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    QList<QStringList> lines;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList line;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const core::InfoStaff s = m_model->staffAt(r);
            line << (c == InfoStaffModel::Phone ? core::PhoneNumber::mask(s.phone)
                                                : m_model->index(r, c).data().toString());
        }
        lines << line;
    }
    const QStringList filters{m_township->currentText(), m_duty->currentText(),
                              m_servingOnly->isChecked() ? tr("serving only") : tr("all")};
    auto rows = core::exportComputedTable(
        *m_session.db, m_session.actor, QStringLiteral("township_workers"), tr("Township workers"),
        filters.join(QStringLiteral("，")), headers, lines, path);
    if (!rows) {
        showError(m_error, rows.error());
        return false;
    }
    Q_EMIT statusMessage(tr("%n row(s) exported to %1.", nullptr, int(rows.value()))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

void WorkersPanel::exportList()
{
    const QString name =
        tr("Township workers %1.xlsx")
            .arg(m_session.db->clock().today().toString(QStringLiteral("yyyyMMdd")));
    const QString path =
        chooseSaveFile(this, tr("Export the township workers"), QDir::home().filePath(name),
                       tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace youfu::ui
