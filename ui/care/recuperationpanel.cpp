#include "care/recuperationpanel.h"

#include "care/attendancedialog.h"
#include "care/batchdialog.h"
#include "care/candidatesdialog.h"
#include "care/careexport.h"
#include "care/carerules.h"
#include "care/recuperationstore.h"
#include "models/recordtablemodel.h"
#include "security/permission.h"
#include "widgets/filechooser.h"
#include "widgets/savedfile.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QTableView* makeView(QWidget* parent, const char* name, QAbstractItemModel* model)
{
    auto* v = new QTableView(parent);
    v->setObjectName(QLatin1String(name));
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    return v;
}
} // namespace

RecuperationPanel::RecuperationPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session),
      m_canManage(core::isAllowed(session.actor.roles, core::Permission::ManageCare))
{
    setObjectName(QStringLiteral("recuperation"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("recuperationYear"));
    m_year->addItem(tr("All years"), 0);
    const int thisYear = session.db->clock().today().year();
    for (int y = thisYear + 1; y >= thisYear - 5; --y)
        m_year->addItem(QString::number(y), y);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("recuperationFind"));
    m_text->setPlaceholderText(tr("Title or place"));
    m_text->setClearButtonEnabled(true);
    auto* findLabel = new QLabel(tr("Fin&d:"), this);
    findLabel->setBuddy(m_text);
    filters->addWidget(findLabel);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

    auto* actions = new QHBoxLayout;
    auto button = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        actions->addWidget(b);
        return b;
    };
    m_new = button(tr("&New batch…"), "recuperationNew");
    m_add = button(tr("&Add persons…"), "recuperationAdd");
    m_remove = button(tr("&Remove person"), "recuperationRemove");
    m_attendance = button(tr("Record attendan&ce…"), "recuperationAttendance");
    m_cancel = button(tr("Cance&l batch…"), "recuperationCancel");
    m_export = button(tr("E&xport…"), "recuperationExport");
    for (QPushButton* b : {m_new, m_add, m_remove, m_attendance, m_cancel})
        b->setVisible(m_canManage);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_batchModel = new RecordTableModel({tr("Batch"), tr("Place"), tr("Dates"), tr("Escort"),
                                         tr("State"), tr("Persons"), tr("Came"), tr("Cost (yuan)")},
                                        this);
    m_personModel = new RecordTableModel({tr("Name"), tr("Citizen ID"), tr("Township"),
                                          tr("Categories"), tr("Health"), tr("Came"),
                                          tr("Cost (yuan)"), tr("Sent again because")},
                                         this);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_batchView = makeView(split, "recuperationBatches", m_batchModel);
    m_personView = makeView(split, "recuperationPersons", m_personModel);
    fitColumns(m_batchView, 0);
    fitColumns(m_personView, 7);
    split->addWidget(m_batchView);
    split->addWidget(m_personView);
    layout->addWidget(split, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recuperationSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_year, &QComboBox::currentIndexChanged, this, &RecuperationPanel::reload);
    connect(m_text, &QLineEdit::textChanged, this, &RecuperationPanel::reload);
    connect(m_batchView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecuperationPanel::showBatch);
    connect(m_new, &QPushButton::clicked, this, &RecuperationPanel::newBatch);
    connect(m_add, &QPushButton::clicked, this, &RecuperationPanel::addPersons);
    connect(m_remove, &QPushButton::clicked, this, &RecuperationPanel::removePerson);
    connect(m_attendance, &QPushButton::clicked, this, &RecuperationPanel::recordAttendance);
    connect(m_cancel, &QPushButton::clicked, this, &RecuperationPanel::cancelBatch);
    connect(m_export, &QPushButton::clicked, this, &RecuperationPanel::exportBatch);
}

void RecuperationPanel::reload()
{
    const qint64 keep = currentBatchId();
    auto list = core::RecuperationStore(*m_session.db)
                    .batches(m_year->currentData().toInt(), m_text->text());
    m_batches.clear();
    QList<RecordTableModel::Row> rows;
    if (!list) {
        m_summary->setText(list.error());
    } else {
        m_batches = list.value();
        using core::carerules::yuan;
        for (const core::RecuperationBatch& b : m_batches) {
            RecordTableModel::Row r;
            r.id = b.id;
            r.cells = {b.title,
                       b.place,
                       tr("%1 to %2")
                           .arg(b.startsOn.toString(Qt::ISODate), b.endsOn.toString(Qt::ISODate)),
                       b.escort,
                       core::batchStateTitle(b.state),
                       QString::number(b.participants),
                       b.state == core::BatchState::Done ? QString::number(b.attended) : QString(),
                       b.costFen ? yuan(b.costFen) : QString()};
            if (b.state == core::BatchState::Cancelled)
                r.color = QColor(QRgb(0x8a8a8a));
            rows << r;
        }
    }
    m_batchModel->setRows(rows);
    if (!selectBatch(keep) && !rows.isEmpty())
        m_batchView->setCurrentIndex(m_batchModel->index(0, 0));
    showBatch();
}

bool RecuperationPanel::openView(const QString& view)
{
    if (view.isEmpty())
        return true;
    if (view.startsWith(QLatin1String("batch:"))) {
        m_year->setCurrentIndex(0);
        m_text->clear();
        reload();
        return selectBatch(view.mid(6).toLongLong());
    }
    return false;
}

qint64 RecuperationPanel::currentBatchId() const
{
    const QModelIndex i = m_batchView->currentIndex();
    return i.isValid() ? m_batchModel->rowAt(i.row()).id : 0;
}

bool RecuperationPanel::selectBatch(qint64 batchId)
{
    const int row = batchId > 0 ? m_batchModel->rowOf(batchId) : -1;
    if (row < 0)
        return false;
    m_batchView->setCurrentIndex(m_batchModel->index(row, 0));
    return true;
}

void RecuperationPanel::showBatch()
{
    const qint64 id = currentBatchId();
    const core::RecuperationBatch* batch = nullptr;
    for (const core::RecuperationBatch& b : m_batches)
        if (b.id == id)
            batch = &b;
    const bool planned = batch && batch->state == core::BatchState::Planned;
    m_add->setEnabled(planned);
    m_remove->setEnabled(planned);
    m_cancel->setEnabled(planned);
    m_attendance->setEnabled(batch && batch->state != core::BatchState::Cancelled &&
                             batch->participants > 0);
    m_export->setEnabled(batch != nullptr);
    QList<RecordTableModel::Row> rows;
    if (!batch) {
        m_personModel->setRows(rows);
        m_summary->setText(m_batches.isEmpty() ? tr("No recuperation batch yet.") : QString());
        return;
    }
    auto people = core::RecuperationStore(*m_session.db).participants(id);
    if (!people) {
        m_personModel->setRows(rows);
        m_summary->setText(people.error());
        return;
    }
    using core::carerules::yuan;
    for (const core::RecuperationParticipant& p : people.value()) {
        RecordTableModel::Row r;
        r.id = p.personId;
        r.cells = {p.name,
                   p.maskedCitizenId,
                   p.townshipName,
                   p.categories,
                   p.health,
                   !p.attended   ? QString()
                   : *p.attended ? tr("yes")
                                 : tr("no"),
                   p.attended.value_or(false) ? yuan(p.costFen) : QString(),
                   p.overrideReason};
        if (!p.overrideReason.isEmpty())
            r.color = QColor(QRgb(0xb0413e));
        rows << r;
    }
    m_personModel->setRows(rows);
    m_summary->setText(tr("%1: %2, %3 to %4, escort %5; %n person(s).", nullptr, int(rows.size()))
                           .arg(batch->title, batch->place, batch->startsOn.toString(Qt::ISODate),
                                batch->endsOn.toString(Qt::ISODate),
                                batch->escort.isEmpty() ? tr("none named") : batch->escort));
}

void RecuperationPanel::newBatch()
{
    if (!m_canManage)
        return;
    BatchDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_year->setCurrentIndex(0);
    reload();
    selectBatch(dialog.savedId());
    Q_EMIT statusMessage(tr("Recuperation batch saved; add its persons."));
}

void RecuperationPanel::addPersons()
{
    const qint64 id = currentBatchId();
    if (!m_canManage || id <= 0)
        return;
    CandidatesDialog dialog(m_session, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT statusMessage(tr("Persons added to the batch."));
}

void RecuperationPanel::removePerson()
{
    const qint64 id = currentBatchId();
    const QModelIndex person = m_personView->currentIndex();
    if (!m_canManage || id <= 0 || !person.isValid())
        return;
    const RecordTableModel::Row row = m_personModel->rowAt(person.row());
    if (QMessageBox::question(this, tr("Remove person"),
                              tr("Take %1 off this batch?").arg(row.cells.value(0))) !=
        QMessageBox::Yes)
        return;
    const core::Status s =
        core::RecuperationStore(*m_session.db).removeParticipant(m_session.actor, id, row.id);
    if (!s) {
        QMessageBox::warning(this, tr("Remove person"), s.error());
        return;
    }
    reload();
}

void RecuperationPanel::recordAttendance()
{
    const qint64 id = currentBatchId();
    if (!m_canManage || id <= 0)
        return;
    AttendanceDialog dialog(m_session, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT statusMessage(tr("Attendance and cost recorded; the batch is done."));
}

void RecuperationPanel::cancelBatch()
{
    const qint64 id = currentBatchId();
    if (!m_canManage || id <= 0)
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Cancel batch"), tr("Why is the batch cancelled?"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const core::Status s =
        core::RecuperationStore(*m_session.db).cancelBatch(m_session.actor, id, reason);
    if (!s) {
        QMessageBox::warning(this, tr("Cancel batch"), s.error());
        return;
    }
    reload();
}

void RecuperationPanel::exportBatch()
{
    const qint64 id = currentBatchId();
    if (id <= 0)
        return;
    const QString title = m_batchModel->rowAt(m_batchView->currentIndex().row()).cells.value(0);
    const QString suggested = QDir::home().filePath(tr("Recuperation %1.xlsx").arg(title));
    const QString path =
        chooseSaveFile(this, tr("Export the batch"), suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    core::ExportOptions options;
    options.format = core::exportFormatForPath(path);
    auto rows = core::exportRecuperation(*m_session.db, m_session.actor, id, path, options);
    if (!rows) {
        QMessageBox::warning(this, tr("Export the batch"), rows.error());
        return;
    }
    Q_EMIT statusMessage(tr("%n person(s) exported.", nullptr, int(rows.value())));
    showSavedFile(this, path);
}

} // namespace youfu::ui
