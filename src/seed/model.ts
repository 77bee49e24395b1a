/** The seed's view of the model of the graph, which lives in src/model/. */
export * from '../model/collections.js';
