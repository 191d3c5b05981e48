// The turn benchmark's JavaScript reference (issue 10): the official botbuilder SDK's echo bot with conversation
// state on MemoryStorage, local mode (no app id, so no token checks or fetches). Usage: node echo.js PORT
const http = require('http');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } = require('botbuilder');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const conversationState = new ConversationState(new MemoryStorage());
const turns = conversationState.createProperty('turns');

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            const count = (await turns.get(context, 0)) + 1;
            await turns.set(context, count);
            await context.sendActivity(`Echo ${count}: ${context.activity.text}`);
            await next();
        });
        this.onInstallationUpdateAdd(async (context, next) => {
            await context.sendActivity('Welcome');
            await next();
        });
    }

    async run(context) {
        await super.run(context);
        await conversationState.saveChanges(context, false);
    }
}

const bot = new EchoBot();
http.createServer((req, res) => {
    if (req.method === 'GET') { res.end('botbuilder'); return; }
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
        req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        // botbuilder's Response shape (restify/express-like) over Node's ServerResponse.
        const response = {
            socket: res.socket,
            status(code) { res.statusCode = code; return this; },
            header(name, value) { res.setHeader(name, value); return this; },
            send(body) { if (body !== undefined) { res.setHeader('Content-Type', 'application/json'); res.write(typeof body === 'string' ? body : JSON.stringify(body)); } return this; },
            end() { res.end(); return this; },
        };
        adapter.process(req, response, (context) => bot.run(context)).catch(e => { console.error(e); res.statusCode = 500; res.end(); });
    });
}).listen(Number(process.argv[2]), '127.0.0.1');
