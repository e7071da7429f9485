#include "conflictdialog.h"

#include "../models/domain/plaintext.h"
#include "../models/storage/recordcodec.h"
#include "recordtext.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubdesk {

ConflictDialog::ConflictDialog(Database &db, const Record &base, const Record &mine, const Record &stored,
                               QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_stored(stored)
{
    const EntityInfo &info = mine.info();
    setWindowTitle(tr("Changed by someone else"));
    for (const Field &f : info.fields) {
        if (!f.managed && !RecordCodec::same(f, mine.value(f.key), stored.value(f.key)))
            m_fields.append(f.key);
    }
    auto *intro = new QLabel(tr("While you were editing this %1, it was saved by someone else (it is now at version %2). "
                                "For each field that differs, choose the value to keep. Each choice starts on the side "
                                "that changed the field; where you both changed it, on yours.")
                                 .arg(info.singularLabel().toLower())
                                 .arg(stored.version),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_table = new QTableWidget(int(m_fields.size()), 4, this);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Changed by"), tr("Your value"), tr("Stored value")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Fields that differ"));
    for (int row = 0; row < m_fields.size(); ++row) {
        const Field *f = info.field(m_fields.at(row));
        auto *name = new QTableWidgetItem(f->translatedLabel());
        m_table->setItem(row, 0, name);
        auto *group = new QButtonGroup(this);
        // A button's text: '&' is a character here, and a long note is shown in part (the
        // whole of it in the tooltip); the choice keeps the whole value either way.
        const auto choice = [this, &db, f](const QVariant &value) {
            const QString text = RecordText::display(db, *f, value);
            auto *button = new QRadioButton(PlainText::mnemonicSafe(PlainText::elide(text, 300)), m_table);
            if (text.size() > 300)
                button->setToolTip(PlainText::toolTip(PlainText::elide(text, 2000)));
            return button;
        };
        auto *yours = choice(mine.value(f->key));
        auto *theirs = choice(stored.value(f->key));
        yours->setAccessibleName(tr("Keep your value of %1").arg(f->translatedLabel()));
        theirs->setAccessibleName(tr("Keep the stored value of %1").arg(f->translatedLabel()));
        group->addButton(yours, 1);
        group->addButton(theirs, 0);
        const bool iChanged = !RecordCodec::same(*f, base.value(f->key), mine.value(f->key));
        const bool theyChanged = !RecordCodec::same(*f, base.value(f->key), stored.value(f->key));
        m_table->setItem(row, 1, new QTableWidgetItem(iChanged && theyChanged ? tr("both")
                                                      : iChanged              ? tr("you")
                                                                              : tr("someone else")));
        (iChanged ? yours : theirs)->setChecked(true);
        m_table->setCellWidget(row, 2, yours);
        m_table->setCellWidget(row, 3, theirs);
        m_choices.append(group);
    }
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Save my choices"), QDialogButtonBox::AcceptRole);
    QPushButton *keepStored = buttons->addButton(tr("Keep everything stored"), QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(keepStored, &QPushButton::clicked, this, [this] {
        for (QButtonGroup *g : std::as_const(m_choices))
            g->button(0)->setChecked(true);
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

void ConflictDialog::chooseMine(const QString &key, bool mine)
{
    const qsizetype row = m_fields.indexOf(key);
    if (row >= 0)
        m_choices.at(row)->button(mine ? 1 : 0)->setChecked(true);
}

bool ConflictDialog::isMineChosen(const QString &key) const
{
    const qsizetype row = m_fields.indexOf(key);
    return row >= 0 && m_choices.at(row)->checkedId() == 1;
}

Record ConflictDialog::merged() const
{
    Record r = m_stored;
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_choices.at(row)->checkedId() == 1) {
            const QString &key = m_fields.at(row);
            if (isBlank(m_mine.value(key)))
                r.clear(key);
            else
                r.setValue(key, m_mine.value(key));
        }
    }
    return r;
}

} // namespace hubdesk
