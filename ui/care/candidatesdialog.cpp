#include "care/candidatesdialog.h"

#include "care/carerules.h"
#include "care/recuperationstore.h"
#include "dialogs/dialogparts.h"
#include "registry/categorystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace youfu::ui {

CandidatesDialog::CandidatesDialog(Session& session, qint64 batchId, QWidget* parent)
    : QDialog(parent), m_session(session), m_batchId(batchId)
{
    setObjectName(QStringLiteral("candidatesDialog"));
    setWindowTitle(tr("Add persons to the batch"));
    resize(960, 560);
    core::RecuperationStore store(*session.db);
    m_years = store.intervalYears();
    auto batch = store.batch(batchId);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Add persons to the batch"),
        batch ? tr("%1, %2, from %3. A person sent again within %4 year(s) of their last "
                   "recuperation needs a reason.")
                    .arg(batch->title, batch->place, batch->startsOn.toString(Qt::ISODate))
                    .arg(m_years)
              : batch.error(),
        this));

    auto* filters = new QHBoxLayout;
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("candidateCategory"));
    m_category->addItem(tr("Every category"), QString());
    for (const core::Category& c : core::CategoryStore(*session.db).all())
        m_category->addItem(c.name, c.code);
    auto* catLabel = new QLabel(tr("Cate&gory:"), this);
    catLabel->setBuddy(m_category);
    filters->addWidget(catLabel);
    filters->addWidget(m_category);
    m_keyOnly = new QCheckBox(tr("&Key persons only"), this);
    m_keyOnly->setObjectName(QStringLiteral("candidateKeyOnly"));
    filters->addWidget(m_keyOnly);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("candidateFind"));
    m_text->setPlaceholderText(tr("Name"));
    auto* findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_text);
    filters->addWidget(findLabel);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setHorizontalHeaderLabels({tr("Take"), tr("Name"), tr("Township"), tr("Categories"),
                                        tr("Last recuperation, health"), tr("Health note")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(Eligibility, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_table, 1);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("candidateWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b0413e;"));
    layout->addWidget(m_warning);
    auto* reasonRow = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("candidateReason"));
    auto* reasonLabel = new QLabel(tr("&Reason for those within the interval:"), this);
    reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CandidatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CandidatesDialog::reject);
    layout->addWidget(buttons);

    connect(m_category, &QComboBox::currentIndexChanged, this, &CandidatesDialog::search);
    connect(m_keyOnly, &QCheckBox::toggled, this, &CandidatesDialog::search);
    connect(m_text, &QLineEdit::textChanged, this, &CandidatesDialog::search);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != Take)
            return;
        QStringList within;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const auto* take = m_table->item(r, Take);
            if (take && take->checkState() == Qt::Checked && m_candidates.at(r).interval.within)
                within << m_candidates.at(r).name;
        }
        m_warning->setText(within.isEmpty() ? QString()
                                            : tr("Within the interval: %1. Write the reason below.")
                                                  .arg(within.join(tr(", "))));
    });
    search();
}

void CandidatesDialog::search()
{
    core::CandidateFilter f;
    const QString code = m_category->currentData().toString();
    if (!code.isEmpty())
        f.categoryCodes = {code};
    f.keyPersonsOnly = m_keyOnly->isChecked();
    f.text = m_text->text();
    auto list = core::RecuperationStore(*m_session.db).candidates(m_batchId, f);
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_candidates.clear();
    if (!list) {
        showError(m_error, list.error());
        return;
    }
    m_candidates = list.value();
    m_table->setRowCount(int(m_candidates.size()));
    for (int r = 0; r < m_candidates.size(); ++r) {
        const core::RecuperationCandidate& c = m_candidates.at(r);
        auto* take = new QTableWidgetItem;
        take->setFlags(c.alreadyInBatch
                           ? Qt::ItemIsSelectable
                           : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        take->setCheckState(Qt::Unchecked);
        if (c.alreadyInBatch)
            take->setText(tr("in the batch"));
        m_table->setItem(r, Take, take);
        auto text = [&](int col, const QString& s) {
            auto* item = new QTableWidgetItem(s);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (c.interval.within)
                item->setForeground(QColor(QRgb(0xb0413e)));
            m_table->setItem(r, col, item);
        };
        text(Name, c.keyPerson ? tr("%1 (key person)").arg(c.name) : c.name);
        text(Township, c.townshipName);
        text(Categories, c.categories);
        text(Eligibility, core::carerules::eligibilityText(c, m_years));
        auto* health = new QTableWidgetItem(c.lastHealth);
        m_table->setItem(r, Health, health);
    }
    m_table->resizeColumnsToContents();
}

bool CandidatesDialog::tick(qint64 personId, bool on)
{
    for (int r = 0; r < m_candidates.size(); ++r) {
        if (m_candidates.at(r).personId == personId && !m_candidates.at(r).alreadyInBatch) {
            m_table->item(r, Take)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void CandidatesDialog::accept()
{
    QList<core::ParticipantDraft> chosen;
    QStringList within;
    for (int r = 0; r < m_candidates.size(); ++r) {
        if (m_table->item(r, Take)->checkState() != Qt::Checked)
            continue;
        const core::RecuperationCandidate& c = m_candidates.at(r);
        core::ParticipantDraft d;
        d.personId = c.personId;
        d.health = m_table->item(r, Health)->text();
        if (c.interval.within) {
            d.overrideReason = m_reason->text();
            within << c.name;
        }
        chosen << d;
    }
    if (chosen.isEmpty()) {
        showError(m_error, tr("Tick the persons to add."));
        return;
    }
    if (!within.isEmpty() && m_reason->text().trimmed().isEmpty()) {
        showError(m_error, tr("%1 went on recuperation within the last %2 year(s): write the "
                              "reason they go again, or untick them.")
                               .arg(within.join(tr(", ")))
                               .arg(m_years));
        m_reason->setFocus();
        return;
    }
    const core::Status s =
        core::RecuperationStore(*m_session.db).addParticipants(m_session.actor, m_batchId, chosen);
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
