// Scores each English message of the development set with VADER and prints "id<TAB>compound" lines.
// Usage: node vader.mjs Data/development-set.jsonl
import { readFileSync } from 'node:fs';
import vader from 'vader-sentiment';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter((line) => line.trim() !== '');
for (const line of lines) {
  const message = JSON.parse(line);
  if (message.language === 'en') {
    const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(message.text);
    process.stdout.write(`${message.id}\t${compound}\n`);
  }
}
