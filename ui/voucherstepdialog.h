#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hubdesk {

class DateField;

// Asks what a voucher step needs: the amount and date of an approval, claim or
// payment (with the receipts, or a reason to accept a claim without them), or
// the reason of a rejection or cancellation.
class VoucherStepDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step { Approve, Claim, Pay, Reject, Cancel };
    VoucherStepDialog(Step step, const QString &number, qint64 suggestedCents, const QString &currency,
                      const QString &fundsText, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    qint64 amountCents() const;
    QDate date() const;
    bool receiptsReceived() const;
    QString reason() const;

    static QString title(Step step);

private:
    void check();

    Step m_step;
    QLineEdit *m_amount = nullptr;
    DateField *m_date = nullptr;
    QCheckBox *m_receipts = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace hubdesk
