// Language switch shared by the shell and every department page: zh (简体中文) and en.
const KEY = 'mercato.lang';

export function currentLanguage() {
  const stored = localStorage.getItem(KEY);
  if (stored === 'zh' || stored === 'en') return stored;
  return (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function setLanguage(lang) {
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** Returns t(key, params) over a dictionary {en: {...}, zh: {...}}, falling back to English, then the key. */
export function translator(dictionary) {
  return (key, params = {}) => {
    const lang = currentLanguage();
    const text = (dictionary[lang] && dictionary[lang][key]) || (dictionary.en && dictionary.en[key]) || key;
    return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? ''));
  };
}

export const common = {
  en: {
    appName: 'Mercato', logout: 'Log out', language: '中文', search: 'Search', previous: 'Previous', next: 'Next',
    pageOf: 'Page {page} of {pages} · {total} items', save: 'Save', cancel: 'Cancel', create: 'Create',
    loading: 'Loading…', noRows: 'Nothing here yet', saved: 'Saved', failed: 'Failed: {detail}',
    username: 'User name', password: 'Password', login: 'Log in', loginFailed: 'Unknown user name or wrong password',
    welcome: 'Welcome to Mercato', welcomeText: 'Choose a department from the menu. Departments appear here as soon as they are installed.',
    noDepartments: 'No department is installed.', unavailable: 'This department is not installed any more.',
    actions: 'Actions', yes: 'Yes', no: 'No', ok: 'OK', isRequired: 'is required', cancelJob: 'Cancel import', cancelJobQuestion: 'Cancel import #{id}? Nothing of it will be imported.',
    rejectedRows: 'Rows in error (CSV)', versions: 'Earlier versions', version: 'Version', note: 'Note', savedBy: 'Saved by', savedAt: 'Saved at',
    versionNote: 'Why (kept with the version)',
    loginPaused: 'Too many failed logins from here; try again in {minutes} minute(s), or ask an administrator to unlock the account.',
    myPassword: 'My password', currentPassword: 'Current password', newPassword: 'New password (at least 10 characters)',
    changePassword: 'Change password', passwordChanged: 'Password changed; your other sessions have been logged out.'
  },
  zh: {
    appName: 'Mercato 运营平台', logout: '退出登录', language: 'English', search: '搜索', previous: '上一页', next: '下一页',
    pageOf: '第 {page}/{pages} 页 · 共 {total} 条', save: '保存', cancel: '取消', create: '新建',
    loading: '加载中…', noRows: '暂无数据', saved: '已保存', failed: '失败：{detail}',
    username: '用户名', password: '密码', login: '登录', loginFailed: '用户名或密码错误',
    welcome: '欢迎使用 Mercato', welcomeText: '请从左侧菜单选择部门。部门模块安装后会立即出现在这里。',
    noDepartments: '尚未安装任何部门模块。', unavailable: '该部门模块已被卸载。',
    actions: '操作', yes: '是', no: '否', ok: '确定', isRequired: '为必填项', cancelJob: '取消导入', cancelJobQuestion: '取消导入 #{id}？其中任何数据都不会被导入。',
    rejectedRows: '错误行（CSV）', versions: '历史版本', version: '版本', note: '备注', savedBy: '保存人', savedAt: '保存时间',
    versionNote: '修改原因（随版本保存）',
    loginPaused: '此处登录失败次数过多，请 {minutes} 分钟后再试，或请管理员解锁该账号。',
    myPassword: '修改密码', currentPassword: '当前密码', newPassword: '新密码（至少 10 个字符）',
    changePassword: '修改密码', passwordChanged: '密码已修改；您的其他登录会话已全部退出。'
  }
};
