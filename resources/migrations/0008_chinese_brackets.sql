-- Chinese text takes full-width brackets (issue 10): 残疾军人（二级）, 农村籍退役士兵（60周岁以上）.
-- The one built-in category whose name had ASCII brackets, and the registry's stored summaries
-- (category names and grades only, so every bracket in them is Chinese text's).
UPDATE categories SET name = '农村籍退役士兵（60周岁以上）'
 WHERE code = 'rural_veteran_60' AND name = '农村籍退役士兵(60周岁以上)';
UPDATE persons SET categories_summary = replace(replace(categories_summary, '(', '（'), ')', '）')
 WHERE categories_summary GLOB '*[()]*';
