#pragma once

#include "app/session.h"
#include "appraisal/appraisal.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace youfu::ui {

// A draft appraisal scheme: its year and kind (chosen only for a new one, which starts from the
// default catalogue), title, basis document, grade thresholds in points with one decimal, the
// one-vote veto switches (unit schemes) and the indicators' weight, target and period, with the
// weights' sum shown as they are typed (red until it is 100 points). Saved by the section chief
// through SchemeStore; its refusals are shown in the clerk's words.
class SchemeDialog : public QDialog
{
    Q_OBJECT
public:
    // scheme.id 0: a new scheme for scheme.year and scheme.kind.
    SchemeDialog(Session& session, const core::AppraisalScheme& scheme, QWidget* parent = nullptr);

    // The scheme as typed.
    core::AppraisalScheme scheme() const;
    qint64 savedId() const { return m_saved; }
    // The weights as typed, in tenths of a point.
    int weightSum() const;
    QLabel* sumLabel() const { return m_sum; }
    QTableWidget* indicatorTable() const { return m_table; }

    void accept() override;

private:
    void kindChanged();
    void yearChanged();
    void showScheme(const core::AppraisalScheme& s);
    void showIndicators(const QList<core::AppraisalIndicator>& list);
    void showSum();

    Session& m_session;
    core::AppraisalScheme m_scheme;
    qint64 m_saved = 0;
    bool m_new = false;
    QList<core::AppraisalIndicator> m_indicators; // codes and titles of the rows shown

    QSpinBox* m_year = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_basis = nullptr;
    QDoubleSpinBox* m_excellent = nullptr;
    QDoubleSpinBox* m_good = nullptr;
    QDoubleSpinBox* m_pass = nullptr;
    QLabel* m_goodLabel = nullptr;
    QLabel* m_passLabel = nullptr;
    QCheckBox* m_vetoGroup = nullptr;
    QCheckBox* m_vetoBeyond = nullptr;
    QCheckBox* m_vetoSerious = nullptr;
    QWidget* m_vetoes = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_sum = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
