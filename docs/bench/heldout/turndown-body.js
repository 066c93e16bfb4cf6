const fs=require('fs'); const T=require('turndown');
const html=fs.readFileSync(process.argv[2],'utf8');
const m=html.match(/<body[^>]*>([\s\S]*)<\/body>/i);
const t=new T({headingStyle:'atx'});
t.remove(['script','style','noscript']);
process.stdout.write(t.turndown(m?m[1]:html));
