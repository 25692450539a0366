#include "township/zeroreportdialog.h"

#include "dialogs/dialogparts.h"
#include "township/zeroreportstore.h"
#include "widgets/personchooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

ZeroReportDialog::ZeroReportDialog(Session& session, const QString& townshipCode, const QDate& day,
                                   QWidget* parent)
    : QDialog(parent), m_session(session)
{
    core::ZeroReportStore store(*session.db);
    m_report.townshipCode = townshipCode;
    m_report.day = day.isValid() ? day : store.now().date().addDays(-1);
    m_report.receivedAt = store.now();
    m_report.nothing = true;
    build();
}

ZeroReportDialog::ZeroReportDialog(Session& session, const core::ZeroReport& report, bool readOnly,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_report(report), m_readOnly(readOnly)
{
    m_items = report.items;
    build();
}

void ZeroReportDialog::build()
{
    setObjectName(QStringLiteral("zeroReportDialog"));
    const bool existing = m_report.id > 0;
    setWindowTitle(existing ? tr("Zero report") : tr("Record a zero report"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        existing ? (m_readOnly ? tr("Zero report") : tr("Correct a zero report"))
                 : tr("Record a zero report"),
        tr("What the township reported for the day: nothing, or the items and the persons "
           "concerned."),
        this));

    core::ZeroReportStore store(*m_session.db);
    auto* form = new QFormLayout;
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("zeroTownship"));
    if (auto list = store.activeTownships())
        for (const core::Township& t : list.value())
            m_township->addItem(t.name, t.code);
    if (existing && m_township->findData(m_report.townshipCode) < 0)
        m_township->addItem(m_report.townshipName, m_report.townshipCode);
    m_township->setCurrentIndex(qMax(0, m_township->findData(m_report.townshipCode)));
    m_day = new QDateEdit(m_report.day, this);
    m_day->setObjectName(QStringLiteral("zeroDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received = new QDateTimeEdit(m_report.receivedAt, this);
    m_received->setObjectName(QStringLiteral("zeroReceived"));
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("zeroChannel"));
    m_channel->addItem(tr("Phone"), int(core::ZeroChannel::Phone));
    m_channel->addItem(tr("Message"), int(core::ZeroChannel::Message));
    m_channel->addItem(tr("File"), int(core::ZeroChannel::File));
    m_channel->addItem(tr("Other"), int(core::ZeroChannel::Other));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(int(m_report.channel))));
    m_reporter = new QLineEdit(m_report.reporter, this);
    m_reporter->setObjectName(QStringLiteral("zeroReporter"));
    m_reporter->setPlaceholderText(tr("Who reported, e.g. the township's special-care worker"));
    form->addRow(tr("&Township:"), m_township);
    form->addRow(tr("&Day reported on:"), m_day);
    form->addRow(tr("Recei&ved at:"), m_received);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Re&porter:"), m_reporter);
    layout->addLayout(form);

    m_nothing = new QCheckBox(tr("&Nothing to report"), this);
    m_nothing->setObjectName(QStringLiteral("zeroNothing"));
    m_nothing->setChecked(m_report.nothing);
    layout->addWidget(m_nothing);

    m_itemList = new QListWidget(this);
    m_itemList->setObjectName(QStringLiteral("zeroItems"));
    m_itemList->setMaximumHeight(90);
    layout->addWidget(m_itemList);
    auto* itemForm = new QFormLayout;
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("zeroItemSummary"));
    m_summary->setPlaceholderText(tr("What happened"));
    m_persons = new PersonChooser(*m_session.db, true, this);
    m_persons->setObjectName(QStringLiteral("zeroItemPersons"));
    m_persons->setMaximumHeight(150);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("zeroItemOutcome"));
    m_outcome->addItem(tr("Dealt with, nothing further"), int(core::ZeroOutcome::None));
    m_outcome->addItem(tr("Became a case"), int(core::ZeroOutcome::Case));
    m_outcome->addItem(tr("Became a warning"), int(core::ZeroOutcome::Warning));
    m_link = new QComboBox(this);
    m_link->setObjectName(QStringLiteral("zeroItemLink"));
    itemForm->addRow(tr("&What happened:"), m_summary);
    itemForm->addRow(tr("Per&sons:"), m_persons);
    itemForm->addRow(tr("&Outcome:"), m_outcome);
    itemForm->addRow(tr("Case or &warning:"), m_link);
    layout->addLayout(itemForm);
    auto* itemButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add item"), this);
    m_add->setObjectName(QStringLiteral("zeroAddItem"));
    m_remove = new QPushButton(tr("Re&move item"), this);
    m_remove->setObjectName(QStringLiteral("zeroRemoveItem"));
    itemButtons->addWidget(m_add);
    itemButtons->addWidget(m_remove);
    itemButtons->addStretch();
    layout->addLayout(itemButtons);

    auto* noteForm = new QFormLayout;
    m_note = new QLineEdit(m_report.note, this);
    m_note->setObjectName(QStringLiteral("zeroNote"));
    noteForm->addRow(tr("No&te:"), m_note);
    layout->addLayout(noteForm);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(m_readOnly ? QDialogButtonBox::Close
                                                : QDialogButtonBox::Save | QDialogButtonBox::Cancel,
                                     this);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::accepted, this, &ZeroReportDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &ZeroReportDialog::reject);
    connect(m_nothing, &QCheckBox::toggled, this, &ZeroReportDialog::updateEnabled);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ZeroReportDialog::fillLinks);
    connect(m_township, &QComboBox::currentIndexChanged, this, &ZeroReportDialog::fillLinks);
    connect(m_add, &QPushButton::clicked, this, &ZeroReportDialog::addItem);
    connect(m_remove, &QPushButton::clicked, this, &ZeroReportDialog::removeItem);

    if (existing || m_readOnly) {
        m_township->setEnabled(false);
        m_day->setEnabled(false);
    }
    if (m_readOnly) {
        for (QWidget* w : std::initializer_list<QWidget*>{
                 m_received, m_channel, m_reporter, m_nothing, m_summary, m_persons, m_outcome,
                 m_link, m_add, m_remove, m_note})
            w->setEnabled(false);
    }
    fillLinks();
    showItems();
    updateEnabled();
    (existing ? static_cast<QWidget*>(m_received) : static_cast<QWidget*>(m_township))->setFocus();
}

void ZeroReportDialog::fillLinks()
{
    m_link->clear();
    const auto kind = core::ZeroOutcome(m_outcome->currentData().toInt());
    if (kind == core::ZeroOutcome::None) {
        m_link->setEnabled(false);
        return;
    }
    m_link->setEnabled(!m_readOnly);
    auto links =
        core::ZeroReportStore(*m_session.db).linkCandidates(m_township->currentData().toString());
    if (!links) {
        showError(m_error, links.error());
        return;
    }
    for (const core::ZeroLink& l : links.value())
        if (l.kind == kind)
            m_link->addItem(l.label, l.id);
    if (m_link->count() == 0)
        m_link->addItem(kind == core::ZeroOutcome::Case ? tr("(the township has no case)")
                                                        : tr("(the township has no warning)"),
                        0);
}

void ZeroReportDialog::addItem()
{
    core::ZeroReportItem it;
    it.summary = m_summary->text().trimmed();
    if (it.summary.isEmpty()) {
        showError(m_error, tr("Write what happened before adding the item."));
        m_summary->setFocus();
        return;
    }
    it.outcome = core::ZeroOutcome(m_outcome->currentData().toInt());
    const qint64 link = m_link->currentData().toLongLong();
    if (it.outcome == core::ZeroOutcome::Case)
        it.caseId = link;
    if (it.outcome == core::ZeroOutcome::Warning)
        it.warningId = link;
    it.personIds = m_persons->personIds();
    it.personNames.clear();
    m_items << it;
    m_summary->clear();
    m_persons->setPersonIds({});
    m_outcome->setCurrentIndex(0);
    m_error->hide();
    showItems();
    m_summary->setFocus();
}

void ZeroReportDialog::removeItem()
{
    const int row = m_itemList->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    m_items.removeAt(row);
    showItems();
}

void ZeroReportDialog::showItems()
{
    m_itemList->clear();
    for (int i = 0; i < m_items.size(); ++i) {
        const core::ZeroReportItem& it = m_items.at(i);
        QString line = QStringLiteral("%1. %2").arg(i + 1).arg(it.summary);
        if (!it.personNames.isEmpty())
            line += QStringLiteral("（%1）").arg(it.personNames.join(QStringLiteral("、")));
        else if (!it.personIds.isEmpty())
            line += tr(" (%n person(s))", nullptr, int(it.personIds.size()));
        if (it.outcome == core::ZeroOutcome::Case)
            line += tr(" → case");
        if (it.outcome == core::ZeroOutcome::Warning)
            line += tr(" → warning");
        m_itemList->addItem(line);
    }
    if (!m_items.isEmpty())
        m_nothing->setChecked(false);
}

void ZeroReportDialog::updateEnabled()
{
    const bool items = !m_nothing->isChecked() && !m_readOnly;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_summary, m_persons, m_outcome, m_add, m_remove})
        w->setEnabled(items);
    m_link->setEnabled(items && m_outcome->currentIndex() > 0);
    m_itemList->setEnabled(!m_nothing->isChecked());
}

core::ZeroReport ZeroReportDialog::collect() const
{
    core::ZeroReport r = m_report;
    r.townshipCode = m_township->currentData().toString();
    r.day = m_day->date();
    r.receivedAt = m_received->dateTime();
    r.channel = core::ZeroChannel(m_channel->currentData().toInt());
    r.reporter = m_reporter->text();
    r.note = m_note->text();
    r.nothing = m_nothing->isChecked();
    r.items = r.nothing ? QList<core::ZeroReportItem>() : m_items;
    return r;
}

void ZeroReportDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    // An item typed but not yet added is taken as it stands.
    if (!m_nothing->isChecked() && !m_summary->text().trimmed().isEmpty())
        addItem();
    const core::ZeroReport r = collect();
    core::ZeroReportStore store(*m_session.db);
    if (r.id > 0) {
        if (core::Status s = store.correct(m_session.actor, r); !s) {
            showError(m_error, s.error());
            return;
        }
        m_savedId = r.id;
    } else {
        auto id = store.record(m_session.actor, r);
        if (!id) {
            showError(m_error, id.error());
            return;
        }
        m_savedId = id.value();
    }
    QDialog::accept();
}

} // namespace youfu::ui
