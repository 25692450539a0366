#include "township/trainingpanel.h"

#include "archive/archiveentry.h"
#include "archive/scanstore.h"
#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "dialogs/scanviewer.h"
#include "io/computedexport.h"
#include "petition/warningstore.h"
#include "registry/phonenumber.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "township/attendeechooser.h"
#include "township/sessiondialog.h"
#include "township/trainingpapers.h"
#include "township/trainingrules.h"
#include "township/trainingsessionmodel.h"
#include "township/trainingstore.h"
#include "widgets/filechooser.h"
#include "widgets/listtable.h"
#include "widgets/printpreview.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace youfu::ui {

TrainingPanel::TrainingPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session),
      m_canManage(core::isAllowed(session.actor.roles, core::Permission::ManageTownships))
{
    setObjectName(QStringLiteral("training"));
    const QDate today = session.db ? session.db->clock().today() : QDate::currentDate();
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("trainingYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("trainingKind"));
    m_kind->addItem(tr("Every kind"), -1);
    for (auto k : {core::TrainingKind::AnnualTownship, core::TrainingKind::MonthlyStudy,
                   core::TrainingKind::Exchange})
        m_kind->addItem(core::TrainingRules::kindTitle(k), int(k));
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("trainingText"));
    m_text->setPlaceholderText(tr("Topic, trainer or place"));
    m_text->setClearButtonEnabled(true);
    auto* textLabel = new QLabel(tr("Fin&d:"), this);
    textLabel->setBuddy(m_text);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addWidget(textLabel);
    top->addWidget(m_text, 1);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("trainingTabs"));
    layout->addWidget(m_tabs, 1);

    // Sessions: the list on the left, the chosen one's attendees and materials on the right.
    auto* sessions = new QWidget(this);
    auto* sessionsLayout = new QVBoxLayout(sessions);
    m_model = new TrainingSessionModel(session.db, this);
    m_table = makeListTable(m_model, "trainingTable", sessions);
    fitColumns(m_table, TrainingSessionModel::Topic);
    auto* side = new QWidget(sessions);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_attendeeTitle = new QLabel(tr("Attendees (tick who came):"), side);
    m_attendees = new QListWidget(side);
    m_attendees->setObjectName(QStringLiteral("trainingAttendees"));
    m_attendeeTitle->setBuddy(m_attendees);
    auto* attendeeButtons = new QHBoxLayout;
    m_choose = new QPushButton(tr("Choose &attendees…"), side);
    m_choose->setObjectName(QStringLiteral("chooseAttendees"));
    m_saveAttendance = new QPushButton(tr("Save attendan&ce"), side);
    m_saveAttendance->setObjectName(QStringLiteral("saveAttendance"));
    attendeeButtons->addWidget(m_choose);
    attendeeButtons->addWidget(m_saveAttendance);
    auto* materialsLabel = new QLabel(tr("Materials:"), side);
    m_materials = new QListWidget(side);
    m_materials->setObjectName(QStringLiteral("trainingMaterials"));
    m_materials->setMaximumHeight(90);
    materialsLabel->setBuddy(m_materials);
    auto* materialButtons = new QHBoxLayout;
    m_attach = new QPushButton(tr("Attach &material…"), side);
    m_attach->setObjectName(QStringLiteral("attachMaterial"));
    m_open = new QPushButton(tr("&Open material"), side);
    m_open->setObjectName(QStringLiteral("openMaterial"));
    materialButtons->addWidget(m_attach);
    materialButtons->addWidget(m_open);
    sideLayout->addWidget(m_attendeeTitle);
    sideLayout->addWidget(m_attendees, 1);
    sideLayout->addLayout(attendeeButtons);
    sideLayout->addWidget(materialsLabel);
    sideLayout->addWidget(m_materials);
    sideLayout->addLayout(materialButtons);
    auto* split = new QSplitter(Qt::Horizontal, sessions);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    sessionsLayout->addWidget(split, 1);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New session…"), sessions);
    m_new->setObjectName(QStringLiteral("newSession"));
    m_edit = new QPushButton(tr("&Edit session…"), sessions);
    m_edit->setObjectName(QStringLiteral("editSession"));
    m_print = new QPushButton(tr("&Print attendance sheet…"), sessions);
    m_print->setObjectName(QStringLiteral("printAttendanceSheet"));
    auto* exportSessionsButton = new QPushButton(tr("E&xport…"), sessions);
    exportSessionsButton->setObjectName(QStringLiteral("exportSessions"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(exportSessionsButton);
    sessionsLayout->addLayout(buttons);
    m_tabs->addTab(sessions, tr("Sessions"));
    for (QPushButton* b : {m_new, m_edit, m_choose, m_saveAttendance, m_attach})
        b->setVisible(m_canManage);

    // Per township: the hours this year and who missed the annual training.
    auto* byTownship = new QWidget(this);
    auto* byLayout = new QVBoxLayout(byTownship);
    m_summary = new QTableWidget(0, 5, byTownship);
    m_summary->setObjectName(QStringLiteral("trainingSummary"));
    m_summary->setHorizontalHeaderLabels({tr("Township"), tr("Workers serving"),
                                          tr("Hours attended"), tr("Missed the annual training"),
                                          tr("Who missed it")});
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary->verticalHeader()->hide();
    m_summary->horizontalHeader()->setStretchLastSection(true);
    byLayout->addWidget(m_summary, 1);
    auto* summaryButtons = new QHBoxLayout;
    auto* exportSummaryButton = new QPushButton(tr("Export the &summary…"), byTownship);
    exportSummaryButton->setObjectName(QStringLiteral("exportTrainingSummary"));
    summaryButtons->addStretch();
    summaryButtons->addWidget(exportSummaryButton);
    byLayout->addLayout(summaryButtons);
    m_tabs->addTab(byTownship, tr("By township"));

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_year, &QSpinBox::valueChanged, this, &TrainingPanel::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TrainingPanel::reload);
    connect(m_text, &QLineEdit::textChanged, this, &TrainingPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingPanel::showChosen);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_canManage)
            editSession();
    });
    connect(m_new, &QPushButton::clicked, this, &TrainingPanel::newSession);
    connect(m_edit, &QPushButton::clicked, this, &TrainingPanel::editSession);
    connect(m_choose, &QPushButton::clicked, this, &TrainingPanel::chooseAttendees);
    connect(m_saveAttendance, &QPushButton::clicked, this, &TrainingPanel::saveAttendance);
    connect(m_attach, &QPushButton::clicked, this, &TrainingPanel::attachMaterial);
    connect(m_open, &QPushButton::clicked, this, &TrainingPanel::openMaterial);
    connect(m_materials, &QListWidget::itemActivated, this, &TrainingPanel::openMaterial);
    connect(m_print, &QPushButton::clicked, this, &TrainingPanel::printSheet);
    connect(exportSessionsButton, &QPushButton::clicked, this, &TrainingPanel::exportSessions);
    connect(exportSummaryButton, &QPushButton::clicked, this, &TrainingPanel::exportSummary);
    showChosen();
}

void TrainingPanel::reload()
{
    m_error->hide();
    if (!m_session.db)
        return;
    const qint64 was = chosen().id;
    core::TrainingFilter f;
    f.year = m_year->value();
    f.kind = m_kind->currentData().toInt();
    f.text = m_text->text();
    if (!m_model->setFilter(f))
        showError(m_error, m_model->lastError());
    if (was > 0)
        select(was);
    showChosen();
    reloadSummary();
}

bool TrainingPanel::openView(const QString& view)
{
    if (view.isEmpty() || view == QLatin1String("sessions")) {
        m_tabs->setCurrentIndex(0);
        return true;
    }
    if (view == QLatin1String("summary")) {
        m_tabs->setCurrentIndex(1);
        return true;
    }
    return false;
}

core::TrainingSession TrainingPanel::chosen() const
{
    return m_model->sessionAt(m_table->currentIndex().row());
}

void TrainingPanel::select(qint64 sessionId)
{
    int row = m_model->rowOf(sessionId);
    while (row < 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        row = m_model->rowOf(sessionId);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void TrainingPanel::showChosen()
{
    const core::TrainingSession s = chosen();
    m_attendees->clear();
    m_materials->clear();
    m_shownAttendees.clear();
    m_shownMaterials.clear();
    const bool any = s.id > 0;
    for (QPushButton* b : {m_edit, m_choose, m_attach, m_print})
        b->setEnabled(any);
    m_saveAttendance->setEnabled(false);
    m_open->setEnabled(false);
    if (!any)
        return;
    core::TrainingStore store(*m_session.db);
    auto attendees = store.attendees(s.id);
    auto materials = store.materials(s.id);
    if (!attendees || !materials) {
        showError(m_error, !attendees ? attendees.error() : materials.error());
        return;
    }
    const bool reveal = core::isAllowed(m_session.actor.roles, core::Permission::RevealSensitive);
    const bool dayCame = s.heldOn <= m_session.db->clock().today();
    m_shownAttendees = attendees.value();
    for (const core::TrainingAttendee& a : m_shownAttendees) {
        const QString where = a.userId > 0 ? tr("the bureau") : a.townshipName;
        QString text =
            QStringLiteral("%1　%2（%3）").arg(where, a.name, core::TrainingPapers::dutyShort(a));
        if (!a.phone.isEmpty())
            text += QStringLiteral("　") + (reveal ? a.phone : core::PhoneNumber::mask(a.phone));
        auto* item = new QListWidgetItem(text, m_attendees);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_canManage && dayCame)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
        item->setCheckState(a.attended ? Qt::Checked : Qt::Unchecked);
    }
    m_saveAttendance->setEnabled(dayCame && !m_shownAttendees.isEmpty());
    m_attendeeTitle->setText(
        dayCame ? tr("Attendees (tick who came):")
                : tr("Attendees (planned for %1):").arg(core::chineseDate(s.heldOn)));
    m_shownMaterials = materials.value();
    for (const core::TrainingMaterial& m : m_shownMaterials)
        new QListWidgetItem(QStringLiteral("%1.%2").arg(m.title, m.extension), m_materials);
    if (!m_shownMaterials.isEmpty())
        m_materials->setCurrentRow(0);
    m_open->setEnabled(!m_shownMaterials.isEmpty());
}

void TrainingPanel::reloadSummary()
{
    m_summary->setRowCount(0);
    const int year = m_year->value();
    auto workers = core::WarningStore(*m_session.db).staff(QString(), false);
    auto records = core::TrainingStore(*m_session.db).attendance(year);
    if (!workers || !records) {
        showError(m_error, !workers ? workers.error() : records.error());
        return;
    }
    const auto lines = core::TrainingRules::townshipSummary(workers.value(), records.value(), year);
    m_summary->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const core::TownshipTrainingLine& l = lines.at(r);
        const QStringList cells{
            l.townshipName, QString::number(l.workers), core::TrainingRules::hoursText(l.minutes),
            QString::number(l.missing.size()), l.missing.join(QStringLiteral("、"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c >= 1 && c <= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_summary->setItem(r, c, item);
        }
    }
    m_summary->resizeColumnsToContents();
}

void TrainingPanel::newSession()
{
    core::TrainingSession s;
    s.heldOn = m_session.db->clock().today();
    if (m_kind->currentData().toInt() >= 0)
        s.kind = core::TrainingKind(m_kind->currentData().toInt());
    SessionDialog d(m_session, s, this);
    if (d.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("The training session is saved."));
    const QDate day = core::TrainingStore(*m_session.db).session(d.savedId())->heldOn;
    if (day.isValid() && day.year() != m_year->value())
        m_year->setValue(day.year()); // reloads
    else
        reload();
    select(d.savedId());
}

void TrainingPanel::editSession()
{
    const core::TrainingSession s = chosen();
    if (s.id == 0) {
        showError(m_error, tr("Choose the training session first."));
        return;
    }
    SessionDialog d(m_session, s, this);
    if (d.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("The training session is saved."));
    reload();
}

void TrainingPanel::chooseAttendees()
{
    const core::TrainingSession s = chosen();
    if (s.id == 0) {
        showError(m_error, tr("Choose the training session first."));
        return;
    }
    AttendeeChooser d(m_session, s, this);
    if (d.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("%n asked to the training.", nullptr, d.checkedCount()));
    reload();
}

void TrainingPanel::saveAttendance()
{
    const core::TrainingSession s = chosen();
    if (s.id == 0)
        return;
    QSet<qint64> came;
    for (int i = 0; i < m_attendees->count() && i < m_shownAttendees.size(); ++i)
        if (m_attendees->item(i)->checkState() == Qt::Checked)
            came.insert(m_shownAttendees.at(i).id);
    const core::Status st =
        core::TrainingStore(*m_session.db).recordAttendance(m_session.actor, s.id, came);
    if (!st) {
        showError(m_error, st.error());
        return;
    }
    Q_EMIT statusMessage(
        tr("Attendance saved: %1 of %2 came.").arg(came.size()).arg(m_shownAttendees.size()));
    reload();
}

void TrainingPanel::attachMaterial()
{
    const core::TrainingSession s = chosen();
    if (s.id == 0)
        return;
    const QString path = chooseOpenFile(this, tr("Attach a material"), QDir::homePath(),
                                        tr("Materials (*.pdf *.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    auto ord = core::TrainingStore(*m_session.db)
                   .attachMaterial(m_session.actor, s.id, QFileInfo(path).completeBaseName(), path);
    if (!ord) {
        showError(m_error, ord.error());
        return;
    }
    Q_EMIT statusMessage(tr("%1 is attached.").arg(QFileInfo(path).fileName()));
    reload();
}

void TrainingPanel::openMaterial()
{
    const int row = m_materials->currentRow();
    if (row < 0 || row >= m_shownMaterials.size())
        return;
    const core::TrainingMaterial& m = m_shownMaterials.at(row);
    core::ScanRef ref;
    ref.sha256 = m.sha256;
    ref.extension = m.extension;
    ref.originalName = QStringLiteral("%1.%2").arg(m.title, m.extension);
    ScanViewer viewer(core::ScanStore(core::ScanStore::rootFor(*m_session.db)), ref, this);
    viewer.exec();
}

core::PagePainter TrainingPanel::attendanceSheet() const
{
    core::AttendanceSheet sheet;
    sheet.officeName = core::SettingsStore(*m_session.db).officeName();
    sheet.session = chosen();
    sheet.attendees = m_shownAttendees;
    return core::TrainingPapers::attendanceSheetPainter(sheet);
}

void TrainingPanel::printSheet()
{
    const core::TrainingSession s = chosen();
    if (s.id == 0)
        return;
    const QString title = QStringLiteral("业务培训签到表-%1").arg(s.heldOn.toString("yyyyMMdd"));
    PrintPreview preview(attendanceSheet(), title, title + QStringLiteral(".pdf"), this);
    preview.exec();
}

bool TrainingPanel::exportSessionsTo(const QString& path)
{
    while (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    QStringList headers;
    for (int c = 0; c < m_model->columnCount(); ++c)
        headers << m_model->headerData(c, Qt::Horizontal).toString();
    QList<QStringList> lines;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList line;
        for (int c = 0; c < m_model->columnCount(); ++c)
            line << m_model->index(r, c).data().toString();
        lines << line;
    }
    auto rows = core::exportComputedTable(
        *m_session.db, m_session.actor, QStringLiteral("training_sessions"),
        tr("Training sessions"), tr("%1, %2").arg(m_year->value()).arg(m_kind->currentText()),
        headers, lines, path);
    if (!rows) {
        showError(m_error, rows.error());
        return false;
    }
    Q_EMIT statusMessage(tr("%n row(s) exported to %1.", nullptr, int(rows.value()))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TrainingPanel::exportSummaryTo(const QString& path)
{
    QStringList headers;
    for (int c = 0; c < m_summary->columnCount(); ++c)
        headers << m_summary->horizontalHeaderItem(c)->text();
    QList<QStringList> lines;
    for (int r = 0; r < m_summary->rowCount(); ++r) {
        QStringList line;
        for (int c = 0; c < m_summary->columnCount(); ++c)
            line << m_summary->item(r, c)->text();
        lines << line;
    }
    auto rows = core::exportComputedTable(*m_session.db, m_session.actor,
                                          QStringLiteral("training_summary"),
                                          tr("Training of the township workers by township"),
                                          tr("Year %1").arg(m_year->value()), headers, lines, path);
    if (!rows) {
        showError(m_error, rows.error());
        return false;
    }
    Q_EMIT statusMessage(tr("%n row(s) exported to %1.", nullptr, int(rows.value()))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

void TrainingPanel::exportSessions()
{
    const QString name = tr("Training sessions %1.xlsx").arg(m_year->value());
    const QString path =
        chooseSaveFile(this, tr("Export the training sessions"), QDir::home().filePath(name),
                       tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportSessionsTo(path);
}

void TrainingPanel::exportSummary()
{
    const QString name = tr("Training by township %1.xlsx").arg(m_year->value());
    const QString path = chooseSaveFile(this, tr("Export the summary"), QDir::home().filePath(name),
                                        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportSummaryTo(path);
}

} // namespace youfu::ui
